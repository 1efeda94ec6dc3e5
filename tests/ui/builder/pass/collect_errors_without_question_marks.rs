//! After `.collect_errors()` no setter returns a `Result`, so a chain has no `?` to forget or to put in a
//! closure: the failures come back from `build()`, all at once.
use payment_core::model::{Address, PaymentRequest};
use payment_core::{country, email};

fn address(line1: &str, city: &str) -> Result<Address, payment_core::wire::ValidationReport> {
    Address::builder()
        .collect_errors()
        .country(country!("JP"))
        .email(email!("billing@testemail.com"))
        .address1(line1)
        .city(city)
        .postal_code("1600022")
        .build()
}

fn main() {
    assert!(address("1-2-3 Shinjuku", "Shinjuku-ku").is_ok());
    let report = address("line\none", "city\u{202E}").unwrap_err();
    assert_eq!(report.paths().collect::<Vec<_>>(), ["address1", "city"]);
    let _ = PaymentRequest::builder().collect_errors().merchant_txn_ref("").time_zone("UTC");
}
