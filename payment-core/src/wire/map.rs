//! Maps as field types (issue 25): `BTreeMap<String, V>` and `HashMap<String, V>`, written as JSON
//! objects sorted by key (so the bytes are the same from run to run, a `HashMap` included), read with
//! every entry's problems reported at `metadata.<key>`, never with the value.
//!
//! A key is a run-time path segment ([`Collector::enter_key`]): shown as it is when it is a plain name,
//! else escaped as `["a.b"]`, and cut to 64 characters ending in `…`.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::{BuildHasher, Hash};
use std::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};

use super::collect::{Collect, CollectSeed, duplicate_key, forward_scalars_to_wrong_type, wrong_type};
use super::collector::Collector;
use super::rules::HasLength;

/// A map with `String` keys that a reader can fill.
trait Entries<V>: Default {
    /// Inserts; `false` if the key was there already.
    fn put(&mut self, key: String, value: V) -> bool;
}

impl<V> Entries<V> for BTreeMap<String, V> {
    fn put(&mut self, key: String, value: V) -> bool {
        self.insert(key, value).is_none()
    }
}

impl<V, S: BuildHasher + Default> Entries<V> for HashMap<String, V, S> {
    fn put(&mut self, key: String, value: V) -> bool {
        self.insert(key, value).is_none()
    }
}

impl<V: Collect> Collect for BTreeMap<String, V> {
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        de.deserialize_any(MapVisitor::<Self, V> { c, marker: PhantomData })
    }
}

impl<V: Collect, S: BuildHasher + Default> Collect for HashMap<String, V, S> {
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        de.deserialize_any(MapVisitor::<Self, V> { c, marker: PhantomData })
    }
}

struct MapVisitor<'c, M, V> {
    c: &'c mut Collector,
    marker: PhantomData<fn() -> (M, V)>,
}

impl<M, V> MapVisitor<'_, M, V> {
    const EXPECTING: &'static str = "an object";
}

impl<'de, M: Entries<V>, V: Collect> Visitor<'de> for MapVisitor<'_, M, V> {
    type Value = Option<M>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(Self::EXPECTING)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = M::default();
        let mut ok = true;
        while let Some(key) = map.next_key::<String>()? {
            self.c.enter_key(&key);
            let value = map.next_value_seed(CollectSeed::<V>::new(self.c));
            let value = match value {
                Ok(v) => v,
                Err(e) => {
                    self.c.leave();
                    return Err(e);
                }
            };
            match value {
                Some(v) => {
                    if !out.put(key, v) {
                        self.c.invalid(duplicate_key());
                        ok = false;
                    }
                }
                None => ok = false,
            }
            self.c.leave();
        }
        Ok(ok.then_some(out))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(wrong_type(self.c, Self::EXPECTING, "an array"))
    }
    forward_scalars_to_wrong_type!(Self::EXPECTING);
}

impl<V> HasLength for BTreeMap<String, V> {
    const UNIT: &'static str = "entries";
    fn length(&self) -> usize {
        self.len()
    }
}

impl<V, S> HasLength for HashMap<String, V, S> {
    const UNIT: &'static str = "entries";
    fn length(&self) -> usize {
        self.len()
    }
}

/// A map written sorted by key, whatever its own order: how `#[derive(Builder)]` writes a `HashMap`
/// field, so that the same map is the same bytes in every run.
pub struct Sorted<'a, K, V, S>(pub &'a HashMap<K, V, S>);

impl<K: Ord + Hash + serde::Serialize, V: serde::Serialize, S> serde::Serialize for Sorted<'_, K, V, S> {
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        let mut entries: Vec<(&K, &V)> = self.0.iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut map = serializer.serialize_map(Some(entries.len()))?;
        for (k, v) in entries {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// A `HashMap` field's entry of a derived struct: written through [`Sorted`].
pub trait WriteSorted<M: SerializeMap> {
    /// Writes `key: self`, the map's entries sorted by key.
    fn write_sorted(&self, key: &'static str, map: &mut M) -> Result<(), M::Error>;
}

impl<M: SerializeMap, K: Ord + Hash + serde::Serialize, V: serde::Serialize, S> WriteSorted<M>
    for HashMap<K, V, S>
{
    fn write_sorted(&self, key: &'static str, map: &mut M) -> Result<(), M::Error> {
        map.serialize_entry(key, &Sorted(self))
    }
}
