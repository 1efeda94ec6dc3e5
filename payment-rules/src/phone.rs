//! Phone numbers in international (E.164) form: an optional `+`, then 7 to 15 ASCII digits.
//!
//! - **Maximum 15 digits**: ITU-T E.164 (11/2010) §6.1, "the international public telecommunication
//!   number ... maximum 15 digits", country code included.
//! - **Minimum 7 digits**: E.164 sets no minimum. The shortest numbers in use are those of countries with
//!   a three-digit country code and four-digit subscriber numbers: Niue (+683 xxxx) and Tokelau
//!   (+690 xxxx), per their national numbering plans notified to the ITU (ITU-T Operational Bulletin,
//!   "National numbering plans", as listed in 2025). Seven digits is therefore the shortest complete
//!   international number; anything shorter is a local extension or a typo.
//! - **The `+`** (E.123 §2.5's international prefix symbol) is accepted on input and **not sent**: the value
//!   holds the digits only, which is the form of the gateway's published example (`"8112345678"`).
//!   Spaces, dashes and brackets are refused rather than dropped, so the digits checked are the digits
//!   given.
//!
//! ```
//! use payment_rules::phone::phone;
//!
//! assert_eq!(phone("8112345678"), Ok("8112345678"));
//! assert_eq!(phone("+6834002"), Ok("6834002"));
//! assert_eq!(phone("1234").unwrap_err().to_string(), "the phone number is too short: an international number has 7 to 15 digits");
//! ```

use crate::rule_error;

/// The fewest digits (country code included).
pub const MIN_DIGITS: usize = 7;
/// The most digits (country code included), E.164 §6.1.
pub const MAX_DIGITS: usize = 15;

/// Why a string is not a valid phone number. No message contains the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PhoneError {
    /// The input is empty.
    #[error("the phone number is empty")]
    Empty,
    /// Something other than an optional leading `+` and ASCII digits.
    #[error(
        "the phone number may contain only digits after an optional leading `+` (no spaces, dashes or brackets), e.g. `+8112345678`"
    )]
    NonDigit,
    /// Fewer than 7 digits.
    #[error("the phone number is too short: an international number has 7 to 15 digits")]
    TooShort,
    /// More than 15 digits.
    #[error("the phone number is too long: an international number has 7 to 15 digits (E.164)")]
    TooLong,
}

rule_error!(PhoneError, |_e| (
    "phone",
    "must be an international phone number: an optional `+` and 7 to 15 digits"
));

/// The rule: an optional `+`, then 7 to 15 ASCII digits. Returns the digits (what is sent).
///
/// A `const fn`, so that `phone!` is checked by the compiler once rather than at each evaluation.
pub const fn phone(s: &str) -> Result<&str, PhoneError> {
    if s.is_empty() {
        return Err(PhoneError::Empty);
    }
    let digits = match s.as_bytes() {
        [b'+', ..] => s.split_at(1).1,
        _ => s,
    };
    if digits.is_empty() || !crate::all_ascii_digits(digits.as_bytes()) {
        return Err(PhoneError::NonDigit);
    }
    match digits.len() {
        0..MIN_DIGITS => Err(PhoneError::TooShort),
        MIN_DIGITS..=MAX_DIGITS => Ok(digits),
        _ => Err(PhoneError::TooLong),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted() {
        for (s, digits, source) in [
            ("8112345678", "8112345678", "the gateway's published example"),
            ("+8112345678", "8112345678", "E.123 §2.5: `+` before the country code"),
            ("+6834002", "6834002", "Niue: +683 and four digits, the shortest in use"),
            ("6904321", "6904321", "Tokelau: +690 and four digits"),
            ("+442079460958", "442079460958", "Ofcom drama range 020 7946 0xxx"),
            ("+14155552671", "14155552671", "NANP, eleven digits"),
            ("123456789012345", "123456789012345", "E.164 §6.1: fifteen digits"),
        ] {
            assert_eq!(phone(s), Ok(digits), "{s} ({source})");
        }
    }

    #[test]
    fn refused() {
        for (s, want) in [
            ("", PhoneError::Empty),
            ("+", PhoneError::NonDigit),
            ("++8112345678", PhoneError::NonDigit),
            ("81+12345678", PhoneError::NonDigit),
            ("81-1234-5678", PhoneError::NonDigit),
            ("81 1234 5678", PhoneError::NonDigit),
            ("(81)12345678", PhoneError::NonDigit),
            ("８１１２３４５６７８", PhoneError::NonDigit),
            (" 8112345678", PhoneError::NonDigit),
            ("1234", PhoneError::TooShort),
            ("+123456", PhoneError::TooShort),
            ("1234567890123456", PhoneError::TooLong),
            ("+1234567890123456", PhoneError::TooLong),
        ] {
            assert_eq!(phone(s), Err(want), "{s:?}");
        }
    }

    #[test]
    fn messages_never_quote_the_number() {
        for s in ["1234", "12-34", "1234567890123456"] {
            let e = phone(s).unwrap_err();
            assert!(!e.to_string().contains(s) && !format!("{e:?}").contains(s), "{e}");
        }
    }
}
