//! serde's field vocabulary in `#[payment(..)]` (issue 24): `skip`, `skip_serializing_if`, `with` both
//! ways, `deserialize_with` beside `serialize_with`, and `serde` for any type with `Deserialize`. Each
//! through the builder, `Serialize`, `from_json` and `from_json_strict`, every error at once, with wire
//! paths, never with the refused value; reading what the crate wrote gives it back.

use payment_core::wire::{ValidationReport, from_json, from_json_strict};
use payment_core::{Builder, Currency, currency};

/// Stripe writes currency codes in lower case: a module for `with`, both ways. What it reads still goes
/// through `Currency`'s rule (ISO 4217).
mod lower_currency {
    use payment_core::Currency;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub(crate) fn serialize<S: Serializer>(c: &Currency, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&c.code().to_ascii_lowercase())
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Currency, D::Error> {
        let text = String::deserialize(d)?;
        if text.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(D::Error::custom("must be a lower-case ISO 4217 code"));
        }
        text.to_ascii_uppercase().parse().map_err(|_| D::Error::custom("must be an ISO 4217 code"))
    }

    /// The same for an `Option<Currency>`, as serde's `with` hands the field as declared.
    pub(crate) mod option {
        use payment_core::Currency;
        use serde::{Deserializer, Serializer};

        pub(crate) fn serialize<S: Serializer>(c: &Option<Currency>, s: S) -> Result<S::Ok, S::Error> {
            match c {
                Some(c) => super::serialize(c, s),
                None => s.serialize_none(),
            }
        }

        pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Currency>, D::Error> {
            super::deserialize(d).map(Some)
        }
    }
}

/// Unix seconds written as a number and read with a function of one's own (`deserialize_with`).
fn seconds<S: serde::Serializer>(v: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(*v)
}

fn read_seconds<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    <u64 as serde::Deserialize>::deserialize(d)
}

fn no_spaces(v: &serde_json::Value) -> Result<(), payment_core::wire::Invalid> {
    match v.as_str() {
        Some(s) if s.contains(' ') => {
            Err(payment_core::wire::Invalid::new("spaces", "must not contain spaces"))
        }
        _ => Ok(()),
    }
}

#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema)]
struct Intent {
    #[payment(with = lower_currency)]
    currency: Currency,
    #[payment(with = lower_currency::option, rename = "settlement_currency")]
    settlement: Option<Currency>,
    /// Any JSON, read with serde; the field's own rule still runs on what was read.
    #[payment(serde, custom = no_spaces)]
    metadata: serde_json::Value,
    #[payment(serde)]
    tags: Option<Vec<String>>,
    #[payment(serialize_with = seconds, deserialize_with = read_seconds)]
    accepted_at: u64,
    /// Stripe receives `confirm=false` unless it is left off the wire.
    #[payment(default, skip_serializing_if = payment_core::wire::is_default)]
    confirm: bool,
    #[payment(default, skip_serializing_if = "std::ops::Not::not")] // a path as a string, as serde writes it
    capture: bool,
    /// Goes into a header, never into the body.
    #[payment(skip)]
    idempotency_key: Option<String>,
    #[payment(skip, default = 3)]
    attempts: u8,
}

fn intent() -> Intent {
    Intent::builder()
        .currency(currency!("USD"))
        .settlement(currency!("EUR"))
        .metadata(serde_json::json!({"order": 42}))
        .expect("no spaces")
        .accepted_at(1_700_000_000)
        .capture(true)
        .idempotency_key("key-1")
        .build()
}

fn paths(report: &ValidationReport) -> Vec<(&str, &str)> {
    report.errors().iter().map(|e| (e.path(), e.code())).collect()
}

#[test]
fn written_in_serdes_words() {
    let json = serde_json::to_string(&intent()).unwrap();
    assert_eq!(
        json,
        r#"{"currency":"usd","settlement_currency":"eur","metadata":{"order":42},"accepted_at":1700000000,"capture":true}"#,
        "with both ways, skip left out, default values left off"
    );
}

