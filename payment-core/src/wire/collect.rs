//! [`Collect`]: parsing untrusted JSON into valid values while recording **every** problem.
//!
//! serde's `Deserialize` stops at the first error. `Collect` is a thin layer on top of the same
//! `Deserializer` (so it streams, with no intermediate `serde_json::Value`): a field that breaks a rule is
//! recorded in the [`Collector`] and parsing goes on with the next field. Only a JSON syntax error stops it.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::collector::Collector;
use super::report::{Invalid, ValidationReport};

/// Implements the scalar `visit_*` methods of a visitor holding `c: &mut Collector` as type errors
/// ("must be `$expected`, not a string").
macro_rules! forward_scalars_to_wrong_type {
    ($expected:expr) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(wrong_type(self.c, $expected, "a boolean"))
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(wrong_type(self.c, $expected, "a number"))
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok(wrong_type(self.c, $expected, "a number"))
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(wrong_type(self.c, $expected, "a number"))
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok(wrong_type(self.c, $expected, "a string"))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(wrong_type(self.c, $expected, "null"))
        }
    };
}
pub(super) use forward_scalars_to_wrong_type;

/// A type that can be parsed from untrusted input, recording every problem instead of stopping at the
/// first.
///
/// `Ok(Some(v))` is a valid value; `Ok(None)` means the problems were recorded in the collector;
/// `Err` is a syntax error of the input itself, after which nothing more can be read.
///
/// It is implemented for the value types, the common scalars, `Option<T>` and `Vec<T>`, and by
/// `#[derive(Builder)]` for annotated structs.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be read from JSON by `#[derive(Builder)]`: it does not implement `payment_core::wire::Collect`",
    label = "a field of this type is read with `Collect`",
    note = "the value types, `String`, integers, `bool`, `IpAddr`, `Option` and `Vec` of those, and structs and string enums deriving `Builder` implement it",
    note = "a type that implements serde's `Deserialize`: mark the field `#[payment(serde)]` (or `with = module`) to read it with serde, its first error reported at the field",
    note = "to have every error inside your own type reported, implement `Collect` for it (with `payment_core::wire::collect_str` for a type read from a string)"
)]
pub trait Collect: Sized {
    /// Reads one value from `de`, recording problems in `c`.
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error>;
}

/// Parses `json` as a `T`, returning the value only if every field is valid, and otherwise the report of
/// every invalid, missing or mistyped field with its path.
pub fn from_json<T: Collect>(json: &str) -> Result<T, ValidationReport> {
    read_json(json, Collector::new())
}

/// [`from_json`], and a key that no field has is an error too (code `unknown_key`, at its own path):
/// `from_json` skips unknown keys, so a misspelled optional key (`"shiping_address"`) is lost without a
/// word; this reports it. Use it where the JSON is written by people (configuration, test data, a
/// front end under development); the gateway's answers are read leniently.
///
/// ```
/// use payment_core::model::VoidRequest;
/// use payment_core::wire::{from_json, from_json_strict};
///
/// let json = r#"{"transactionId": "e0b0731e-7170-4b64-8a21-7d835eebd641", "merchant_id": "m", "note": "x"}"#;
/// assert!(from_json::<VoidRequest>(json).is_ok());
/// let report = from_json_strict::<VoidRequest>(json).unwrap_err();
/// assert_eq!(report.paths().collect::<Vec<_>>(), ["note"]);
/// assert_eq!(report.errors()[0].code(), "unknown_key");
/// ```
pub fn from_json_strict<T: Collect>(json: &str) -> Result<T, ValidationReport> {
    read_json(json, Collector::strict())
}

fn read_json<T: Collect>(json: &str, c: Collector) -> Result<T, ValidationReport> {
    let mut c = c;
    let mut de = serde_json::Deserializer::from_str(json);
    let value = T::collect(&mut de, &mut c).and_then(|v| de.end().map(|()| v));
    match value {
        Err(e) => {
            // A syntax error: report where, never what (serde_json's messages do not quote the input).
            let mut c = c;
            c.invalid(Invalid::new("syntax", format!("is not valid JSON ({e})")));
            Err(c.finish().expect_err("an error was just recorded"))
        }
        Ok(v) => match (c.finish(), v) {
            (Ok(()), Some(v)) => Ok(v),
            (Err(report), _) => Err(report),
            (Ok(()), None) => Err(ValidationReport::from(Invalid::new("invalid", "is invalid").at(""))),
        },
    }
}

/// Implements `Deserialize` through [`Collect`]: the first report is turned into one serde error listing
/// every problem. Used by the code `#[derive(Builder)]` emits.
pub fn deserialize_collected<'de, T: Collect, D: Deserializer<'de>>(de: D) -> Result<T, D::Error> {
    let mut c = Collector::new();
    let value = T::collect(de, &mut c)?;
    match (c.finish(), value) {
        (Ok(()), Some(v)) => Ok(v),
        (Err(report), _) => Err(de::Error::custom(report)),
        (Ok(()), None) => Err(de::Error::custom("invalid value")),
    }
}

