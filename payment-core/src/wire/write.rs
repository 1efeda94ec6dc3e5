//! Writing a derived struct as a JSON object.
//!
//! Like reading ([`super::CollectStruct`]), the work is done here, once: the `Serialize` that
//! `#[derive(Builder)]` emits is one call to [`write_struct`] with a table of `(wire name, entry)`, not a
//! serializer body of its own per struct. Each entry is written with one dynamic call.

use std::fmt;

use serde::ser::{SerializeMap, Serializer};

use super::collect::{AsString, Flatten, serialize_decimal};

/// One field of a struct being written.
pub enum Entry<'a, M: SerializeMap> {
    /// A value written with its own `Serialize` under the field's key.
    Value(&'a dyn WriteValue<M>),
    /// A value written as the string of its `Display` form (`#[payment(string)]`).
    Text(&'a dyn fmt::Display),
    /// An unsigned integer written as a decimal string (`#[payment(string)]` on `u8` to `u64`): the
    /// digits are written by hand, where `Text` would go through `fmt`.
    Decimal(u64),
    /// A flattened value writing its own keys (`#[payment(flatten)]`).
    Flat(&'a dyn WriteFlat<M>),
    /// A `HashMap`, written sorted by key (`#[derive(Builder)]` on a `HashMap` field).
    Sorted(&'a dyn super::map::WriteSorted<M>),
    /// A date or a time, written as `YYYY-MM-DD` or RFC 3339 (`time::Date`, `time::OffsetDateTime`).
    Time(&'a dyn super::time::WriteTime<M>),
    /// A `None` option: left out.
    Absent,
}

impl<'a, M: SerializeMap> Entry<'a, M> {
    /// The entry of an `Option` field: its value, or left out when `None`.
    #[inline]
    pub fn optional<T: WriteValue<M>>(value: &'a Option<T>) -> Self {
        match value {
            Some(v) => Entry::Value(v),
            None => Entry::Absent,
        }
    }

    /// The entry of an `Option` field written as a string (`#[payment(string)]`).
    #[inline]
    pub fn optional_text<T: fmt::Display>(value: &'a Option<T>) -> Self {
        match value {
            Some(v) => Entry::Text(v),
            None => Entry::Absent,
        }
    }

    /// The entry of an `Option` of an unsigned integer written as a string (`#[payment(string)]`).
    #[inline]
    pub fn optional_decimal<T: Copy + Into<u64>>(value: &Option<T>) -> Self {
        match value {
            Some(v) => Entry::Decimal((*v).into()),
            None => Entry::Absent,
        }
    }

    /// `value` if `present`, else left out (an `Option` field written through an adapter).
    #[inline]
    pub fn when(present: bool, value: &'a dyn WriteValue<M>) -> Self {
        if present { Entry::Value(value) } else { Entry::Absent }
    }
}

/// A value that writes itself as one map entry. Implemented for every `Serialize` type.
pub trait WriteValue<M: SerializeMap> {
    /// Writes `key: self` into `map`.
    fn write_value(&self, key: &'static str, map: &mut M) -> Result<(), M::Error>;
}

impl<M: SerializeMap, T: serde::Serialize + ?Sized> WriteValue<M> for T {
    fn write_value(&self, key: &'static str, map: &mut M) -> Result<(), M::Error> {
        map.serialize_entry(key, self)
    }
}

/// A flattened value that writes its own entries. Implemented for every [`Flatten`] type.
pub trait WriteFlat<M: SerializeMap> {
    /// Writes this value's entries into `map`.
    fn write_flat(&self, map: &mut M) -> Result<(), M::Error>;
}

/// A flattened field's value (if any), its wire form and the names its keys have in this object.
pub struct FlatEntry<'a, F, Form> {
    value: Option<&'a F>,
    keys: &'static [&'static str],
    form: std::marker::PhantomData<fn() -> Form>,
}

impl<'a, F: Flatten<Form>, Form> FlatEntry<'a, F, Form> {
    /// The entry of a flattened field: nothing is written for `None` (an optional field left out).
    #[inline]
    pub fn new(value: Option<&'a F>, keys: &'static [&'static str]) -> Self {
        Self { value, keys, form: std::marker::PhantomData }
    }
}

impl<M: SerializeMap, F: Flatten<Form>, Form> WriteFlat<M> for FlatEntry<'_, F, Form> {
    fn write_flat(&self, map: &mut M) -> Result<(), M::Error> {
        match self.value {
            Some(value) => value.serialize_entries(self.keys, map),
            None => Ok(()),
        }
    }
}

/// Writes a struct as a map of its entries, in order, leaving out absent ones.
pub fn write_struct<S: Serializer>(
    serializer: S,
    entries: &[(&'static str, Entry<'_, S::SerializeMap>)],
) -> Result<S::Ok, S::Error> {
    // The number of keys, unless a flattened value writes an unknown number of its own.
    let mut len = Some(0);
    for (_, entry) in entries {
        match entry {
            Entry::Flat(_) => len = None,
            Entry::Absent => {}
            _ => len = len.map(|n| n + 1),
        }
    }
    let mut map = serializer.serialize_map(len)?;
    for (key, entry) in entries {
        match entry {
            Entry::Value(v) => v.write_value(key, &mut map)?,
            Entry::Text(v) => map.serialize_entry(key, &AsString(v))?,
            Entry::Decimal(n) => map.serialize_entry(key, &Decimal(*n))?,
            Entry::Flat(v) => v.write_flat(&mut map)?,
            Entry::Sorted(v) => v.write_sorted(key, &mut map)?,
            Entry::Time(v) => v.write_time(key, &mut map)?,
            Entry::Absent => {}
        }
    }
    map.end()
}

/// An unsigned integer serialized as its decimal string.
struct Decimal(u64);

impl serde::Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_decimal(self.0, s)
    }
}
