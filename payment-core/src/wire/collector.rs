//! The [`Collector`]: where every stage of parsing untrusted input records its problems, with the path of
//! the field it is in, so that one pass reports all of them.

use std::fmt::Write as _;

use super::report::{FieldError, Invalid, ValidationReport};

/// One step of a path: an object key (a wire name known at compile time), an array index, or a map's
/// key known at run time (kept as it reads in a path: `.key` or `["a.b"]`).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Key(&'static str),
    Index(usize),
    Entry(String),
}

/// Collects [`FieldError`]s while untrusted input is parsed, keeping track of the current field path.
///
/// Generated code calls [`enter`](Self::enter) / [`leave`](Self::leave) around each field and
/// [`invalid`](Self::invalid) for each failed rule; nothing stops at the first error.
///
/// ```
/// # use payment_core::wire::{Collector, Invalid};
/// let mut c = Collector::new();
/// c.enter("card");
/// c.enter("expiry_month");
/// c.invalid(Invalid::new("expiry.month", "must be a month from 01 to 12"));
/// c.leave();
/// c.leave();
/// let report = c.finish().unwrap_err();
/// assert_eq!(report.paths().collect::<Vec<_>>(), ["card.expiry_month"]);
/// ```
#[derive(Debug, Default)]
pub struct Collector {
    path: Vec<Segment>,
    errors: Vec<FieldError>,
    strict: bool,
}

impl Collector {
    /// An empty collector at the root of the document.
    pub fn new() -> Self {
        Self::default()
    }

    /// A collector that also records every key no field has (see [`from_json_strict`]).
    ///
    /// [`from_json_strict`]: crate::wire::from_json_strict
    pub fn strict() -> Self {
        Self { strict: true, ..Self::default() }
    }

    /// Whether keys no field has are errors.
    pub fn is_strict(&self) -> bool {
        self.strict
    }

    /// Records that the object at the current path has a key `key` that no field has (strict reading):
    /// code `unknown_key`, at the key's own path. The key is shown (it is a name, not a value), cut to
    /// 64 characters, control characters replaced.
    pub fn unknown_key(&mut self, key: &str) {
        self.unknown_key_among(key, &[]);
    }