#[test]
fn reading_what_was_written_gives_it_back_but_the_skipped_fields() {
    let written = serde_json::to_string(&intent()).unwrap();
    let read: Intent = from_json(&written).unwrap();
    assert_eq!(read.idempotency_key(), None, "skip: never read");
    assert_eq!(*read.attempts(), 3, "skip: its default");
    let expected = Intent { idempotency_key: None, ..intent() };
    assert_eq!(read, expected);
    assert_eq!(from_json_strict::<Intent>(&written).unwrap(), expected);
    assert_eq!(serde_json::from_str::<Intent>(&written).unwrap(), expected);
}

#[test]
fn every_error_at_once_with_wire_paths_and_no_value() {
    let broken = r#"{"currency":"USD","settlement_currency":7,"metadata":"a b","tags":[1],
        "accepted_at":"soon","idempotency_key":"ignored"}"#;
    let report = from_json::<Intent>(broken).unwrap_err();
    assert_eq!(
        paths(&report),
        [
            ("currency", "serde"),
            ("settlement_currency", "serde"),
            ("tags", "serde"),
            ("accepted_at", "serde"),
            ("metadata", "spaces"),
        ]
    );
    let messages: Vec<(&str, &str)> = report.errors().iter().map(|e| (e.path(), e.message())).collect();
    assert_eq!(
        messages,
        [
            ("currency", "must be a lower-case ISO 4217 code"),
            ("settlement_currency", "invalid type: expected a string, found an integer"),
            ("tags", "invalid type: expected a string, found an integer"),
            ("accepted_at", "invalid type: expected u64, found a string"),
            ("metadata", "must not contain spaces"),
        ],
        "a type's own message as written; serde's expectation without the value"
    );
    let shown = format!("{report} {report:?}");
    for value in ["soon", "USD", "\"a b\""] {
        assert!(!shown.contains(value), "the report leaks `{value}`: {shown}");
    }
    // Strict reading: the skipped key is unknown on the wire.
    let strict = from_json_strict::<Intent>(broken).unwrap_err();
    assert!(paths(&strict).contains(&("idempotency_key", "unknown_key")), "{strict}");
}

#[test]
fn a_serde_field_in_both_builder_modes() {
    let report = Intent::builder()
        .collect_errors()
        .currency(currency!("USD"))
        .metadata(serde_json::json!("a b"))
        .accepted_at(1)
        .build()
        .unwrap_err();
    assert_eq!(paths(&report), [("metadata", "spaces")]);
    let err = Intent::builder().currency(currency!("USD")).metadata(serde_json::json!("a b")).unwrap_err();
    assert_eq!(err.path(), "metadata");
}

