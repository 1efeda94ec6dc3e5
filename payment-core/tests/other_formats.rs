//! The wire reader is serde's, so a request can come from a format other than JSON. A value of a type
//! that JSON cannot even express (bytes) is refused with a message that names what was expected.

use payment_core::model::PaymentRequest;
use payment_core::wire::{Collect, Collector, scalar};
use payment_core::{Currency, Expiry};
use serde::de::value::{BytesDeserializer, Error, MapDeserializer, UnitDeserializer};

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

#[test]
fn a_unit_value_is_none_for_an_option() {
    let de = UnitDeserializer::<Error>::new();
    let mut c = Collector::new();
    assert_eq!(<Option<Currency>>::collect(de, &mut c).unwrap(), Some(None));
    assert!(c.is_clean());
}
