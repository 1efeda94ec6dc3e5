//! One value held in memory, for the fields that cannot be read while streaming: a field read through
//! serde (`#[payment(serde)]`, `with`, `deserialize_with`), whose first error must not stop the reading
//! of the other fields.
//!
//! The reader streams everything else (ARCHITECTURE.md); such a field's value is first read whole into a
//! [`Buffered`] (a syntax error of the input still stops the reading, as anywhere), then the field's own
//! `Deserialize` runs on that buffer, whose errors are this module's [`BufferError`]: recorded at the
//! field's path, and the reading goes on. The buffer is this crate's own, not `serde_json::Value`, so
//! formats other than JSON keep working (a self-describing one: the buffer reads with
//! `deserialize_any`).
//!
//! Written by hand because serde keeps its own buffer (`Content`) private, and the crates that publish
//! one (`serde-value`) report errors in serde's default words, which quote the input: [`BufferError`]
//! says what was expected and the kind of what was found, never the value itself.

use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Unexpected, Visitor,
};

/// A value read whole: the data model of a self-describing format.
#[derive(Debug, Clone, PartialEq)]
pub enum Buffered {
    /// `true` / `false`.
    Bool(bool),
    /// A non-negative integer.
    U64(u64),
    /// A negative integer.
    I64(i64),
    /// A number with a fraction or an exponent.
    F64(f64),
    /// A string.
    Str(String),
    /// Bytes (formats that have them).
    Bytes(Vec<u8>),
    /// `null`, or a unit.
    Null,
    /// An array.
    Seq(Vec<Buffered>),
    /// An object, its entries in the order read.
    Map(Vec<(Buffered, Buffered)>),
}

impl Buffered {
    /// The kind of value, as serde's messages name it, without the value.
    fn unexpected(&self) -> Unexpected<'static> {
        match self {
            Buffered::Bool(_) => Unexpected::Other("a boolean"),
            Buffered::U64(_) | Buffered::I64(_) => Unexpected::Other("an integer"),
            Buffered::F64(_) => Unexpected::Other("a floating point number"),
            Buffered::Str(_) => Unexpected::Other("a string"),
            Buffered::Bytes(_) => Unexpected::Other("bytes"),
            Buffered::Null => Unexpected::Unit,
            Buffered::Seq(_) => Unexpected::Seq,
            Buffered::Map(_) => Unexpected::Map,
        }
    }
}

impl<'de> serde::Deserialize<'de> for Buffered {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        de.deserialize_any(BufferVisitor)
    }
}

struct BufferVisitor;

