//! Reading a derived struct from a JSON object, recording every problem.
//!
//! The loop over the object's keys lives here, once, generic over the struct: the code
//! `#[derive(Builder)]` emits for a struct is a table of wire names and a `match` from a key's index to
//! the field it fills ([`CollectStruct::slot`]), not a reader of its own. That keeps what every user
//! crate compiles per struct small (see BENCHMARKS.md, compile time, and its history), while the reading
//! stays as fast as a hand-written visitor: one dynamic call per key, no allocation.
//!
//! The values read go into the struct's builder values (an `Option` per field), the same storage its
//! type-state builder fills, so a struct is put together from them by one function in both cases.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::buffer::{BufferError, Buffered};
use super::collect::Natural;
use super::collect::{
    Collect, CollectSeed, Flatten, collect_from_string, duplicate, forward_scalars_to_wrong_type, wrong_type,
};
use super::collector::Collector;

/// A struct whose fields are read from a JSON object. `#[derive(Builder)]` implements it; [`Collect`]
/// follows for every `CollectStruct`.
pub trait CollectStruct: Sized {
    /// What the struct is called in "expected ..." errors, e.g. `"a Card object"`.
    const EXPECTING: &'static str;
    /// The wire name of each field read from one key, in the order [`slot`](Self::slot) numbers them.
    const NAMES: &'static [&'static str];
    /// The keys of each flattened field ([`Flatten`]), in the order [`flat`](Self::flat) numbers them.
    const FLAT: &'static [&'static [&'static str]] = &[];

    /// Where the values read so far are kept: the builder's values, one `Option` per field.
    type Values;

    /// Values with nothing read yet.
    fn values() -> Self::Values;

    /// The field named `NAMES[i]`: where its value goes and how it is read.
    fn slot<'a, 'de, A: MapAccess<'de>>(values: &'a mut Self::Values, i: usize) -> Option<Slot<'a, 'de, A>>;

    /// The partial value of flattened field `i`, if the struct has one.
    fn flat<'a, 'de, A: MapAccess<'de>>(
        values: &'a mut Self::Values,
        i: usize,
    ) -> Option<&'a mut dyn ReadFlat<'de, A>> {
        let _ = (values, i);
        None
    }

    /// Runs once the whole object was read: completes flattened fields and checks the fields' runtime
    /// rules, recording what fails.
    fn settle(values: &mut Self::Values, c: &mut Collector) {
        let _ = (values, c);
    }

    /// The struct, if every required field has a value.
    fn finish(values: Self::Values) -> Option<Self>;

    /// Runs the struct-level check (`#[payment(check = path)]`) on the finished struct, recording its
    /// failure.
    fn check(value: &Self, c: &mut Collector) {
        let _ = (value, c);
    }
}

/// Whether a field must be present in the object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// Absent is an error (`"is required"`).
    Required,
    /// An `Option` field: absent or `null` is `None`.
    Optional,
    /// A field with a default: absent takes it (`null` is still a type error).
    Default,
}

/// Where one field's value goes, and how it is read.
pub enum Slot<'a, 'de, A> {
    /// Read with the field type's own [`Collect`].
    Value(Presence, &'a mut dyn ReadValue<'de, A>),
    /// Read from its string form (`#[payment(string)]`).
    Text(Presence, &'a mut dyn ReadText<'de, A>),
    /// Read whole into a [`Buffered`], then handed to the field's own serde reader (`#[payment(serde)]`,
    /// `with`, `deserialize_with`), which records its first error at the field and stores the value.
    Buffered(Presence, ReadBuffered<'a>),
}

/// What a buffered field's slot does with the value read: hand it to the field's serde reader and store
/// what that gives (generated: a closure over the field's place in the builder values).
pub type ReadBuffered<'a> = Box<dyn FnOnce(Buffered, &mut Collector) + 'a>;

impl<'de, A: MapAccess<'de>> Slot<'_, 'de, A> {
    pub(crate) fn presence(&self) -> Presence {
        match self {
            Slot::Value(p, _) | Slot::Text(p, _) | Slot::Buffered(p, _) => *p,
        }
    }

