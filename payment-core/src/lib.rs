//! # payment-core
//!
//! Validated value types and the paymentv2 request/response models.
//!
//! (The crate-level tour is written once the value types and models land.)

extern crate self as payment_core;

pub mod builder;
pub mod model;
mod value;
pub mod wire;

pub use payment_derive::Builder;
pub use value::*;

/// Items used by the code that `payment-derive` emits. Not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use serde;
    pub use validator;
}
