//! `#[payment(iban)]` is for an `Iban` field only: a `String` would be neither masked nor zeroized.
use payment_core::Builder;

#[derive(Builder)]
pub struct Payout {
    #[payment(iban)]
    account: String,
}

fn main() {}
