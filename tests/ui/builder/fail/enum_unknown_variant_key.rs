use payment_core::Builder;

// A misspelled variant key is named with its variant, the nearest key and the list.
#[derive(Builder)]
pub enum Channel {
    Web,
    #[payment(renme = "mobile")]
    App,
}

fn main() {}
