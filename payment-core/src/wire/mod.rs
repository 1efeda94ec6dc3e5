//! Wire-format support: parsing untrusted JSON while collecting **every** error, writing the wire form,
//! and the error types.
//!
//! Users meet [`ValidationReport`] (from the generated `from_json`, every problem at once) and
//! [`FieldError`] (one problem, with its wire path and, from a builder, its Rust field path). A value type
//! of your own can be a field of a derived struct by implementing [`Collect`] (read it, recording
//! problems in the [`Collector`]; [`collect_str`] does it for string-shaped values) and `Serialize`; a
//! value stored as several keys of its parent implements [`Flatten`]. A string enum (`#[derive(Builder)]`
//! on an enum) refuses a name that is none of its own with [`UnknownVariant`], from `FromStr`.
//!
//! That is the whole public surface of this module. The rest of the derive's runtime (the tables a
//! derived struct is read and written with) lives in the hidden `payment_core::__private`:
//!
//! ```compile_fail
//! use payment_core::wire::Slot; // generated code's plumbing is not part of `wire`
//! ```

mod buffer;
mod checks;
mod collect;
mod collector;
mod enums;
mod flat;
mod map;
mod object;
mod report;
mod rules;
mod time;
mod union;
mod write;

// What users call or implement: reading (`from_json`'s report, hand-written `Collect` / `Flatten` for
// their own value types) and the errors.
/// `Expiry`'s [`Flatten::Partial`]: opaque, filled only by the reader.
pub use crate::value::expiry::ExpiryParts;
pub use collect::{
    Collect, CollectSeed, Flatten, Natural, Scalar, collect_str, from_json, from_json_strict, scalar,
};
pub use collector::Collector;
pub use enums::UnknownVariant;
pub use report::{FieldError, Invalid, ValidationReport};

/// Whether `value` is its type's default: for `#[payment(skip_serializing_if = payment_core::wire::is_default)]`,
/// which leaves a default value off the wire (a `false` flag, a zero count).
///
/// ```
/// use payment_core::Builder;
///
/// #[derive(Builder)]
/// struct Intent {
///     #[payment(default, skip_serializing_if = payment_core::wire::is_default)]
///     confirm: bool,
/// }
///
/// assert_eq!(serde_json::to_string(&Intent::builder().build()).unwrap(), "{}");
/// assert_eq!(serde_json::to_string(&Intent::builder().confirm(true).build()).unwrap(), r#"{"confirm":true}"#);
/// ```
pub fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

// Helpers of this crate's own value types.
pub(crate) use collect::{duplicate_key, invalid_ip};
pub(crate) use write::{serialize_decimal, serialize_display, serialize_two_digits};

/// What the code `#[derive(Builder)]` emits calls, re-exported as `payment_core::__private` (hidden: not
/// part of the public API, free to change with the derive, which is pinned to this crate's version).
pub(crate) mod derive_api {
    pub use super::buffer::{BufferError, Buffered};
    pub use super::checks::{check_as, validate};
    pub use super::collect::deserialize_collected;
    pub use super::enums::{
        OpenEnum, StringEnum, collect_enum, collect_open_enum, enum_schema, parse_enum, parse_open_enum,
    };
    pub use super::flat::{FlatMapEntries, FlatMapSerializer, FlatParts};
    pub use super::map::{Sorted, WriteSorted};
    pub use super::object::{
        CollectStruct, Partial, Presence, ReadBuffered, ReadFlat, ReadText, ReadValue, Slot, check_at,
        read_buffered, settle_flat,
    };
    pub use super::rules::{
        CheckRules, HasLength, MapEntries, each, each_all, keys, keys_all, length, range, text, values,
        values_all,
    };
    pub use super::time::WriteTime;
    pub use super::union::{
        CollectUnion, Repr, StructAsMap, TaggedSerializer, collect_union, collect_variant,
        serialize_adjacent, unit_variant,
    };
    pub use super::write::{Entry, FlatEntry, WriteFlat, WriteValue, write_struct};
}
