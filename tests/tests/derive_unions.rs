//! Unions (issue 24): `#[derive(Builder)]` on an enum with serde's `tag` (internally tagged, Adyen's
//! `paymentMethod`), `tag` + `content` (adjacently tagged) or `untagged` (Stripe's `off_session`: `true`,
//! `false`, `"one_off"` or `"recurring"`). Through the builder in both modes (the variant chosen at
//! compile time), `Serialize`, `from_json` and `from_json_strict`, every error at once with wire paths,
//! round trips, and the JSON Schema checked with boon.

use payment_core::Builder;
use payment_core::schema::Schema;
use payment_core::wire::{ValidationReport, from_json, from_json_strict};

#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
struct SchemeDetails {
    #[payment(length(min = 12, max = 19))]
    number: String,
    #[payment(length(min = 3, max = 4))]
    cvc: String,
    #[payment(text)]
    holder_name: Option<String>,
}

#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema)]
struct IdealDetails {
    #[payment(length(min = 1, max = 10))]
    issuer: String,
}

/// Adyen's `paymentMethod`: the kind chosen by `type`, wherever it stands among the keys.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(tag = "type", schema, rename_all = "lowercase", collect_errors)]
enum PaymentMethod {
    /// Adyen reads several tag values as a card (`networkToken`, ...): serde's `alias`.
    #[payment(alias = "networkToken", alias = "card")]
    Scheme(SchemeDetails),
    Ideal(IdealDetails),
    PayPal,
}

/// Adjacently tagged: `{"kind": "created", "data": {..}}`.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(tag = "kind", content = "data", schema, rename_all = "snake_case", collect_errors)]
enum Event {
    #[payment(nested)]
    Created(IdealDetails),
    Deleted,
}

#[derive(Builder, Debug, Clone, Copy, PartialEq)]
#[payment(rename_all = "snake_case", schema)]
enum OffSessionKind {
    OneOff,
    Recurring,
}

/// Stripe's `off_session`: `bool | "one_off" | "recurring"`.
#[derive(Builder, Debug, Clone, Copy, PartialEq)]
#[payment(untagged, schema)]
enum OffSession {
    Flag(bool),
    Kind(OffSessionKind),
}

#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
struct Payment {
    #[payment(nested)]
    payment_method: PaymentMethod,
    off_session: Option<OffSession>,
    #[payment(nested)]
    event: Option<Event>,
    #[payment(length(max = 8))]
    reference: String,
}

fn scheme_payment() -> Payment {
    Payment::builder()
        .payment_method(|m| m.scheme(|s| s.number("4111111111111111")?.cvc("737")?.holder_name("J Doe")))
        .unwrap()
        .off_session(OffSession::Kind(OffSessionKind::OneOff))
        .reference("order-1")
        .unwrap()
        .build()
}

fn paths(report: &ValidationReport) -> Vec<(&str, &str)> {
    report.errors().iter().map(|e| (e.path(), e.code())).collect()
}

#[test]
fn each_representation_is_written_as_serde_writes_it() {
    assert_eq!(
        serde_json::to_string(&scheme_payment()).unwrap(),
        r#"{"paymentMethod":{"type":"scheme","number":"4111111111111111","cvc":"737","holderName":"J Doe"},"offSession":"one_off","reference":"order-1"}"#
    );
    let paypal = Payment::builder()
        .payment_method(|m| m.pay_pal())
        .off_session(OffSession::Flag(false))
        .event(|e| e.created(|c| c.issuer("ING")))
        .unwrap()
        .reference("r")
        .unwrap()
        .build();
    assert_eq!(
        serde_json::to_string(&paypal).unwrap(),
        r#"{"paymentMethod":{"type":"paypal"},"offSession":false,"event":{"kind":"created","data":{"issuer":"ING"}},"reference":"r"}"#
    );
    assert_eq!(serde_json::to_string(&Event::builder().deleted().build()).unwrap(), r#"{"kind":"deleted"}"#);
}

#[test]
fn reading_what_was_written_gives_it_back() {
    for value in [
        scheme_payment(),
        Payment::builder()
            .payment_method_value(PaymentMethod::PayPal)
            .off_session(OffSession::Flag(true))
            .event_value(Event::Deleted)
            .reference("r")
            .unwrap()
            .build(),
    ] {
        let written = serde_json::to_string(&value).unwrap();
        assert_eq!(from_json::<Payment>(&written).unwrap(), value, "{written}");
        assert_eq!(
            from_json_strict::<Payment>(&written).unwrap(),
            value,
            "strict: the tag is not an unknown key"
        );
        assert_eq!(serde_json::from_str::<Payment>(&written).unwrap(), value);
    }
}

#[test]
fn the_tag_is_found_wherever_it_stands() {
    let late =
        r#"{"reference":"r","paymentMethod":{"number":"4111111111111111","cvc":"737","type":"scheme"}}"#;
    let read: Payment = from_json_strict(late).unwrap();
    assert!(matches!(read.payment_method(), PaymentMethod::Scheme(s) if s.cvc() == "737"));
}

#[test]
fn every_error_at_once_at_its_wire_path() {
    let broken = r#"{"paymentMethod":{"cvc":"7","type":"scheme","number":"41"},"offSession":5,
        "event":{"kind":"created","data":{"issuer":""}},"reference":"far-too-long"}"#;
    let report = from_json::<Payment>(broken).unwrap_err();
    assert_eq!(
        paths(&report),
        [
            ("paymentMethod.number", "length"),
            ("paymentMethod.cvc", "length"),
            ("offSession", "union"),
            ("event.data.issuer", "length"),
            ("reference", "length"),
        ],
        "{report}"
    );
    let off = report.errors().iter().find(|e| e.path() == "offSession").unwrap();
    assert_eq!(off.message(), "must be one of `bool` (variant `Flag`) or `OffSessionKind` (variant `Kind`)");
}

