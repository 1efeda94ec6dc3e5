//! Money in major units: a decimal such as `12.50` in a currency, converted exactly (no floating point
//! anywhere) to the currency's minor units, using its ISO 4217 exponent.
//!
//! The decimal is digits, optionally a `.` and at most as many decimals as the currency has (two for
//! USD, none for JPY, three for BHD, four for CLF). There is one spelling per number: no sign, no
//! thousands separator, no exponent, no leading zero before other digits (`0.50` is fine, `012.50` is not),
//! no `.` without digits on both sides. Decimals beyond the currency's exponent are refused, not rounded:
//! rounding money is a business decision, not a parser's.
//!
//! ```
//! use payment_rules::currency::currency;
//! use payment_rules::money::{format_major, minor_units};
//!
//! let usd = currency("USD").unwrap();
//! assert_eq!(minor_units("12.50", usd), Ok(1250));
//! assert_eq!(minor_units("12.5", usd), Ok(1250));
//! assert_eq!(format_major(1250, usd.exponent), "12.50");
//! assert_eq!(
//!     minor_units("12.505", usd).unwrap_err().to_string(),
//!     "USD has 2 decimal places, so the amount can have at most 2 (refused, not rounded)"
//! );
//! assert_eq!(minor_units("12.5", currency("JPY").unwrap()).unwrap_err().to_string(), "JPY has no minor unit: write a whole number");
//! ```

use crate::currency::{CurrencyError, CurrencyInfo};
use crate::rule_error;

/// Why a decimal is not an amount of money in a currency. No message contains the decimal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MoneyError {
    /// The input is empty.
    #[error("the amount is empty (expected a decimal such as `12.50`)")]
    Empty,
    /// Not digits with an optional `.` and decimals.
    #[error(
        "the amount must be a decimal number such as `12.50`: digits, then optionally `.` and decimals (no sign, spaces, thousands separators or leading zeros)"
    )]
    Format,
    /// More decimals than the currency's exponent.
    #[error(
        "{code} has {exponent} decimal places, so the amount can have at most {exponent} (refused, not rounded)"
    )]
    TooManyDecimals {
        /// The currency.
        code: &'static str,
        /// Its ISO 4217 exponent.
        exponent: u8,
    },
    /// Decimals for a currency without a minor unit.
    #[error("{code} has no minor unit: write a whole number")]
    NoMinorUnit {
        /// The currency.
        code: &'static str,
    },
    /// Zero.
    #[error("the amount must be greater than zero")]
    Zero,
    /// More minor units than `u64::MAX`.
    #[error("the amount is too large (at most 18446744073709551615 minor units)")]
    TooLarge,
    /// The currency of `"12.50 USD"` is not a payable ISO 4217 code.
    #[error(transparent)]
    Currency(#[from] CurrencyError),
}

rule_error!(MoneyError, |e| match e {
    MoneyError::TooManyDecimals { .. } | MoneyError::NoMinorUnit { .. } =>
        ("money.decimals", "must have no more decimals than the currency's minor unit"),
    MoneyError::Zero => ("amount", "must be greater than zero"),
    MoneyError::Currency(c) => (crate::RuleError::code(c), crate::RuleError::rule(c)),
    _ => ("money", "must be a decimal amount such as 12.50"),
}, suggestion: |e| match e {
    MoneyError::Currency(c) => crate::RuleError::suggestion(c),
    _ => None,
});

/// The rule: `decimal` in major units of `currency`, as a whole number of its minor units.
pub fn minor_units(decimal: &str, currency: &CurrencyInfo) -> Result<u64, MoneyError> {
    let (whole, fraction) = split_decimal(decimal)?;
    let exponent = currency.exponent;
    if fraction.len() > usize::from(exponent) {
        return Err(if exponent == 0 {
            MoneyError::NoMinorUnit { code: currency.code }
        } else {
            MoneyError::TooManyDecimals { code: currency.code, exponent }
        });
    }
    // whole * 10^exponent + fraction padded to the exponent, in checked integer arithmetic.
    let scale = 10u64.pow(u32::from(exponent));
    let parse =
        |s: &str| s.bytes().try_fold(0u64, |n, b| n.checked_mul(10)?.checked_add(u64::from(b - b'0')));
    let padded: u64 = parse(fraction)
        .and_then(|f| f.checked_mul(10u64.pow((usize::from(exponent) - fraction.len()) as u32)))
        .ok_or(MoneyError::TooLarge)?;
    let minor = parse(whole)
        .and_then(|w| w.checked_mul(scale))
        .and_then(|w| w.checked_add(padded))
        .ok_or(MoneyError::TooLarge)?;
    if minor == 0 { Err(MoneyError::Zero) } else { Ok(minor) }
}

