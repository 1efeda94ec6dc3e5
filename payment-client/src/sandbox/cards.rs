//! The sandbox's test cards: deterministic outcomes chosen by card number.

use std::fmt;

use payment_core::{CardNumber, card_number};

/// A test card of the sandbox. Every number is Luhn-valid; any other valid card number is approved.
///
/// | card | number | outcome |
/// | --- | --- | --- |
/// | [`Approved`](TestCard::Approved) | `5200000000001005` | 201, approved (`response_code` 0), Mastercard |
/// | [`ThreeDSecure`](TestCard::ThreeDSecure) | `4000002500003155` | 200, the 3-D Secure redirect shape |
/// | [`InsufficientFunds`](TestCard::InsufficientFunds) | `4000000000000515` | 201, `success: false`, `response_code` 51 |
/// | [`ExpiredCard`](TestCard::ExpiredCard) | `4000000000000549` | 201, `success: false`, `response_code` 54 |
/// | [`SuspectedFraud`](TestCard::SuspectedFraud) | `4000000000000598` | 201, `success: false`, `response_code` 59 |
/// | [`ServerError`](TestCard::ServerError) | `4000000000005001` | 500 with a gateway-style error body |
/// | [`Slow`](TestCard::Slow) | `4000000000009995` | approved, but only after the sandbox's slow delay (default 35 s, longer than the client's default 30 s time-out) |
///
/// The declining numbers end in their response code before the check digit (`…051 5`, `…054 9`,
/// `…059 8`), the error card in `500`, the slow one in `999`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TestCard {
    /// `5200000000001005`: approved.
    Approved,
    /// `4000002500003155`: enrolled in 3-D Secure, answers with the redirect.
    ThreeDSecure,
    /// `4000000000000515`: declined, insufficient funds (51).
    InsufficientFunds,
    /// `4000000000000549`: declined, expired card (54).
    ExpiredCard,
    /// `4000000000000598`: declined, suspected fraud (59).
    SuspectedFraud,
    /// `4000000000005001`: the gateway fails with HTTP 500.
    ServerError,
    /// `4000000000009995`: approved after the slow delay.
    Slow,
}

impl TestCard {
    /// Every test card.
    pub const ALL: [TestCard; 7] = [
        Self::Approved,
        Self::ThreeDSecure,
        Self::InsufficientFunds,
        Self::ExpiredCard,
        Self::SuspectedFraud,
        Self::ServerError,
        Self::Slow,
    ];

    /// The card number, digits only.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Approved => "5200000000001005",
            Self::ThreeDSecure => "4000002500003155",
            Self::InsufficientFunds => "4000000000000515",
            Self::ExpiredCard => "4000000000000549",
            Self::SuspectedFraud => "4000000000000598",
            Self::ServerError => "4000000000005001",
            Self::Slow => "4000000000009995",
        }
    }

    /// The card number as a [`CardNumber`].
    pub fn number(self) -> CardNumber {
        match self {
            Self::Approved => card_number!("5200000000001005"),
            Self::ThreeDSecure => card_number!("4000002500003155"),
            Self::InsufficientFunds => card_number!("4000000000000515"),
            Self::ExpiredCard => card_number!("4000000000000549"),
            Self::SuspectedFraud => card_number!("4000000000000598"),
            Self::ServerError => card_number!("4000000000005001"),
            Self::Slow => card_number!("4000000000009995"),
        }
    }

    /// The `response_code` the card's payment is answered with (`None` for the 3-D Secure and error
    /// cards, which answer with another shape).
    pub const fn response_code(self) -> Option<i64> {
        match self {
            Self::Approved | Self::Slow => Some(0),
            Self::InsufficientFunds => Some(51),
            Self::ExpiredCard => Some(54),
            Self::SuspectedFraud => Some(59),
            Self::ThreeDSecure | Self::ServerError => None,
        }
    }

    /// The test card with this number (digits only), if it is one.
    pub fn from_number(digits: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == digits)
    }
}

impl fmt::Display for TestCard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Approved => "approved",
            Self::ThreeDSecure => "3-D Secure",
            Self::InsufficientFunds => "insufficient funds",
            Self::ExpiredCard => "expired card",
            Self::SuspectedFraud => "suspected fraud",
            Self::ServerError => "server error",
            Self::Slow => "slow",
        })
    }
}

/// The scheme and the gateway's payment method name for a card number, as the gateway echoes them.
pub(crate) fn scheme_of(digits: &str) -> (&'static str, &'static str) {
    let two: u32 = digits.get(..2).and_then(|s| s.parse().ok()).unwrap_or(0);
    let four: u32 = digits.get(..4).and_then(|s| s.parse().ok()).unwrap_or(0);
    match (digits.as_bytes().first(), two, four) {
        (Some(b'4'), _, _) => ("VISA", "VISA-SSL"),
        (_, 51..=55, _) | (_, _, 2221..=2720) => ("MASTERCARD", "ECMC-SSL"),
        (_, 34 | 37, _) => ("AMEX", "AMEX-SSL"),
        (_, 35, _) => ("JCB", "JCB-SSL"),
        (_, 36 | 38 | 39 | 30, _) => ("DINERS", "DINERS-SSL"),
        (_, 60 | 64 | 65, _) => ("DISCOVER", "DISCOVER-SSL"),
        (_, 62, _) => ("CUP", "CHINAUNIONPAY-SSL"),
        _ => ("UNKNOWN", "CARD-SSL"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luhn(digits: &str) -> bool {
        let sum: u32 = digits
            .bytes()
            .rev()
            .enumerate()
            .map(|(i, b)| {
                let d = u32::from(b - b'0');
                if i % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d }
            })
            .sum();
        sum.is_multiple_of(10)
    }

    #[test]
    fn cards_are_luhn_valid_and_distinct() {
        for card in TestCard::ALL {
            assert!(luhn(card.as_str()), "{card}");
            assert_eq!(TestCard::from_number(card.as_str()), Some(card));
            assert_eq!(card.number().expose_secret(), card.as_str());
        }
    }

    #[test]
    fn schemes() {
        assert_eq!(scheme_of("5200000000001005"), ("MASTERCARD", "ECMC-SSL"));
        assert_eq!(scheme_of("4000002500003155"), ("VISA", "VISA-SSL"));
    }
}
