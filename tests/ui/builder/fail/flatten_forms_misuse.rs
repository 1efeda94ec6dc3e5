use payment_core::{Builder, Expiry};

#[derive(Builder)]
struct NotFlattened {
    #[payment(rename_keys("a", "b"))]
    name: String,
}

#[derive(Builder)]
struct ThreeNamesForTwoKeys {
    #[payment(flatten, rename_keys("expiryMonth", "expiryYear", "expiryDay"))]
    expiry: Expiry,
}

#[derive(Builder)]
struct NotStrings {
    #[payment(flatten, rename_keys(expiry_month, expiry_year))]
    expiry: Expiry,
}

#[derive(Builder)]
struct SerializeWithOnFlatten {
    #[payment(flatten, serialize_with = write_expiry)]
    expiry: Expiry,
}

fn write_expiry<S: serde::Serializer>(_: &Expiry, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_unit()
}

fn main() {}
