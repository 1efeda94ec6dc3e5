use payment_core::{Builder, Expiry};

// `with` on a `flatten` field names a form module (one with a `Form`), not a pair of functions.
#[derive(Builder)]
struct NoSuchForm {
    #[payment(flatten, with = payment_core::forms::currency_lowercase)]
    expiry: Expiry,
}

fn main() {}
