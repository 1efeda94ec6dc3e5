//! Unions (`#[derive(Builder)]` on an enum whose variants carry data), in serde's three representations:
//! internally tagged (`tag = "type"`: the tag is a key of the variant's own object), adjacently tagged
//! (`tag` and `content`: `{"t": .., "c": {..}}`) and untagged (the variant's content alone).
//!
//! Writing an internally tagged variant goes through [`TaggedSerializer`], which opens the variant's map
//! with the tag entry first: a derived struct writes itself with one `serialize_map`, so no struct needs
//! code of its own for being a variant (serde's derive does the same).
//!
//! Reading buffers the union's value ([`Buffered`]: the tag may come after the data, and an untagged
//! union tries its variants in turn), then reads the chosen variant from the buffer with its own
//! [`Collect`], so every error inside the variant is reported at its path. This is the one place where
//! the reader does not stream (ARCHITECTURE.md).

use std::fmt;

use serde::Serialize;
use serde::ser::{self, Impossible, SerializeMap, Serializer};

use super::buffer::Buffered;
use super::collect::Collect;
use super::collector::Collector;
use super::report::Invalid;

/// A serializer that writes a variant's content as a map that starts with `tag: name`. Only a map (or a
/// struct, or a unit: the tag alone) can carry an internal tag; anything else is an error, as in serde.
pub struct TaggedSerializer<S> {
    /// The tag key, e.g. `"type"`.
    pub tag: &'static str,
    /// The variant's wire name, e.g. `"scheme"`.
    pub name: &'static str,
    /// The serializer of the union's value.
    pub inner: S,
}

impl<S: Serializer> TaggedSerializer<S> {
    fn refuse(&self, what: &str) -> S::Error {
        ser::Error::custom(format_args!(
            "the variant `{}` of an internally tagged union must be an object, not {what}",
            self.name
        ))
    }
}

macro_rules! refuse {
    ($($method:ident($($arg:ty),*) => $what:literal;)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<S::Ok, S::Error> {
            Err(self.refuse($what))
        }
    )*};
}

impl<S: Serializer> Serializer for TaggedSerializer<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Impossible<S::Ok, S::Error>;
    type SerializeTuple = Impossible<S::Ok, S::Error>;
    type SerializeTupleStruct = Impossible<S::Ok, S::Error>;
    type SerializeTupleVariant = Impossible<S::Ok, S::Error>;
    type SerializeMap = S::SerializeMap;
    type SerializeStruct = StructAsMap<S::SerializeMap>;
    type SerializeStructVariant = Impossible<S::Ok, S::Error>;

    refuse! {
        serialize_bool(bool) => "a boolean";
        serialize_i8(i8) => "a number";
        serialize_i16(i16) => "a number";
        serialize_i32(i32) => "a number";
        serialize_i64(i64) => "a number";
        serialize_u8(u8) => "a number";
        serialize_u16(u16) => "a number";
        serialize_u32(u32) => "a number";
        serialize_u64(u64) => "a number";
        serialize_f32(f32) => "a number";
        serialize_f64(f64) => "a number";
        serialize_char(char) => "a string";
        serialize_str(&str) => "a string";
        serialize_bytes(&[u8]) => "bytes";
        serialize_none() => "null";
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }

    /// A unit (a variant without data): the tag alone.
    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        let mut map = self.inner.serialize_map(Some(1))?;
        map.serialize_entry(self.tag, self.name)?;
        map.end()
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<S::Ok, S::Error> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<S::Ok, S::Error> {
        Err(self.refuse("an enum variant"))
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        Err(self.refuse("an enum variant"))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        Err(self.refuse("an array"))
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, S::Error> {
        Err(self.refuse("an array"))
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        Err(self.refuse("an array"))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        Err(self.refuse("an enum variant"))
    }

    fn serialize_map(self, len: Option<usize>) -> Result<S::SerializeMap, S::Error> {
        let mut map = self.inner.serialize_map(len.map(|n| n + 1))?;
        map.serialize_entry(self.tag, self.name)?;
        Ok(map)
    }

    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Self::SerializeStruct, S::Error> {
        Ok(StructAsMap(self.serialize_map(Some(len))?))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        Err(self.refuse("an enum variant"))
    }
}

