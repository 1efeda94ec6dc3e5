//! Arrays and optional values read from untrusted JSON: each element is read with its own rule and a
//! failure names its index (`currencies[1]`); `null` and an absent key are `None`; an array where an object
//! or a string was expected (and the reverse) is a type error naming both.

use payment_core::wire::ValidationReport;
use payment_core::{Builder, Currency, currency};

/// A struct of the shapes the models do not use yet: an array of value types, an optional array, an
/// optional value type.
#[derive(Builder, Debug, Clone, PartialEq)]
pub struct Basket {
    /// Every element is an ISO 4217 code.
    currencies: Vec<Currency>,
    /// Optional, of plain strings.
    tags: Option<Vec<String>>,
    /// Optional value type.
    fallback: Option<Currency>,
}

/// `(path, message)` of each failure.
fn failures(report: &ValidationReport) -> Vec<(String, String)> {
    report.errors().iter().map(|e| (e.path().to_owned(), e.message().to_owned())).collect()
}

#[test]
fn arrays_and_options_are_read() {
    let read =
        Basket::from_json(r#"{"currencies": ["JPY", "USD"], "tags": ["a", "b", "c"], "fallback": "EUR"}"#)
            .unwrap();
    let want = Basket::builder()
        .currencies(vec![currency!("JPY"), currency!("USD")])
        .tags(vec!["a".to_owned(), "b".to_owned(), "c".to_owned()])
        .fallback(currency!("EUR"))
        .build();
    assert_eq!(read, want);
    assert_eq!(Basket::from_json(r#"{"currencies": []}"#).unwrap().currencies(), &Vec::<Currency>::new());
}

#[test]
fn null_and_absent_are_none() {
    for json in [r#"{"currencies": ["JPY"], "tags": null, "fallback": null}"#, r#"{"currencies": ["JPY"]}"#] {
        let read = Basket::from_json(json).unwrap();
        assert_eq!((read.tags(), read.fallback()), (None, None), "{json}");
    }
}

#[test]
fn each_bad_element_is_reported_at_its_index() {
    let report = Basket::from_json(r#"{"currencies": ["JPY", "JPX", 7, "usd"], "tags": ["ok", null]}"#)
        .expect_err("three bad currencies and a null tag");
    let paths: Vec<String> = failures(&report).into_iter().map(|(path, _)| path).collect();
    assert_eq!(paths, ["currencies[1]", "currencies[2]", "currencies[3]", "tags[1]"]);
    assert_eq!(failures(&report)[1].1, "must be a string, not a number");
}

#[test]
fn an_array_where_another_type_belongs_is_a_type_error() {
    let report = Basket::from_json(r#"{"currencies": {"JPY": 1}, "tags": "a,b", "fallback": ["EUR"]}"#)
        .expect_err("three type errors");
    assert_eq!(
        failures(&report),
        [
            ("currencies".to_owned(), "must be an array, not an object".to_owned()),
            ("tags".to_owned(), "must be an array, not a string".to_owned()),
            ("fallback".to_owned(), "must be a string, not an array".to_owned()),
        ]
    );
}

/// Numbers sent as JSON strings (`#[payment(string)]`), one required and one optional.
#[derive(Builder, Debug, Clone, PartialEq)]
pub struct Fees {
    #[payment(string)]
    total: u64,
    #[payment(string)]
    fee: Option<u64>,
}

#[test]
fn null_is_none_only_for_an_optional_number_sent_as_text() {
    let read = Fees::from_json(r#"{"total": "5", "fee": null}"#).unwrap();
    assert_eq!((read.total(), read.fee()), (&5, None));
    let report = Fees::from_json(r#"{"total": null, "fee": "1"}"#).expect_err("a required number is null");
    assert_eq!(failures(&report), [("total".to_owned(), "must be a string, not null".to_owned())]);
}

/// Every integer kind sent as text: unsigned ones are written digit by digit (`Entry::Decimal`), the
/// others through `Display` (`Entry::Text`); both must give the same text as `to_string`.
#[derive(Builder, Debug, Clone, PartialEq)]
pub struct Counters {
    #[payment(string)]
    small: u8,
    #[payment(string)]
    medium: Option<u16>,
    #[payment(string)]
    large: u32,
    #[payment(string)]
    huge: Option<u64>,
    #[payment(string)]
    signed: i64,
    #[payment(string)]
    signed_opt: Option<i32>,
}

#[test]
fn integers_sent_as_text_round_trip_at_their_bounds() {
    for (small, medium, large, huge, signed, signed_opt) in [
        (0, Some(0), 0, Some(0), 0, Some(0)),
        (u8::MAX, Some(u16::MAX), u32::MAX, Some(u64::MAX), i64::MIN, Some(i32::MIN)),
        (9, None, 10, None, -1, None),
    ] {
        let value = Counters::builder()
            .small(small)
            .maybe_medium(medium)
            .large(large)
            .maybe_huge(huge)
            .signed(signed)
            .maybe_signed_opt(signed_opt)
            .build();
        let json = serde_json::to_value(&value).unwrap();
        let text = |n: Option<String>| n.map_or(serde_json::Value::Null, serde_json::Value::String);
        assert_eq!(json["small"], small.to_string());
        assert_eq!(json.get("medium").cloned().unwrap_or_default(), text(medium.map(|n| n.to_string())));
        assert_eq!(json["large"], large.to_string());
        assert_eq!(json.get("huge").cloned().unwrap_or_default(), text(huge.map(|n| n.to_string())));
        assert_eq!(json["signed"], signed.to_string());
        assert_eq!(
            json.get("signed_opt").cloned().unwrap_or_default(),
            text(signed_opt.map(|n| n.to_string()))
        );
        let keys = json.as_object().unwrap().len();
        assert_eq!(keys, 3 + usize::from(medium.is_some()) * 3, "absent options are left out");
        assert_eq!(Counters::from_json(&json.to_string()).unwrap(), value);
    }
}

/// An array whose elements may be `null`.
#[derive(Builder, Debug, Clone, PartialEq)]
pub struct Sparse {
    slots: Vec<Option<String>>,
}

#[test]
fn null_elements_of_an_array_of_options_are_none() {
    let read = Sparse::from_json(r#"{"slots": ["a", null, "c"]}"#).unwrap();
    assert_eq!(read.slots(), &[Some("a".to_owned()), None, Some("c".to_owned())]);
    let report = Sparse::from_json(r#"{"slots": [null, 1]}"#).expect_err("a number among strings");
    assert_eq!(failures(&report), [("slots[1]".to_owned(), "must be a string, not a number".to_owned())]);
}
