//! The type states of a builder: a required field [`Unset`] or [`Set`], the builder [`Checked`] or
//! [`Collecting`]. Markers only; every other file of the builder names them.

/// The state of a required field that has not been set yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Unset;

/// The state of a required field that has been set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Set;

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
