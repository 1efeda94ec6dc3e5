//! `from_json` of every request model on arbitrary bytes: no panic, and any value returned re-serializes
//! and parses back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use payment_core::model::{CaptureRequest, PaymentRequest, RefundRequest, VoidRequest};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(request) = PaymentRequest::from_json(s) {
        let again = serde_json::to_string(&request).expect("a valid request serializes");
        assert_eq!(PaymentRequest::from_json(&again).expect("and parses back"), request);
    }
    let _ = CaptureRequest::from_json(s);
    let _ = RefundRequest::from_json(s);
    let _ = VoidRequest::from_json(s);
});
