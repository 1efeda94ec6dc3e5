//! Card verification codes: 3 or 4 ASCII digits; 4 for American Express, 3 for every other scheme.
//!
//! No error message contains any digit (counts are spelled out).
//!
//! ```
//! use payment_rules::card::Scheme;
//! use payment_rules::cvc::{cvc, for_scheme};
//!
//! assert_eq!(cvc("100"), Ok(3));
//! assert_eq!(cvc("12").unwrap_err().to_string(), "CVC must be three or four digits");
//! assert!(for_scheme(3, Scheme::Amex).is_err());
//! ```

use crate::card::Scheme;
use crate::rule_error;

/// The longest CVC, in digits.
pub const MAX_DIGITS: usize = 4;

/// Why a string is not a valid CVC. No message contains any digit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CvcError {
    /// The input is empty.
    #[error("CVC is empty")]
    Empty,
    /// The input contains something other than ASCII digits.
    #[error("CVC may contain only digits")]
    NonDigit,
    /// Not 3 or 4 digits.
    #[error("CVC must be three or four digits")]
    Length,
    /// The length does not match the card's scheme.
    #[error("CVC must be {} digits for {scheme}", crate::card::word(scheme.cvc_len()))]
    SchemeLength {
        /// The card's scheme.
        scheme: Scheme,
    },
}

rule_error!(CvcError, |e| match e {
    CvcError::SchemeLength { .. } =>
        ("cvc.scheme", "must have four digits for American Express and three for other cards"),
    _ => ("cvc", "must be three or four digits"),
});

/// The rule: `s` must be 3 or 4 ASCII digits. Returns the length. A `const fn`, so that `cvc!` is checked
/// by the compiler once rather than at each evaluation.
pub const fn cvc(s: &str) -> Result<usize, CvcError> {
    if s.is_empty() {
        return Err(CvcError::Empty);
    }
    if !crate::all_ascii_digits(s.as_bytes()) {
        return Err(CvcError::NonDigit);
    }
    match s.len() {
        len @ 3..=4 => Ok(len),
        _ => Err(CvcError::Length),
    }
}

/// The scheme rule: a CVC of `len` digits fits a card of `scheme` (4 for Amex, 3 otherwise).
pub fn for_scheme(len: usize, scheme: Scheme) -> Result<(), CvcError> {
    if len == scheme.cvc_len() { Ok(()) } else { Err(CvcError::SchemeLength { scheme }) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_characters() {
        assert_eq!(cvc("100"), Ok(3));
        assert_eq!(cvc("1234"), Ok(4));
        assert_eq!(cvc(""), Err(CvcError::Empty));
        assert_eq!(cvc("12"), Err(CvcError::Length));
        assert_eq!(cvc("12345"), Err(CvcError::Length));
        for s in ["12a", " 123", "123 ", "１２３", "-12", "+123"] {
            assert_eq!(cvc(s), Err(CvcError::NonDigit), "{s:?}");
        }
    }

    #[test]
    fn scheme_lengths() {
        assert!(for_scheme(4, Scheme::Amex).is_ok());
        assert!(for_scheme(3, Scheme::Visa).is_ok());
        assert_eq!(
            for_scheme(3, Scheme::Amex).unwrap_err().to_string(),
            "CVC must be four digits for American Express"
        );
        assert_eq!(
            for_scheme(4, Scheme::Mastercard).unwrap_err().to_string(),
            "CVC must be three digits for Mastercard"
        );
    }
}
