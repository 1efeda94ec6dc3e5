// serde's field keys, misused: each mistake is its own error, all in one build.
use payment_core::Builder;

mod upper {
    pub fn serialize<S: serde::Serializer>(v: &String, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&v.to_uppercase())
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        serde::Deserialize::deserialize(d)
    }
}

fn plain<S: serde::Serializer>(v: &String, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(v)
}

#[derive(Builder)]
pub struct Misused {
    // `with` is both ways already.
    #[payment(with = upper, serialize_with = plain)]
    code: String,
    // Never read: it needs a value when built from JSON.
    #[payment(skip)]
    idempotency_key: String,
    // Never on the wire: `rename` says nothing.
    #[payment(skip, default, rename = "key")]
    trace: String,
    // Read through serde twice over.
    #[payment(serde, with = upper)]
    label: String,
}

fn main() {}
