//! How a field's closure setter gets a nested builder's value: [`Nested`] (checked), [`CollectNested`]
//! (collecting), and the traits that name a derived struct's builders ([`Buildable`], [`CanCollect`]).

use super::errors::Errors;
use crate::wire::FieldError;

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
    /// name) prefixed to their paths. Plumbing of the generated setters (hidden); it calls the checked
    /// `build()`, so it yields only values that passed their rules.
    #[doc(hidden)]
    fn finish_into<N>(self, key: &str, field: &str, then: impl FnOnce(T) -> N) -> Self::Output<N>;
}

impl<T, B: Nested<T>> Nested<T> for Result<B, FieldError> {
    type Output<N> = Result<B::Output<N>, FieldError>;

    fn finish_into<N>(self, key: &str, field: &str, then: impl FnOnce(T) -> N) -> Self::Output<N> {
        match self {
            Ok(builder) => Ok(builder.finish_into(key, field, then)),
            Err(e) => Err(e.prefixed_field(key, field)),
        }
    }
}

/// What a closure passed to a nested-field setter of a collecting builder returns: a complete builder
/// of `T` in [`Collecting`](super::Collecting) mode. Generated for every builder whose required fields are all set.
///
/// Plumbing of the generated setters, not for calling: hidden from the docs. Even called by hand it
/// gives the value only when its builder recorded no failure, so it is no way around the rules.
#[doc(hidden)]
pub trait CollectNested<T> {
    /// The value, or every failure recorded while building it (the struct-level check included).
    fn finish_collecting(self) -> Result<T, Errors>;
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
    #[doc(hidden)]
    fn builder() -> Self::Builder;
}

/// A struct whose builder has the [`Collecting`](super::Collecting) mode: it derives `Builder` with
/// `#[payment(collect_errors)]`. A nested field of a collecting builder must be one too, so that its
/// failures are collected as well.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no collecting builder, so it cannot be a nested field of a builder in `.collect_errors()` mode",
    label = "built in collecting mode here",
    note = "add `#[payment(collect_errors)]` to `{Self}` (next to `#[derive(Builder)]`)"
)]
pub trait CanCollect {
    /// The builder with no field set, in [`Collecting`](super::Collecting) mode.
    type Collecting;
    /// Starts a builder in [`Collecting`](super::Collecting) mode (`T::builder().collect_errors()`).
    #[doc(hidden)]
    fn collecting() -> Self::Collecting;
}

/// What a checked closure setter's [`Nested::Output`] becomes when the setter checks the value it got:
/// the value, or the closure's own failure (`Result` of one). Plumbing of the generated setters of a
/// nested list with `length` (its count is checked once the list is built).
#[doc(hidden)]
pub trait IntoFieldResult<T> {
    /// The value, or the failure.
    fn into_field_result(self) -> Result<T, FieldError>;
}

impl<T> IntoFieldResult<T> for T {
    #[inline(always)]
    fn into_field_result(self) -> Result<T, FieldError> {
        Ok(self)
    }
}

impl<T> IntoFieldResult<T> for Result<T, FieldError> {
    #[inline(always)]
    fn into_field_result(self) -> Result<T, FieldError> {
        self
    }
}
