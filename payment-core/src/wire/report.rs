//! Validation errors: one [`FieldError`] per invalid or missing field, each with its JSON path and the rule
//! that failed, never the rejected value.

use std::borrow::Cow;
use std::fmt;

/// One invalid, missing or malformed field of untrusted input.
///
/// The error names the field by its full path in wire names (`card.expiry_month`,
/// `browser_info.screenColorDepth`) and the rule that failed in plain words. It never contains the rejected
/// value, so it is safe to log even when the field held a card number.
///
/// ```
/// # use payment_core::wire::FieldError;
/// let e = FieldError::new("card.expiry_month", "expiry.month", "must be a month from 01 to 12");
/// assert_eq!(e.to_string(), "card.expiry_month: must be a month from 01 to 12");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldError {
    path: String,
    field: Option<String>,
    code: &'static str,
    message: Cow<'static, str>,
}

impl FieldError {
    /// An error at `path` (dotted wire names; empty for the document itself) with a machine-readable `code`
    /// and a plain-words `message` that must not contain the rejected value.
    pub fn new(path: impl Into<String>, code: &'static str, message: impl Into<Cow<'static, str>>) -> Self {
        Self { path: path.into(), field: None, code, message: message.into() }
    }

    /// The dotted path of the field in wire names, e.g. `billing_address.country`; empty for the whole
    /// document (a JSON syntax error, say).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The dotted path of the field in the Rust structs' field names, e.g. `browser_info.accept_header`
    /// where the wire path is `browser_info.acceptHeader`: set for the errors of a builder's setters (so a
    /// service can map them to its own names), `None` for errors of untrusted JSON, which only knows keys.
    pub fn field_path(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// A stable, machine-readable code for the rule that failed, e.g. `missing`, `type`, `currency`,
    /// `length`.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The rule that failed, in plain words, without the value.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The same error one level down: `key` is put in front of the path (`country` becomes
    /// `billing_address.country`).
    pub fn prefixed(mut self, key: &str) -> Self {
        self.path = join(key, &self.path);
        self
    }

    /// [`FieldError::prefixed`] for both paths: `key` in front of the wire path, `field` in front of the
    /// Rust path (when there is one).
    pub fn prefixed_field(mut self, key: &str, field: &str) -> Self {
        self.path = join(key, &self.path);
        self.field = self.field.map(|f| join(field, &f));
        self
    }
}

/// `outer.inner`; an empty part adds nothing (an internally tagged union's variant has no key of its own).
fn join(outer: &str, inner: &str) -> String {
    match (outer.is_empty(), inner.is_empty()) {
        (true, _) => inner.to_owned(),
        (_, true) => outer.to_owned(),
        // An element's index follows its list's name: `line_items[1]`.
        _ if inner.starts_with('[') => format!("{outer}{inner}"),
        _ => format!("{outer}.{inner}"),
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "(document): {}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for FieldError {}

/// Every problem found in one piece of untrusted input, in document order.
///
/// Returned by the generated `from_json` functions. It is never empty.
///
/// ```
/// # use payment_core::wire::{FieldError, ValidationReport};
/// let report = ValidationReport::new(vec![
///     FieldError::new("currency", "currency", "must be an active ISO 4217 currency code"),
///     FieldError::new("merchant_id", "missing", "is required"),
/// ]).unwrap();
/// assert_eq!(report.paths().collect::<Vec<_>>(), ["currency", "merchant_id"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationReport {
    errors: Vec<FieldError>,
}

impl ValidationReport {
    /// A report of `errors`, or `None` if there are none.
    pub fn new(errors: Vec<FieldError>) -> Option<Self> {
        if errors.is_empty() { None } else { Some(Self { errors }) }
    }

    /// The errors, in the order they were found.
    pub fn errors(&self) -> &[FieldError] {
        &self.errors
    }

    /// The path of each error, in order.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.errors.iter().map(FieldError::path)
    }

    /// Consumes the report, returning its errors.
    pub fn into_errors(self) -> Vec<FieldError> {
        self.errors
    }
}

impl fmt::Display for ValidationReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors.len();
        write!(f, "{n} invalid field{}", if n == 1 { "" } else { "s" })?;
        for (i, e) in self.errors.iter().enumerate() {
            write!(f, "{}{e}", if i == 0 { ": " } else { "; " })?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationReport {}

impl From<FieldError> for ValidationReport {
    fn from(e: FieldError) -> Self {
        Self { errors: vec![e] }
    }
}

/// A failed rule, as returned by a user-defined validator (`#[payment(custom = path)]`) or by the built-in
/// length and range checks. The derive adds the field's path to make a [`FieldError`].
///
/// ```
/// use payment_core::wire::Invalid;
///
/// fn even(n: &u32) -> Result<(), Invalid> {
///     if n % 2 == 0 { Ok(()) } else { Err(Invalid::new("even", "must be even")) }
/// }
/// assert_eq!(even(&3).unwrap_err().message(), "must be even");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Invalid {
    code: &'static str,
    message: Cow<'static, str>,
    /// The part of the value the failure is about, added to the path it is attached at: `[1]` (an
    /// element, `each(..)`), `.key` (a map entry, `keys(..)` / `values(..)`).
    within: Option<Box<str>>,
}

impl Invalid {
    /// A failed rule with a machine-readable `code` and a plain-words `message` (without the value).
    pub fn new(code: &'static str, message: impl Into<Cow<'static, str>>) -> Self {
        Self { code, message: message.into(), within: None }
    }

    /// The failure is about a part of the value: `segment` (`[1]`, `.key`) is added to the path it is
    /// attached at, before any part added already.
    pub(crate) fn within(mut self, segment: String) -> Self {
        self.within = Some(match self.within.take() {
            Some(inner) => (segment + &inner).into_boxed_str(),
            None => segment.into_boxed_str(),
        });
        self
    }

    /// `path` with the part of the value the failure is about.
    fn full(path: &str, within: Option<&str>) -> String {
        match within {
            None => path.to_owned(),
            Some(w) if path.is_empty() => w.trim_start_matches('.').to_owned(),
            Some(w) => format!("{path}{w}"),
        }
    }

    /// The machine-readable code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The plain-words rule.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Attaches a path, making a [`FieldError`].
    pub fn at(self, path: impl Into<String>) -> FieldError {
        let path = Self::full(&path.into(), self.within.as_deref());
        FieldError { path, field: None, code: self.code, message: self.message }
    }

    /// Attaches the wire path and the Rust field path (a setter's error), making a [`FieldError`].
    pub fn at_field(self, path: &str, field: &str) -> FieldError {
        FieldError {
            path: Self::full(path, self.within.as_deref()),
            field: Some(Self::full(field, self.within.as_deref())),
            code: self.code,
            message: self.message,
        }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Invalid {}
