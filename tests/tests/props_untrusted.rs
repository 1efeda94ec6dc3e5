//! Property tests on untrusted input: no parser may panic, every rejection is a typed error, and whatever
//! is accepted is valid (it re-serializes and parses back to itself).
//!
//! CI runs a few thousand cases per property. The full run (100,000 cases each) is:
//!
//! ```sh
//! PAYMENT_PROPTEST_CASES=100000 cargo test --release -p payment-tests --test props_untrusted
//! ```

use payment_core::model::{
    CaptureRequest, PaymentOutcome, PaymentRequest, PaymentResponse, RefundRequest, VoidRequest,
};
use payment_core::{Amount, CardNumber, Country, Currency, Cvc, Email, Expiry, Phone, Url};
use proptest::prelude::*;
use serde_json::Value;

const REQUEST: &str = include_str!("../fixtures/paymentv2-request.json");
const RESPONSE_201: &str = include_str!("../fixtures/paymentv2-response-201.json");
const STATUS_200: &str = include_str!("../fixtures/status-response-200.json");
const RESPONSE_3DS: &str = include_str!("../fixtures/paymentv2-3ds-response-200.json");
const CAPTURE_REQUEST: &str = include_str!("../fixtures/capture-request.json");
const CAPTURE_201: &str = include_str!("../fixtures/capture-response-201.json");

fn config() -> ProptestConfig {
    let cases = std::env::var("PAYMENT_PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(2_000);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Every value parser on `s`; whatever parses must print back to something that parses to the same value.
fn all_value_parsers(s: &str) {
    macro_rules! check {
        ($($t:ty),*) => {$(
            if let Ok(v) = s.parse::<$t>() {
                let wire = serde_json::to_string(&v).expect("a valid value serializes");
                let back: $t = serde_json::from_str(&wire).expect("and parses back");
                assert_eq!(back, v);
            }
        )*};
    }
    check!(Currency, Country, Expiry, Amount, Email, Url, Phone);
    // Secrets print masked, so only check that parsing terminates without a panic.
    let _ = s.parse::<CardNumber>();
    let _ = s.parse::<Cvc>();
    let _ = s.parse::<std::net::IpAddr>();
}

fn request_round_trip(s: &str) {
    if let Ok(request) = PaymentRequest::from_json(s) {
        let again = serde_json::to_string(&request).expect("a valid request serializes");
        assert_eq!(PaymentRequest::from_json(&again).expect("and parses back"), request);
    }
    let _ = CaptureRequest::from_json(s);
    let _ = RefundRequest::from_json(s);
    let _ = VoidRequest::from_json(s);
}

fn response_parsers(s: &str) {
    let _ = serde_json::from_str::<PaymentResponse>(s);
    let _ = PaymentOutcome::from_json(s);
}

/// A JSON value to drop into a fixture: scalars of every type, and small arrays / objects.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        ".{0,24}".prop_map(Value::String),
        "[0-9 -]{0,22}".prop_map(Value::String),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every path (`["card", "cvc"]`) to a value inside `v`.
fn paths(v: &Value, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    if let Value::Object(map) = v {
        for (k, child) in map {
            prefix.push(k.clone());
            out.push(prefix.clone());
            paths(child, prefix, out);
            prefix.pop();
        }
    }
}

/// The fixture with the value at one path replaced by `replacement`, or removed when it is `None`.
fn mutate(fixture: &str, pick: usize, replacement: Option<Value>) -> String {
    let mut doc: Value = serde_json::from_str(fixture).unwrap();
    let mut all = Vec::new();
    paths(&doc, &mut Vec::new(), &mut all);
    let path = &all[pick % all.len()];
    let (last, parents) = path.split_last().unwrap();
    let mut node = &mut doc;
    for key in parents {
        node = node.get_mut(key).unwrap();
    }
    let map = node.as_object_mut().unwrap();
    match replacement {
        Some(v) => {
            map.insert(last.clone(), v);
        }
        None => {
            map.remove(last);
        }
    }
    doc.to_string()
}

/// The fixture's text with a byte range cut out or replaced: truncations and garbage.
fn splice(fixture: &str, at: usize, len: usize, insert: &str) -> String {
    let bytes = fixture.as_bytes();
    let at = at % (bytes.len() + 1);
    let end = (at + len).min(bytes.len());
    let mut out = bytes[..at].to_vec();
    out.extend_from_slice(insert.as_bytes());
    out.extend_from_slice(&bytes[end..]);
    String::from_utf8_lossy(&out).into_owned()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn value_parsers_on_arbitrary_strings(s in "\\PC{0,40}") {
        all_value_parsers(&s);
    }

    #[test]
    fn value_parsers_on_likely_shapes(s in "[0-9A-Za-z /@.:-]{0,24}") {
        all_value_parsers(&s);
    }

    #[test]
    fn request_from_json_on_arbitrary_strings(s in "\\PC{0,64}") {
        request_round_trip(&s);
    }

    #[test]
    fn request_from_json_on_mutated_fixtures(pick in any::<usize>(), v in prop::option::of(json_value())) {
        request_round_trip(&mutate(REQUEST, pick, v));
        let _ = CaptureRequest::from_json(&mutate(CAPTURE_REQUEST, pick, None));
    }

    #[test]
    fn request_from_json_on_spliced_fixtures(at in any::<usize>(), len in 0usize..40, insert in "\\PC{0,8}") {
        request_round_trip(&splice(REQUEST, at, len, &insert));
    }

    #[test]
    fn operations_from_json_on_mutated_fixtures(pick in any::<usize>(), v in prop::option::of(json_value())) {
        let capture = mutate(CAPTURE_REQUEST, pick, v);
        let _ = CaptureRequest::from_json(&capture);
        let _ = RefundRequest::from_json(&capture);
        let _ = VoidRequest::from_json(&capture);
    }

    #[test]
    fn rejections_never_quote_the_rejected_value(pick in any::<usize>(), tail in "[a-z0-9]{4,10}") {
        // A marker that cannot occur in the fixture or in any message.
        let marker = format!("QZX{tail}");
        let bad = mutate(REQUEST, pick, Some(Value::from(marker.clone())));
        if let Err(report) = PaymentRequest::from_json(&bad) {
            let shown = format!("{report} {report:?}");
            prop_assert!(!shown.contains(&marker), "{shown}");
        }
    }

    #[test]
    fn response_parsers_on_arbitrary_strings(s in "\\PC{0,64}") {
        response_parsers(&s);
    }

    #[test]
    fn response_parsers_on_mutated_fixtures(pick in any::<usize>(), v in prop::option::of(json_value())) {
        for fixture in [RESPONSE_201, STATUS_200, RESPONSE_3DS, CAPTURE_201] {
            response_parsers(&mutate(fixture, pick, v.clone()));
        }
    }

    #[test]
    fn response_parsers_on_spliced_fixtures(at in any::<usize>(), len in 0usize..40, insert in "\\PC{0,8}") {
        response_parsers(&splice(RESPONSE_201, at, len, &insert));
    }
}

#[test]
fn a_mutated_field_is_reported_at_its_path() {
    // Deterministic cases, so a regression in path reporting is caught even with few random cases.
    let mut doc: Value = serde_json::from_str(REQUEST).unwrap();
    doc["currency"] = Value::from(12);
    doc["browser_info"]["challengeWindow"] = Value::from("9");
    let report = PaymentRequest::from_json(&doc.to_string()).unwrap_err();
    let mut paths: Vec<&str> = report.paths().collect();
    paths.sort_unstable();
    assert_eq!(paths, ["browser_info.challengeWindow", "currency"], "{report}");
}
