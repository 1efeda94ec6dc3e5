//! The runtime half of string enums (`#[derive(Builder)]` on a fieldless enum): reading a wire name,
//! the error of a name that is none of them, and the enum's JSON Schema.
//!
//! The derive emits a table (the wire names, and a `match` from a name's index to its variant); the
//! lookup, the message listing the allowed names and its "did you mean" live here, once.

use std::convert::Infallible;
use std::fmt;

use serde::Deserializer;

use super::collect::collect_str;
use super::collector::Collector;
use super::report::Invalid;

/// A string that is none of a string enum's wire names: the `FromStr` error of an enum deriving
/// `Builder` without a catch-all variant (`#[payment(other)]`). It knows which names are allowed and the
/// one probably meant; it never holds the string it refused, so it is safe to log and to send back.
///
/// ```
/// use payment_core::wire::{Invalid, UnknownVariant};
///
/// #[derive(payment_core::Builder, Debug, PartialEq)]
/// enum ShopperInteraction {
///     Ecommerce,
///     ContAuth,
///     Moto,
/// }
///
/// let err: UnknownVariant = "Ecomerce".parse::<ShopperInteraction>().unwrap_err();
/// assert_eq!(err.allowed(), ["Ecommerce", "ContAuth", "Moto"]);
/// assert_eq!(err.suggestion(), Some("Ecommerce"));
/// assert_eq!(
///     err.to_string(),
///     "must be one of `Ecommerce`, `ContAuth`, `Moto` (did you mean `Ecommerce`?)"
/// );
/// assert_eq!(Invalid::from(err).code(), "enum");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct UnknownVariant {
    allowed: &'static [&'static str],
    suggestion: Option<&'static str>,
}

impl UnknownVariant {
    /// The refusal of `input` among `allowed`, with the nearest allowed name as the suggestion
    /// (`payment_rules::suggest::nearest_name`). `input` itself is not kept.
    pub fn new(input: &str, allowed: &'static [&'static str]) -> Self {
        Self { allowed, suggestion: payment_rules::suggest::nearest_name(input, allowed.iter().copied()) }
    }

    /// Every wire name the enum accepts, in declaration order.
    pub fn allowed(&self) -> &'static [&'static str] {
        self.allowed
    }

    /// The allowed name the input was probably meant to be, when one is near (`Ecommerce` for
    /// `Ecomerce` or `ecommerce`).
    pub fn suggestion(&self) -> Option<&'static str> {
        self.suggestion
    }
}

impl fmt::Display for UnknownVariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("must be one of ")?;
        for (i, name) in self.allowed.iter().enumerate() {
            write!(f, "{}`{name}`", if i == 0 { "" } else { ", " })?;
        }
        if let Some(meant) = self.suggestion {
            write!(f, " (did you mean `{meant}`?)")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownVariant {}

/// The refusal as a failed rule, code `enum`, with the same words.
impl From<UnknownVariant> for Invalid {
    fn from(e: UnknownVariant) -> Self {
        Invalid::new("enum", e.to_string())
    }
}

/// A string enum's table, emitted by `#[derive(Builder)]`.
pub trait StringEnum: Sized {
    /// The wire name of each variant read by name, in declaration order (a catch-all that keeps the
    /// unknown string is not one).
    const NAMES: &'static [&'static str];

    /// The variant named `NAMES[i]` (`None` past the end).
    fn from_index(i: usize) -> Option<Self>;
}

/// A string enum with a catch-all variant (`#[payment(other)]`), which takes every string no variant is
/// named.
pub trait OpenEnum: StringEnum {
    /// The catch-all for `s`: `Unknown(s.to_owned())`, or a unit variant that drops it.
    fn other(s: &str) -> Self;
}

/// The variant whose wire name is `s`.
#[inline]
fn named<T: StringEnum>(s: &str) -> Option<T> {
    T::NAMES.iter().position(|name| *name == s).and_then(T::from_index)
}

/// `FromStr` of a string enum without a catch-all.
#[inline]
pub fn parse_enum<T: StringEnum>(s: &str) -> Result<T, UnknownVariant> {
    named(s).ok_or_else(|| UnknownVariant::new(s, T::NAMES))
}