impl<'de> Visitor<'de> for BufferVisitor {
    type Value = Buffered;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Buffered, E> {
        Ok(Buffered::Bool(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Buffered, E> {
        Ok(Buffered::U64(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Buffered, E> {
        Ok(if v >= 0 { Buffered::U64(v.unsigned_abs()) } else { Buffered::I64(v) })
    }
    fn visit_f64<E>(self, v: f64) -> Result<Buffered, E> {
        Ok(Buffered::F64(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Buffered, E> {
        Ok(Buffered::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Buffered, E> {
        Ok(Buffered::Str(v))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Buffered, E> {
        Ok(Buffered::Bytes(v.to_vec()))
    }
    fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Buffered, E> {
        Ok(Buffered::Bytes(v))
    }
    fn visit_unit<E>(self) -> Result<Buffered, E> {
        Ok(Buffered::Null)
    }
    fn visit_none<E>(self) -> Result<Buffered, E> {
        Ok(Buffered::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<Buffered, D::Error> {
        de.deserialize_any(self)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, de: D) -> Result<Buffered, D::Error> {
        de.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Buffered, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Buffered::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Buffered, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Buffered::Map(entries))
    }
}

/// Why a buffered value is not the type asked for. Its message says what was expected and the kind of
/// what was found (`invalid type: expected a date, found an integer`), never the value: serde's own
/// wording quotes it (`invalid value: string "x"`). A type's own `custom` message is passed on as the
/// type wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BufferError(String);

impl BufferError {
    /// The message.
    pub fn message(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for BufferError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BufferError {}

/// The kind of an unexpected value, without the value (`Unexpected::Str("x")` is "a string").
fn kind(unexp: &Unexpected<'_>) -> &'static str {
    match unexp {
        Unexpected::Bool(_) => "a boolean",
        Unexpected::Unsigned(_) | Unexpected::Signed(_) => "an integer",
        Unexpected::Float(_) => "a floating point number",
        Unexpected::Char(_) => "a character",
        Unexpected::Str(_) => "a string",
        Unexpected::Bytes(_) => "bytes",
        Unexpected::Unit => "null",
        Unexpected::Option => "an optional value",
        Unexpected::NewtypeStruct => "a newtype struct",
        Unexpected::Seq => "an array",
        Unexpected::Map => "an object",
        Unexpected::Enum => "an enum",
        Unexpected::UnitVariant => "a unit variant",
        Unexpected::NewtypeVariant => "a newtype variant",
        Unexpected::TupleVariant => "a tuple variant",
        Unexpected::StructVariant => "a struct variant",
        Unexpected::Other(other) => match *other {
            "a boolean" => "a boolean",
            "an integer" => "an integer",
            "a floating point number" => "a floating point number",
            "a string" => "a string",
            "bytes" => "bytes",
            _ => "another kind of value",
        },
    }
}

impl de::Error for BufferError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        BufferError(msg.to_string())
    }
    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        BufferError(format!("invalid type: expected {exp}, found {}", kind(&unexp)))
    }
    fn invalid_value(_unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        BufferError(format!("invalid value: expected {exp}"))
    }
    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        BufferError(format!("invalid length {len}, expected {exp}"))
    }
    fn unknown_variant(_variant: &str, expected: &'static [&'static str]) -> Self {
        BufferError(format!("unknown variant, expected {}", one_of(expected)))
    }
    fn unknown_field(_field: &str, expected: &'static [&'static str]) -> Self {
        BufferError(format!("unknown field, expected {}", one_of(expected)))
    }
    fn missing_field(field: &'static str) -> Self {
        BufferError(format!("missing field `{field}`"))
    }
    fn duplicate_field(field: &'static str) -> Self {
        BufferError(format!("duplicate field `{field}`"))
    }
}

/// "one of `a`, `b`" (names the type declares, never the input).
fn one_of(names: &[&str]) -> String {
    match names {
        [] => "nothing".to_owned(),
        [one] => format!("`{one}`"),
        _ => {
            let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {}", list.join(", "))
        }
    }
}

macro_rules! forward_to_any {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BufferError> {
            self.deserialize_any(visitor)
        }
    )*};
}

impl<'de> Deserializer<'de> for Buffered {
    type Error = BufferError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BufferError> {
        match self {
            Buffered::Bool(v) => visitor.visit_bool(v),
            Buffered::U64(v) => visitor.visit_u64(v),
            Buffered::I64(v) => visitor.visit_i64(v),
            Buffered::F64(v) => visitor.visit_f64(v),
            Buffered::Str(v) => visitor.visit_string(v),
            Buffered::Bytes(v) => visitor.visit_byte_buf(v),
            Buffered::Null => visitor.visit_unit(),
            Buffered::Seq(items) => {
                let mut seq = de::value::SeqDeserializer::new(items.into_iter());
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Buffered::Map(entries) => {
                let mut map = de::value::MapDeserializer::new(entries.into_iter());
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BufferError> {
        match self {
            Buffered::Null => visitor.visit_none(),
            other => visitor.visit_some(other),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, BufferError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, BufferError> {
        match self {
            // A unit variant: its name.
            Buffered::Str(name) => visitor.visit_enum(name.into_deserializer()),
            // Any other variant: an object of one entry, the variant's name and its content.
            Buffered::Map(mut entries) if entries.len() == 1 => {
                let (name, content) = entries.pop().expect("one entry");
                visitor.visit_enum(EnumAccess { name, content })
            }
            other => Err(de::Error::invalid_type(
                other.unexpected(),
                &"a variant's name or an object of one entry",
            )),
        }
    }

    fn is_human_readable(&self) -> bool {
        true
    }

    forward_to_any! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128 deserialize_f32
        deserialize_f64 deserialize_char deserialize_str deserialize_string deserialize_bytes
        deserialize_byte_buf deserialize_unit deserialize_seq deserialize_map deserialize_identifier
        deserialize_ignored_any
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, BufferError> {
        self.deserialize_any(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, BufferError> {
        self.deserialize_any(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, BufferError> {
        self.deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, BufferError> {
        self.deserialize_any(visitor)
    }
}

impl IntoDeserializer<'_, BufferError> for Buffered {
    type Deserializer = Buffered;
    fn into_deserializer(self) -> Buffered {
        self
    }
}

/// A variant read from an object of one entry.
struct EnumAccess {
    name: Buffered,
    content: Buffered,
}

impl<'de> de::EnumAccess<'de> for EnumAccess {
    type Error = BufferError;
    type Variant = VariantAccess;
    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, VariantAccess), BufferError> {
        let name = seed.deserialize(self.name)?;
        Ok((name, VariantAccess(self.content)))
    }
}

/// The content of a variant read from an object of one entry.
struct VariantAccess(Buffered);

impl<'de> de::VariantAccess<'de> for VariantAccess {
    type Error = BufferError;
    fn unit_variant(self) -> Result<(), BufferError> {
        match self.0 {
            Buffered::Null => Ok(()),
            other => Err(de::Error::invalid_type(other.unexpected(), &"a unit variant")),
        }
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, BufferError> {
        seed.deserialize(self.0)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, BufferError> {
        self.0.deserialize_any(visitor)
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, BufferError> {
        self.0.deserialize_any(visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, BufferError> {
        let buffered: Buffered = serde_json::from_str(json).expect("JSON");
        T::deserialize(buffered)
    }

    #[test]
    fn values_round_trip_through_the_buffer() {
        let json = r#"{"a":[1,-2,1.5,"x",true,null],"b":{"c":"d"}}"#;
        let value: serde_json::Value = read(json).unwrap();
        assert_eq!(value, serde_json::from_str::<serde_json::Value>(json).unwrap());
        assert_eq!(read::<Option<u8>>("null").unwrap(), None);
        assert_eq!(read::<Option<u8>>("7").unwrap(), Some(7));
        assert_eq!(read::<(u8, String)>(r#"[1,"a"]"#).unwrap(), (1, "a".to_owned()));
    }

    #[test]
    fn errors_name_the_expectation_never_the_value() {
        let e = read::<u32>(r#""secret-4111""#).unwrap_err();
        assert_eq!(e.message(), "invalid type: expected u32, found a string");
        let e = read::<u8>("300").unwrap_err();
        assert!(!e.message().contains("300"), "{e}");
        assert!(e.message().starts_with("invalid value: expected u8"), "{e}");
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        enum Kind {
            Ecommerce,
            Moto,
        }
        let e = read::<Kind>(r#""Ecomerce""#).unwrap_err();
        assert_eq!(e.message(), "unknown variant, expected one of `Ecommerce`, `Moto`");
        let e = read::<(u8, u8)>("[1]").unwrap_err();
        assert!(e.message().starts_with("invalid length 1"), "{e}");
    }

    #[test]
    fn enums_read_from_a_name_or_an_object_of_one_entry() {
        #[derive(Debug, PartialEq, serde::Deserialize)]
        enum Shape {
            Dot,
            Circle(u8),
            Rect { w: u8, h: u8 },
        }
        assert_eq!(read::<Shape>(r#""Dot""#).unwrap(), Shape::Dot);
        assert_eq!(read::<Shape>(r#"{"Circle":3}"#).unwrap(), Shape::Circle(3));
        assert_eq!(read::<Shape>(r#"{"Rect":{"w":1,"h":2}}"#).unwrap(), Shape::Rect { w: 1, h: 2 });
        assert!(read::<Shape>("[]").is_err());
    }
}
