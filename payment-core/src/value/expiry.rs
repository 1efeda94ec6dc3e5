//! [`Expiry`]: a card's expiry month and year.

use std::fmt;
use std::str::FromStr;

use payment_rules::expiry::{self as rule, ExpiryError};
use serde::de::MapAccess;

use super::serde_str::from_str_impls;
use crate::wire::{self, Collect, Collector, Flatten, Invalid};

/// A card expiry: a month (1-12) and a full year (2000-2099), at most twenty years after the current month
/// (no card is issued for longer; see [`payment_rules::expiry`]). A card is valid through the last day of
/// its expiry month.
///
/// Accepted text: `MM/YY` or `MM/YYYY`, with a two-digit month (`1/30` is rejected) and `/` as the only
/// separator. In a request it travels as **two** keys of the card object, `"expiry_month": "12"` and
/// `"expiry_year": "30"` (see its [`Flatten`] impl); on its own it serializes as `"12/30"`.
///
/// Which clock the horizon reads: the system clock (UTC) for [`Expiry::new`], `FromStr` and `from_json`;
/// the caller's date for [`Expiry::new_at`] and [`Expiry::parse_at`]; the build machine's clock for the
/// `expiry!` macro. An expiry in the past is accepted: ask [`Expiry::is_expired_at`].
///
/// ```
/// use payment_core::{Expiry, expiry};
/// use time::macros::date;
///
/// let e = expiry!("12/30");
/// assert_eq!((e.month(), e.year()), (12, 2030));
/// assert_eq!(e, "12/2030".parse().unwrap());
/// assert_eq!(e.to_string(), "12/30");
/// assert!(!e.is_expired_at(date!(2030 - 12 - 31)));
/// assert!(e.is_expired_at(date!(2031 - 01 - 01)));
/// assert!(Expiry::new(13, 2030).is_err());
/// assert!(Expiry::new_at(12, 2099, date!(2026 - 11 - 30)).is_err(), "beyond the twenty-year horizon");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Expiry {
    // Field order gives chronological `Ord`.
    year: u16,
    month: u8,
}

impl Expiry {
    /// An expiry from a month (1-12) and a **full** year (2000-2099), within the horizon of the system
    /// clock.
    pub fn new(month: u8, year: u16) -> Result<Self, ExpiryError> {
        Self::new_within(month, year, rule::current_month())
    }

    /// [`Expiry::new`] with the horizon measured from `today` instead of the system clock.
    pub fn new_at(month: u8, year: u16, today: time::Date) -> Result<Self, ExpiryError> {
        Self::new_within(month, year, year_month(today))
    }

    /// `MM/YY` or `MM/YYYY` (as `FromStr`), with the horizon measured from `today`.
    ///
    /// ```
    /// use payment_core::Expiry;
    /// use time::macros::date;
    ///
    /// assert!(Expiry::parse_at("12/2046", date!(2026 - 12 - 01)).is_ok());
    /// assert!(Expiry::parse_at("01/2047", date!(2026 - 12 - 01)).is_err());
    /// ```
    pub fn parse_at(s: &str, today: time::Date) -> Result<Self, ExpiryError> {
        let (month, year) = rule::expiry_at(s, year_month(today))?;
        Ok(Self { year, month })
    }

    fn new_within(month: u8, year: u16, today: rule::YearMonth) -> Result<Self, ExpiryError> {
        let month = rule::month_number(month)?;
        let year = rule::full_year(year)?;
        rule::within_horizon(month, year, today)?;
        Ok(Self { year, month })
    }

    /// For the `expiry!` macro, which checked the literal (and the twenty-year horizon, by the build
    /// date) at compile time and evaluates this in a `const` block: a month or year out of range panics,
    /// at compile time there. (The horizon depends on the clock, which a `const fn` cannot read.)
    #[track_caller]
    pub(crate) const fn literal(month: u8, year: u16) -> Self {
        assert!(month >= 1 && month <= 12, "an expiry month is 1 to 12; use `expiry!`");
        assert!(
            year >= rule::MIN_YEAR && year <= rule::MAX_YEAR,
            "an expiry year is 2000 to 2099; use `expiry!`"
        );
        Self { year, month }
    }

    /// The month, 1 to 12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The full year, 2000 to 2099.
    pub const fn year(self) -> u16 {
        self.year
    }

