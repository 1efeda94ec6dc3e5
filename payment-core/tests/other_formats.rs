//! The wire reader is serde's, so a request can come from a format other than JSON. A value of a type
//! that JSON cannot even express (bytes) is refused with a message that names what was expected.

use payment_core::model::PaymentRequest;
use payment_core::wire::{Collect, Collector, scalar};
use payment_core::{Currency, Expiry};
use serde::de::value::{BytesDeserializer, Error, MapDeserializer};

/// The error of reading bytes as a `T` with its `Collect`.
fn from_bytes<T: Collect + std::fmt::Debug>() -> String {
    let de = BytesDeserializer::<Error>::new(b"\x01\x02");
    T::collect(de, &mut Collector::new()).expect_err("bytes are no value of the models").to_string()
}

#[test]
fn bytes_are_refused_naming_what_was_expected() {
    assert_eq!(from_bytes::<PaymentRequest>(), "invalid type: byte array, expected a PaymentRequest object");
    assert_eq!(from_bytes::<Vec<Currency>>(), "invalid type: byte array, expected an array");
    assert_eq!(from_bytes::<Option<Currency>>(), "invalid type: byte array, expected a value or null");
    // Value types read any value first (`scalar`), then say what they needed.
    assert_eq!(from_bytes::<Expiry>(), "invalid type: byte array, expected any JSON value");
    let any = scalar(BytesDeserializer::<Error>::new(b"\x01")).expect_err("bytes are no JSON value");
    assert_eq!(any.to_string(), "invalid type: byte array, expected any JSON value");
}

#[test]
fn a_key_that_is_not_text_is_refused() {
    let entries = vec![(7u32, "1000")].into_iter();
    let de = MapDeserializer::<_, Error>::new(entries);
    let error = PaymentRequest::collect(de, &mut Collector::new()).expect_err("a number as a key");
    assert_eq!(error.to_string(), "invalid type: integer `7`, expected a field name");
}

/// A format whose values are all `()` (as some formats write their null), asked for anything.
struct UnitEverywhere;

impl<'de> serde::Deserializer<'de> for UnitEverywhere {
    type Error = Error;
    fn deserialize_any<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

#[test]
fn a_unit_value_is_none_for_an_option() {
    let mut c = Collector::new();
    assert_eq!(<Option<Currency>>::collect(UnitEverywhere, &mut c).unwrap(), Some(None));
    assert!(c.is_clean());
    // For a value that is not optional, it is a type error at the value.
    assert_eq!(Currency::collect(UnitEverywhere, &mut c).unwrap(), None);
    assert_eq!(c.errors()[0].message(), "must be a string, not null");
}