/// A `DeserializeSeed` that runs [`Collect`] for `T`.
pub struct CollectSeed<'c, T> {
    c: &'c mut Collector,
    marker: PhantomData<fn() -> T>,
}

impl<'c, T> CollectSeed<'c, T> {
    /// A seed recording into `c`.
    pub fn new(c: &'c mut Collector) -> Self {
        Self { c, marker: PhantomData }
    }
}

impl<'de, T: Collect> DeserializeSeed<'de> for CollectSeed<'_, T> {
    type Value = Option<T>;
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<Option<T>, D::Error> {
        T::collect(de, self.c)
    }
}

/// The error of a key that appears twice in one object.
pub(crate) fn duplicate_key() -> Invalid {
    Invalid::new("duplicate", "appears more than once")
}

/// Records that `key` appeared twice in one object.
pub(crate) fn duplicate(key: &'static str, c: &mut Collector) {
    c.invalid_at(key, duplicate_key());
}

pub(super) fn wrong_type<T>(c: &mut Collector, expected: &'static str, found: &'static str) -> Option<T> {
    c.invalid(Invalid::new("type", format!("must be {expected}, not {found}")));
    None
}

/// A field stored as one value in Rust but as several keys of the enclosing JSON object (an [`Expiry`]
/// is `expiry_month` and `expiry_year`). Selected with `#[payment(flatten)]`.
///
/// `Form` is the wire form: [`Natural`], the type's own, unless the field names another with
/// `#[payment(flatten, with = module)]` (serde's `with`: the module's `Form`, e.g.
/// [`forms::expiry_four_digit_year`](crate::forms::expiry_four_digit_year)). A form changes how the value
/// is written and read, never what it holds. The parent may give the keys other names
/// (`rename_keys("expiryMonth", "expiryYear")`): `finish` and `serialize_entries` get the names in use,
/// in the order of `KEYS`.
///
/// [`Expiry`]: crate::Expiry
pub trait Flatten<Form = Natural>: Sized {
    /// The wire keys this value occupies in the enclosing object, unless the parent renames them.
    const KEYS: &'static [&'static str];
    /// What has been read so far.
    type Partial: Default;
    /// Reads the value of the key at `key` (an index into `KEYS`; the key is already on the collector's
    /// path).
    fn collect_entry<'de, A: MapAccess<'de>>(
        partial: &mut Self::Partial,
        key: usize,
        map: &mut A,
        c: &mut Collector,
    ) -> Result<(), A::Error>;
    /// The value, once the whole object was read; records absent or inconsistent keys under `keys`, the
    /// names in use (as many as `KEYS`, in its order).
    fn finish(partial: Self::Partial, keys: &'static [&'static str], c: &mut Collector) -> Option<Self>;
    /// Writes this value's entries into the enclosing map, under `keys`, the names in use.
    fn serialize_entries<M: serde::ser::SerializeMap>(
        &self,
        keys: &'static [&'static str],
        map: &mut M,
    ) -> Result<(), M::Error>;
}

/// [`Flatten`]'s default form: the value type's own wire form.
#[derive(Debug)]
pub enum Natural {}

/// Any JSON scalar, borrowed from the input where possible; arrays and objects are skipped.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar<'de> {
    /// A string.
    Str(Cow<'de, str>),
    /// A non-negative integer.
    U64(u64),
    /// A negative integer.
    I64(i64),
    /// A number with a fraction or exponent.
    F64(f64),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// An array or object (already skipped).
    Compound(&'static str),
}

impl Scalar<'_> {
    /// The JSON type, for "expected ..." messages: `"a string"`, `"a number"`, ...
    pub fn kind(&self) -> &'static str {
        match self {
            Scalar::Str(_) => "a string",
            Scalar::U64(_) | Scalar::I64(_) | Scalar::F64(_) => "a number",
            Scalar::Bool(_) => "a boolean",
            Scalar::Null => "null",
            Scalar::Compound(kind) => kind,
        }
    }
}

/// Reads any JSON value as a [`Scalar`].
pub fn scalar<'de, D: Deserializer<'de>>(de: D) -> Result<Scalar<'de>, D::Error> {
    de.deserialize_any(ScalarVisitor)
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Scalar::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(if v >= 0 { Scalar::U64(v as u64) } else { Scalar::I64(v) })
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Scalar::U64(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Scalar::F64(v))
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v)))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<Self::Value, D::Error> {
        de.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Compound("an array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Compound("an object"))
    }
}

/// Reads a JSON string and parses it with `parse`, recording a type error for any other JSON value and the
/// rule that failed for a string `parse` rejects. The shared path of every string-shaped value type.
pub fn collect_str<'de, T, D: Deserializer<'de>>(
    de: D,
    c: &mut Collector,
    parse: impl FnOnce(&str) -> Result<T, Invalid>,
) -> Result<Option<T>, D::Error> {
    Ok(match scalar(de)? {
        Scalar::Str(s) => match parse(&s) {
            Ok(v) => Some(v),
            Err(rule) => {
                c.invalid(rule);
                None
            }
        },
        other => wrong_type(c, "a string", other.kind()),
    })
}

