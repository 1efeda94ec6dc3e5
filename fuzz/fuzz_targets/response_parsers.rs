//! The response parsers on arbitrary bytes: no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use payment_core::model::{PaymentOutcome, PaymentResponse};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let _ = PaymentOutcome::from_json(s);
    let _ = serde_json::from_str::<PaymentResponse>(s);
});