    pub(crate) fn read(self, map: &mut A, c: &mut Collector) -> Result<(), A::Error> {
        match self {
            Slot::Value(p, slot) => slot.read_value(p == Presence::Optional, map, c),
            Slot::Text(p, slot) => slot.read_text(p == Presence::Optional, map, c),
            Slot::Buffered(_, read) => {
                read(map.next_value::<Buffered>()?, c);
                Ok(())
            }
        }
    }
}

/// A field's value slot, read with the value type's [`Collect`]. Implemented for `Option<T>`.
pub trait ReadValue<'de, A: MapAccess<'de>> {
    /// Reads the entry's value into the slot (`None` if it was invalid, with the problem recorded);
    /// `nullable`: `null` reads as `None`.
    fn read_value(&mut self, nullable: bool, map: &mut A, c: &mut Collector) -> Result<(), A::Error>;
}

impl<'de, A: MapAccess<'de>, T: Collect> ReadValue<'de, A> for Option<T> {
    fn read_value(&mut self, nullable: bool, map: &mut A, c: &mut Collector) -> Result<(), A::Error> {
        *self = if nullable {
            map.next_value_seed(CollectSeed::<Option<T>>::new(c))?.flatten()
        } else {
            map.next_value_seed(CollectSeed::<T>::new(c))?
        };
        Ok(())
    }
}

/// A field's value slot, read from the value's string form. Implemented for `Option<T: FromStr>`.
pub trait ReadText<'de, A: MapAccess<'de>> {
    /// Like [`ReadValue::read_value`], parsing the text with `FromStr`.
    fn read_text(&mut self, nullable: bool, map: &mut A, c: &mut Collector) -> Result<(), A::Error>;
}

impl<'de, A: MapAccess<'de>, T: std::str::FromStr> ReadText<'de, A> for Option<T> {
    fn read_text(&mut self, nullable: bool, map: &mut A, c: &mut Collector) -> Result<(), A::Error> {
        *self = if nullable {
            map.next_value_seed(CollectSeed::<Option<FromStrSeed<T>>>::new(c))?.flatten().map(|v| v.0)
        } else {
            map.next_value_seed(CollectSeed::<FromStrSeed<T>>::new(c))?.map(|v| v.0)
        };
        Ok(())
    }
}

/// `Collect` through `FromStr`, for [`ReadText`].
struct FromStrSeed<T>(T);

impl<T: std::str::FromStr> Collect for FromStrSeed<T> {
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        Ok(collect_from_string(de, c)?.map(FromStrSeed))
    }
}

/// A buffered field's value through its serde reader `read` (the type's `Deserialize`, or the user's
/// `deserialize_with` function): the value, or `None` with the reader's first error recorded at the
/// field (code `serde`, message: the expectation, never the value; a type's own `custom` message as it
/// wrote it).
pub fn read_buffered<T>(
    value: Buffered,
    c: &mut Collector,
    read: impl FnOnce(Buffered) -> Result<T, BufferError>,
) -> Option<T> {
    match read(value) {
        Ok(v) => Some(v),
        Err(e) => {
            c.invalid(super::Invalid::new("serde", e.message().to_owned()));
            None
        }
    }
}

/// The partial value of a flattened field while its keys are read: a [`Partial`].
pub trait ReadFlat<'de, A: MapAccess<'de>> {
    /// Reads the value of key `key` (an index into the field's `Flatten::KEYS`).
    fn read_flat(&mut self, key: usize, map: &mut A, c: &mut Collector) -> Result<(), A::Error>;
}

/// What has been read of a flattened field `F` (`#[payment(flatten)]`) in its wire form `Form`, kept next
/// to the builder's values until the object ends, and whether any of its keys was seen (an optional
/// flattened field with none of its keys is `None`, not missing).
pub struct Partial<F: Flatten<Form>, Form = Natural> {
    read: F::Partial,
    seen: bool,
}

impl<F: Flatten<Form>, Form> Default for Partial<F, Form> {
    fn default() -> Self {
        Self { read: F::Partial::default(), seen: false }
    }
}

impl<F: Flatten<Form>, Form> fmt::Debug for Partial<F, Form> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Partial")
    }
}

impl<'de, A: MapAccess<'de>, F: Flatten<Form>, Form> ReadFlat<'de, A> for Partial<F, Form> {
    fn read_flat(&mut self, key: usize, map: &mut A, c: &mut Collector) -> Result<(), A::Error> {
        self.seen = true;
        F::collect_entry(&mut self.read, key, map, c)
    }
}

