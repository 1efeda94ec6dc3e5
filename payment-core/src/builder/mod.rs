//! Runtime support for the type-state builders that `#[derive(Builder)]` generates.
//!
//! A generated builder has one type parameter per **required** field, [`Unset`] until the field's setter
//! is called and [`Set`] after. `build()` carries one bound per required field, so calling it early is a
//! compile error naming each missing field. The attributes are listed in the docs of
//! [`derive(Builder)`](crate::Builder).
//!
//! # Example
//!
//! ```
//! use payment_core::Builder;
//!
//! #[derive(Builder, Debug)]
//! #[payment(collect_errors)] // also offer `.collect_errors()` (see `Collecting`)
//! pub struct Holder {
//!     /// The name on the card.
//!     #[payment(length(min = 1, max = 45))]
//!     name: String,
//!     #[payment(rename = "nick")]
//!     nickname: Option<String>,
//! }
//!
//! #[derive(Builder, Debug)]
//! #[payment(collect_errors)]
//! pub struct Payment {
//!     #[payment(range(min = 1))]
//!     amount: u64,
//!     #[payment(default = 3)]
//!     retries: u8,
//!     #[payment(nested)]
//!     holder: Holder,
//! }
//!
//! # fn main() -> Result<(), payment_core::wire::FieldError> {
//! // Validating setters return `Result`; a nested closure may use `?` on them.
//! let payment = Payment::builder()
//!     .amount(1200u64)?
//!     .holder(|h| h.nickname("work").name("Jane Doe"))? // a closure may end on a validating setter
//!     .build();
//! assert_eq!(*payment.retries(), 3);
//! assert_eq!(
//!     serde_json::to_string(&payment).unwrap(),
//!     r#"{"amount":1200,"retries":3,"holder":{"name":"Jane Doe","nick":"work"}}"#
//! );
//!
//! // A rule broken in a setter names the field by its JSON path, never the value.
//! let err = Payment::builder().holder(|h| h.name("")).unwrap_err();
//! assert_eq!(err.to_string(), "holder.name: must be 1 to 45 characters long");
//!
//! // Or every rule failure at once: after `.collect_errors()` no setter fails and `build()` reports all.
//! let report = Payment::builder()
//!     .collect_errors()
//!     .amount(0u64)
//!     .holder(|h| h.name(""))
//!     .build()
//!     .unwrap_err();
//! assert_eq!(report.paths().collect::<Vec<_>>(), ["amount", "holder.name"]);
//!
//! // Untrusted JSON: every problem at once (values are read first, then each struct's rules run).
//! let report = Payment::from_json(r#"{"amount":0,"holder":{"name":""}}"#).unwrap_err();
//! assert_eq!(report.paths().collect::<Vec<_>>(), ["holder.name", "amount"]);
//! # Ok(())
//! # }
//! ```
//!
//! # Compile errors
//!
//! Forgetting a required field fails at the `.build()` call with
//! ``error[E0277]: `CardBuilder::build()` is missing required field `number` ``, one error per missing
//! field:
//!
//! ```compile_fail,E0277
//! use payment_core::Builder;
//!
//! #[derive(Builder)]
//! pub struct Card {
//!     number: String,
//!     name: String,
//! }
//!
//! let card = Card::builder().name("Jane").build(); // missing `number`
//! ```
//!
//! Setting a field twice fails with ``field `number` of `CardBuilder` is already set``:
//!
//! ```compile_fail,E0277
//! use payment_core::Builder;
//!
//! #[derive(Builder)]
//! pub struct Card {
//!     number: String,
//! }
//!
//! let card = Card::builder().number("4111").number("5200").build();
//! ```

// One way through the files: `modes` <- `input` <- `errors` <- `nested` <- `list` (no file imports one
// that imports it back; issue 29). Public but hidden, as `value`'s are: rustc prints an item's defining
// path (`payment_core::builder::modes::Checked`) from a crate that does not name the re-export, and a
// printed path must compile. Use the re-exports below.
#[doc(hidden)]
pub mod errors;
#[doc(hidden)]
pub mod input;
#[doc(hidden)]
pub mod list;
#[doc(hidden)]
pub mod modes;
#[doc(hidden)]
pub mod nested;

#[doc(hidden)]
pub use errors::Errors;
pub use input::*;
pub use list::ListBuilder;
pub use modes::{Checked, Collecting, Set, Unset};
pub use nested::{Buildable, CanCollect, CollectNested, IntoFieldResult, Nested};
