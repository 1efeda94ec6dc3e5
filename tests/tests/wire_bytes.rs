//! The exact bytes the models write, compact, for every fixture: each request read with `from_json` and
//! written again, each answer read and written again, and the published request built with the builder.
//! Taken before the derive's field model and the collecting text setters changed (issue 26), so a change of
//! the generated code that moves a byte on the wire shows up here as a diff. The fixture round-trip tests
//! compare JSON values; these compare bytes (key order, number and string forms).
//!
//! `UPDATE_EXPECT=1 cargo test -p payment-tests --test wire_bytes` rewrites the snapshot; review its diff.

use payment_core::model::{
    CaptureRequest, PaymentOutcome, PaymentRequest, PaymentResponse, StoredCardRequest,
};
use payment_tests::fixture_request;
use payment_tests::fixtures::*;

fn compact<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("a model serializes")
}

#[test]
fn compact_bytes_of_every_fixture() {
    let mut out = String::new();
    let mut line = |name: &str, bytes: String| {
        out.push_str(name);
        out.push('\n');
        out.push_str(&bytes);
        out.push_str("\n\n");
    };
    line("built: paymentv2 request", compact(&fixture_request().expect("valid")));
    line("paymentv2-request.json", compact(&PaymentRequest::from_json(PAYMENT_REQUEST).expect("valid")));
    line("capture-request.json", compact(&CaptureRequest::from_json(CAPTURE_REQUEST).expect("valid")));
    line("tokenize-request.json", compact(&StoredCardRequest::from_json(TOKENIZE_REQUEST).expect("valid")));
    line(
        "stored-card-payment-request.json",
        compact(&StoredCardRequest::from_json(STORED_CARD_REQUEST).expect("valid")),
    );
    for (name, text) in [
        ("paymentv2-response-201.json", PAYMENT_RESPONSE_201),
        ("capture-response-201.json", CAPTURE_RESPONSE_201),
        ("status-response-200.json", STATUS_RESPONSE_200),
    ] {
        let response: PaymentResponse = serde_json::from_str(text).expect("a published answer");
        line(name, compact(&response));
    }
    match PaymentOutcome::from_json(PAYMENT_RESPONSE_3DS).expect("a published answer") {
        PaymentOutcome::ThreeDsRedirect(r) => line("paymentv2-3ds-response-200.json", compact(&r)),
        other => panic!("the 3-D Secure answer read as {other:?}"),
    }
    expect_test::expect_file!["../snapshots/wire_bytes.txt"].assert_eq(&out);
}