/// `FromStr` of a string enum with a catch-all: every string is a value.
#[inline]
pub fn parse_open_enum<T: OpenEnum>(s: &str) -> Result<T, Infallible> {
    Ok(named(s).unwrap_or_else(|| T::other(s)))
}

/// `Collect` of a string enum without a catch-all: a JSON string naming a variant; another string is
/// one error at the field's path (code `enum`, the allowed names and a suggestion, never the input).
#[inline]
pub fn collect_enum<'de, T: StringEnum, D: Deserializer<'de>>(
    de: D,
    c: &mut Collector,
) -> Result<Option<T>, D::Error> {
    collect_str(de, c, |s| parse_enum(s).map_err(Invalid::from))
}

/// `Collect` of a string enum with a catch-all: any JSON string.
#[inline]
pub fn collect_open_enum<'de, T: OpenEnum, D: Deserializer<'de>>(
    de: D,
    c: &mut Collector,
) -> Result<Option<T>, D::Error> {
    collect_str(de, c, |s| Ok(named(s).unwrap_or_else(|| T::other(s))))
}

/// The JSON Schema of a string enum (`#[payment(schema)]`): an `enum` of its wire names; with a
/// catch-all, which accepts any string, a string with the known names as `examples`.
pub fn enum_schema(names: &[&str], open: bool) -> serde_json::Value {
    if open {
        serde_json::json!({
            "type": "string",
            "examples": names,
            "description": "a known value (listed in `examples`) or any other string, read as the catch-all variant",
        })
    } else {
        serde_json::json!({ "type": "string", "enum": names })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    enum Kind {
        Card,
        Wallet,
        Unknown(String),
    }

    impl StringEnum for Kind {
        const NAMES: &'static [&'static str] = &["card", "wallet"];
        fn from_index(i: usize) -> Option<Self> {
            match i {
                0 => Some(Kind::Card),
                1 => Some(Kind::Wallet),
                _ => None,
            }
        }
    }

    impl OpenEnum for Kind {
        fn other(s: &str) -> Self {
            Kind::Unknown(s.to_owned())
        }
    }

    #[test]
    fn names_are_read_by_index_and_other_strings_refused_or_kept() {
        assert_eq!(parse_enum::<Kind>("wallet"), Ok(Kind::Wallet));
        let err = parse_enum::<Kind>("Card").unwrap_err();
        assert_eq!(err.to_string(), "must be one of `card`, `wallet` (did you mean `card`?)");
        let err = parse_enum::<Kind>("cash").unwrap_err();
        assert_eq!(err.to_string(), "must be one of `card`, `wallet`");
        assert_eq!(err.allowed(), ["card", "wallet"]);
        assert_eq!(parse_open_enum::<Kind>("card"), Ok(Kind::Card));
        assert_eq!(parse_open_enum::<Kind>("cash"), Ok(Kind::Unknown("cash".into())));
    }

    #[test]
    fn a_refusal_is_one_error_at_the_path_without_the_input() {
        let mut c = Collector::new();
        c.enter("kind");
        let mut de = serde_json::Deserializer::from_str("\"wallett\"");
        assert_eq!(collect_enum::<Kind, _>(&mut de, &mut c).unwrap(), None);
        let mut de = serde_json::Deserializer::from_str("\"wallett\"");
        assert_eq!(
            collect_open_enum::<Kind, _>(&mut de, &mut c).unwrap(),
            Some(Kind::Unknown("wallett".into()))
        );
        let report = c.finish().unwrap_err();
        assert_eq!(report.errors().len(), 1);
        let e = &report.errors()[0];
        assert_eq!((e.path(), e.code()), ("kind", "enum"));
        assert_eq!(e.message(), "must be one of `card`, `wallet` (did you mean `wallet`?)");
    }

    #[test]
    fn the_schema_is_an_enum_or_an_open_string() {
        assert_eq!(
            enum_schema(&["a", "b"], false),
            serde_json::json!({ "type": "string", "enum": ["a", "b"] })
        );
        let open = enum_schema(&["a"], true);
        assert_eq!(open["type"], "string");
        assert_eq!(open["examples"], serde_json::json!(["a"]));
        assert!(open.get("enum").is_none());
    }
}
