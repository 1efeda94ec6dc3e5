//! Untrusted-JSON group, ours and the baseline: `PaymentRequest::from_json` (every rule, every error
//! collected) and `serde_json::from_str` into the unvalidated twin of `payment-core/benches/parse.rs`
//! (every value a `String`, no rules). The validator and garde twins (`parse_validator.rs`,
//! `parse_garde.rs`) have this twin's shape plus the model's rules.

use std::hint::black_box;

use payment_core::model::PaymentRequest;
use serde::Deserialize;

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

// The unvalidated twin, copied from `payment-core/benches/parse.rs`.

/// The unvalidated twin of `PaymentRequest`: the same keys, every value kept as the string it was sent as.
#[derive(Deserialize)]
#[allow(dead_code)] // read only by serde
struct TwinRequest {
    amount: String,
    currency: String,
    card: TwinCard,
    merchant_txn_ref: String,
    customer_ip: String,
    merchant_id: String,
    return_url: TwinReturnUrl,
    billing_address: TwinAddress,
    shipping_address: Option<TwinAddress>,
    browser_info: Option<TwinBrowserInfo>,
    time_zone: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct TwinCard {
    number: String,
    cvc: String,
    expiry_month: String,
    expiry_year: String,
    name: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct TwinReturnUrl {
    webhook_url: Option<String>,
    success_url: String,
    decline_url: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct TwinAddress {
    country: String,
    email: String,
    phone_number: Option<String>,
    address1: String,
    city: String,
    state: Option<String>,
    postal_code: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "camelCase")]
struct TwinBrowserInfo {
    accept_header: String,
    screen_color_depth: String,
    java_enabled: bool,
    language: String,
    screen_height: String,
    screen_width: String,
    challenge_window: String,
    user_agent: String,
}
