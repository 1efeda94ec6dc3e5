//! [`Amount`]: a positive whole number of minor units.

use std::fmt;
use std::num::NonZeroU64;
use std::str::FromStr;

use payment_rules::amount::{self as rule, AmountError};
use serde::de::{self, Visitor};

use crate::wire::{self, Collect, Collector, Invalid, Scalar};

/// A positive amount in the currency's minor units: `1000` is ¥1000 in JPY (exponent 0) or $10.00 in USD
/// (exponent 2).
///
/// Requests carry it as a string (`"amount": "1000"`, its `Serialize`); responses as a number (use
/// [`Amount::serialize_as_number`] with `#[serde(serialize_with)]`). `Deserialize` accepts both. As text
/// it is digits only: no sign, decimal point, spaces or leading zeros.
///
/// ```
/// use payment_core::{Amount, amount};
///
/// let a = amount!(1000);
/// assert_eq!(a.minor_units(), 1000);
/// assert_eq!(a, "1000".parse().unwrap());
/// assert_eq!(a, Amount::new(1000).unwrap());
/// assert!(Amount::new(0).is_err());
/// assert_eq!(serde_json::to_string(&a).unwrap(), r#""1000""#);
/// assert_eq!(serde_json::from_str::<Amount>("1000").unwrap(), a);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Amount(NonZeroU64);

impl Amount {
    /// An amount of `minor_units`, which must be greater than zero.
    pub fn new(minor_units: u64) -> Result<Self, AmountError> {
        rule::amount_value(minor_units)?;
        NonZeroU64::new(minor_units).map(Self).ok_or(AmountError::Zero)
    }

    /// For the `amount!` macro, which checked the literal at compile time and evaluates this in a `const`
    /// block: a zero (which the macro never passes) panics, at compile time there, rather than becoming
    /// some other amount.
    #[track_caller]
    pub(crate) const fn literal(minor_units: u64) -> Self {
        match NonZeroU64::new(minor_units) {
            Some(n) => Self(n),
            None => panic!("an amount must be greater than zero; use `amount!`"),
        }
    }

    /// The amount in minor units.
    pub const fn minor_units(self) -> u64 {
        self.0.get()
    }

    /// Serializes the amount as a JSON number (`1000`), the form of responses. For
    /// `#[serde(serialize_with = "Amount::serialize_as_number")]`.
    pub fn serialize_as_number<S: serde::Serializer>(amount: &Amount, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(amount.minor_units())
    }
}

impl TryFrom<u64> for Amount {
    type Error = AmountError;
    fn try_from(n: u64) -> Result<Self, AmountError> {
        Self::new(n)
    }
}

impl TryFrom<&str> for Amount {
    type Error = AmountError;
    fn try_from(s: &str) -> Result<Self, AmountError> {
        s.parse()
    }
}

impl From<Amount> for u64 {
    fn from(a: Amount) -> u64 {
        a.minor_units()
    }
}

impl FromStr for Amount {
    type Err = AmountError;
    fn from_str(s: &str) -> Result<Self, AmountError> {
        Self::new(rule::amount(s)?)
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Amount({})", self.0)
    }
}

impl serde::Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::wire::serialize_decimal(self.0.get(), s)
    }
}

struct AmountVisitor;

impl Visitor<'_> for AmountVisitor {
    type Value = Amount;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an amount in minor units, as a string or a number")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Amount, E> {
        v.parse().map_err(E::custom)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Amount, E> {
        Amount::new(v).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Amount, E> {
        // A negative amount breaks the same rule as zero: it must be greater than zero.
        u64::try_from(v).map_err(|_| E::custom(AmountError::Zero)).and_then(|v| self.visit_u64(v))
    }
}

impl<'de> serde::Deserialize<'de> for Amount {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        de.deserialize_any(AmountVisitor)
    }
}

/// Reads `"1000"` or `1000`; a negative, fractional or zero amount is recorded as an `amount` error.
impl Collect for Amount {
    fn collect<'de, D: serde::Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        let parsed = match wire::scalar(de)? {
            Scalar::Str(s) => s.parse().map_err(Invalid::from),
            Scalar::U64(n) => Amount::new(n).map_err(Invalid::from),
            Scalar::I64(_) | Scalar::F64(_) => Err(Invalid::from(AmountError::NotDigits)),
            other => Err(Invalid::new(
                "type",
                format!("must be an amount (a string or a number), not {}", other.kind()),
            )),
        };
        Ok(match parsed {
            Ok(amount) => Some(amount),
            Err(rule) => {
                c.invalid(rule);
                None
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_and_string_forms() {
        let a = Amount::new(1000).unwrap();
        assert_eq!(format!("{a} {a:?}"), "1000 Amount(1000)");
        assert_eq!(serde_json::from_str::<Amount>(r#""1000""#).unwrap(), a);
        assert!(serde_json::from_str::<Amount>("0").is_err());
        assert!(serde_json::from_str::<Amount>("-5").is_err());
        assert!(serde_json::from_str::<Amount>("10.5").is_err());
        assert!(serde_json::from_str::<Amount>(r#""0100""#).is_err());
        let mut out = Vec::new();
        Amount::serialize_as_number(&a, &mut serde_json::Serializer::new(&mut out)).unwrap();
        assert_eq!(out, b"1000");
        assert_eq!(Amount::try_from(7u64).map(u64::from), Ok(7));
    }

    #[test]
    fn collect_reports_rules() {
        use crate::wire::from_json;
        assert_eq!(from_json::<Amount>("1000").unwrap().minor_units(), 1000);
        assert_eq!(from_json::<Amount>(r#""5""#).unwrap().minor_units(), 5);
        for bad in ["0", "-1", "1.5", r#""""#, "true", "[]"] {
            let report = from_json::<Amount>(bad).unwrap_err();
            assert_eq!(report.errors().len(), 1, "{bad}");
        }
    }
}