/// The part of [`minor_units`] that needs no currency: a decimal in its one spelling, greater than zero.
/// For an order whose currency was refused, so that its amount is still checked on its own (the
/// decimals allowed are the currency's, so they are not checked here).
///
/// ```
/// use payment_rules::money::{MoneyError, decimal_alone};
///
/// assert_eq!(decimal_alone("19.99"), Ok(()));
/// assert_eq!(decimal_alone("19,99"), Err(MoneyError::Format));
/// assert_eq!(decimal_alone("0.00"), Err(MoneyError::Zero));
/// ```
pub fn decimal_alone(decimal: &str) -> Result<(), MoneyError> {
    let (whole, fraction) = split_decimal(decimal)?;
    if whole.bytes().chain(fraction.bytes()).all(|b| b == b'0') { Err(MoneyError::Zero) } else { Ok(()) }
}

/// `"12.50"` as `("12", "50")`: digits, an optional `.` and decimals, one spelling of the whole part.
fn split_decimal(decimal: &str) -> Result<(&str, &str), MoneyError> {
    if decimal.is_empty() {
        return Err(MoneyError::Empty);
    }
    let (whole, fraction) = match decimal.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (decimal, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let one_spelling = whole == "0" || !whole.starts_with('0');
    if !digits(whole) || !one_spelling || fraction.is_some_and(|f| !digits(f)) {
        return Err(MoneyError::Format);
    }
    Ok((whole, fraction.unwrap_or("")))
}

/// `minor` minor units written in major units with exactly `exponent` decimals: `format_major(1250, 2)`
/// is `"12.50"`, `format_major(1000, 0)` is `"1000"`.
pub fn format_major(minor: u64, exponent: u8) -> String {
    let scale = 10u64.pow(u32::from(exponent));
    let (whole, fraction) = (minor / scale, minor % scale);
    if exponent == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{fraction:0width$}", width = usize::from(exponent))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::currency::currency;

    fn minor(decimal: &str, code: &str) -> Result<u64, MoneyError> {
        minor_units(decimal, currency(code).unwrap())
    }

    /// Every ISO 4217 exponent (List One, 2026-01-01): 0, 2, 3 and 4.
    #[test]
    fn every_exponent() {
        for (decimal, code, want) in [
            ("1000", "JPY", 1000),
            ("50000", "KRW", 50000),
            ("12.50", "USD", 1250),
            ("19.99", "USD", 1999), // (19.99 * 100.0) as u64 is 1998
            ("0.01", "EUR", 1),
            ("12", "USD", 1200),
            ("1.234", "BHD", 1234),
            ("0.5", "KWD", 500),
            ("1.0001", "CLF", 10001),
            ("2.5", "UYW", 25000),
        ] {
            assert_eq!(minor(decimal, code), Ok(want), "{decimal} {code}");
        }
        for (minor, exponent, text) in
            [(1000, 0, "1000"), (1250, 2, "12.50"), (1, 2, "0.01"), (1234, 3, "1.234"), (10001, 4, "1.0001")]
        {
            assert_eq!(format_major(minor, exponent), text);
        }
    }

    #[test]
    fn refusals() {
        assert_eq!(minor("12.5", "JPY"), Err(MoneyError::NoMinorUnit { code: "JPY" }));
        assert_eq!(minor("12.0", "KRW"), Err(MoneyError::NoMinorUnit { code: "KRW" }));
        assert_eq!(minor("12.505", "USD"), Err(MoneyError::TooManyDecimals { code: "USD", exponent: 2 }));
        assert_eq!(minor("1.2345", "BHD"), Err(MoneyError::TooManyDecimals { code: "BHD", exponent: 3 }));
        assert_eq!(minor("1.00001", "CLF"), Err(MoneyError::TooManyDecimals { code: "CLF", exponent: 4 }));
        assert_eq!(minor("0", "USD"), Err(MoneyError::Zero));
        assert_eq!(minor("0.00", "USD"), Err(MoneyError::Zero));
        assert_eq!(minor("", "USD"), Err(MoneyError::Empty));
        for bad in
            ["-1", "+1", "1,000.00", "1 000", "12.", ".5", "012.50", "1e3", "12.5.0", "１２", "NaN", " 12"]
        {
            assert_eq!(minor(bad, "USD"), Err(MoneyError::Format), "{bad:?}");
        }
        assert_eq!(minor("184467440737095516.16", "USD"), Err(MoneyError::TooLarge));
        assert_eq!(minor("184467440737095516.15", "USD"), Ok(u64::MAX));
        assert_eq!(minor(&"9".repeat(40), "JPY"), Err(MoneyError::TooLarge));
    }

    #[test]
    fn messages_never_quote_the_decimal() {
        for bad in ["77.777", "-77", "77.7"] {
            for code in ["USD", "JPY"] {
                if let Err(e) = minor(bad, code) {
                    assert!(!e.to_string().contains("77"), "{e}");
                }
            }
        }
    }
}
