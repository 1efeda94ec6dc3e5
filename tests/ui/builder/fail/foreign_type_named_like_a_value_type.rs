//! A field of another crate's `Url` with `#[payment(url)]`: the derive takes types by name, so it proves
//! the type is payment-core's and says what to write when it is not.
use payment_core::Builder;

#[derive(Builder)]
pub struct Link {
    #[payment(url)]
    target: url::Url,
}

fn main() {}
