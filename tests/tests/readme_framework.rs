//! The README's "Your own request types": another gateway's request with a string enum, a tagged union
//! and a field read through serde. `readme.rs` checks that the README's snippet is lines of this file.

use payment_core::Builder;
use payment_core::wire::{FieldError, from_json};

#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, rename_all = "camelCase")]
struct SchemeDetails {
    #[payment(length(min = 1, max = 5000), text)]
    encrypted_card_number: String,
}

#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors)]
struct IdealDetails {
    #[payment(length(min = 1, max = 20))]
    issuer: String,
}

/// A string enum: a JSON string, one wire name per variant; an unknown value is one error listing them.
#[derive(Builder, Debug, Clone, Copy, PartialEq)]
#[payment(rename_all = "PascalCase")]
enum ShopperInteraction {
    Ecommerce,
    ContAuth,
    Moto,
}

/// A union, internally tagged as serde does it: the variant is chosen by `type`, wherever it stands.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(tag = "type", rename_all = "lowercase", collect_errors)]
enum PaymentMethod {
    Scheme(SchemeDetails),
    Ideal(IdealDetails),
    PayPal,
}

#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, rename_all = "camelCase")]
struct Payment {
    shopper_interaction: ShopperInteraction,
    #[payment(nested)]
    payment_method: PaymentMethod,
    /// Any JSON, read with its own `Deserialize` (serde's first error reported at the field).
    #[payment(serde)]
    additional_data: Option<serde_json::Value>,
    #[payment(length(max = 80), text)]
    reference: String,
}

fn payment() -> Result<Payment, FieldError> {
    let payment = Payment::builder()
        .shopper_interaction(ShopperInteraction::Ecommerce)
        .payment_method(|m| m.scheme(|s| s.encrypted_card_number("test_4111111111111111")))?
        .reference("order-42")?
        .build();
    Ok(payment)
}

#[test]
fn the_readme_request_is_written_and_read_back() {
    let payment = payment().unwrap();
    let written = serde_json::to_string(&payment).unwrap();
    assert_eq!(
        written,
        r#"{"shopperInteraction":"Ecommerce","paymentMethod":{"type":"scheme","encryptedCardNumber":"test_4111111111111111"},"reference":"order-42"}"#
    );
    assert_eq!(from_json::<Payment>(&written).unwrap(), payment);
}

#[test]
fn a_broken_body_is_reported_at_once() {
    let broken = r#"{"shopperInteraction":"Ecomerce","paymentMethod":{"type":"ideal","issuer":""},
        "additionalData":{"a":1},"reference":"r"}"#;
    let report = from_json::<Payment>(broken).unwrap_err();
    let found: Vec<(&str, &str)> = report.errors().iter().map(|e| (e.path(), e.code())).collect();
    assert_eq!(found, [("shopperInteraction", "enum"), ("paymentMethod.issuer", "length")], "{report}");
    assert!(report.errors()[0].message().contains("did you mean `Ecommerce`"), "{report}");
}
