//! Shared serde plumbing for the string-shaped value types: `Deserialize` and `Collect` through `FromStr`.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::{self, Visitor};

/// A visitor that parses a borrowed or owned string with `T::from_str`, so `Deserialize` runs the rule.
pub(crate) struct StrVisitor<T> {
    expecting: &'static str,
    marker: PhantomData<fn() -> T>,
}

impl<T> StrVisitor<T> {
    pub(crate) const fn new(expecting: &'static str) -> Self {
        Self { expecting, marker: PhantomData }
    }
}

impl<T: FromStr<Err: fmt::Display>> Visitor<'_> for StrVisitor<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

/// Implements `TryFrom<&str>`, `Deserialize` (a string through `FromStr`) and
/// [`Collect`](crate::wire::Collect) (the same, recording the rule that failed) for a value type.
macro_rules! from_str_impls {
    ($ty:ty, $err:ty, $expecting:literal) => {
        impl TryFrom<&str> for $ty {
            type Error = $err;
            fn try_from(s: &str) -> Result<Self, $err> {
                s.parse()
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
                de.deserialize_str($crate::value::serde_str::StrVisitor::<$ty>::new($expecting))
            }
        }

        impl $crate::wire::Collect for $ty {
            fn collect<'de, D: serde::Deserializer<'de>>(
                de: D,
                c: &mut $crate::wire::Collector,
            ) -> Result<Option<Self>, D::Error> {
                $crate::wire::collect_str(de, c, |s| s.parse::<$ty>().map_err($crate::wire::Invalid::from))
            }
        }
    };
}
pub(crate) use from_str_impls;
