//! The two places where `from_json` does not stream (issue 24, ARCHITECTURE.md "Unions"): a union's value
//! and a `#[payment(serde)]` field's value are read whole into `payment_core::wire::Buffered` first, then
//! read again from that buffer. Each against a twin of the same JSON and the same derive that streams.
//!
//! - `union` (ours) reads [`UNION_JSON`] into [`WithUnion`], whose `paymentMethod` is the internally tagged
//!   union [`PaymentMethod`] (`tag = "type"`); `union_twin` reads the same text into [`WithTwin`], whose
//!   `paymentMethod` is the `#[payment(nested)]` struct [`SchemeTwin`]: `SchemeDetails`' fields and
//!   rules plus a `type` `String` field, so no union and no buffer.
//! - `serde_field` (ours) reads [`SERDE_JSON`] into [`WithSerde`], whose `metadata` is a
//!   `#[payment(serde)] serde_json::Value`; `serde_twin` reads the same text into [`WithNested`], whose
//!   `metadata` is the `#[payment(nested)]` struct [`Metadata`] with the object's four keys. Both keep the
//!   metadata; the twin streams it into typed fields, ours buffers it and builds a `Value` from the buffer.

use std::hint::black_box;

use payment_core::Builder;
use payment_core::wire::from_json;

/// An Adyen-style request whose `paymentMethod` is a card, the tag first.
pub(crate) const UNION_JSON: &str = concat!(
    r#"{"paymentMethod":{"type":"scheme","number":"4111111111111111","cvc":"737","holderName":"John Doe"},"#,
    r#""reference":"order-1042","amount":1500,"currency":"EUR","merchantAccount":"TestMerchantECOM"}"#
);

/// A Stripe-style request with a free-form `metadata` object.
pub(crate) const SERDE_JSON: &str = concat!(
    r#"{"metadata":{"orderId":"A-1042","channel":"web","customerTier":"gold","basketSize":3},"#,
    r#""reference":"order-1042","amount":1500,"currency":"EUR","merchantAccount":"TestMerchantECOM"}"#
);

/// A card, the data of the union's `scheme` variant (the shape of `tests/tests/derive_unions.rs`).
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, rename_all = "camelCase")]
pub(crate) struct SchemeDetails {
    #[payment(length(min = 12, max = 19))]
    number: String,
    #[payment(length(min = 3, max = 4))]
    cvc: String,
    #[payment(text)]
    holder_name: Option<String>,
}

/// iDEAL, the second variant.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors)]
pub(crate) struct IdealDetails {
    #[payment(length(min = 1, max = 10))]
    issuer: String,
}

/// Adyen's `paymentMethod`, internally tagged: buffered whole, then the chosen variant read from the
/// buffer.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(tag = "type", rename_all = "lowercase", collect_errors)]
pub(crate) enum PaymentMethod {
    Scheme(SchemeDetails),
    Ideal(IdealDetails),
    PayPal,
}

/// Ours: the request holding the union.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, rename_all = "camelCase")]
pub(crate) struct WithUnion {
    #[payment(nested)]
    payment_method: PaymentMethod,
    #[payment(length(max = 80))]
    reference: String,
    amount: u64,
    currency: String,
    merchant_account: String,
}

/// The twin's `paymentMethod`: `SchemeDetails` with the tag as a plain `String` field, read streaming.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, rename_all = "camelCase")]
pub(crate) struct SchemeTwin {
    #[payment(rename = "type")]
    kind: String,
    #[payment(length(min = 12, max = 19))]
    number: String,
    #[payment(length(min = 3, max = 4))]
    cvc: String,
    #[payment(text)]
    holder_name: Option<String>,
}

/// The union's twin: the same keys and rules, `paymentMethod` a nested struct.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, rename_all = "camelCase")]
pub(crate) struct WithTwin {
    #[payment(nested)]
    payment_method: SchemeTwin,
    #[payment(length(max = 80))]
    reference: String,
    amount: u64,
    currency: String,
    merchant_account: String,
}

/// Ours: the request with any JSON as `metadata`, read by serde from the buffer.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, rename_all = "camelCase")]
pub(crate) struct WithSerde {
    #[payment(serde)]
    metadata: serde_json::Value,
    #[payment(length(max = 80))]
    reference: String,
    amount: u64,
    currency: String,
    merchant_account: String,
}

/// The serde field's twin's `metadata`: the object's four keys as typed fields.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, rename_all = "camelCase")]
pub(crate) struct Metadata {
    order_id: String,
    channel: String,
    customer_tier: String,
    basket_size: u64,
}

/// The serde field's twin: the same keys, `metadata` a nested struct.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, rename_all = "camelCase")]
pub(crate) struct WithNested {
    #[payment(nested)]
    metadata: Metadata,
    #[payment(length(max = 80))]
    reference: String,
    amount: u64,
    currency: String,
    merchant_account: String,
}

/// Ours: `from_json` of the request holding the union.
pub(crate) fn union(_: &mut Vec<u8>) -> usize {
    let request: WithUnion = from_json(black_box(UNION_JSON)).unwrap();
    match black_box(&request).payment_method() {
        PaymentMethod::Scheme(card) => card.number().len(),
        _ => unreachable!("the fixture is a card"),
    }
}

/// Twin: `from_json` of the same text, `paymentMethod` a nested struct.
pub(crate) fn union_twin(_: &mut Vec<u8>) -> usize {
    let request: WithTwin = from_json(black_box(UNION_JSON)).unwrap();
    black_box(&request).payment_method().number().len()
}

/// Ours: `from_json` of the request with the `#[payment(serde)]` metadata.
pub(crate) fn serde_field(_: &mut Vec<u8>) -> usize {
    let request: WithSerde = from_json(black_box(SERDE_JSON)).unwrap();
    black_box(&request).metadata().as_object().map_or(0, |m| m.len())
}

/// Twin: `from_json` of the same text, `metadata` a nested struct.
pub(crate) fn serde_twin(_: &mut Vec<u8>) -> usize {
    let request: WithNested = from_json(black_box(SERDE_JSON)).unwrap();
    black_box(&request).metadata().order_id().len()
}

/// Each pair reads the same values from its text (asserted before measuring).
pub(crate) fn check_same_values() {
    let ours: WithUnion = from_json(UNION_JSON).unwrap();
    let twin: WithTwin = from_json(UNION_JSON).unwrap();
    let PaymentMethod::Scheme(card) = ours.payment_method() else { panic!("the union reads a card") };
    let method = twin.payment_method();
    assert_eq!(method.kind(), "scheme");
    assert_eq!(
        (card.number(), card.cvc(), card.holder_name()),
        (method.number(), method.cvc(), method.holder_name()),
        "union and twin read the same card"
    );
    assert_eq!(
        (ours.reference(), ours.amount(), ours.currency(), ours.merchant_account()),
        (twin.reference(), twin.amount(), twin.currency(), twin.merchant_account())
    );

    let ours: WithSerde = from_json(SERDE_JSON).unwrap();
    let twin: WithNested = from_json(SERDE_JSON).unwrap();
    let m = twin.metadata();
    assert_eq!(
        *ours.metadata(),
        serde_json::json!({
            "orderId": m.order_id(), "channel": m.channel(), "customerTier": m.customer_tier(),
            "basketSize": m.basket_size(),
        }),
        "serde field and twin read the same metadata"
    );
    assert_eq!(
        (ours.reference(), ours.amount(), ours.currency(), ours.merchant_account()),
        (twin.reference(), twin.amount(), twin.currency(), twin.merchant_account())
    );
}
