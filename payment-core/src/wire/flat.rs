//! `flatten` of a struct deriving `Builder` (serde's meaning): its keys stand inline in the parent's
//! object. Every derived struct is a [`Flatten`] through the blanket impl here, so no struct emits code of
//! its own for being flattened: reading fills the struct's own builder values key by key (its table,
//! [`CollectStruct`]), and writing sends its entries into the parent's map ([`FlatMapSerializer`], the
//! trick serde's derive uses too).
//!
//! Limits: the flattened struct's own flattened fields are not flattened again (its `FLAT` keys are not
//! the parent's), and its keys must not repeat the parent's (the parent reads its own keys first).

use serde::Serialize;
use serde::de::MapAccess;
use serde::ser::{self, Impossible, SerializeMap, Serializer};

use super::collect::{Flatten, duplicate_key};
use super::collector::Collector;
use super::object::{CollectStruct, Presence};

/// What has been read of a flattened derived struct: its builder values and which keys were seen.
pub struct FlatParts<T: CollectStruct> {
    values: T::Values,
    seen: Vec<bool>,
}

impl<T: CollectStruct> Default for FlatParts<T> {
    fn default() -> Self {
        Self { values: T::values(), seen: vec![false; T::NAMES.len()] }
    }
}

/// A derived struct is flattened in its own form only ([`Natural`](super::collect::Natural)); the parent may rename its keys
/// (`rename_keys`), by position in [`CollectStruct::NAMES`].
impl<T: CollectStruct + Serialize> Flatten for T {
    const KEYS: &'static [&'static str] = T::NAMES;
    type Partial = FlatParts<T>;

    fn collect_entry<'de, A: MapAccess<'de>>(
        partial: &mut FlatParts<T>,
        key: usize,
        map: &mut A,
        c: &mut Collector,
    ) -> Result<(), A::Error> {
        let first = !std::mem::replace(&mut partial.seen[key], true);
        match T::slot::<A>(&mut partial.values, key) {
            Some(slot) if first => slot.read(map, c),
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
                if !first {
                    c.invalid(duplicate_key());
                }
                Ok(())
            }
        }
    }

    fn finish(mut partial: FlatParts<T>, keys: &'static [&'static str], c: &mut Collector) -> Option<T> {
        let before = c.error_count();
        for (i, name) in keys.iter().enumerate() {
            let required =
                T::slot::<NoMap>(&mut partial.values, i).is_some_and(|s| s.presence() == Presence::Required);
            if required && !partial.seen[i] {
                c.missing(name);
            }
        }
        T::settle(&mut partial.values, c);
        if c.error_count() != before {
            return None;
        }
        let value = T::finish(partial.values)?;
        T::check(&value, c);
        (c.error_count() == before).then_some(value)
    }

    fn serialize_entries<M: SerializeMap>(
        &self,
        keys: &'static [&'static str],
        map: &mut M,
    ) -> Result<(), M::Error> {
        if std::ptr::eq(keys, T::NAMES) || keys == T::NAMES {
            self.serialize(FlatMapSerializer(map))
        } else {
            self.serialize(FlatMapSerializer(&mut Renamed { map, from: T::NAMES, to: keys }))
        }
    }
}

/// A `MapAccess` type that is never read: [`CollectStruct::slot`] is generic over one, and asking a
/// slot only for its presence reads nothing.
enum NoMap {}

impl<'de> MapAccess<'de> for NoMap {
    type Error = serde::de::value::Error;
    fn next_key_seed<K: serde::de::DeserializeSeed<'de>>(
        &mut self,
        _: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        match *self {}
    }
    fn next_value_seed<V: serde::de::DeserializeSeed<'de>>(&mut self, _: V) -> Result<V::Value, Self::Error> {
        match *self {}
    }
}

