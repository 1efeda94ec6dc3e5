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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_249_codes_round_trip() {
        assert_eq!(Country::all().len(), 249);
        assert!(Country::all().all(|c| c.code().parse::<Country>() == Ok(c)));
        assert_eq!(Country::GB.name(), "United Kingdom of Great Britain and Northern Ireland");
        assert_eq!(format!("{:?}", Country::JP), "Country(JP)");
    }
}
