//! Built-in validators with payment-core's value types: on typed fields (documentation; the type is the
//! check) and on `String` fields kept as wire strings (the setter takes the typed value; untrusted JSON
//! and `validate()` check the string). Also `flatten` (`Expiry`) and secret fields.

use payment_core::{Builder, CardNumber, Country, Currency, Expiry};
use validator::Validate;

/// A checkout with one field per built-in validator style.
#[derive(Builder, Debug)]
pub struct Checkout {
    #[payment(currency)]
    currency: String,
    #[payment(country)]
    country: Option<String>,
    #[payment(email)]
    email: String,
    #[payment(ip)]
    customer_ip: String,
    #[payment(country)]
    issuer_country: Country,
    #[payment(card_number)]
    number: CardNumber,
    #[payment(flatten)]
    expiry: Expiry,
}

fn checkout() -> Checkout {
    Checkout::builder()
        .currency("JPY".parse::<Currency>().unwrap())
        .country("JP".parse::<Country>().unwrap())
        .email("a@b.example".parse::<payment_core::Email>().unwrap())
        .customer_ip("127.0.0.1".parse::<std::net::IpAddr>().unwrap())
        .issuer_country("GB".parse::<Country>().unwrap())
        .number("5200000000001005".parse::<CardNumber>().unwrap())
        .expiry("12/30".parse::<Expiry>().unwrap())
        .build()
}

#[test]
fn string_fields_take_typed_values_and_keep_the_wire_string() {
    let c = checkout();
    assert_eq!(c.currency(), "JPY");
    assert_eq!(c.country().map(String::as_str), Some("JP"));
    assert_eq!(c.customer_ip(), "127.0.0.1");
    assert!(c.validate().is_ok());
}

#[test]
fn round_trip_with_flattened_expiry() {
    let c = checkout();
    let json = serde_json::to_string(&c).unwrap();
    assert!(json.contains(r#""expiry_month":"12""#), "{json}");
    assert!(!json.contains(r#""expiry":"#), "{json}");
    let back = Checkout::from_json(&json).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
}

#[test]
fn from_json_checks_wire_strings_with_the_value_types() {
    let json = r#"{"currency":"JPX","country":"XX","email":"nope","customer_ip":"300.1.1.1",
        "issuer_country":"GB","number":"5200000000001006","expiry_month":"13","expiry_year":"30"}"#;
    let report = Checkout::from_json(json).unwrap_err();
    let mut paths: Vec<&str> = report.paths().collect();
    paths.sort_unstable();
    assert_eq!(paths, ["country", "currency", "customer_ip", "email", "expiry_month", "number"]);
    let shown = format!("{report} {report:?}");
    for raw in ["JPX", "5200000000001006", "300.1.1.1"] {
        assert!(!shown.contains(raw), "the report leaks {raw}: {shown}");
    }
}
