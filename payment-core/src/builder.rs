//! Runtime support for the type-state builders that `#[derive(Builder)]` generates.
//!
//! A generated builder has one type parameter per **required** field, [`Unset`] until the field's setter
//! is called and [`Set`] after. `build()` carries one bound per required field, so calling it early is a
//! compile error naming each missing field.

use crate::wire::FieldError;

/// The state of a required field that has not been set yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Unset;

/// The state of a required field that has been set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Set;

/// What a closure passed to a nested-field setter (`.card(|c| c.number(..)...)`) may return: a complete
/// builder of `T`, or a `Result` of one (when the closure calls validating setters with `?`).
///
/// The generated code implements it for every builder whose required fields are all set, so returning
/// an incomplete builder from the closure is reported like an early `build()`: one error per missing
/// field.
pub trait Nested<T> {
    /// What the outer setter returns: the next outer builder `N`, or `Result<N, FieldError>`.
    type Output<N>;

    /// Builds the `T` and hands it to `then`; errors get `key` prefixed to their path.
    fn finish_into<N>(self, key: &'static str, then: impl FnOnce(T) -> N) -> Self::Output<N>;
}

impl<T, B: Nested<T>> Nested<T> for Result<B, FieldError> {
    type Output<N> = Result<B::Output<N>, FieldError>;

    fn finish_into<N>(self, key: &'static str, then: impl FnOnce(T) -> N) -> Self::Output<N> {
        match self {
            Ok(builder) => Ok(builder.finish_into(key, then)),
            Err(e) => Err(e.prefixed(key)),
        }
    }
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

/// The value of a required field in `build()`. The type state guarantees it was set, so `None` is
/// unreachable.
#[doc(hidden)]
#[inline]
#[track_caller]
pub fn required<T>(value: Option<T>) -> T {
    match value {
        Some(v) => v,
        None => unreachable!("the builder's type state guarantees that every required field is set"),
    }
}

/// The value of a field with `#[payment(default = expr)]` in `build()`.
#[doc(hidden)]
#[inline]
pub fn or_else<T>(value: Option<T>, default: impl FnOnce() -> T) -> T {
    match value {
        Some(v) => v,
        None => default(),
    }
}

/// `Debug` for a generated builder: which fields are set, never their values (a builder may hold a card
/// number).
#[doc(hidden)]
pub fn debug_fields(
    f: &mut std::fmt::Formatter<'_>,
    name: &str,
    fields: &[(&str, bool)],
) -> std::fmt::Result {
    struct State(bool);
    impl std::fmt::Debug for State {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(if self.0 { "<set>" } else { "<unset>" })
        }
    }
    let mut s = f.debug_struct(name);
    for (field, set) in fields {
        s.field(field, &State(*set));
    }
    s.finish()
}
