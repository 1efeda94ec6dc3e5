//! Enumerations the gateway sends in responses. Each keeps values it does not know in an `Other` variant
//! instead of failing, so a new value on the gateway's side never breaks a running integration.
//!
//! Each is a string enum of `#[derive(Builder)]` with the catch-all `#[payment(other)] Other(String)`:
//! `as_str`, `Display`, `FromStr` (which never fails), serde and `Collect` are generated, and an unknown
//! value is written back as it was read.

use std::convert::Infallible;

use crate::Builder;

/// What a transaction did (`transaction_type`).
///
/// ```
/// # use payment_core::model::TransactionType;
/// let t: TransactionType = serde_json::from_str("\"PRE_AUTH\"").unwrap();
/// assert_eq!(t, TransactionType::PreAuth);
/// let new: TransactionType = serde_json::from_str("\"CHARGEBACK\"").unwrap();
/// assert_eq!(new, TransactionType::Other("CHARGEBACK".into()));
/// assert_eq!(serde_json::to_string(&new).unwrap(), "\"CHARGEBACK\"");
/// ```
#[derive(Builder, Clone, Debug, PartialEq, Eq, Hash)]
#[payment(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum TransactionType {
    /// An authorisation (`PRE_AUTH`): the paymentv2 purchase.
    PreAuth,
    /// A capture of an authorisation (`CAPTURE`).
    Capture,
    /// A full or partial refund (`REFUND`).
    Refund,
    /// A cancelled authorisation (`VOID`).
    Void,
    /// A value this version of the crate does not know, kept as sent.
    #[payment(other)]
    Other(String),
}

/// The kind of a gateway message (`gateway_response.type`).
#[derive(Builder, Clone, Debug, PartialEq, Eq, Hash)]
#[payment(rename_all = "UPPERCASE")]
#[non_exhaustive]
pub enum GatewayMessageType {
    /// An informational message, e.g. `INFO0000` "Payment Successful.".
    Info,
    /// An error message.
    Error,
    /// A value this version of the crate does not know, kept as sent.
    #[payment(other)]
    Other(String),
}

/// The card scheme the gateway routed the payment to (`payment_details.scheme`).
#[derive(Builder, Clone, Debug, PartialEq, Eq, Hash)]
#[payment(rename_all = "UPPERCASE")]
#[non_exhaustive]
pub enum CardScheme {
    /// Mastercard.
    Mastercard,
    /// Visa.
    Visa,
    /// American Express.
    Amex,
    /// JCB.
    Jcb,
    /// Discover.
    Discover,
    /// Diners Club.
    Diners,
    /// UnionPay.
    UnionPay,
    /// A value this version of the crate does not know, kept as sent.
    #[payment(other)]
    Other(String),
}

/// The value named by `s`, or `Other` holding it: every string is a value, so the conversion is total.
fn total<T: std::str::FromStr<Err = Infallible>>(s: &str) -> T {
    match s.parse() {
        Ok(value) => value,
        Err(never) => match never {},
    }
}

impl From<&str> for TransactionType {
    fn from(s: &str) -> Self {
        total(s)
    }
}

impl From<&str> for GatewayMessageType {
    fn from(s: &str) -> Self {
        total(s)
    }
}

impl From<&str> for CardScheme {
    fn from(s: &str) -> Self {
        total(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The wire names of the hand-made enums these replace, value for value, both ways.
    #[test]
    fn wire_names_are_those_of_the_hand_made_enums() {
        assert_eq!(TransactionType::WIRE_NAMES, ["PRE_AUTH", "CAPTURE", "REFUND", "VOID"]);
        assert_eq!(GatewayMessageType::WIRE_NAMES, ["INFO", "ERROR"]);
        assert_eq!(
            CardScheme::WIRE_NAMES,
            ["MASTERCARD", "VISA", "AMEX", "JCB", "DISCOVER", "DINERS", "UNIONPAY"]
        );
        for (v, name) in CardScheme::VARIANTS.iter().zip(CardScheme::WIRE_NAMES) {
            assert_eq!(v.as_str(), *name);
            assert_eq!(&CardScheme::from(*name), v);
        }
        assert_eq!(CardScheme::UnionPay.to_string(), "UNIONPAY");
        assert_eq!(CardScheme::from("TROY"), CardScheme::Other("TROY".into()));
        assert_eq!(CardScheme::Other("TROY".into()).as_str(), "TROY");
        assert_eq!(format!("{:?}", TransactionType::from("X")), "Other(\"X\")");
    }
}
