use payment_core::Builder;

// At most one catch-all.
#[derive(Builder)]
pub enum Channel {
    Web,
    #[payment(other)]
    Unknown(String),
    #[payment(other)]
    Unrecognized,
}

fn main() {}
