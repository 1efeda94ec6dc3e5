//! Phone numbers: 4 to 15 ASCII digits (the E.164 maximum), without `+`, spaces or punctuation.
//!
//! ```
//! use payment_rules::phone::phone;
//!
//! assert!(phone("8112345678").is_ok());
//! assert_eq!(phone("12").unwrap_err().to_string(), "`12` is too short: a phone number has 4 to 15 digits");
//! ```

use crate::{clip, rule_error};

/// Why a string is not a valid phone number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    /// The input is empty.
    #[error("the phone number is empty")]
    Empty,
    /// The input contains something other than ASCII digits.
    #[error("`{0}` is not a phone number: write digits only, without `+`, spaces or dashes")]
    NonDigit(String),
    /// Fewer than 4 digits.
    #[error("`{0}` is too short: a phone number has 4 to 15 digits")]
    TooShort(String),
    /// More than 15 digits.
    #[error("`{0}` is too long: a phone number has 4 to 15 digits")]
    TooLong(String),
}

rule_error!(PhoneError, |_e| ("phone", "must be a phone number of 4 to 15 digits"));

/// The rule: 4 to 15 ASCII digits.
pub fn phone(s: &str) -> Result<(), PhoneError> {
    if s.is_empty() {
        return Err(PhoneError::Empty);
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PhoneError::NonDigit(clip(s)));
    }
    match s.len() {
        0..4 => Err(PhoneError::TooShort(s.to_owned())),
        4..=15 => Ok(()),
        _ => Err(PhoneError::TooLong(clip(s))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths() {
        assert!(phone("8112345678").is_ok());
        assert!(phone("1234").is_ok());
        assert!(phone("123456789012345").is_ok());
        assert!(matches!(phone("123"), Err(PhoneError::TooShort(_))));
        assert!(matches!(phone("1234567890123456"), Err(PhoneError::TooLong(_))));
        assert_eq!(phone(""), Err(PhoneError::Empty));
    }

    #[test]
    fn characters() {
        for s in ["+818112345678", "81-1234-5678", "81 1234 5678", "８１１２３４５６７８", "(81)12345678"]
        {
            assert!(matches!(phone(s), Err(PhoneError::NonDigit(_))), "{s:?}");
        }
    }
}
