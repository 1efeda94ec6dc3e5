//! Card expiry dates: `MM/YY` or `MM/YYYY`, month `01` to `12`, year 2000 to 2099, and no further ahead
//! than [`HORIZON_YEARS`].
//!
//! Decisions: the month must have two digits (`1/30` is rejected: on the wire the month is always two
//! digits, and accepting both would make `1/30` and `01/30` two spellings of one value); the separator is
//! `/` only; no whitespace is trimmed; `YY` means `20YY`. On the wire the month and year travel as two
//! fields, checked by [`month`] and [`year`].
//!
//! # The horizon, and which clock
//!
//! No card is issued for longer than about twenty years (the schemes' usual validity is three to five
//! years, and ISO/IEC 7813 leaves it to them), so an expiry more than [`HORIZON_YEARS`] years after the
//! current month is a typo (`12/2099` for `12/2029`) and is refused. An expiry in the past is *not*
//! refused here: whether a card has expired is a question about a date, asked with `is_expired_at`.
//!
//! [`within_horizon`] is the one rule that takes the date. Each path names its clock:
//! - [`expiry`], `FromStr` and `from_json` in `payment-core`: the system clock, in UTC ([`current_month`]);
//! - [`expiry_at`] and the `_at` constructors in `payment-core`: the caller's date;
//! - the `expiry!` literal macro: the clock of the machine that compiles it, at build time.
//!
//! ```
//! use payment_rules::expiry::{expiry, expiry_at};
//!
//! assert_eq!(expiry("12/30"), Ok((12, 2030)));
//! assert_eq!(expiry_at("01/2031", (2026, 11)), Ok((1, 2031)));
//! assert_eq!(expiry("13/30").unwrap_err().to_string(), "the expiry month must be two digits from 01 to 12");
//! assert!(expiry_at("12/2099", (2026, 11)).is_err());
//! ```

use crate::rule_error;

/// The first year an expiry can name.
pub const MIN_YEAR: u16 = 2000;
/// The last year an expiry can name (two-digit years cover 2000-2099).
pub const MAX_YEAR: u16 = 2099;
/// How many years after the current month an expiry may be (see the [module docs](self)).
pub const HORIZON_YEARS: u16 = 20;

/// A year and a month (1-12): "today" for the horizon rule.
pub type YearMonth = (u16, u8);

/// Why a string is not a valid expiry (or expiry month or year). No message contains the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExpiryError {
    /// The input is empty.
    #[error("the expiry date is empty (expected MM/YY, e.g. `12/30`)")]
    Empty,
    /// Not of the form `MM/YY` or `MM/YYYY`.
    #[error("the expiry date must be written MM/YY or MM/YYYY, e.g. `12/30`")]
    Format,
    /// The month is not two ASCII digits from 01 to 12.
    #[error("the expiry month must be two digits from 01 to 12")]
    Month,
    /// The year is not two or four ASCII digits.
    #[error("the expiry year must be written YY or YYYY, e.g. `30` or `2030`")]
    Year,
    /// A four-digit year outside 2000-2099.
    #[error("the expiry year must be from 2000 to 2099")]
    YearRange,
    /// Further ahead than the horizon.
    #[error(
        "the expiry date is more than twenty years ahead; no card is issued for that long (a typo in the year?)"
    )]
    TooFar,
}

rule_error!(ExpiryError, |e| match e {
    ExpiryError::Empty | ExpiryError::Format => ("expiry", "must be an expiry date written MM/YY or MM/YYYY"),
    ExpiryError::Month => ("expiry.month", "must be a month from 01 to 12"),
    ExpiryError::Year => ("expiry.year", "must be a year written YY or YYYY"),
    ExpiryError::YearRange => ("expiry.year", "must be a year from 2000 to 2099"),
    ExpiryError::TooFar => ("expiry.horizon", "must be at most twenty years ahead"),
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
        _ => Err(ExpiryError::Month),
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
    Err(ExpiryError::Year)
}

/// The range rule for a full year: 2000 to 2099.
pub fn full_year(year: u16) -> Result<u16, ExpiryError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) { Ok(year) } else { Err(ExpiryError::YearRange) }
}

/// The range rule for a numeric month: 1 to 12.
pub fn month_number(month: u8) -> Result<u8, ExpiryError> {
    if (1..=12).contains(&month) { Ok(month) } else { Err(ExpiryError::Month) }
}

/// The horizon rule: `month`/`year` is at most [`HORIZON_YEARS`] years after `today`'s month.
pub fn within_horizon(month: u8, year: u16, today: YearMonth) -> Result<(), ExpiryError> {
    let index = |(y, m): YearMonth| u32::from(y) * 12 + u32::from(m);
    if index((year, month)) <= index(today) + u32::from(HORIZON_YEARS) * 12 {
        Ok(())
    } else {
        Err(ExpiryError::TooFar)
    }
}

/// The format rule alone: `MM/YY` or `MM/YYYY`. Returns `(month, full year)`.
pub fn parse(s: &str) -> Result<(u8, u16), ExpiryError> {
    if s.is_empty() {
        return Err(ExpiryError::Empty);
    }
    let Some((m, y)) = s.split_once('/') else {
        return Err(ExpiryError::Format);
    };
    if m.is_empty() || m.chars().count() > 2 || y.is_empty() || y.chars().count() > 4 {
        return Err(ExpiryError::Format);
    }
    Ok((month(m)?, year(y)?))
}

/// The rule with the caller's date: [`parse`], then [`within_horizon`] of `today`.
pub fn expiry_at(s: &str, today: YearMonth) -> Result<(u8, u16), ExpiryError> {
    let (month, year) = parse(s)?;
    within_horizon(month, year, today)?;
    Ok((month, year))
}

