//! The wire format the derive emits as tables (`CollectStruct` slots, `Serialize` entries), one case per
//! kind of slot and entry: required, optional, defaulted, written as a string, written through
//! `serialize_with`, and the object-level rules (duplicate keys, unknown keys, absent keys, `null`).

use payment_core::Builder;
use payment_core::wire::ValidationReport;

/// A struct with one field of each wire shape.
#[derive(Builder, Debug, Clone, PartialEq)]
pub struct Shapes {
    /// Required, read with its own `Collect`.
    label: String,
    /// Optional: absent or `null` is `None`, and `None` is left out.
    note: Option<String>,
    /// Defaulted: absent takes `7`.
    #[payment(default = 7)]
    retries: u32,
    /// A number sent as a JSON string.
    #[payment(string, rename = "totalAmount")]
    total: u64,
    /// An optional number sent as a JSON string.
    #[payment(string)]
    fee: Option<u64>,
    /// An optional number written as a JSON number through an adapter.
    #[payment(serialize_with = as_number_string)]
    weight: Option<u32>,
}

/// Writes a `u32` as the string of its digits followed by `g` (an adapter, to see it was used). As
/// serde's `serialize_with`, it gets the field as declared, `&Option<u32>`; a `None` is left out of the
/// object before it is called.
fn as_number_string<S: serde::Serializer>(v: &Option<u32>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => s.serialize_str(&format!("{v}g")),
        None => s.serialize_none(),
    }
}

fn codes(report: &ValidationReport) -> Vec<(String, String)> {
    report.errors().iter().map(|e| (e.path().to_owned(), e.code().to_owned())).collect()
}

#[test]
fn every_kind_of_entry_is_written() {
    let full = Shapes::builder().label("a").note("n").retries(2).total(1200).fee(5).weight(40).build();
    assert_eq!(
        serde_json::to_string(&full).unwrap(),
        r#"{"label":"a","note":"n","retries":2,"totalAmount":"1200","fee":"5","weight":"40g"}"#
    );
    let minimal = Shapes::builder().label("a").total(1).build();
    assert_eq!(serde_json::to_string(&minimal).unwrap(), r#"{"label":"a","retries":7,"totalAmount":"1"}"#);
}

#[test]
fn every_kind_of_slot_is_read() {
    let read = Shapes::from_json(r#"{"totalAmount": "1200", "label": "a", "fee": 5, "note": null}"#).unwrap();
    assert_eq!(read, Shapes::builder().label("a").total(1200).fee(5).build());
    assert_eq!(read.retries(), &7, "an absent defaulted field takes its default");
}

#[test]
fn object_level_problems_are_all_reported() {
    let report = Shapes::from_json(
        r#"{"label": "a", "label": "b", "retries": null, "fee": "x", "unknown": [1, {"deep": true}]}"#,
    )
    .unwrap_err();
    assert_eq!(
        codes(&report),
        [
            ("label".to_owned(), "duplicate".to_owned()),
            ("retries".to_owned(), "type".to_owned()),
            ("fee".to_owned(), "type".to_owned()),
            ("totalAmount".to_owned(), "missing".to_owned()),
        ]
    );
}

#[test]
fn a_struct_is_never_built_from_an_object_with_an_error_inside() {
    // Everything required is there and valid; only an optional field is wrong.
    let report = Shapes::from_json(r#"{"label": "a", "totalAmount": "1", "note": 3}"#).unwrap_err();
    assert_eq!(codes(&report), [("note".to_owned(), "type".to_owned())]);
    // Plain serde goes through the same reader.
    assert!(serde_json::from_str::<Shapes>(r#"{"label": "a", "totalAmount": "1", "note": 3}"#).is_err());
    assert!(serde_json::from_str::<Shapes>(r#"{"label": "a", "totalAmount": "1"}"#).is_ok());
}

#[test]
fn a_non_object_is_a_type_error_at_the_root() {
    let report = Shapes::from_json("[1, 2]").unwrap_err();
    assert_eq!(codes(&report), [(String::new(), "type".to_owned())]);
}