    /// [`unknown_key`](Self::unknown_key), naming the nearest of the object's wire names `names` when
    /// one is near enough (`payment_rules::suggest::nearest_name`): `shiping_address` gets "is not a field
    /// of this object (did you mean `shipping_address`?)". The suggestion is a field name, never a value.
    ///
    /// ```
    /// use payment_core::wire::Collector;
    ///
    /// let mut c = Collector::strict();
    /// c.unknown_key_among("shiping_address", &["billing_address", "shipping_address"]);
    /// let report = c.finish().unwrap_err();
    /// assert_eq!(report.errors()[0].path(), "shiping_address");
    /// assert_eq!(
    ///     report.errors()[0].message(),
    ///     "is not a field of this object (did you mean `shipping_address`?)"
    /// );
    /// ```
    pub fn unknown_key_among(&mut self, key: &str, names: &[&'static str]) {
        let shown: String =
            key.chars().take(64).map(|ch| if ch.is_control() { '\u{FFFD}' } else { ch }).collect();
        let here = self.path();
        let path = if here.is_empty() { shown } else { format!("{here}.{shown}") };
        let message = match payment_rules::suggest::nearest_name(key, names.iter().copied()) {
            Some(name) => format!("is not a field of this object (did you mean `{name}`?)"),
            None => "is not a field of this object (misspelled?)".to_owned(),
        };
        self.errors.push(Invalid::new("unknown_key", message).at(path));
    }

    /// Steps into the object key `key`.
    pub fn enter(&mut self, key: &'static str) {
        self.path.push(Segment::Key(key));
    }

    /// Steps into the array element `index`.
    pub fn enter_index(&mut self, index: usize) {
        self.path.push(Segment::Index(index));
    }

    /// Steps into the map entry `key`, a key known only at run time (a map field's, or one of your own
    /// `Collect` impl's): it reads as `metadata.orderId`, or escaped as `metadata["a.b"]` when it is not
    /// a plain name (`.`, `[`, quotes, control or bidirectional characters), cut to 64 characters.
    ///
    /// ```
    /// # use payment_core::wire::{Collector, Invalid};
    /// let mut c = Collector::new();
    /// c.enter("metadata");
    /// c.enter_key("a.b");
    /// c.invalid(Invalid::new("length", "must be at most 80 characters long"));
    /// c.leave();
    /// c.leave();
    /// assert_eq!(c.errors()[0].path(), r#"metadata["a.b"]"#);
    /// ```
    pub fn enter_key(&mut self, key: &str) {
        self.path.push(Segment::Entry(key_segment(key)));
    }

    /// Steps back out of the last key or index entered.
    pub fn leave(&mut self) {
        self.path.pop();
    }

    /// The current path in wire names, dotted (`card.expiry_month`, `items[2].name`).
    pub fn path(&self) -> String {
        let mut out = String::new();
        for seg in &self.path {
            match seg {
                // A wire name with `.` or `[` in it (`"cupsecureplus.smscode"`) is escaped like a map's
                // key, so that it cannot read as a nested path.
                Segment::Key(k) if k.contains(['.', '[', '"']) => {
                    out.push_str(&key_segment(k));
                }
                Segment::Key(k) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Segment::Index(i) => {
                    let _ = write!(out, "[{i}]");
                }
                Segment::Entry(shown) => {
                    out.push_str(if out.is_empty() { shown.trim_start_matches('.') } else { shown });
                }
            }
        }
        out
    }

    /// Records that the current field breaks a rule.
    pub fn invalid(&mut self, rule: Invalid) {
        let path = self.path();
        self.errors.push(rule.at(path));
    }

    /// Records an error whose path is relative to the current path (a struct-level check's error, which
    /// names the fields it is about: `amount` becomes `refund.amount` inside `refund`).
    pub fn field_error(&mut self, error: FieldError) {
        let here = self.path();
        self.errors.push(if here.is_empty() { error } else { error.prefixed(&here) });
    }

    /// Records a failed rule at `key` below the current path.
    pub fn invalid_at(&mut self, key: &'static str, rule: Invalid) {
        self.enter(key);
        self.invalid(rule);
        self.leave();
    }

    /// Records that the required field `key` (below the current path) is absent.
    pub fn missing(&mut self, key: &'static str) {
        self.invalid_at(key, Invalid::new("missing", "is required"));
    }

    /// Runs a rule on a value and records its failure, if any; returns whether it passed.
    pub fn check(&mut self, result: Result<(), Invalid>) -> bool {
        match result {
            Ok(()) => true,
            Err(rule) => {
                self.invalid(rule);
                false
            }
        }
    }

    /// Whether no error has been recorded.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }

    /// How many errors have been recorded so far.
    pub fn error_count(&self) -> usize {
        self.errors.len()
    }

    /// The errors recorded so far.
    pub fn errors(&self) -> &[FieldError] {
        &self.errors
    }

    /// `Ok(())` if nothing was recorded, else the report of every error.
    pub fn finish(self) -> Result<(), ValidationReport> {
        match ValidationReport::new(self.errors) {
            None => Ok(()),
            Some(report) => Err(report),
        }
    }
}

/// How a run-time key reads in a path (`payment_rules::text::path_segment`, the one escaper: the
/// derive writes a dotted wire name the same way).
pub(crate) fn key_segment(key: &str) -> String {
    payment_rules::text::path_segment(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_as_plain_names_or_escaped() {
        assert_eq!(key_segment("orderId"), ".orderId");
        assert_eq!(key_segment("a.b"), "[\"a.b\"]");
        assert_eq!(key_segment("x[0]"), "[\"x[0]\"]");
        assert_eq!(key_segment("a\"b"), "[\"a\\\"b\"]");
        assert_eq!(key_segment("a\u{202E}b"), "[\"a\\u{202e}b\"]");
        assert_eq!(key_segment(""), "[\"\"]");
        let long = "k".repeat(70);
        assert_eq!(key_segment(&long), format!(".{}…", "k".repeat(64)));
    }
}
