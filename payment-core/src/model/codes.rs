//! `payment_details.response_code`: the raw number the gateway sends, and what it means.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The gateway's response code, kept as sent (`raw()`) and read as a typed [`Outcome`] (`outcome()`).
///
/// `0` is success, `-1` a gateway error, ISO 8583-style codes are declines (`51` insufficient funds, `54`
/// expired card, `59` suspected fraud, ...), and `-8000` to `-8019` are the risk rules `ERR3001` to
/// `ERR3020`.
///
/// ```
/// # use payment_core::model::{DeclineReason, Outcome, ResponseCode};
/// assert_eq!(ResponseCode::new(0).outcome(), Outcome::Approved);
/// assert_eq!(ResponseCode::new(51).outcome(), Outcome::Declined(DeclineReason::InsufficientFunds));
/// assert_eq!(ResponseCode::new(-8002).outcome(), Outcome::Declined(DeclineReason::RiskRule { rule: 3003 }));
/// assert_eq!(ResponseCode::new(51).raw(), 51);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ResponseCode(i64);

/// What a [`ResponseCode`] means for the payment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Outcome {
    /// The payment went through (`0`).
    Approved,
    /// The issuer or the gateway's risk rules declined it.
    Declined(DeclineReason),
    /// The gateway itself failed (`-1`); the payment did not go through.
    GatewayError,
}

/// Why a payment was declined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeclineReason {
    /// `5`: do not honour (the issuer gave no reason).
    DoNotHonour,
    /// `14`: the card number is not valid for the issuer.
    InvalidCard,
    /// `51`: insufficient funds.
    InsufficientFunds,
    /// `54`: the card has expired.
    ExpiredCard,
    /// `59`: suspected fraud.
    SuspectedFraud,
    /// `68`: the issuer answered too late.
    IssuerTimeout,
    /// `-8000` to `-8019`: the gateway's risk rule `ERR3001` to `ERR3020` (`rule` is 3001 to 3020).
    RiskRule {
        /// The rule number, 3001 to 3020.
        rule: u16,
    },
    /// Any other code, as sent.
    Other(i64),
}

impl ResponseCode {
    /// Wraps a raw code.
    pub const fn new(raw: i64) -> Self {
        Self(raw)
    }

    /// The number as the gateway sent it.
    pub const fn raw(self) -> i64 {
        self.0
    }

    /// Whether the payment was approved (`0`).
    pub const fn is_approved(self) -> bool {
        self.0 == 0
    }

    /// What the code means.
    pub fn outcome(self) -> Outcome {
        match self.0 {
            0 => Outcome::Approved,
            -1 => Outcome::GatewayError,
            code => Outcome::Declined(match code {
                5 => DeclineReason::DoNotHonour,
                14 => DeclineReason::InvalidCard,
                51 => DeclineReason::InsufficientFunds,
                54 => DeclineReason::ExpiredCard,
                59 => DeclineReason::SuspectedFraud,
                68 => DeclineReason::IssuerTimeout,
                // -8000 is ERR3001, -8019 is ERR3020; the range check makes the cast lossless.
                -8019..=-8000 => DeclineReason::RiskRule { rule: (3001 - (code + 8000)) as u16 },
                other => DeclineReason::Other(other),
            }),
        }
    }
}

impl fmt::Display for DeclineReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DoNotHonour => f.write_str("do not honour"),
            Self::InvalidCard => f.write_str("invalid card"),
            Self::InsufficientFunds => f.write_str("insufficient funds"),
            Self::ExpiredCard => f.write_str("expired card"),
            Self::SuspectedFraud => f.write_str("suspected fraud"),
            Self::IssuerTimeout => f.write_str("the issuer did not answer in time"),
            Self::RiskRule { rule } => write!(f, "blocked by risk rule ERR{rule}"),
            Self::Other(code) => write!(f, "declined with response code {code}"),
        }
    }
}

impl fmt::Display for ResponseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.outcome() {
            Outcome::Approved => write!(f, "{} (approved)", self.0),
            Outcome::GatewayError => write!(f, "{} (gateway error)", self.0),
            Outcome::Declined(reason) => write!(f, "{} ({reason})", self.0),
        }
    }
}

impl Serialize for ResponseCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(self.0)
    }
}

impl<'de> Deserialize<'de> for ResponseCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        i64::deserialize(d).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn risk_rules_cover_err3001_to_err3020() {
        assert_eq!(
            ResponseCode::new(-8000).outcome(),
            Outcome::Declined(DeclineReason::RiskRule { rule: 3001 })
        );
        assert_eq!(
            ResponseCode::new(-8019).outcome(),
            Outcome::Declined(DeclineReason::RiskRule { rule: 3020 })
        );
        assert_eq!(ResponseCode::new(-8020).outcome(), Outcome::Declined(DeclineReason::Other(-8020)));
    }

    #[test]
    fn documented_codes_have_typed_meanings() {
        let cases = [
            (5, DeclineReason::DoNotHonour),
            (14, DeclineReason::InvalidCard),
            (51, DeclineReason::InsufficientFunds),
            (54, DeclineReason::ExpiredCard),
            (59, DeclineReason::SuspectedFraud),
            (68, DeclineReason::IssuerTimeout),
        ];
        for (raw, reason) in cases {
            assert_eq!(ResponseCode::new(raw).outcome(), Outcome::Declined(reason), "code {raw}");
        }
        assert_eq!(ResponseCode::new(-1).outcome(), Outcome::GatewayError);
        assert!(ResponseCode::new(0).is_approved());
        assert_eq!(ResponseCode::new(51).to_string(), "51 (insufficient funds)");
    }
}
