//! Small helpers that keep the code `#[derive(Builder)]` emits short: reading one key of an object into
//! its slot, settling defaults, checking runtime rules on collected values, and `validator::Validate`.
//!
//! They are public because generated code in other crates calls them; they are not meant to be called
//! by hand.

use serde::de::{IgnoredAny, MapAccess};

use super::collect::{Collect, Flatten, collect_from_string, duplicate, field};
use super::collector::Collector;
use super::rules::{CheckRules, validation_errors};

/// Reads the value of `key` into `slot`, or records a duplicate (and skips the value) if it was read
/// already.
#[inline]
pub fn read_field<'de, T: Collect, A: MapAccess<'de>>(
    map: &mut A,
    slot: &mut Option<Option<T>>,
    key: &'static str,
    c: &mut Collector,
) -> Result<(), A::Error> {
    if slot.is_some() {
        duplicate(key, c);
        return skip_value(map);
    }
    *slot = Some(field(map, key, c)?);
    Ok(())
}

/// Reads key `j` of a flattened field `F` into its partial value, with the key on the path.
#[inline]
pub fn read_flat<'de, F: Flatten, A: MapAccess<'de>>(
    partial: &mut F::Partial,
    j: usize,
    map: &mut A,
    c: &mut Collector,
) -> Result<(), A::Error> {
    c.enter(F::KEYS[j]);
    let r = F::collect_entry(partial, j, map, c);
    c.leave();
    r
}

/// Skips the value of a key the struct does not know.
#[inline]
pub fn skip_value<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// The value of a field with a default (`#[payment(default)]`): what was read, or the default when the
/// key is absent.
#[inline]
pub fn present_or_default<T>(read: Option<Option<T>>, default: impl FnOnce() -> T) -> Option<T> {
    match read {
        Some(v) => v,
        None => Some(default()),
    }
}

/// Runs a field's runtime rules on its collected value with `key` on the path; the value is dropped if
/// any rule failed, so the struct is never built from it.
#[inline]
pub fn check_field<T>(
    value: Option<T>,
    key: &'static str,
    c: &mut Collector,
    rules: impl FnOnce(&T, &mut Collector),
) -> Option<T> {
    let value = value?;
    let before = c.error_count();
    c.enter(key);
    rules(&value, c);
    c.leave();
    (c.error_count() == before).then_some(value)
}

/// Checks that a wire string is a valid `T` (a `String` field with a built-in validator such as
/// `#[payment(currency)]`), recording `T`'s own error at the current path. The string is kept as is.
pub fn check_as<T: Collect>(value: &str, c: &mut Collector) {
    let de = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(value);
    let before = c.error_count();
    // A string deserializer has no syntax errors; `T` records its own problems in `c`.
    let valid = matches!(T::collect(de, c), Ok(Some(_)));
    if !valid && c.error_count() == before {
        c.invalid(super::Invalid::new("invalid", "is invalid"));
    }
}

/// `Collect` for a value written as a JSON string of its `Display` form (`#[payment(string)]`): `"1200"`
/// for a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FromString<T>(pub T);

impl<T> FromString<T> {
    /// The value read.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T: std::str::FromStr> Collect for FromString<T> {
    fn collect<'de, D: serde::Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        Ok(collect_from_string(de, c)?.map(FromString))
    }
}

/// `validator::Validate` for a derived struct: its [`CheckRules`], with errors keyed by dotted wire paths.
pub fn validate<T: CheckRules + ?Sized>(value: &T) -> Result<(), validator::ValidationErrors> {
    let mut c = Collector::new();
    value.check_rules(&mut c);
    c.finish().map_err(|report| validation_errors(report.errors()))
}
