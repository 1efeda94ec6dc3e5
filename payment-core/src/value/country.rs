//! [`Country`]: an officially assigned ISO 3166-1 alpha-2 code.

use std::fmt;
use std::str::FromStr;

use payment_rules::country::{self as rule, COUNTRIES, CountryError, CountryInfo};

use super::serde_str::from_str_impls;

/// An officially assigned ISO 3166-1 alpha-2 country code, in upper case, e.g. `JP`.
///
/// Every code has an associated constant ([`Country::JP`], [`Country::US`], ...), generated from
/// `payment-rules/data/iso3166-1.csv`. It is `Copy`: a reference to a static table entry.
///
/// ```
/// use payment_core::{Country, country};
///
/// assert_eq!(country!("JP"), Country::JP);
/// assert_eq!(Country::JP.name(), "Japan");
/// assert_eq!("jp".parse::<Country>().unwrap_err().to_string(), "country codes are upper case (did you mean `JP`?)");
/// assert_eq!(serde_json::to_string(&Country::JP).unwrap(), r#""JP""#);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(&'static CountryInfo);

impl Country {
    payment_rules::__country_consts!();

    const fn __from_index(i: usize) -> Self {
        Self(&COUNTRIES[i])
    }

    /// The alpha-2 code, e.g. `"JP"`.
    pub const fn code(self) -> &'static str {
        self.0.code
    }

    /// The English short name, e.g. `"Japan"`.
    pub const fn name(self) -> &'static str {
        self.0.name
    }

    /// Every assigned country code, in code order.
    pub fn all() -> impl ExactSizeIterator<Item = Country> {
        COUNTRIES.iter().map(Country)
    }
}

impl FromStr for Country {
    type Err = CountryError;
    fn from_str(s: &str) -> Result<Self, CountryError> {
        rule::country(s).map(Country)
    }
}

from_str_impls!(Country, CountryError, "an ISO 3166-1 alpha-2 country code");

impl serde::Serialize for Country {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Country({})", self.code())
    }
}

/// A country code as APIs that allow "unknown" write it: an ISO 3166-1 alpha-2 [`Country`], or `ZZ`.
///
/// `ZZ` is one of ISO 3166-1's user-assigned codes (ISO 3166-1:2020 §5.3.2: `AA`, `QM`-`QZ`, `XA`-`XZ`,
/// `ZZ`), which Unicode CLDR names "Unknown Region" and Adyen documents for an address's `country` ("if
/// you don't know the country or are not collecting the country from the shopper, provide `country` as
/// `ZZ`"). No other user-assigned code is taken. paymentv2's addresses stay a [`Country`].
///
/// ```
/// use payment_core::{Country, CountryOrUnknown};
///
/// assert_eq!("ZZ".parse::<CountryOrUnknown>().unwrap(), CountryOrUnknown::Unknown);
/// assert_eq!("NL".parse::<CountryOrUnknown>().unwrap(), CountryOrUnknown::Known(Country::NL));
/// assert_eq!(serde_json::to_string(&CountryOrUnknown::Unknown).unwrap(), r#""ZZ""#);
/// assert!("XA".parse::<CountryOrUnknown>().is_err(), "only ZZ of the user-assigned codes");
/// assert!("zz".parse::<CountryOrUnknown>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CountryOrUnknown {
    /// An officially assigned code.
    Known(Country),
    /// `ZZ`: the country is not known.
    Unknown,
}

impl CountryOrUnknown {
    /// The code the wire carries for [`CountryOrUnknown::Unknown`].
    pub const UNKNOWN_CODE: &'static str = "ZZ";

    /// The alpha-2 code, `"ZZ"` when unknown.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Known(c) => c.code(),
            Self::Unknown => Self::UNKNOWN_CODE,
        }
    }

    /// The country, if known.
    pub const fn known(self) -> Option<Country> {
        match self {
            Self::Known(c) => Some(c),
            Self::Unknown => None,
        }
    }
}

impl From<Country> for CountryOrUnknown {
    fn from(c: Country) -> Self {
        Self::Known(c)
    }
}

impl FromStr for CountryOrUnknown {
    type Err = CountryError;
    fn from_str(s: &str) -> Result<Self, CountryError> {
        if s == Self::UNKNOWN_CODE { Ok(Self::Unknown) } else { s.parse().map(Self::Known) }
    }
}

from_str_impls!(CountryOrUnknown, CountryError, "an ISO 3166-1 alpha-2 country code or ZZ");

impl serde::Serialize for CountryOrUnknown {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl fmt::Display for CountryOrUnknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for CountryOrUnknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Known(c) => write!(f, "Known({c:?})"),
            Self::Unknown => f.write_str("Unknown(ZZ)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_249_codes_round_trip() {
        assert_eq!(Country::all().len(), 249);
        assert!(Country::all().all(|c| c.code().parse::<Country>() == Ok(c)));
        assert_eq!(Country::GB.name(), "United Kingdom of Great Britain and Northern Ireland");
        assert_eq!(format!("{:?}", Country::JP), "Country(JP)");
        for c in Country::all() {
            assert_eq!(c.code().parse::<CountryOrUnknown>(), Ok(CountryOrUnknown::Known(c)));
        }
        assert_eq!(format!("{:?}", CountryOrUnknown::Unknown), "Unknown(ZZ)");
        assert_eq!(CountryOrUnknown::Unknown.known(), None);
    }
}
