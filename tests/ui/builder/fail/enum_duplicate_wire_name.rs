use payment_core::Builder;

// Two variants on one wire name could not be told apart when read.
#[derive(Builder)]
#[payment(rename_all = "lowercase")]
pub enum Channel {
    Web,
    #[payment(rename = "web")]
    Browser,
}

fn main() {}
