//! `flatten` with another API's wire form (issue 25): a value type's keys under names the parent gives
//! (`rename_keys`), in a form the field names (`with = module`, serde's `with` on a `flatten` field), and
//! optional (`Option<T>`: neither key means `None`). Each through the checked builder, the collecting
//! builder, `from_json`, `from_json_strict` and the JSON Schema.

use payment_core::schema::Schema;
use payment_core::wire::{from_json, from_json_strict};
use payment_core::{Builder, Expiry, expiry};
use payment_tests::SchemaCheck;
use serde_json::json;

/// Adyen's card: `expiryMonth` `"03"`, `expiryYear` `"2030"`, both or neither.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(rename_all = "camelCase", collect_errors, schema)]
struct AdyenCard {
    #[payment(
        flatten,
        rename_keys("expiryMonth", "expiryYear"),
        with = payment_core::forms::expiry_four_digit_year
    )]
    expiry: Option<Expiry>,
    #[payment(length(min = 1))]
    holder_name: String,
}

/// paymentv2's form, required, under its own keys.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(schema)]
struct Card {
    #[payment(flatten)]
    expiry: Expiry,
}

/// A derived struct flattened under other names.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(schema)]
struct Name {
    first: String,
    last: Option<String>,
}

#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(schema)]
struct Shopper {
    #[payment(flatten, rename_keys("firstName", "lastName"))]
    name: Name,
}

#[test]
fn both_builder_modes_write_the_form_and_read_it_back() {
    let checked = AdyenCard::builder().expiry(expiry!("03/30")).holder_name("J. Smith").unwrap().build();
    let json = serde_json::to_string(&checked).unwrap();
    assert_eq!(json, r#"{"expiryMonth":"03","expiryYear":"2030","holderName":"J. Smith"}"#);
    assert_eq!(from_json_strict::<AdyenCard>(&json).unwrap(), checked);

    let collected = AdyenCard::builder().collect_errors().expiry("03/2030").holder_name("J. Smith").build();
    assert_eq!(collected.unwrap(), checked);
    let report = AdyenCard::builder().collect_errors().expiry("13/30").holder_name("").build().unwrap_err();
    let paths: Vec<_> = report.errors().iter().map(|e| e.field_path()).collect();
    assert_eq!(paths, [Some("expiry"), Some("holder_name")]);

    let none = AdyenCard::builder().holder_name("J. Smith").unwrap().build();
    assert_eq!(serde_json::to_string(&none).unwrap(), r#"{"holderName":"J. Smith"}"#);
    assert_eq!(from_json::<AdyenCard>(r#"{"holderName":"J. Smith"}"#).unwrap(), none);
}

#[test]
fn each_key_is_read_and_refused_under_its_own_name() {
    let cases = [
        (
            json!({"expiryMonth": "03", "expiryYear": "30", "holderName": "x"}),
            vec![("expiryYear", "expiry.year")],
        ),
        (
            json!({"expiryMonth": "3", "expiryYear": "2030", "holderName": "x"}),
            vec![("expiryMonth", "expiry.month")],
        ),
        (json!({"expiryMonth": "03", "holderName": "x"}), vec![("expiryYear", "missing")]),
        (json!({"expiryYear": "2030", "holderName": "x"}), vec![("expiryMonth", "missing")]),
        (
            json!({"expiryMonth": "03", "expiryYear": "2099", "holderName": "x"}),
            vec![("expiryYear", "expiry.horizon")],
        ),
        (
            json!({"expiry_month": "03", "expiry_year": "30", "holderName": "x"}),
            vec![("expiry_month", "unknown_key"), ("expiry_year", "unknown_key")],
        ),
    ];
    for (body, want) in cases {
        let text = body.to_string();
        let report = from_json_strict::<AdyenCard>(&text).unwrap_err();
        let found: Vec<_> = report.errors().iter().map(|e| (e.path(), e.code())).collect();
        assert_eq!(found, want, "{text}");
    }
    // The natural form, required, keeps its names, its two-digit year and its `missing`.
    let card = Card::builder().expiry(expiry!("03/30")).build();
    assert_eq!(serde_json::to_string(&card).unwrap(), r#"{"expiry_month":"03","expiry_year":"30"}"#);
    let report = from_json::<Card>("{}").unwrap_err();
    assert_eq!(report.paths().collect::<Vec<_>>(), ["expiry_month", "expiry_year"]);
}

#[test]
fn a_derived_struct_is_flattened_under_the_names_given() {
    let shopper = Shopper::builder().name(Name::builder().first("Ann".to_owned()).build()).build();
    let json = serde_json::to_string(&shopper).unwrap();
    assert_eq!(json, r#"{"firstName":"Ann"}"#);
    assert_eq!(from_json_strict::<Shopper>(&json).unwrap(), shopper);
    let report = from_json::<Shopper>(r#"{"lastName":"Lee"}"#).unwrap_err();
    assert_eq!(report.paths().collect::<Vec<_>>(), ["firstName"], "missing under the parent's name");
}

#[test]
fn the_schema_names_the_keys_as_written_and_checks_the_form() {
    let schema = AdyenCard::schema();
    assert_eq!(schema["required"], json!(["holderName"]), "an optional flattened value requires no key");
    assert_eq!(schema["properties"]["expiryYear"]["pattern"], "^20[0-9]{2}$");
    let check = SchemaCheck::of::<AdyenCard>();
    assert_eq!(check.check(&json!({"expiryMonth": "03", "expiryYear": "2030", "holderName": "x"})), Ok(()));
    assert!(check.check(&json!({"expiryMonth": "03", "expiryYear": "30", "holderName": "x"})).is_err());
    assert_eq!(Card::schema()["required"], json!(["expiry_month", "expiry_year"]));
    assert_eq!(Shopper::schema()["required"], json!(["firstName"]));
    assert!(SchemaCheck::of::<Shopper>().check(&json!({"firstName": "Ann", "lastName": "Lee"})).is_ok());
}
