//! `#[derive(Builder)]` on a struct defined outside payment-core, with the user's own validator: the
//! derive is a framework, not a one-off for the paymentv2 models.

use payment_core::Builder;
use payment_core::wire::Invalid;
use validator::Validate;

/// A note attached to a refund, as a library author might define it.
#[derive(Builder, Debug, Clone, PartialEq)]
pub struct RefundNote {
    /// The transaction being refunded: a UUID.
    #[payment(custom = uuid_shaped)]
    transaction_id: String,
    /// The amount refunded, in minor units.
    #[payment(range(min = 1, max = 1_000_000))]
    amount: u64,
    /// Free text for the back office.
    #[payment(length(max = 255))]
    notes: Option<String>,
    /// Who asked for the refund.
    #[payment(rename = "requestedBy", length(min = 1, max = 64))]
    requested_by: String,
    /// Refund reason code.
    #[payment(range(min = 1, max = 9))]
    reason: u8,
}

/// The user's rule (a `fn(&str)` works for a `String` field: the argument is deref-coerced): 36 characters, hex digits and dashes at the UUID positions.
fn uuid_shaped(id: &str) -> Result<(), Invalid> {
    let ok = id.len() == 36
        && id
            .char_indices()
            .all(|(i, ch)| if [8, 13, 18, 23].contains(&i) { ch == '-' } else { ch.is_ascii_hexdigit() });
    if ok { Ok(()) } else { Err(Invalid::new("uuid", "must be a UUID (8-4-4-4-12 hex digits)")) }
}

const ID: &str = "0b5a4c5e-8f55-4f8e-9d0a-3c1f2b7d9e10";

fn note() -> RefundNote {
    RefundNote::builder()
        .transaction_id(ID)
        .unwrap()
        .amount(1200u64)
        .unwrap()
        .notes("customer changed their mind")
        .unwrap()
        .requested_by("ops")
        .unwrap()
        .reason(2u8)
        .unwrap()
        .build()
}

#[test]
fn builds_with_checked_setters() {
    let n = note();
    assert_eq!(n.transaction_id(), ID);
    assert_eq!(*n.amount(), 1200);
    assert_eq!(n.notes().map(String::as_str), Some("customer changed their mind"));
}

#[test]
fn setters_reject_invalid_values_with_the_path_and_without_the_value() {
    let e = RefundNote::builder().transaction_id("not-a-uuid-secret").unwrap_err();
    assert_eq!(e.path(), "transaction_id");
    assert!(!e.to_string().contains("not-a-uuid-secret"));
    let e = RefundNote::builder().amount(0u64).unwrap_err();
    assert_eq!((e.path(), e.message()), ("amount", "must be from 1 to 1000000"));
    let e = RefundNote::builder().requested_by("").unwrap_err();
    assert_eq!(e.path(), "requestedBy");
}

#[test]
fn serde_round_trip() {
    let n = note();
    let json = serde_json::to_string(&n).unwrap();
    assert_eq!(
        json,
        format!(
            r#"{{"transaction_id":"{ID}","amount":1200,"notes":"customer changed their mind","requestedBy":"ops","reason":2}}"#
        )
    );
    assert_eq!(RefundNote::from_json(&json).unwrap(), n);
    assert_eq!(serde_json::from_str::<RefundNote>(&json).unwrap(), n);
}

#[test]
fn none_options_are_left_out() {
    let n = RefundNote::builder()
        .transaction_id(ID)
        .unwrap()
        .amount(5u64)
        .unwrap()
        .requested_by("ops")
        .unwrap()
        .reason(1u8)
        .unwrap()
        .build();
    let json = serde_json::to_string(&n).unwrap();
    assert!(!json.contains("notes"), "{json}");
    assert_eq!(RefundNote::from_json(&json).unwrap(), n);
}

#[test]
fn from_json_reports_all_five_bad_fields_without_values() {
    let long = "x".repeat(300);
    let json = format!(
        r#"{{"transaction_id":"SECRET-NOT-A-UUID","amount":0,"notes":"{long}","requestedBy":"","reason":42,"unknown":true}}"#
    );
    let report = RefundNote::from_json(&json).unwrap_err();
    let paths: Vec<&str> = report.paths().collect();
    assert_eq!(paths, ["transaction_id", "amount", "notes", "requestedBy", "reason"]);
    let shown = format!("{report} {report:?}");
    for raw in ["SECRET-NOT-A-UUID", &long, "42"] {
        assert!(!shown.contains(raw), "the report leaks {raw}: {shown}");
    }
    // Plain serde fails too: an invalid value can never be deserialized.
    assert!(serde_json::from_str::<RefundNote>(&json).is_err());
}

#[test]
fn from_json_reports_missing_and_mistyped_fields() {
    let report = RefundNote::from_json(r#"{"amount":"12","reason":1,"reason":2}"#).unwrap_err();
    let errors: Vec<(&str, &str)> = report.errors().iter().map(|e| (e.path(), e.code())).collect();
    assert_eq!(
        errors,
        [
            ("amount", "type"),
            ("reason", "duplicate"),
            ("transaction_id", "missing"),
            ("requestedBy", "missing")
        ]
    );
}

#[test]
fn validate_is_keyed_by_dotted_paths() {
    assert!(note().validate().is_ok());
}

/// A wrapper whose fields are public to this test, to check `Validate` on a value that bypassed the
/// builder (the derive's own structs cannot be built invalid).
mod bypass {
    use payment_core::Builder;

    #[derive(Builder, Debug)]
    pub(crate) struct Outer {
        #[payment(nested)]
        pub(crate) note: super::RefundNote,
        #[payment(nested)]
        pub(crate) inner: Inner,
    }

    #[derive(Builder, Debug)]
    pub(crate) struct Inner {
        #[payment(length(max = 3))]
        code: String,
    }

    impl Inner {
        /// Builds an invalid value the way only code inside the defining crate could.
        pub(crate) fn invalid() -> Self {
            Inner { code: "toolong".into() }
        }
    }
}

#[test]
fn validate_recurses_into_nested_structs_with_full_paths() {
    let outer = bypass::Outer { note: note(), inner: bypass::Inner::invalid() };
    let errors = outer.validate().unwrap_err();
    let keys: Vec<String> = errors.errors().keys().map(|k| k.to_string()).collect();
    assert_eq!(keys, ["inner.code"]);
    let shown = format!("{errors:?} {errors}");
    assert!(!shown.contains("toolong"), "{shown}");
}

#[test]
fn nested_closure_setters_prefix_paths() {
    let e = bypass::Outer::builder().note_value(note()).inner(|i| i.code("abcd")).unwrap_err();
    assert_eq!(e.path(), "inner.code");
    let outer = bypass::Outer::builder().note_value(note()).inner(|i| i.code("abc")).unwrap().build();
    assert_eq!(outer.inner.code(), "abc");
    let json = serde_json::to_string(&outer).unwrap();
    let report = bypass::Outer::from_json(&json.replace("\"abc\"", "\"abcd\"")).unwrap_err();
    assert_eq!(report.paths().collect::<Vec<_>>(), ["inner.code"]);
}