#[test]
fn the_schema_of_a_serde_field_is_any_value_described() {
    use payment_core::schema::Schema;
    let schema = Intent::schema();
    let props = &schema["properties"];
    assert!(props.get("idempotency_key").is_none(), "skip: not on the wire");
    assert!(props["metadata"]["description"].as_str().unwrap().contains("read by serde"));
    assert!(props["metadata"].get("type").is_none(), "any value");
    let required: Vec<&str> =
        schema["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(required, ["currency", "metadata", "accepted_at"]);
    // boon, an independent validator: what the crate writes is valid, a missing required key is not.
    let check = payment_tests::SchemaCheck::of::<Intent>();
    let written = serde_json::to_value(intent()).unwrap();
    assert_eq!(check.check(&written), Ok(()), "{written}");
    let mut missing = written.clone();
    missing.as_object_mut().unwrap().remove("metadata");
    assert!(check.check(&missing).is_err());
}

/// `flatten` of a struct deriving `Builder` (serde's meaning): its keys stand inline in the parent's
/// object; with `nested` its setter is a closure on its builder, and its errors carry the parent's paths.
mod flatten {
    use payment_core::Builder;
    use payment_core::schema::Schema;
    use payment_core::wire::{from_json, from_json_strict};

    #[derive(Builder, Debug, Clone, PartialEq)]
    #[payment(collect_errors, schema, rename_all = "camelCase")]
    struct Address {
        #[payment(length(min = 1, max = 10))]
        city: String,
        postal_code: Option<String>,
    }

    #[derive(Builder, Debug, Clone, PartialEq)]
    #[payment(collect_errors, schema)]
    struct Shopper {
        #[payment(length(max = 5))]
        name: String,
        #[payment(flatten, nested)]
        address: Address,
    }

    #[test]
    fn keys_inline_both_ways() {
        let shopper = Shopper::builder().name("Jane").unwrap().address(|a| a.city("Tokyo")).unwrap().build();
        let written = serde_json::to_string(&shopper).unwrap();
        assert_eq!(written, r#"{"name":"Jane","city":"Tokyo"}"#);
        assert_eq!(from_json_strict::<Shopper>(&written).unwrap(), shopper);
        let later = r#"{"postalCode":"160","city":"Tokyo","name":"Jane"}"#;
        assert_eq!(from_json::<Shopper>(later).unwrap().address().postal_code(), Some(&"160".to_owned()));
    }

    #[test]
    fn errors_carry_the_parents_paths() {
        let report = from_json::<Shopper>(r#"{"name":"Jane Doe","postalCode":7}"#).unwrap_err();
        let found: Vec<&str> = report.paths().collect();
        assert_eq!(found, ["postalCode", "name", "city"], "{report}");
        let report =
            from_json_strict::<Shopper>(r#"{"name":"J","city":"T","city":"U","zip":1}"#).unwrap_err();
        let found: Vec<&str> = report.paths().collect();
        assert_eq!(found, ["city", "zip"], "{report}");
        let err = Shopper::builder().address(|a| a.city("")).unwrap_err();
        assert_eq!((err.path(), err.field_path()), ("city", Some("address.city")));
        let report =
            Shopper::builder().collect_errors().name("Jane Doe").address(|a| a.city("")).build().unwrap_err();
        let found: Vec<(&str, Option<&str>)> =
            report.errors().iter().map(|e| (e.path(), e.field_path())).collect();
        assert_eq!(found, [("name", Some("name")), ("city", Some("address.city"))]);
    }

    #[test]
    fn the_schema_lists_the_keys_inline() {
        let schema = Shopper::schema();
        let keys: Vec<&String> = schema["properties"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["city", "name", "postalCode"]);
        assert_eq!(schema["required"], serde_json::json!(["name", "city"]));
    }
}

/// A wire name with a dot in it (Adyen's `cupsecureplus.smscode`) is escaped in error paths, as a map's
/// key is, so it cannot read as a nested key.
mod dotted_names {
    use payment_core::Builder;
    use payment_core::wire::from_json;

    #[derive(Builder, Debug)]
    #[payment(collect_errors)]
    struct Details {
        #[payment(rename = "cupsecureplus.smscode", length(max = 3))]
        sms_code: Option<String>,
    }

    #[derive(Builder, Debug)]
    #[payment(collect_errors)]
    struct Method {
        #[payment(nested)]
        card: Details,
    }

    #[test]
    fn a_dotted_wire_name_is_escaped_in_every_path() {
        let report = from_json::<Method>(r#"{"card":{"cupsecureplus.smscode":"abcd"}}"#).unwrap_err();
        assert_eq!(report.paths().collect::<Vec<_>>(), [r#"card["cupsecureplus.smscode"]"#]);
        let err = Method::builder().card(|c| c.sms_code("abcd")).unwrap_err();
        assert_eq!(err.path(), r#"card["cupsecureplus.smscode"]"#);
        let report = Method::builder().collect_errors().card(|c| c.sms_code("abcd")).build().unwrap_err();
        assert_eq!(report.paths().collect::<Vec<_>>(), [r#"card["cupsecureplus.smscode"]"#]);
    }
}