/// The rule with the system clock: [`expiry_at`] of [`current_month`].
pub fn expiry(s: &str) -> Result<(u8, u16), ExpiryError> {
    expiry_at(s, current_month())
}

/// The current year and month in UTC, from the system clock.
///
/// Computed by hand (Howard Hinnant's `civil_from_days`) so that the proc-macro crate, which runs this
/// rule at build time, does not need a date library.
pub fn current_month() -> YearMonth {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    civil_month(secs / 86_400)
}

/// The year and month of a day count since 1970-01-01 (proleptic Gregorian calendar).
fn civil_month(days: u64) -> YearMonth {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (u16::try_from(year).unwrap_or(u16::MAX), month as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: YearMonth = (2026, 11);

    #[test]
    fn accepted_forms() {
        assert_eq!(expiry_at("12/30", TODAY), Ok((12, 2030)));
        assert_eq!(
            expiry_at("01/00", TODAY),
            Ok((1, 2000)),
            "past expiries are a date question, not a format one"
        );
        assert_eq!(expiry_at("11/2046", TODAY), Ok((11, 2046)), "exactly twenty years ahead");
        assert_eq!(month("09"), Ok(9));
        assert_eq!(year("24"), Ok(2024));
        assert_eq!(year("2024"), Ok(2024));
    }

    #[test]
    fn horizon() {
        assert_eq!(expiry_at("12/2046", TODAY), Err(ExpiryError::TooFar), "twenty years and a month");
        assert_eq!(expiry_at("12/2099", TODAY), Err(ExpiryError::TooFar));
        assert_eq!(expiry_at("12/99", TODAY), Err(ExpiryError::TooFar));
        assert_eq!(expiry_at("12/2099", (2080, 1)), Ok((12, 2099)), "the caller's clock decides");
        assert_eq!(within_horizon(12, 2046, (2026, 12)), Ok(()));
        assert_eq!(within_horizon(1, 2047, (2026, 12)), Err(ExpiryError::TooFar));
    }

    #[test]
    fn the_system_clock_is_a_real_date() {
        let (y, m) = current_month();
        assert!((2026..2100).contains(&y) && (1..=12).contains(&m), "{y}-{m}");
        // civil_from_days against dates checked by hand.
        assert_eq!(civil_month(0), (1970, 1));
        assert_eq!(civil_month(11_016), (2000, 2), "2000-02-29 is day 11 016");
        assert_eq!(civil_month(11_017), (2000, 3));
        assert_eq!(civil_month(20_788), (2026, 12), "2026-12-01");
        assert_eq!(civil_month(20_787), (2026, 11), "2026-11-30");
    }

    #[test]
    fn rejected_months() {
        for s in ["00/30", "13/30", "1/30", "99/30", "ab/30", "１２/30", " 1/30"] {
            assert_eq!(expiry_at(s, TODAY), Err(ExpiryError::Month), "{s:?}");
        }
        assert_eq!(month("00").unwrap_err().to_string(), "the expiry month must be two digits from 01 to 12");
        assert!(month("").is_err());
        assert!(month_number(0).is_err() && month_number(13).is_err() && month_number(12).is_ok());
    }

    #[test]
    fn rejected_years_and_formats() {
        assert_eq!(expiry_at("12/1999", TODAY), Err(ExpiryError::YearRange));
        assert_eq!(expiry_at("12/2100", TODAY), Err(ExpiryError::YearRange));
        for s in ["12/3", "12/300", "12/3O", "12/ 30", "12/+30"] {
            assert_eq!(expiry_at(s, TODAY), Err(ExpiryError::Year), "{s:?}");
        }
        for s in ["1230", "12-30", "12/", "/30", "12/30/30", "12/20300", "123/30", "12//30"] {
            assert!(
                matches!(expiry_at(s, TODAY), Err(ExpiryError::Format | ExpiryError::Year)),
                "{s:?}: {:?}",
                expiry_at(s, TODAY)
            );
        }
        assert_eq!(expiry(""), Err(ExpiryError::Empty));
        assert!(full_year(2000).is_ok() && full_year(1999).is_err());
    }

    #[test]
    fn messages_never_quote_the_input() {
        for s in ["77/30", "12/7777", "12/2077x", "12/2099"] {
            let e = expiry_at(s, TODAY).unwrap_err();
            assert!(!e.to_string().contains('7') && !format!("{e:?}").contains('7'), "{e}");
        }
    }

    /// A part of the wrong size is a format error, before the month or year rule runs.
    #[test]
    fn parts_of_the_wrong_size_are_format_errors() {
        for bad in ["12/", "/30", "123/30", "12/20301"] {
            assert_eq!(parse(bad), Err(ExpiryError::Format), "{bad}");
        }
        assert_eq!(parse("13/30"), Err(ExpiryError::Month));
        assert_eq!(parse("12/3"), Err(ExpiryError::Year));
    }

    /// The calendar behind the clock: January and February belong to the year they are in.
    #[test]
    fn civil_months_across_year_ends_and_leap_days() {
        assert_eq!(civil_month(0), (1970, 1));
        assert_eq!(civil_month(19_722), (2023, 12));
        assert_eq!(civil_month(19_737), (2024, 1));
        assert_eq!(civil_month(19_782), (2024, 2));
        assert_eq!(civil_month(19_783), (2024, 3));
        assert_eq!(civil_month(11_016), (2000, 2));
        // The century terms of the formula: the days around 1 March in the twentieth century (where
        // they are non-zero) and in 2100, which is not a leap year.
        assert_eq!(civil_month(10_650), (1999, 2));
        assert_eq!(civil_month(10_651), (1999, 3));
        assert_eq!(civil_month(47_540), (2100, 2));
        assert_eq!(civil_month(47_541), (2100, 3));
    }
}
