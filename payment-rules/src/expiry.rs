//! Card expiry dates: `MM/YY` or `MM/YYYY`, month `01` to `12`, year 2000 to 2099.
//!
//! Decisions: the month must have two digits (`1/30` is rejected: on the wire the month is always two
//! digits, and accepting both would make `1/30` and `01/30` two spellings of one value); the separator is
//! `/` only; no whitespace is trimmed; `YY` means `20YY`. On the wire the month and year travel as two
//! fields, checked by [`month`] and [`year`].
//!
//! ```
//! use payment_rules::expiry::expiry;
//!
//! assert_eq!(expiry("12/30"), Ok((12, 2030)));
//! assert_eq!(expiry("01/2031"), Ok((1, 2031)));
//! assert_eq!(expiry("13/30").unwrap_err().to_string(), "`13` is not a month: expiry months are two digits from 01 to 12");
//! ```

use crate::{clip, rule_error};

/// The first year an expiry can name.
pub const MIN_YEAR: u16 = 2000;
/// The last year an expiry can name (two-digit years cover 2000-2099).
pub const MAX_YEAR: u16 = 2099;

/// Why a string is not a valid expiry (or expiry month or year).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExpiryError {
    /// The input is empty.
    #[error("the expiry date is empty (expected MM/YY, e.g. `12/30`)")]
    Empty,
    /// Not of the form `MM/YY` or `MM/YYYY`.
    #[error("`{0}` is not an expiry date: expected MM/YY or MM/YYYY, e.g. `12/30`")]
    Format(String),
    /// The month is not two ASCII digits from 01 to 12.
    #[error("`{0}` is not a month: expiry months are two digits from 01 to 12")]
    Month(String),
    /// The year is not two or four ASCII digits.
    #[error("`{0}` is not a year: expiry years are YY or YYYY, e.g. `30` or `2030`")]
    Year(String),
    /// A four-digit year outside 2000-2099.
    #[error("`{0}` is out of range: expiry years are 2000 to 2099")]
    YearRange(u16),
}

rule_error!(ExpiryError, |e| match e {
    ExpiryError::Empty | ExpiryError::Format(_) =>
        ("expiry", "must be an expiry date written MM/YY or MM/YYYY"),
    ExpiryError::Month(_) => ("expiry.month", "must be a month from 01 to 12"),
    ExpiryError::Year(_) => ("expiry.year", "must be a year written YY or YYYY"),
    ExpiryError::YearRange(_) => ("expiry.year", "must be a year from 2000 to 2099"),
});

fn two_digits(s: &str) -> Option<u8> {
    match s.as_bytes() {
        [a @ b'0'..=b'9', b @ b'0'..=b'9'] => Some((a - b'0') * 10 + (b - b'0')),
        _ => None,
    }
}

/// The month rule: exactly two ASCII digits, `01` to `12`.
pub fn month(s: &str) -> Result<u8, ExpiryError> {
    match two_digits(s) {
        Some(m @ 1..=12) => Ok(m),
        _ => Err(ExpiryError::Month(clip(s))),
    }
}

/// The year rule: `YY` (meaning `20YY`) or `YYYY` from 2000 to 2099. Returns the full year.
pub fn year(s: &str) -> Result<u16, ExpiryError> {
    if let Some(yy) = two_digits(s) {
        return Ok(MIN_YEAR + u16::from(yy));
    }
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        let full = s.bytes().fold(0u16, |acc, b| acc * 10 + u16::from(b - b'0'));
        return full_year(full);
    }
    Err(ExpiryError::Year(clip(s)))
}

/// The range rule for a full year: 2000 to 2099.
pub fn full_year(year: u16) -> Result<u16, ExpiryError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) { Ok(year) } else { Err(ExpiryError::YearRange(year)) }
}

/// The range rule for a numeric month: 1 to 12.
pub fn month_number(month: u8) -> Result<u8, ExpiryError> {
    if (1..=12).contains(&month) { Ok(month) } else { Err(ExpiryError::Month(month.to_string())) }
}

/// The rule: `MM/YY` or `MM/YYYY`. Returns `(month, full year)`.
pub fn expiry(s: &str) -> Result<(u8, u16), ExpiryError> {
    if s.is_empty() {
        return Err(ExpiryError::Empty);
    }
    let Some((m, y)) = s.split_once('/') else {
        return Err(ExpiryError::Format(clip(s)));
    };
    if m.is_empty() || m.chars().count() > 2 || y.is_empty() || y.chars().count() > 4 {
        return Err(ExpiryError::Format(clip(s)));
    }
    Ok((month(m)?, year(y)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_forms() {
        assert_eq!(expiry("12/30"), Ok((12, 2030)));
        assert_eq!(expiry("01/00"), Ok((1, 2000)));
        assert_eq!(expiry("12/2099"), Ok((12, 2099)));
        assert_eq!(month("09"), Ok(9));
        assert_eq!(year("24"), Ok(2024));
        assert_eq!(year("2024"), Ok(2024));
    }

    #[test]
    fn rejected_months() {
        for s in ["00/30", "13/30", "1/30", "99/30", "ab/30", "１２/30", " 1/30"] {
            assert!(matches!(expiry(s), Err(ExpiryError::Month(_))), "{s:?}: {:?}", expiry(s));
        }
        assert_eq!(
            month("00").unwrap_err().to_string(),
            "`00` is not a month: expiry months are two digits from 01 to 12"
        );
        assert!(month("").is_err());
        assert!(month_number(0).is_err() && month_number(13).is_err() && month_number(12).is_ok());
    }

    #[test]
    fn rejected_years_and_formats() {
        assert_eq!(expiry("12/1999"), Err(ExpiryError::YearRange(1999)));
        assert_eq!(expiry("12/2100"), Err(ExpiryError::YearRange(2100)));
        for s in ["12/3", "12/300", "12/3O", "12/ 30", "12/+30"] {
            assert!(matches!(expiry(s), Err(ExpiryError::Year(_))), "{s:?}: {:?}", expiry(s));
        }
        for s in ["1230", "12-30", "12/", "/30", "12/30/30", "12/20300", "123/30", "12//30"] {
            assert!(
                matches!(expiry(s), Err(ExpiryError::Format(_) | ExpiryError::Year(_))),
                "{s:?}: {:?}",
                expiry(s)
            );
        }
        assert_eq!(expiry(""), Err(ExpiryError::Empty));
        assert!(full_year(2000).is_ok() && full_year(1999).is_err());
    }
}