    /// Whether the card has expired on `date`: it is valid through the last day of its expiry month.
    pub fn is_expired_at(self, date: time::Date) -> bool {
        (date.year(), u8::from(date.month())) > (i32::from(self.year), self.month)
    }
}

impl FromStr for Expiry {
    type Err = ExpiryError;
    fn from_str(s: &str) -> Result<Self, ExpiryError> {
        let (month, year) = rule::expiry(s)?;
        Ok(Self { year, month })
    }
}

from_str_impls!(Expiry, ExpiryError, "a card expiry date, MM/YY");

impl serde::Serialize for Expiry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::wire::serialize_display(self, s)
    }
}

impl fmt::Display for Expiry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}/{:02}", self.month, self.year % 100)
    }
}

impl fmt::Debug for Expiry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Expiry({:02}/{})", self.month, self.year)
    }
}

/// The year and month of a date, for the horizon rule (years outside `u16` saturate).
fn year_month(date: time::Date) -> rule::YearMonth {
    (u16::try_from(date.year()).unwrap_or(if date.year() < 0 { 0 } else { u16::MAX }), u8::from(date.month()))
}

/// `expiry_month` as read from the wire, checked: 1 to 12.
struct Month(u8);
/// `expiry_year` as read from the wire, checked: 2000 to 2099.
#[doc(hidden)]
pub struct Year(u16);

impl Collect for Month {
    fn collect<'de, D: serde::Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        wire::collect_str(de, c, |s| rule::month(s).map(Month).map_err(Invalid::from))
    }
}

#[doc(hidden)]
impl Collect for Year {
    fn collect<'de, D: serde::Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        wire::collect_str(de, c, |s| rule::year(s).map(Year).map_err(Invalid::from))
    }
}

/// `expiry_year` in the four-digit form: `YYYY` only, then the same rule.
#[doc(hidden)]
pub struct FourDigitYear(Year);

impl From<FourDigitYear> for Year {
    fn from(y: FourDigitYear) -> Year {
        y.0
    }
}

impl Collect for FourDigitYear {
    fn collect<'de, D: serde::Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        wire::collect_str(de, c, |s| {
            if s.len() != 4 {
                return Err(Invalid::new("expiry.year", "must be a year of four digits (YYYY)"));
            }
            rule::year(s).map(|y| FourDigitYear(Year(y))).map_err(Invalid::from)
        })
    }
}

/// Two digits, zero-padded, as a JSON string.
struct TwoDigits(u16);

impl serde::Serialize for TwoDigits {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::wire::serialize_two_digits(self.0, s)
    }
}

/// What a parent object's reader has read so far of an expiry's two keys: [`Expiry`]'s
/// [`Flatten::Partial`]. Each key's value is kept only once it passed its own rule (a month 1 to 12, a
/// year 2000 to 2099); an absent key and a key whose value was refused are told apart.
///
/// Opaque: it starts empty ([`Default`]) and only the reader fills it, so [`Flatten::finish`] can never
/// be handed a month or a year that the rules refuse (issue 26: the partial used to be a public tuple of
/// raw numbers, and `finish` turned `(13, 2030)` into an `Expiry`).
///
/// ```
/// use payment_core::Expiry;
/// use payment_core::wire::{Collector, Flatten};
///
/// let mut c = Collector::default();
/// assert!(<Expiry as Flatten>::finish(Default::default(), <Expiry as Flatten>::KEYS, &mut c).is_none(), "nothing read: both keys missing");
/// let paths: Vec<_> = c.errors().iter().map(|e| e.path()).collect();
/// assert_eq!(paths, ["expiry_month", "expiry_year"]);
/// ```
///
/// Raw numbers are not a partial, so a month of 13 cannot reach `finish`:
///
/// ```compile_fail,E0308
/// use payment_core::Expiry;
/// use payment_core::wire::{Collector, Flatten};
///
/// let _ = <Expiry as Flatten>::finish((Some(Some(13u8)), Some(Some(2030u16))), &["m", "y"], &mut Collector::default());
/// ```
#[derive(Default)]
pub struct ExpiryParts {
    /// `None` if the key was absent, `Some(None)` if present but refused.
    month: Option<Option<Month>>,
    /// The same for the year.
    year: Option<Option<Year>>,
}