/// Reads a value sent as a string of its `Display` form (`"1200"`) or, leniently, as a bare JSON number or
/// boolean, and parses it with `parse`. Fields marked `#[payment(string)]` use it.
pub(crate) fn collect_stringly<'de, T, D: Deserializer<'de>>(
    de: D,
    c: &mut Collector,
    parse: impl FnOnce(&str) -> Result<T, Invalid>,
) -> Result<Option<T>, D::Error> {
    let text = match scalar(de)? {
        Scalar::Str(s) => s,
        Scalar::U64(n) => Cow::Owned(n.to_string()),
        Scalar::I64(n) => Cow::Owned(n.to_string()),
        Scalar::Bool(b) => Cow::Owned(b.to_string()),
        other => return Ok(wrong_type(c, "a string", other.kind())),
    };
    Ok(match parse(&text) {
        Ok(v) => Some(v),
        Err(rule) => {
            c.invalid(rule);
            None
        }
    })
}

/// `Collect` for `#[payment(string)]` fields: `T` parsed from its string form.
pub(crate) fn collect_from_string<'de, T, D>(de: D, c: &mut Collector) -> Result<Option<T>, D::Error>
where
    T: std::str::FromStr,
    D: Deserializer<'de>,
{
    collect_stringly(de, c, |s| {
        s.parse::<T>().map_err(|_| {
            // Text that is a number, but not one of the field's type (`"-3"` or `"300"` for a `u8`,
            // `"1.5"` for an integer), is told so, not called "not a number".
            if s.trim().parse::<f64>().is_ok_and(f64::is_finite) {
                Invalid::new("range", "must be a whole number in the field's range")
            } else {
                Invalid::new("type", "must be a number written as a string")
            }
        })
    })
}

impl Collect for String {
    /// A string the input hands over owned (a buffered union's, say) is moved, not copied.
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        Ok(match scalar(de)? {
            Scalar::Str(s) => Some(s.into_owned()),
            other => wrong_type(c, "a string", other.kind()),
        })
    }
}

impl Collect for bool {
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        Ok(match scalar(de)? {
            Scalar::Bool(b) => Some(b),
            other => wrong_type(c, "a boolean", other.kind()),
        })
    }
}

macro_rules! collect_integer {
    ($($t:ty),*) => {$(
        impl Collect for $t {
            fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
                let found = scalar(de)?;
                let n = match found {
                    Scalar::U64(n) => <$t>::try_from(n).ok(),
                    Scalar::I64(n) => <$t>::try_from(n).ok(),
                    _ => return Ok(wrong_type(c, "an integer", found.kind())),
                };
                if n.is_none() {
                    c.invalid(Invalid::new(
                        "range",
                        concat!("must fit in ", stringify!($t)),
                    ));
                }
                Ok(n)
            }
        }
    )*};
}
collect_integer!(u8, u16, u32, u64, i8, i16, i32, i64, usize);

impl Collect for std::net::IpAddr {
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        collect_str(de, c, |s| s.parse().map_err(|_| invalid_ip()))
    }
}

/// The refusal of an IP address's text (std's parser error says nothing this crate would not).
pub(crate) fn invalid_ip() -> Invalid {
    Invalid::new("ip", "must be an IPv4 or IPv6 address")
}

impl<T: Collect> Collect for Option<T> {
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        de.deserialize_option(OptionVisitor::<T> { c, marker: PhantomData })
    }
}

struct OptionVisitor<'c, T> {
    c: &'c mut Collector,
    marker: PhantomData<fn() -> T>,
}

impl<'de, T: Collect> Visitor<'de> for OptionVisitor<'_, T> {
    type Value = Option<Option<T>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value or null")
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Some(None))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Some(None))
    }
    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<Self::Value, D::Error> {
        Ok(T::collect(de, self.c)?.map(Some))
    }
}

impl<T: Collect> Collect for Vec<T> {
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        de.deserialize_any(VecVisitor::<T> { c, marker: PhantomData })
    }
}

struct VecVisitor<'c, T> {
    c: &'c mut Collector,
    marker: PhantomData<fn() -> T>,
}

impl<T> VecVisitor<'_, T> {
    const EXPECTING: &'static str = "an array";
}

impl<'de, T: Collect> Visitor<'de> for VecVisitor<'_, T> {
    type Value = Option<Vec<T>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        let mut ok = true;
        let mut i = 0;
        loop {
            self.c.enter_index(i);
            let next = seq.next_element_seed(CollectSeed::<T>::new(self.c));
            self.c.leave();
            match next? {
                None => break,
                Some(Some(v)) => out.push(v),
                Some(None) => ok = false,
            }
            i += 1;
        }
        Ok(ok.then_some(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(wrong_type(self.c, Self::EXPECTING, "an object"))
    }
    forward_scalars_to_wrong_type!(Self::EXPECTING);
}
