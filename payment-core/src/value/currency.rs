//! [`Currency`]: an active ISO 4217 currency with a minor unit.

use std::fmt;
use std::str::FromStr;

use payment_rules::currency::{self as rule, CURRENCIES, CurrencyError, CurrencyInfo};

use super::serde_str::from_str_impls;

/// An active ISO 4217 currency that has a minor unit, e.g. `JPY` (exponent 0) or `USD` (exponent 2).
///
/// Every code of the table has an associated constant ([`Currency::JPY`], [`Currency::USD`], ...),
/// generated from `payment-rules/data/iso4217.csv`. It is `Copy`: a reference to a static table entry.
///
/// ```
/// use payment_core::{Currency, currency};
///
/// let jpy = currency!("JPY");
/// assert_eq!(jpy, Currency::JPY);
/// assert_eq!((jpy.code(), jpy.exponent(), jpy.numeric(), jpy.name()), ("JPY", 0, 392, "Yen"));
/// assert_eq!("BHD".parse::<Currency>().unwrap().exponent(), 3);
/// assert_eq!(
///     "JPX".parse::<Currency>().unwrap_err().to_string(),
///     "the currency code is not in ISO 4217 (did you mean `JPY`?)"
/// );
/// assert_eq!(serde_json::to_string(&jpy).unwrap(), r#""JPY""#);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(&'static CurrencyInfo);

impl Currency {
    payment_rules::__currency_consts!();

    const fn __from_index(i: usize) -> Self {
        Self(&CURRENCIES[i])
    }

    /// The alphabetic code, e.g. `"JPY"`.
    pub const fn code(self) -> &'static str {
        self.0.code
    }

    /// The minor-unit exponent: an amount of `1000` is `1000 / 10^exponent` major units.
    pub const fn exponent(self) -> u8 {
        self.0.exponent
    }

    /// The ISO 4217 numeric code, e.g. `392` for JPY.
    pub const fn numeric(self) -> u16 {
        self.0.numeric
    }

    /// The English name in the ISO 4217 list, e.g. `"Yen"`.
    pub const fn name(self) -> &'static str {
        self.0.name
    }

    /// The table entry.
    pub const fn info(self) -> &'static CurrencyInfo {
        self.0
    }

    /// Every currency, in code order.
    pub fn all() -> impl ExactSizeIterator<Item = Currency> {
        CURRENCIES.iter().map(Currency)
    }
}

impl FromStr for Currency {
    type Err = CurrencyError;
    fn from_str(s: &str) -> Result<Self, CurrencyError> {
        rule::currency(s).map(Currency)
    }
}

from_str_impls!(Currency, CurrencyError, "an ISO 4217 currency code");

impl serde::Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consts_match_the_table() {
        assert_eq!(Currency::JPY.code(), "JPY");
        assert_eq!(Currency::USD.exponent(), 2);
        assert_eq!(Currency::KWD.exponent(), 3);
        assert_eq!(Currency::CLF.exponent(), 4);
        assert_eq!(Currency::all().len(), CURRENCIES.len());
        assert!(Currency::all().all(|c| c.code().parse::<Currency>() == Ok(c)));
    }

    #[test]
    fn formats() {
        assert_eq!(format!("{:?}", Currency::EUR), "Currency(EUR)");
        assert_eq!(Currency::EUR.to_string(), "EUR");
        assert_eq!(serde_json::from_str::<Currency>(r#""EUR""#).unwrap(), Currency::EUR);
        let err = serde_json::from_str::<Currency>(r#""eur""#).unwrap_err().to_string();
        assert!(err.starts_with("currency codes are upper case (did you mean `EUR`?)"), "{err}");
        assert!(serde_json::from_str::<Currency>("12").is_err());
    }
}