impl fmt::Debug for ExpiryParts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = |read: Option<bool>| match read {
            None => "absent",
            Some(true) => "read",
            Some(false) => "refused",
        };
        f.debug_struct("ExpiryParts")
            .field("month", &state(self.month.as_ref().map(Option::is_some)))
            .field("year", &state(self.year.as_ref().map(Option::is_some)))
            .finish()
    }
}

/// The wire form inside a card object: `"expiry_month": "12", "expiry_year": "30"`.
///
/// Reading records an absent key as missing at its own path (`card.expiry_year`), and an invalid month or
/// year at that key. `expiry_year` may be `YY` or `YYYY`; it is always written as `YY`. Other APIs' form,
/// a four-digit year (`"expiryMonth": "03", "expiryYear": "2030"` under Adyen's names), read as `YYYY`
/// only: [`forms::expiry_four_digit_year`](crate::forms::expiry_four_digit_year). The two forms differ
/// in the year alone ([`YearForm`]).
impl<F: YearForm> Flatten<F> for Expiry {
    const KEYS: &'static [&'static str] = &["expiry_month", "expiry_year"];
    type Partial = ExpiryParts;

    fn collect_entry<'de, A: MapAccess<'de>>(
        partial: &mut Self::Partial,
        key: usize,
        map: &mut A,
        c: &mut Collector,
    ) -> Result<(), A::Error> {
        read_entry::<A, F::Reader>(partial, key, map, c)
    }

    fn finish(partial: Self::Partial, keys: &'static [&'static str], c: &mut Collector) -> Option<Self> {
        finish_parts(partial, keys, c)
    }

    fn serialize_entries<M: serde::ser::SerializeMap>(
        &self,
        keys: &'static [&'static str],
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry(keys[0], &TwoDigits(u16::from(self.month)))?;
        F::write_year(self.year, keys[1], map)
    }
}

/// How a flattened [`Expiry`]'s year is read and written, the one thing its forms change. Implemented
/// by [`Natural`](wire::Natural) (`YY` or `YYYY` read, `YY` written) and by
/// `forms::expiry_four_digit_year::Form` (`YYYY` both ways); sealed.
#[doc(hidden)]
pub trait YearForm: sealed::Sealed {
    /// The year's reader.
    #[doc(hidden)]
    type Reader: Collect + Into<Year>;
    /// Writes the year under `key`.
    #[doc(hidden)]
    fn write_year<M: serde::ser::SerializeMap>(
        year: u16,
        key: &'static str,
        map: &mut M,
    ) -> Result<(), M::Error>;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for crate::wire::Natural {}
    impl Sealed for crate::forms::expiry_four_digit_year::Form {}
}

impl YearForm for wire::Natural {
    type Reader = Year;
    fn write_year<M: serde::ser::SerializeMap>(
        year: u16,
        key: &'static str,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry(key, &TwoDigits(year))
    }
}

impl YearForm for crate::forms::expiry_four_digit_year::Form {
    type Reader = FourDigitYear;
    fn write_year<M: serde::ser::SerializeMap>(
        year: u16,
        key: &'static str,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry(key, &year.to_string())
    }
}

/// Reads the month (key 0) or the year (key 1, through the form's reader `Y`) into `partial`.
fn read_entry<'de, A: MapAccess<'de>, Y: Collect + Into<Year>>(
    partial: &mut ExpiryParts,
    key: usize,
    map: &mut A,
    c: &mut Collector,
) -> Result<(), A::Error> {
    let already = if key == 0 {
        let read = map.next_value_seed(wire::CollectSeed::<Month>::new(c))?;
        partial.month.replace(read).is_some()
    } else {
        let read = map.next_value_seed(wire::CollectSeed::<Y>::new(c))?;
        partial.year.replace(read.map(Into::into)).is_some()
    };
    if already {
        c.invalid(wire::duplicate_key());
    }
    Ok(())
}