/// Completes a flattened field from what was read of its keys (named `keys` in this object), recording
/// absent or invalid ones. An `optional` field none of whose keys appeared stays `None`.
pub fn settle_flat<F: Flatten<Form>, Form>(
    value: &mut Option<F>,
    partial: &mut Partial<F, Form>,
    keys: &'static [&'static str],
    optional: bool,
    c: &mut Collector,
) {
    if optional && !partial.seen {
        return;
    }
    *value = F::finish(std::mem::take(&mut partial.read), keys, c);
}

/// Checks a field's runtime rules on its value, if it has one, with `key` on the path.
#[inline]
pub fn check_at<T: ?Sized>(
    value: Option<&T>,
    key: &'static str,
    c: &mut Collector,
    rules: impl FnOnce(&T, &mut Collector),
) {
    if let Some(value) = value {
        c.enter(key);
        rules(value, c);
        c.leave();
    }
}

/// Reads a struct: an object is read key by key into its slots; any other JSON value is skipped and
/// recorded as a type error.
pub(crate) fn collect_struct<'de, T: CollectStruct, D: Deserializer<'de>>(
    de: D,
    c: &mut Collector,
) -> Result<Option<T>, D::Error> {
    de.deserialize_any(StructVisitor::<T> { c, marker: PhantomData })
}

// Not recommended in messages: a type that is not a struct would otherwise be reported as missing
// `CollectStruct`, not as missing `Collect`.
#[diagnostic::do_not_recommend]
impl<T: CollectStruct> Collect for T {
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        collect_struct(de, c)
    }
}

struct StructVisitor<'c, T> {
    c: &'c mut Collector,
    marker: PhantomData<fn() -> T>,
}

impl<'de, T: CollectStruct> Visitor<'de> for StructVisitor<'_, T> {
    type Value = Option<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        collect_map(map, self.c)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(wrong_type(self.c, T::EXPECTING, "an array"))
    }
    forward_scalars_to_wrong_type!(T::EXPECTING);
}

