//! Amounts: a positive whole number of the currency's minor units (`1000` is ¥1000 or $10.00).
//!
//! As text: ASCII digits only (no sign, no decimal point, no spaces, no leading zeros, so each amount has
//! exactly one spelling), at most `u64::MAX`.
//!
//! ```
//! use payment_rules::amount::amount;
//!
//! assert_eq!(amount("1000"), Ok(1000));
//! assert_eq!(amount("0").unwrap_err().to_string(), "the amount must be greater than zero");
//! assert!(amount("10.00").is_err());
//! ```

use crate::rule_error;

/// Why a string or number is not a valid amount.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    /// The input is empty.
    #[error("the amount is empty")]
    Empty,
    /// The input is not all ASCII digits.
    #[error(
        "the amount must be a whole number of minor units, digits only (no sign, decimal point or spaces)"
    )]
    NotDigits,
    /// The input has a leading zero.
    #[error("the amount has a leading zero: write amounts without leading zeros")]
    LeadingZero,
    /// The amount is zero.
    #[error("the amount must be greater than zero")]
    Zero,
    /// More than `u64::MAX`.
    #[error("the amount is too large (the maximum is {})", u64::MAX)]
    TooLarge,
}

rule_error!(AmountError, |e| match e {
    AmountError::Zero => ("amount", "must be greater than zero"),
    AmountError::TooLarge => ("amount", "must be at most 18446744073709551615 minor units"),
    _ => ("amount", "must be a positive whole number of minor units, written with digits only"),
});

/// The rule for a number: greater than zero.
pub fn amount_value(n: u64) -> Result<u64, AmountError> {
    if n == 0 { Err(AmountError::Zero) } else { Ok(n) }
}

/// The rule for text: ASCII digits without a leading zero, a positive value that fits `u64`.
pub fn amount(s: &str) -> Result<u64, AmountError> {
    if s.is_empty() {
        return Err(AmountError::Empty);
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AmountError::NotDigits);
    }
    if s == "0" || s.bytes().all(|b| b == b'0') {
        return Err(AmountError::Zero);
    }
    if s.starts_with('0') {
        return Err(AmountError::LeadingZero);
    }
    s.bytes()
        .try_fold(0u64, |acc, b| acc.checked_mul(10)?.checked_add(u64::from(b - b'0')))
        .ok_or(AmountError::TooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted() {
        assert_eq!(amount("1"), Ok(1));
        assert_eq!(amount("1000"), Ok(1000));
        assert_eq!(amount("18446744073709551615"), Ok(u64::MAX));
        assert_eq!(amount_value(5), Ok(5));
    }

    #[test]
    fn rejected() {
        assert_eq!(amount(""), Err(AmountError::Empty));
        assert_eq!(amount("0"), Err(AmountError::Zero));
        assert_eq!(amount("000"), Err(AmountError::Zero));
        assert_eq!(amount_value(0), Err(AmountError::Zero));
        assert_eq!(amount("18446744073709551616"), Err(AmountError::TooLarge));
        assert_eq!(amount(&"9".repeat(100)), Err(AmountError::TooLarge));
        assert!(matches!(amount("0100"), Err(AmountError::LeadingZero)));
        for s in ["-1", "+1", "1.5", "1e3", " 1", "1 ", "1_000", "１０００", "0x10"] {
            assert!(matches!(amount(s), Err(AmountError::NotDigits)), "{s:?}");
        }
    }
}
