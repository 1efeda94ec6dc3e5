//! Untrusted-JSON group, ours and the baseline: `PaymentRequest::from_json` (every rule, every error
//! collected) and `serde_json::from_str` into the unvalidated twin of `payment-core/benches/parse.rs`
//! (every value a `String`, no rules). The validator and garde twins (`parse_validator.rs`,
//! `parse_garde.rs`) have this twin's shape plus the model's rules.

use std::hint::black_box;

use payment_core::model::PaymentRequest;

/// The published example request.
pub(crate) const FIXTURE: &str = include_str!("../../../tests/fixtures/paymentv2-request.json");

/// Ours: `from_json`, keep the value.
pub(crate) fn ours(_: &mut Vec<u8>) -> usize {
    let request = PaymentRequest::from_json(black_box(FIXTURE)).unwrap();
    black_box(&request).card().name().len()
}

/// Baseline: serde into the unvalidated twin.
pub(crate) fn twin(_: &mut Vec<u8>) -> usize {
    let request: TwinRequest = serde_json::from_str(black_box(FIXTURE)).unwrap();
    black_box(&request).card.name.len()
}

/// Whether `from_json` accepts `json`.
pub(crate) fn ours_accepts(json: &str) -> bool {
    PaymentRequest::from_json(json).is_ok()
}

/// Whether serde reads `json` into the unvalidated twin (it checks only the JSON shape).
pub(crate) fn twin_accepts(json: &str) -> bool {
    serde_json::from_str::<TwinRequest>(json).is_ok()
}

#[path = "../../../payment-core/benches/common/twin_parse.rs"]
mod twin_parse;

use twin_parse::TwinRequest;