#[test]
fn an_unknown_or_missing_tag_is_one_error_listing_the_tags() {
    let report = from_json::<Payment>(r#"{"paymentMethod":{"type":"sheme","number":"x"},"reference":"r"}"#)
        .unwrap_err();
    assert_eq!(paths(&report), [("paymentMethod.type", "union.tag")]);
    assert_eq!(
        report.errors()[0].message(),
        "must be one of `scheme`, `ideal` or `paypal` (did you mean `scheme`?)"
    );
    assert!(!format!("{report:?}").contains("sheme"), "the refused tag is not quoted");
    let report = from_json::<Payment>(r#"{"paymentMethod":{"number":"x"},"reference":"r"}"#).unwrap_err();
    assert_eq!(paths(&report), [("paymentMethod", "union.tag")]);
    assert_eq!(report.errors()[0].message(), "needs the key `type`, one of `scheme`, `ideal` or `paypal`");
}

#[test]
fn strict_reading_reports_unknown_keys_inside_the_variant() {
    let extra = r#"{"paymentMethod":{"type":"paypal","note":1},"reference":"r"}"#;
    assert!(from_json::<Payment>(extra).is_ok());
    let report = from_json_strict::<Payment>(extra).unwrap_err();
    assert_eq!(paths(&report), [("paymentMethod.note", "unknown_key")]);
}

#[test]
fn the_collecting_builder_gathers_a_variants_errors_with_the_rest() {
    let report = Payment::builder()
        .collect_errors()
        .payment_method(|m| m.scheme(|s| s.number("41").cvc("7")))
        .reference("far-too-long")
        .build()
        .unwrap_err();
    let found: Vec<(&str, Option<&str>)> =
        report.errors().iter().map(|e| (e.path(), e.field_path())).collect();
    assert_eq!(
        found,
        [
            ("paymentMethod.number", Some("payment_method.scheme.number")),
            ("paymentMethod.cvc", Some("payment_method.scheme.cvc")),
            ("reference", Some("reference")),
        ]
    );
}

#[test]
fn a_checked_setters_error_inside_a_variant_names_its_path() {
    let err = Payment::builder().payment_method(|m| m.scheme(|s| s.number("41")?.cvc("737"))).unwrap_err();
    assert_eq!(
        (err.path(), err.field_path()),
        ("paymentMethod.number", Some("payment_method.scheme.number"))
    );
    let err = Event::builder().created(|c| c.issuer("")).unwrap_err();
    assert_eq!(err.path(), "data.issuer");
}

#[test]
fn a_union_builds_on_its_own() {
    let method = PaymentMethod::builder().ideal(|i| i.issuer("ING")).unwrap().build();
    assert_eq!(serde_json::to_string(&method).unwrap(), r#"{"type":"ideal","issuer":"ING"}"#);
    let report = PaymentMethod::builder().collect_errors().ideal(|i| i.issuer("")).build().unwrap_err();
    assert_eq!(paths(&report), [("issuer", "length")]);
    assert_eq!(format!("{:?}", PaymentMethod::builder()), "PaymentMethodBuilder { variant: <unset> }");
}

#[test]
fn the_schema_is_one_of_the_variants_with_the_tag_as_a_const() {
    let schema = PaymentMethod::schema();
    let variants = schema["oneOf"].as_array().unwrap();
    assert_eq!(variants.len(), 3);
    assert_eq!(variants[0]["properties"]["type"], serde_json::json!({ "const": "scheme" }));
    assert_eq!(variants[2]["required"], serde_json::json!(["type"]));
    // boon, an independent validator, agrees with the reader on good and bad values.
    let check = payment_tests::SchemaCheck::of::<Payment>();
    let good = serde_json::to_value(scheme_payment()).unwrap();
    assert_eq!(check.check(&good), Ok(()), "{good}");
    let bad = serde_json::json!({"paymentMethod": {"type": "sheme"}, "reference": "r"});
    assert!(check.check(&bad).is_err());
    let bad = serde_json::json!({"paymentMethod": {"type": "paypal"}, "offSession": 5, "reference": "r"});
    assert!(check.check(&bad).is_err());
}

#[test]
fn an_alias_reads_as_its_variant_and_is_written_with_the_wire_name() {
    let read: Payment =
        from_json_strict(r#"{"paymentMethod":{"type":"networkToken","number":"4111111111111111","cvc":"737"},"reference":"r"}"#)
            .unwrap();
    assert!(matches!(read.payment_method(), PaymentMethod::Scheme(_)));
    assert!(serde_json::to_string(&read).unwrap().contains(r#""type":"scheme""#));
}
