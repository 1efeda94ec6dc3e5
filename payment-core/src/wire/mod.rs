//! Wire-format support: parsing untrusted JSON while collecting **every** error, writing the wire form,
//! and the error types.
//!
//! This module is the runtime half of `#[derive(Builder)]`: the generated code implements
//! [`CollectStruct`] (a table of wire names and the slot each fills; [`Collect`] follows) and writes
//! itself with [`write_struct`]. [`Flatten`] carries multi-key values such as an expiry, and the
//! [`Collector`] records one [`FieldError`] per problem with its path in wire names.
//!
//! Users mostly meet [`ValidationReport`] (from the generated `from_json`) and [`FieldError`].

mod collect;
mod collector;
mod generated;
mod object;
mod report;
mod rules;
mod write;

pub use collect::{
    AsString, Collect, CollectSeed, Flatten, Scalar, collect_from_string, collect_str, collect_stringly,
    deserialize_collected, duplicate, from_json, scalar, serialize_display,
};
pub use collector::Collector;
pub use generated::{check_as, validate};
pub use object::{
    CollectStruct, Key, KeySeed, Partial, Presence, ReadFlat, ReadText, ReadValue, Slot, check_at,
    collect_struct, settle_flat,
};
pub use report::{FieldError, Invalid, ValidationReport};
pub use rules::{CheckRules, HasLength, length, range, text, validation_errors};
pub use write::{Entry, WriteFlat, WriteValue, write_struct};
