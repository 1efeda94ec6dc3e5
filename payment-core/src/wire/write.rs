//! Writing a derived struct as a JSON object.
//!
//! Like reading ([`super::CollectStruct`]), the work is done here, once: the `Serialize` that
//! `#[derive(Builder)]` emits is one call to [`write_struct`] with a table of `(wire name, entry)`, not a
//! serializer body of its own per struct. Each entry is written with one dynamic call.

use std::fmt;

use serde::ser::{SerializeMap, Serializer};

use super::collect::Flatten;

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

/// Serializes a value with its `Display` form as a JSON string (`#[payment(string)]` fields).
pub(crate) struct AsString<'a, T>(pub &'a T);

impl<T: fmt::Display> serde::Serialize for AsString<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_display(self.0, s)
    }
}

/// Serializes `value`'s `Display` form as a string. Short forms (numbers, codes, dates) are formatted into
/// a stack buffer and written with one `serialize_str`; `collect_str` would run serde_json's escaping
/// writer on each formatted fragment, which costs more than the formatting itself.
pub(crate) fn serialize_display<T: fmt::Display + ?Sized, S: serde::Serializer>(
    value: &T,
    s: S,
) -> Result<S::Ok, S::Error> {
    use fmt::Write as _;
    let mut buf = StackStr { bytes: [0; 40], len: 0 };
    match write!(buf, "{value}") {
        Ok(()) => s.serialize_str(buf.as_str()),
        Err(_) => s.collect_str(value),
    }
}

/// Serializes `n` in decimal as a JSON string (`"1000"`). Digits are written by hand into a stack buffer:
/// going through `Display` and `fmt::write` costs several times more for the amount of every request.
pub(crate) fn serialize_decimal<S: serde::Serializer>(mut n: u64, s: S) -> Result<S::Ok, S::Error> {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        // `n % 10` is below ten, so the cast keeps it whole.
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.serialize_str(std::str::from_utf8(&digits[start..]).unwrap_or_default())
}

/// Serializes the last two decimal digits of `n`, zero-padded, as a JSON string (`"07"`).
pub(crate) fn serialize_two_digits<S: serde::Serializer>(n: u16, s: S) -> Result<S::Ok, S::Error> {
    // Both values are below ten, so the casts keep them whole.
    let digits = [b'0' + (n / 10 % 10) as u8, b'0' + (n % 10) as u8];
    s.serialize_str(std::str::from_utf8(&digits).unwrap_or_default())
}

/// A fixed-size string buffer; writing past its end fails instead of allocating.
struct StackStr {
    bytes: [u8; 40],
    len: usize,
}

impl StackStr {
    fn as_str(&self) -> &str {
        // Only whole `&str`s are ever copied in, so the prefix is UTF-8.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

impl fmt::Write for StackStr {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        let dest = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        dest.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    /// The JSON text `serialize` writes for `n`.
    fn json(
        write: impl FnOnce(&mut serde_json::Serializer<&mut Vec<u8>>) -> serde_json::Result<()>,
    ) -> String {
        let mut out = Vec::new();
        write(&mut serde_json::Serializer::new(&mut out)).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn decimals_are_written_as_display_writes_them() {
        for n in [0, 1, 9, 10, 99, 100, 1000, 12_345_678_901, u64::MAX - 1, u64::MAX] {
            assert_eq!(json(|s| super::serialize_decimal(n, s)), format!("\"{n}\""));
        }
    }

    #[test]
    fn two_digits_are_the_last_two_zero_padded() {
        for (n, text) in [
            (0, "\"00\""),
            (7, "\"07\""),
            (12, "\"12\""),
            (2030, "\"30\""),
            (2109, "\"09\""),
            (u16::MAX, "\"35\""),
        ] {
            assert_eq!(json(|s| super::serialize_two_digits(n, s)), text);
        }
    }
}
