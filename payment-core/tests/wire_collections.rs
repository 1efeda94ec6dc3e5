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
