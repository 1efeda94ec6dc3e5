//! Literals of the `Copy` types expand to constant expressions, usable in `const` items.
use payment_core::{Amount, Country, Currency, Expiry, amount, country, currency, expiry, ip};

const CURRENCY: Currency = currency!("USD");
const COUNTRY: Country = country!("US");
const EXPIRY: Expiry = expiry!("01/31");
const AMOUNT: Amount = amount!(1_000u64);
const LOCALHOST: std::net::IpAddr = ip!("::1");

fn main() {
    assert_eq!(CURRENCY.exponent(), 2);
    assert_eq!(COUNTRY.code(), "US");
    assert_eq!(EXPIRY.to_string(), "01/31");
    assert_eq!(AMOUNT.minor_units(), 1000);
    assert!(LOCALHOST.is_loopback());
}
