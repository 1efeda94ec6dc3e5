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

use crate::__private::Errors;
use crate::wire::FieldError;

/// The state of a required field that has not been set yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Unset;

/// The state of a required field that has been set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Set;

/// What the setter of a value-type field takes: the value type itself, or anything that converts into it
/// without failing (`From`). A string or a number does not: a value type only holds checked values, so it
/// is made with its literal macro (checked at compile time) or parsed, with the error handled.
///
/// It exists for its compile error, which names the fix instead of "`From<&str>` is not implemented":
///
/// ```compile_fail
/// use payment_core::model::PaymentRequest;
///
/// // error: this setter takes `payment_core::Currency`, not `&str`
/// //   = note: make it with its literal macro, checked at compile time (`currency!("USD")`, ...), or parse
/// //           it and handle the error: `"...".parse::<Currency>()?`
/// let b = PaymentRequest::builder().currency("USD");
/// ```
#[diagnostic::on_unimplemented(
    message = "this setter takes `{T}`, not `{Self}`",
    label = "expected `{T}`",
    note = "make it with its literal macro, checked at compile time (`currency!(\"USD\")`, `country!(\"JP\")`, `amount!(1250)`, `money!(12.50 USD)`, `card_number!(\"...\")`, `url!(\"https://...\")`), or parse it at run time and handle the error: `text.parse::<{T}>()?`"
)]
pub trait IntoValue<T> {
    /// The value.
    fn into_value(self) -> T;
}

// Not recommended in messages: the error should be about `IntoValue`, with its note, not about `From`.
#[diagnostic::do_not_recommend]
impl<T, U: Into<T>> IntoValue<T> for U {
    #[inline(always)]
    fn into_value(self) -> T {
        self.into()
    }
}

/// What a closure passed to a nested-field setter (`.card(|c| c.number(..)...)`) may return: a complete
/// builder of `T`, or a `Result` of one (when the closure calls validating setters with `?`).
///
/// The generated code implements it for every builder whose required fields are all set, so returning
/// an incomplete builder from the closure is reported like an early `build()`: one error per missing
/// field.
pub trait Nested<T> {
    /// What the outer setter returns: the next outer builder `N`, or `Result<N, FieldError>`.
    type Output<N>;

    /// Builds the `T` and hands it to `then`; errors get `key` (the wire name) and `field` (the Rust
    /// name) prefixed to their paths.
    fn finish_into<N>(
        self,
        key: &'static str,
        field: &'static str,
        then: impl FnOnce(T) -> N,
    ) -> Self::Output<N>;
}

impl<T, B: Nested<T>> Nested<T> for Result<B, FieldError> {
    type Output<N> = Result<B::Output<N>, FieldError>;

    fn finish_into<N>(
        self,
        key: &'static str,
        field: &'static str,
        then: impl FnOnce(T) -> N,
    ) -> Self::Output<N> {
        match self {
            Ok(builder) => Ok(builder.finish_into(key, field, then)),
            Err(e) => Err(e.prefixed_field(key, field)),
        }
    }
}

/// The mode of a builder made by `T::builder()`: setters with a rule checked at run time return
/// `Result<_, FieldError>` (stop at the first failure, with `?`), and `build()` returns the value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Checked;

/// The mode of a builder after `.collect_errors()`: **no setter fails**; each rule failure is recorded
/// (with its wire path and its Rust field path) and `build()` returns `Result<T, ValidationReport>`
/// with every failure at once, nested structs included. Required fields and value types are still
/// checked at compile time.
///
/// A struct has this mode when it derives `Builder` with `#[payment(collect_errors)]` (every model of
/// this crate does): it is opt-in because it costs compile time in every crate that derives, and a struct
/// without rules checked at run time gains nothing from it.
///
/// ```
/// use payment_core::{Builder, wire::ValidationReport};
///
/// #[derive(Builder, Debug)]
/// #[payment(collect_errors)]
/// pub struct Holder {
///     #[payment(length(min = 1, max = 45), text)]
///     name: String,
///     #[payment(length(max = 8), rename = "ref")]
///     reference: String,
/// }
///
/// let report: ValidationReport = Holder::builder()
///     .collect_errors()
///     .name("")                       // no `?`: recorded
///     .reference("far too long a reference")
///     .build()
///     .unwrap_err();
/// let found: Vec<_> = report.errors().iter().map(|e| (e.path(), e.field_path())).collect();
/// assert_eq!(found, [("name", Some("name")), ("ref", Some("reference"))]);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Collecting;

/// What a closure passed to a nested-field setter of a collecting builder returns: a complete builder
/// of `T` in [`Collecting`] mode. Generated for every builder whose required fields are all set.
pub trait CollectNested<T> {
    /// The value and the failures recorded while building it.
    fn finish_collecting(self) -> (T, Errors);
}

/// A struct that derives `Builder`: names its builder type, so a `nested` field's closure setter can
/// take it as its argument.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not derive `Builder`, so it cannot be a `#[payment(nested)]` field",
    label = "this type has no builder",
    note = "add `#[derive(payment_core::Builder)]` to `{Self}`, or remove `nested` and set the field with a value"
)]
pub trait Buildable {
    /// The builder with no field set.
    type Builder;
    /// Starts a builder (the same as the inherent `T::builder()`).
    fn builder() -> Self::Builder;
}

/// A struct whose builder has the [`Collecting`] mode: it derives `Builder` with
/// `#[payment(collect_errors)]`. A nested field of a collecting builder must be one too, so that its
/// failures are collected as well.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no collecting builder, so it cannot be a nested field of a builder in `.collect_errors()` mode",
    label = "built in collecting mode here",
    note = "add `#[payment(collect_errors)]` to `{Self}` (next to `#[derive(Builder)]`)"
)]
pub trait CanCollect {
    /// The builder with no field set, in [`Collecting`] mode.
    type Collecting;
    /// Starts a builder in [`Collecting`] mode (`T::builder().collect_errors()`).
    fn collecting() -> Self::Collecting;
}
