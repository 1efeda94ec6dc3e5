//! Wire fidelity of the paymentv2 models against the gateway's published JSON (`tests/fixtures/`).

use payment_core::model::{
    CaptureRequest, PaymentOutcome, PaymentRequest, PaymentResponse, RefundRequest, TransactionType,
    VoidRequest,
};
use payment_core::{amount, merchant_id};
use payment_tests::fixture_request;
use serde_json::Value;

const REQUEST: &str = include_str!("../fixtures/paymentv2-request.json");
const RESPONSE_201: &str = include_str!("../fixtures/paymentv2-response-201.json");
const RESPONSE_3DS: &str = include_str!("../fixtures/paymentv2-3ds-response-200.json");
const CAPTURE_REQUEST: &str = include_str!("../fixtures/capture-request.json");
const CAPTURE_201: &str = include_str!("../fixtures/capture-response-201.json");
const STATUS_200: &str = include_str!("../fixtures/status-response-200.json");

fn json(s: &str) -> Value {
    serde_json::from_str(s).expect("fixture is JSON")
}

#[test]
fn built_request_serializes_to_the_fixture() {
    let request = fixture_request().expect("fixture values are valid");
    assert_eq!(serde_json::to_value(&request).unwrap(), json(REQUEST));
}

#[test]
fn request_fixture_parses_and_round_trips() {
    let parsed = PaymentRequest::from_json(REQUEST).expect("the fixture is valid");
    assert_eq!(parsed, fixture_request().unwrap());
    assert_eq!(serde_json::to_value(&parsed).unwrap(), json(REQUEST));
    // Plain serde goes through the same validation.
    let via_serde: PaymentRequest = serde_json::from_str(REQUEST).unwrap();
    assert_eq!(via_serde, parsed);
}

#[test]
fn from_json_reports_exactly_the_five_bad_fields() {
    let mut v = json(REQUEST);
    v["currency"] = "JPX".into();
    v["billing_address"]["country"] = "ZZ".into();
    v["card"]["expiry_month"] = "13".into();
    v["customer_ip"] = "300.1.1.1".into();
    v.as_object_mut().unwrap().remove("merchant_id");
    let report = PaymentRequest::from_json(&v.to_string()).unwrap_err();
    let mut paths: Vec<&str> = report.paths().collect();
    paths.sort_unstable();
    assert_eq!(
        paths,
        ["billing_address.country", "card.expiry_month", "currency", "customer_ip", "merchant_id"]
    );
    let shown = format!("{report} {report:?}");
    for value in ["JPX", "ZZ", "300.1.1.1"] {
        assert!(!shown.contains(value), "the report leaks `{value}`: {shown}");
    }
    // serde sees the same problems.
    assert!(serde_json::from_str::<PaymentRequest>(&v.to_string()).is_err());
}

/// Every key path (and scalar value) of `expected` is found in `actual`.
fn assert_contains(expected: &Value, actual: &Value, path: &str) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let av = a.get(k).unwrap_or_else(|| panic!("`{path}.{k}` was lost"));
                assert_contains(ev, av, &format!("{path}.{k}"));
            }
        }
        _ => assert_eq!(expected, actual, "at `{path}`"),
    }
}

#[test]
fn every_response_fixture_parses_without_losing_a_field() {
    for (name, text) in
        [("paymentv2 201", RESPONSE_201), ("capture 201", CAPTURE_201), ("status 200", STATUS_200)]
    {
        let response: PaymentResponse = serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_contains(&json(text), &serde_json::to_value(&response).unwrap(), name);
        assert!(response.response_code().is_approved(), "{name}");
        assert!(response.risk_details().is_some() || name == "capture 201", "{name}");
    }
    let status: PaymentResponse = serde_json::from_str(STATUS_200).unwrap();
    assert_eq!(status.transaction_type, TransactionType::Capture);
    let redirect = PaymentOutcome::from_json(RESPONSE_3DS).unwrap();
    assert!(matches!(redirect, PaymentOutcome::ThreeDsRedirect(_)));
    let completed = PaymentOutcome::from_json(RESPONSE_201).unwrap();
    let PaymentOutcome::Completed(payment) = completed else { panic!("expected a completed payment") };
    assert_eq!(payment.transaction_id().to_string(), "ab8444e7-fec0-40dd-994d-0ad813785f74");
    if let PaymentOutcome::ThreeDsRedirect(r) = redirect {
        assert_contains(&json(RESPONSE_3DS), &serde_json::to_value(&r).unwrap(), "3ds");
    }
}