/// The parent's map, with a flattened struct's keys renamed by position (`rename_keys`): a key of `from`
/// is written as the key at its index in `to`.
struct Renamed<'a, M> {
    map: &'a mut M,
    from: &'static [&'static str],
    to: &'static [&'static str],
}

impl<M: SerializeMap> SerializeMap for Renamed<'_, M> {
    type Ok = ();
    type Error = M::Error;
    fn serialize_key<K: Serialize + ?Sized>(&mut self, key: &K) -> Result<(), M::Error> {
        let name = serde_json::to_value(key).map_err(ser::Error::custom)?;
        let renamed = self.from.iter().position(|f| name == **f).and_then(|i| self.to.get(i));
        match renamed {
            Some(to) => self.map.serialize_key(to),
            None => self.map.serialize_key(key),
        }
    }
    fn serialize_value<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), M::Error> {
        self.map.serialize_value(value)
    }
    fn end(self) -> Result<(), M::Error> {
        Ok(())
    }
}

/// A serializer that writes a struct's entries into a map opened already (the parent's).
pub struct FlatMapSerializer<'a, M>(pub &'a mut M);

/// The entries of a flattened struct, forwarded to the parent's map.
pub struct FlatMapEntries<'a, M>(&'a mut M);

impl<M: SerializeMap> SerializeMap for FlatMapEntries<'_, M> {
    type Ok = ();
    type Error = M::Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), M::Error> {
        self.0.serialize_key(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), M::Error> {
        self.0.serialize_value(value)
    }
    fn serialize_entry<K: Serialize + ?Sized, V: Serialize + ?Sized>(
        &mut self,
        key: &K,
        value: &V,
    ) -> Result<(), M::Error> {
        self.0.serialize_entry(key, value)
    }
    fn end(self) -> Result<(), M::Error> {
        Ok(())
    }
}

impl<M: SerializeMap> ser::SerializeStruct for FlatMapEntries<'_, M> {
    type Ok = ();
    type Error = M::Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        self.0.serialize_entry(key, value)
    }
    fn end(self) -> Result<(), M::Error> {
        Ok(())
    }
}

fn not_an_object<E: ser::Error>() -> E {
    E::custom("a flattened field must be written as an object")
}

macro_rules! refuse {
    ($($method:ident($($arg:ty),*);)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<(), M::Error> {
            Err(not_an_object())
        }
    )*};
}

impl<'a, M: SerializeMap> Serializer for FlatMapSerializer<'a, M> {
    type Ok = ();
    type Error = M::Error;
    type SerializeSeq = Impossible<(), M::Error>;
    type SerializeTuple = Impossible<(), M::Error>;
    type SerializeTupleStruct = Impossible<(), M::Error>;
    type SerializeTupleVariant = Impossible<(), M::Error>;
    type SerializeMap = FlatMapEntries<'a, M>;
    type SerializeStruct = FlatMapEntries<'a, M>;
    type SerializeStructVariant = Impossible<(), M::Error>;

    refuse! {
        serialize_bool(bool);
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
        serialize_f32(f32);
        serialize_f64(f64);
        serialize_char(char);
        serialize_str(&str);
        serialize_bytes(&[u8]);
        serialize_unit_struct(&'static str);
        serialize_unit_variant(&'static str, u32, &'static str);
    }

    /// `None` and a unit write no entry.
    fn serialize_none(self) -> Result<(), M::Error> {
        Ok(())
    }
    fn serialize_unit(self) -> Result<(), M::Error> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), M::Error> {
        value.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), M::Error> {
        Err(not_an_object())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, M::Error> {
        Err(not_an_object())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, M::Error> {
        Err(not_an_object())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, M::Error> {
        Err(not_an_object())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, M::Error> {
        Err(not_an_object())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<FlatMapEntries<'a, M>, M::Error> {
        Ok(FlatMapEntries(self.0))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<FlatMapEntries<'a, M>, M::Error> {
        Ok(FlatMapEntries(self.0))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, M::Error> {
        Err(not_an_object())
    }
}
