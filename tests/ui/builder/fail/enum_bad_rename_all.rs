use payment_core::Builder;

// `rename_all` takes serde's rule names.
#[derive(Builder)]
#[payment(rename_all = "lower_case")]
pub enum Channel {
    Web,
    App,
}

fn main() {}