/// A struct written into the map a [`TaggedSerializer`] opened.
pub struct StructAsMap<M>(M);

impl<M: SerializeMap> ser::SerializeStruct for StructAsMap<M> {
    type Ok = M::Ok;
    type Error = M::Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        self.0.serialize_entry(key, value)
    }
    fn end(self) -> Result<M::Ok, M::Error> {
        self.0.end()
    }
}

/// `{tag: name, content: value}`: an adjacently tagged variant.
pub fn serialize_adjacent<S: Serializer, T: Serialize + ?Sized>(
    serializer: S,
    (tag, name): (&'static str, &'static str),
    (content, value): (&'static str, &T),
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(2))?;
    map.serialize_entry(tag, name)?;
    map.serialize_entry(content, value)?;
    map.end()
}

/// How a union is represented on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repr {
    /// `tag = "type"`: the tag is a key of the variant's object.
    Internal(&'static str),
    /// `tag` and `content`: `{tag: name, content: value}`.
    Adjacent(&'static str, &'static str),
    /// `untagged`: the variant's content alone.
    Untagged,
}

/// A union's table, for reading: its representation, the wire name of each variant, what it expects in
/// "expected ..." messages, and a reader per variant (generated: a `match` from index to variant).
pub trait CollectUnion: Sized {
    /// How the union is represented.
    const REPR: Repr;
    /// The wire name of each variant (the tag's values), in the order [`variant`](Self::variant) numbers
    /// them.
    const NAMES: &'static [&'static str];
    /// What an untagged union's variants hold, for its error when none matches (`"a boolean"`, ...).
    const EXPECTING: &'static str;
    /// Other tag values read as variant `i` (serde's `alias`): `(alias, i)`.
    const ALIASES: &'static [(&'static str, usize)] = &[];

    /// Reads variant `i` from `value` (the variant's content, the tag taken out), recording its problems.
    fn variant(i: usize, value: Buffered, c: &mut Collector) -> Option<Self>;
}

/// Reads any [`CollectUnion`]: buffers the value, finds the variant, reads it.
pub fn collect_union<'de, U: CollectUnion, D: serde::Deserializer<'de>>(
    de: D,
    c: &mut Collector,
) -> Result<Option<U>, D::Error> {
    let value = <Buffered as serde::Deserialize>::deserialize(de)?;
    let (tag, content) = match U::REPR {
        Repr::Untagged => return Ok(untagged(value, c)),
        Repr::Internal(tag) => (tag, None),
        Repr::Adjacent(tag, content) => (tag, Some(content)),
    };
    let Buffered::Map(mut entries) = value else {
        c.invalid(Invalid::new("type", "must be an object"));
        return Ok(None);
    };
    let variant = take_key::<U>(&mut entries, tag, c);
    let is_content = |k: &Buffered| matches!(k, Buffered::Str(k) if Some(k.as_str()) == content);
    if content.is_some() && c.is_strict() {
        // An adjacently tagged object holds the tag and the content only.
        for (key, _) in entries.iter().filter(|(k, _)| !is_content(k)) {
            if let Buffered::Str(key) = key {
                c.unknown_key(key);
            }
        }
    }
    let i = match variant {
        Some(Some(i)) => i,
        Some(None) => return Ok(None),
        None => {
            c.invalid(missing_tag::<U>(tag));
            return Ok(None);
        }
    };
    Ok(match content {
        // Internally tagged: the variant's keys stand beside the tag.
        None => U::variant(i, Buffered::Map(entries), c),
        Some(content) => {
            let data = entries.iter().position(|(k, _)| is_content(k));
            let data = data.map_or(Buffered::Null, |at| entries.swap_remove(at).1);
            c.enter(content);
            let read = U::variant(i, data, c);
            c.leave();
            read
        }
    })
}