/// The expiry from both keys, each valid on its own; the horizon needs both (system clock, as `FromStr`).
fn finish_parts(partial: ExpiryParts, keys: &'static [&'static str], c: &mut Collector) -> Option<Expiry> {
    let ExpiryParts { month, year } = partial;
    if month.is_none() {
        c.missing(keys[0]);
    }
    if year.is_none() {
        c.missing(keys[1]);
    }
    let (Month(month), Year(year)) = (month??, year??);
    match rule::within_horizon(month, year, rule::current_month()) {
        Ok(()) => Some(Expiry { month, year }),
        Err(e) => {
            c.invalid_at(keys[1], Invalid::from(e));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    /// A clock before year 0 (a broken one) counts as year 0, never as the far future: every expiry is then
    /// beyond the twenty-year horizon, and none is taken for one in the past.
    #[test]
    fn a_date_before_year_zero_counts_as_year_zero() {
        assert_eq!(Expiry::new_at(12, 2030, date!(-0001 - 06 - 15)), Err(ExpiryError::TooFar));
        assert_eq!(Expiry::parse_at("12/30", date!(-0001 - 06 - 15)), Err(ExpiryError::TooFar));
        assert_eq!(year_month(date!(-0001 - 06 - 15)), (0, 6));
        assert_eq!(year_month(date!(0000 - 01 - 01)), (0, 1));
    }

    #[test]
    fn expiry_boundaries() {
        let e = Expiry::new(2, 2024).unwrap();
        assert!(!e.is_expired_at(date!(2024 - 02 - 29)));
        assert!(e.is_expired_at(date!(2024 - 03 - 01)));
        assert!(!e.is_expired_at(date!(2023 - 12 - 31)));
        assert_eq!(Expiry::new(0, 2030), Err(ExpiryError::Month));
        assert_eq!(Expiry::new(1, 30), Err(ExpiryError::YearRange));
        assert_eq!(Expiry::new(12, 2099), Err(ExpiryError::TooFar), "system clock: 2099 is always too far");
        let today = date!(2026 - 11 - 30);
        assert!(Expiry::new_at(11, 2046, today).is_ok());
        assert_eq!(Expiry::new_at(12, 2046, today), Err(ExpiryError::TooFar));
        assert_eq!("12/2099".parse::<Expiry>(), Err(ExpiryError::TooFar));
    }

    #[test]
    fn text_and_serde() {
        let e: Expiry = "01/2031".parse().unwrap();
        assert_eq!(e.to_string(), "01/31");
        assert_eq!(format!("{e:?}"), "Expiry(01/2031)");
        assert_eq!(serde_json::to_string(&e).unwrap(), r#""01/31""#);
        assert_eq!(serde_json::from_str::<Expiry>(r#""01/31""#).unwrap(), e);
        assert!(serde_json::from_str::<Expiry>(r#""13/31""#).is_err());
        assert!(Expiry::try_from("00/30").is_err());
        assert!(Expiry::new(12, 2029).unwrap() < Expiry::new(1, 2030).unwrap());
    }

    /// A parent object holding an `Expiry` in two keys.
    #[derive(Debug, crate::Builder)]
    struct Card {
        #[payment(flatten)]
        expiry: Expiry,
    }

    #[test]
    fn flattened_in_a_parent_object() {
        let card: Card =
            wire::from_json(r#"{"expiry_month": "12", "name": "x", "expiry_year": "2024"}"#).unwrap();
        assert_eq!(card.expiry, Expiry::new(12, 2024).unwrap());
        assert_eq!(serde_json::to_string(&card).unwrap(), r#"{"expiry_month":"12","expiry_year":"24"}"#);

        let report = wire::from_json::<Card>(r#"{"expiry_month": "13"}"#).unwrap_err();
        let found: Vec<_> = report.errors().iter().map(|e| (e.path(), e.code())).collect();
        assert_eq!(found, [("expiry_month", "expiry.month"), ("expiry_year", "missing")]);

        let report = wire::from_json::<Card>(r#"{"expiry_year": 30, "expiry_month": "1"}"#).unwrap_err();
        let found: Vec<_> = report.errors().iter().map(|e| (e.path(), e.code())).collect();
        assert_eq!(found, [("expiry_year", "type"), ("expiry_month", "expiry.month")]);

        let report =
            wire::from_json::<Card>(r#"{"expiry_month": "01", "expiry_month": "02", "expiry_year": "30"}"#)
                .unwrap_err();
        assert_eq!(report.paths().collect::<Vec<_>>(), ["expiry_month"]);

        let report = wire::from_json::<Card>(r#"{"expiry_month": "12", "expiry_year": "2099"}"#).unwrap_err();
        let found: Vec<_> = report.errors().iter().map(|e| (e.path(), e.code())).collect();
        assert_eq!(found, [("expiry_year", "expiry.horizon")], "the horizon, at the year's key");
    }
}
