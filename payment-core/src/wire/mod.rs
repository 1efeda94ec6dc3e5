//! Wire-format support: parsing untrusted JSON while collecting **every** error, and the error types.
//!
//! This module is the runtime half of `#[derive(Builder)]`: the generated code implements [`Collect`]
//! through [`CollectStruct`], [`Flatten`] carries multi-key values such as an expiry, and the
//! [`Collector`] records one [`FieldError`] per problem with its path in wire names.
//!
//! Users mostly meet [`ValidationReport`] (from the generated `from_json`) and [`FieldError`].

mod collect;
mod collector;
mod generated;
mod report;
mod rules;

pub use collect::{
    AsString, Collect, CollectSeed, CollectStruct, Flatten, Key, KeySeed, Scalar, collect_from_string,
    collect_str, collect_stringly, collect_struct, deserialize_collected, duplicate, field, from_json,
    present_or_absent, scalar, serialize_display,
};
pub use collector::Collector;
pub use generated::{
    FromString, check_as, check_field, present_or_default, read_field, read_flat, skip_value, validate,
};
pub use report::{FieldError, Invalid, ValidationReport};
pub use rules::{CheckRules, HasLength, length, range, validation_errors};