/// Takes `tag` out of an object's entries: `Some(Some(i))` for variant `i`, `Some(None)` for a tag
/// that names no variant (recorded at the tag's key), `None` if absent.
fn take_key<U: CollectUnion>(
    entries: &mut Vec<(Buffered, Buffered)>,
    tag: &'static str,
    c: &mut Collector,
) -> Option<Option<usize>> {
    let at = entries.iter().position(|(k, _)| matches!(k, Buffered::Str(k) if k == tag))?;
    let (_, name) = entries.remove(at);
    let found = match &name {
        Buffered::Str(name) => U::NAMES
            .iter()
            .position(|n| n == name)
            .or_else(|| U::ALIASES.iter().find(|(alias, _)| alias == name).map(|(_, i)| *i)),
        _ => None,
    };
    if found.is_none() {
        c.enter(tag);
        c.invalid(unknown_tag::<U>(&name));
        c.leave();
    }
    Some(found)
}

/// An untagged union: the first variant that reads without a problem. When none does, one error naming
/// what the union takes (the variants' own errors would each describe a shape the value does not have).
fn untagged<U: CollectUnion>(value: Buffered, c: &mut Collector) -> Option<U> {
    for i in 0..U::NAMES.len() {
        let mut trial = if c.is_strict() { Collector::strict() } else { Collector::new() };
        if let Some(found) = U::variant(i, value.clone(), &mut trial)
            && trial.is_clean()
        {
            return Some(found);
        }
    }
    c.invalid(Invalid::new("union", format!("must be {}", U::EXPECTING)));
    None
}

fn missing_tag<U: CollectUnion>(tag: &str) -> Invalid {
    Invalid::new("union.tag", format!("needs the key `{tag}`, one of {}", list(U::NAMES)))
}

fn unknown_tag<U: CollectUnion>(name: &Buffered) -> Invalid {
    let hint = match name {
        Buffered::Str(name) => payment_rules::suggest::nearest_name(name, U::NAMES.iter().copied())
            .map(|n| format!(" (did you mean `{n}`?)"))
            .unwrap_or_default(),
        _ => String::new(),
    };
    Invalid::new("union.tag", format!("must be one of {}{hint}", list(U::NAMES)))
}

/// `` `a`, `b` or `c` ``.
fn list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// A variant without data: an internally tagged one is an object of the tag alone (other keys are
/// unknown keys, reported by strict reading), an adjacently tagged one has no content or `null`, an
/// untagged one is `null`.
pub fn unit_variant(value: Buffered, c: &mut Collector) -> bool {
    match value {
        Buffered::Null => true,
        Buffered::Map(entries) => {
            if c.is_strict() {
                for (key, _) in &entries {
                    if let Buffered::Str(key) = key {
                        c.unknown_key(key);
                    }
                }
            }
            true
        }
        _ => {
            c.invalid(Invalid::new("type", "must be null"));
            false
        }
    }
}

/// Reads one variant's content with its own [`Collect`] from the buffer; `None` with the problems
/// recorded.
pub fn collect_variant<T: Collect>(value: Buffered, c: &mut Collector) -> Option<T> {
    // The buffer's errors are data errors: the reader of `T` recorded them already, or they are
    // type errors that `Collect` recorded; an `Err` here is never a syntax error.
    match T::collect(value, c) {
        Ok(found) => found,
        Err(e) => {
            c.invalid(Invalid::new("serde", e.message().to_owned()));
            None
        }
    }
}

impl<S> fmt::Debug for TaggedSerializer<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TaggedSerializer").field("tag", &self.tag).field("name", &self.name).finish()
    }
}