/// The object's entries, key by key: each known key into its slot (a repeated key is an error and its
/// value skipped), unknown keys skipped; then absent required fields, flattened fields and rules. The
/// struct is built only if nothing inside it was recorded.
fn collect_map<'de, T: CollectStruct, A: MapAccess<'de>>(
    mut map: A,
    c: &mut Collector,
) -> Result<Option<T>, A::Error> {
    let before = c.error_count();
    let mut values = T::values();
    let mut seen = Seen::new(T::NAMES.len());
    let mut next = 0;
    let strict = c.is_strict();
    while let Some(key) =
        map.next_key_seed(KeySeed::new(T::NAMES, T::FLAT).expecting(next).naming_unknown(strict))?
    {
        if let Key::Field(i) = key {
            next = i + 1;
        }
        match key {
            Key::Field(i) if !seen.insert(i) => {
                duplicate(T::NAMES[i], c);
                map.next_value::<IgnoredAny>()?;
            }
            Key::Field(i) => match T::slot::<A>(&mut values, i) {
                Some(slot) => {
                    c.enter(T::NAMES[i]);
                    let read = slot.read(&mut map, c);
                    c.leave();
                    read?;
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            },
            Key::Flat(i, j) => match T::flat::<A>(&mut values, i) {
                Some(flat) => {
                    c.enter(T::FLAT[i][j]);
                    let read = flat.read_flat(j, &mut map, c);
                    c.leave();
                    read?;
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            },
            Key::Unknown => {
                map.next_value::<IgnoredAny>()?;
            }
            Key::UnknownNamed(name) => {
                let flat = T::FLAT.iter().flat_map(|keys| keys.iter().copied());
                let names: Vec<&'static str> = T::NAMES.iter().copied().chain(flat).collect();
                c.unknown_key_among(&name, &names);
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
    for (i, name) in T::NAMES.iter().enumerate() {
        let required = T::slot::<A>(&mut values, i).is_some_and(|s| s.presence() == Presence::Required);
        if required && !seen.contains(i) {
            c.missing(name);
        }
    }
    T::settle(&mut values, c);
    if c.error_count() != before {
        return Ok(None);
    }
    let value = T::finish(values);
    if let Some(v) = &value {
        T::check(v, c);
    }
    Ok(if c.error_count() == before { value } else { None })
}

/// Which keys of an object have been read: bits for up to 128 fields, a vector beyond.
enum Seen {
    Bits(u128),
    Many(Vec<bool>),
}

impl Seen {
    fn new(len: usize) -> Self {
        if len <= 128 { Seen::Bits(0) } else { Seen::Many(vec![false; len]) }
    }

    /// Marks key `i` as read; `false` if it already was.
    fn insert(&mut self, i: usize) -> bool {
        match self {
            Seen::Bits(bits) => {
                let fresh = *bits & (1 << i) == 0;
                *bits |= 1 << i;
                fresh
            }
            Seen::Many(seen) => !std::mem::replace(&mut seen[i], true),
        }
    }

    fn contains(&self, i: usize) -> bool {
        match self {
            Seen::Bits(bits) => bits & (1 << i) != 0,
            Seen::Many(seen) => seen[i],
        }
    }
}

/// Which key of an object was read: the index of one of the struct's own wire names, the index of a key
/// of one of its flattened fields, or something else (ignored).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    /// `names[i]` of the struct's own fields.
    Field(usize),
    /// Key `j` of flattened field `i`.
    Flat(usize, usize),
    /// A key the struct does not know: its value is skipped.
    Unknown,
    /// The same, named, when the collector is strict (it reports the key).
    UnknownNamed(String),
}

/// A `DeserializeSeed` matching an object key against a struct's wire names without allocating.
pub(crate) struct KeySeed {
    names: &'static [&'static str],
    flat: &'static [&'static [&'static str]],
    expected: usize,
    name_unknown: bool,
}

impl KeySeed {
    /// Matches against `names`, then against the keys of each flattened field in `flat`.
    pub(crate) const fn new(
        names: &'static [&'static str],
        flat: &'static [&'static [&'static str]],
    ) -> Self {
        Self { names, flat, expected: 0, name_unknown: false }
    }

    /// Returns an unknown key's name ([`Key::UnknownNamed`]), for a strict reader that reports it.
    pub(crate) const fn naming_unknown(mut self, yes: bool) -> Self {
        self.name_unknown = yes;
        self
    }

    /// Tries `names[index]` first: objects usually list their keys in the struct's order, so the key
    /// after `names[i]` is most often `names[i + 1]`, found with one comparison instead of a search.
    pub(crate) const fn expecting(mut self, index: usize) -> Self {
        self.expected = index;
        self
    }

    fn find(&self, key: &str) -> Key {
        if self.names.get(self.expected).is_some_and(|n| *n == key) {
            return Key::Field(self.expected);
        }
        if let Some(i) = self.names.iter().position(|n| *n == key) {
            return Key::Field(i);
        }
        for (i, keys) in self.flat.iter().enumerate() {
            if let Some(j) = keys.iter().position(|n| *n == key) {
                return Key::Flat(i, j);
            }
        }
        if self.name_unknown { Key::UnknownNamed(key.to_owned()) } else { Key::Unknown }
    }
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<Key, D::Error> {
        de.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
        Ok(self.find(v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Key, E> {
        Ok(std::str::from_utf8(v).map_or(Key::Unknown, |s| self.find(s)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seen_marks_each_key_once_below_and_above_128_fields() {
        for len in [1, 128, 129, 300] {
            let mut seen = Seen::new(len);
            for i in (0..len).step_by(7) {
                assert!(!seen.contains(i));
                assert!(seen.insert(i), "first read of key {i} of {len}");
                assert!(!seen.insert(i), "second read of key {i} of {len}");
                assert!(seen.contains(i));
            }
            assert!(!seen.contains(len - 1) || (len - 1) % 7 == 0);
        }
    }

    #[test]
    fn key_seed_tries_the_expected_key_first_and_falls_back_to_a_search() {
        const NAMES: &[&str] = &["a", "b", "c"];
        const FLAT: &[&[&str]] = &[&["m", "y"]];
        let seed = || KeySeed::new(NAMES, FLAT);
        assert_eq!(seed().expecting(1).find("b"), Key::Field(1));
        assert_eq!(seed().expecting(1).find("a"), Key::Field(0));
        assert_eq!(seed().expecting(3).find("c"), Key::Field(2));
        assert_eq!(seed().find("y"), Key::Flat(0, 1));
        assert_eq!(seed().find("z"), Key::Unknown);
    }
}