#[test]
fn unknown_response_fields_and_values_are_tolerated() {
    let mut v = json(RESPONSE_201);
    v["brand_new_field"] = serde_json::json!({"nested": [1, 2, 3]});
    v["transaction_type"] = "CHARGEBACK".into();
    v["payment_details"]["scheme"] = "NEWSCHEME".into();
    let r: PaymentResponse = serde_json::from_value(v).unwrap();
    assert_eq!(r.transaction_type, TransactionType::Other("CHARGEBACK".into()));
    assert_eq!(serde_json::to_value(&r).unwrap()["payment_details"]["scheme"], "NEWSCHEME");
}

#[test]
fn debug_output_never_shows_the_card_number_or_cvc() {
    // A CVC that appears nowhere else in the document, so its absence means something.
    let mut v = json(REQUEST);
    v["card"]["cvc"] = "937".into();
    let request = PaymentRequest::from_json(&v.to_string()).unwrap();
    let response: PaymentResponse = serde_json::from_str(RESPONSE_201).unwrap();
    let status: PaymentResponse = serde_json::from_str(STATUS_200).unwrap();
    let outcome = PaymentOutcome::from_json(RESPONSE_201).unwrap();
    for shown in [
        format!("{request:?}"),
        format!("{request:#?}"),
        format!("{:?}", request.card()),
        format!("{response:?}"),
        format!("{response:#?}"),
        format!("{status:?}"),
        format!("{outcome:?}"),
    ] {
        assert!(!shown.contains("5200000000001005"), "PAN leaked: {shown}");
        assert!(!shown.contains("937"), "CVC leaked: {shown}");
        assert!(shown.contains("1005"), "the last four digits stay visible: {shown}");
    }
}

#[test]
fn operations_serialize_to_the_documented_shapes() {
    let id: payment_core::model::TransactionId = "e0b0731e-7170-4b64-8a21-7d835eebd641".parse().unwrap();
    let capture = CaptureRequest::builder()
        .transaction_id(id)
        .amount(amount!(1000))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .notes("Capturing authorised amount")
        .unwrap()
        .build();
    assert_eq!(serde_json::to_value(&capture).unwrap(), json(CAPTURE_REQUEST));
    assert_eq!(CaptureRequest::from_json(CAPTURE_REQUEST).unwrap(), capture);

    let refund = RefundRequest::builder()
        .transaction_id(id)
        .amount(amount!(500))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .build();
    assert_eq!(
        serde_json::to_value(&refund).unwrap(),
        serde_json::json!({"transactionId": id.to_string(), "amount": 500, "merchant_id": "< Merchant ID >"})
    );

    let void = VoidRequest::builder().transaction_id(id).merchant_id(merchant_id!("< Merchant ID >")).build();
    assert_eq!(
        serde_json::to_value(&void).unwrap(),
        serde_json::json!({"transactionId": id.to_string(), "merchant_id": "< Merchant ID >"})
    );
}

#[test]
fn cancel_url_round_trips_and_is_left_out_when_unset() {
    let mut v = json(REQUEST);
    v["return_url"]["cancel_url"] = Value::from("http://www.cancelurl.com/");
    let parsed = PaymentRequest::from_json(&v.to_string()).expect("cancel_url is a page URL");
    assert_eq!(serde_json::to_value(&parsed).unwrap(), v);
    assert_eq!(parsed.return_url().cancel_url().map(|u| u.as_str()), Some("http://www.cancelurl.com/"));
    // Without it, the published request is unchanged.
    let without = PaymentRequest::from_json(REQUEST).unwrap();
    assert!(serde_json::to_value(&without).unwrap()["return_url"].get("cancel_url").is_none());
    // The page URL rules apply.
    v["return_url"]["cancel_url"] = Value::from("https://shop.example@evil.example/");
    let report = PaymentRequest::from_json(&v.to_string()).unwrap_err();
    assert_eq!(report.paths().collect::<Vec<_>>(), ["return_url.cancel_url"]);
}

#[test]
fn strict_reading_reports_misspelled_keys_that_from_json_skips() {
    let mut v = json(REQUEST);
    v["shiping_address"] = v["shipping_address"].clone();
    v["return_url"]["cancel_urll"] = "https://shop.example/cancel".into();
    v["card"]["\u{7}bell"] = 1.into();
    let text = v.to_string();
    assert!(PaymentRequest::from_json(&text).is_ok(), "lenient reading skips unknown keys");
    let report = payment_core::wire::from_json_strict::<PaymentRequest>(&text).unwrap_err();
    let mut found: Vec<(String, &str)> =
        report.errors().iter().map(|e| (e.path().to_owned(), e.code())).collect();
    found.sort();
    assert_eq!(
        found,
        [
            ("card.\u{FFFD}bell".to_owned(), "unknown_key"),
            ("return_url.cancel_urll".to_owned(), "unknown_key"),
            ("shiping_address".to_owned(), "unknown_key"),
        ]
    );
    // The fixture itself has no unknown key.
    assert!(payment_core::wire::from_json_strict::<PaymentRequest>(REQUEST).is_ok());
}
