//! Rules checked on values that are already typed: the built-in `length` and `range` checks, the
//! [`CheckRules`] pass behind `validator::Validate`, and the conversion of a report into
//! `validator::ValidationErrors`.

use std::borrow::Cow;

use super::collector::Collector;
use super::report::{FieldError, Invalid};

/// Re-checks every runtime rule of a value (lengths, ranges, custom rules, nested structs), recording
/// failures in `c`. `#[derive(Builder)]` implements it, and `validator::Validate` on top of it.
///
/// A value made by the builder or by `from_json` always passes; this is the check that other frameworks
/// (which call `validator::Validate`) run.
pub trait CheckRules {
    /// Records every broken rule of `self` under the collector's current path.
    fn check_rules(&self, c: &mut Collector);
}

/// Every element's rules, each under its index.
impl<T: CheckRules> CheckRules for Vec<T> {
    fn check_rules(&self, c: &mut Collector) {
        for (i, v) in self.iter().enumerate() {
            c.enter_index(i);
            v.check_rules(c);
            c.leave();
        }
    }
}

impl<T: CheckRules> CheckRules for Option<T> {
    fn check_rules(&self, c: &mut Collector) {
        if let Some(v) = self {
            v.check_rules(c);
        }
    }
}

/// Anything with a length: text in characters (`length(min, max)` counts Unicode scalar values, not
/// bytes), an array in items, a map in entries.
#[diagnostic::on_unimplemented(
    message = "`length` cannot measure a `{Self}`",
    label = "`length(min, max)` counts the characters of text, the items of a list or the entries of a map",
    note = "for another rule on this field, write a function and name it with `custom = path::to::fn`"
)]
pub trait HasLength {
    /// What the length counts, in the rule's message: `"characters"` (the default) or `"items"`.
    const UNIT: &'static str = "characters";
    /// The length that `length(min, max)` bounds.
    fn length(&self) -> usize;
}

impl HasLength for String {
    fn length(&self) -> usize {
        self.chars().count()
    }
}

impl HasLength for crate::ShopperReturnUrl {
    fn length(&self) -> usize {
        self.as_str().chars().count()
    }
}

impl HasLength for str {
    fn length(&self) -> usize {
        self.chars().count()
    }
}

impl<T> HasLength for Vec<T> {
    const UNIT: &'static str = "items";
    fn length(&self) -> usize {
        self.len()
    }
}

/// The `length(min, max)` rule: `min <= len <= max` (either bound optional).
///
/// ```
/// use payment_core::__private::length;
/// assert!(length("qwe", Some(1), Some(45)).is_ok());
/// assert_eq!(length("", Some(1), Some(45)).unwrap_err().message(), "must be 1 to 45 characters long");
/// ```
pub fn length<T: HasLength + ?Sized>(
    value: &T,
    min: Option<usize>,
    max: Option<usize>,
) -> Result<(), Invalid> {
    let n = value.length();
    let ok = min.is_none_or(|m| n >= m) && max.is_none_or(|m| n <= m);
    if ok {
        return Ok(());
    }
    // "1 character", "2 characters": the unit is plural unless the bound it follows is one.
    let unit = |n: usize| if n == 1 { T::UNIT.strip_suffix('s').unwrap_or(T::UNIT) } else { T::UNIT };
    let message = match (min, max) {
        (Some(lo), Some(hi)) if lo == hi => format!("must be exactly {lo} {} long", unit(lo)),
        (Some(lo), Some(hi)) => format!("must be {lo} to {hi} {} long", unit(hi)),
        (Some(lo), None) => format!("must be at least {lo} {} long", unit(lo)),
        (None, Some(hi)) => format!("must be at most {hi} {} long", unit(hi)),
        (None, None) => unreachable!("no bound cannot fail"),
    };
    Err(Invalid::new("length", message))
}

/// The `text` rule: free text without control characters or bidirectional overrides and isolates
/// (`payment_rules::text::free_text`; letters of every script are welcome).
///
/// ```
/// use payment_core::__private::text;
/// assert!(text("1-2-3 Shinjuku").is_ok());
/// assert_eq!(text("order\u{202E}42").unwrap_err().code(), "text.bidi");
/// ```
pub fn text<T: AsRef<str> + ?Sized>(value: &T) -> Result<(), Invalid> {
    payment_rules::text::free_text(value.as_ref()).map_err(Invalid::from)
}

/// The `range(min, max)` rule: `min <= value <= max` (either bound optional).
///
/// ```
/// use payment_core::__private::range;
/// assert!(range(&4u8, Some(1), Some(5)).is_ok());
/// assert_eq!(range(&9u8, Some(1), Some(5)).unwrap_err().message(), "must be from 1 to 5");
/// ```
pub fn range<T: PartialOrd + std::fmt::Display>(
    value: &T,
    min: Option<T>,
    max: Option<T>,
) -> Result<(), Invalid> {
    let ok = min.as_ref().is_none_or(|m| value >= m) && max.as_ref().is_none_or(|m| value <= m);
    if ok {
        return Ok(());
    }
    let message = match (min, max) {
        (Some(lo), Some(hi)) => format!("must be from {lo} to {hi}"),
        (Some(lo), None) => format!("must be at least {lo}"),
        (None, Some(hi)) => format!("must be at most {hi}"),
        (None, None) => unreachable!("no bound cannot fail"),
    };
    Err(Invalid::new("range", message))
}

/// Turns field errors into `validator::ValidationErrors`, keyed by the full dotted path in wire names
/// (`card.expiry_month`). The error carries the rule's code and message, never the value.
pub(crate) fn validation_errors(errors: &[FieldError]) -> validator::ValidationErrors {
    let mut out = validator::ValidationErrors::new();
    for e in errors {
        let error =
            validator::ValidationError::new(e.code()).with_message(Cow::Owned(e.message().to_owned()));
        let entry = out
            .errors_mut()
            .entry(Cow::Owned(e.path().to_owned()))
            .or_insert_with(|| validator::ValidationErrorsKind::Field(Vec::new()));
        if let validator::ValidationErrorsKind::Field(list) = entry {
            list.push(error);
        }
    }
    out
}

/// A map whose entries the `keys(..)` and `values(..)` rules walk, in key order (a `HashMap`'s too, so the
/// first failure reported is the same in every run).
pub trait MapEntries {
    /// The values.
    type Value;
    /// The entries, sorted by key.
    fn sorted_entries(&self) -> Vec<(&str, &Self::Value)>;
}

impl<V> MapEntries for std::collections::BTreeMap<String, V> {
    type Value = V;
    fn sorted_entries(&self) -> Vec<(&str, &V)> {
        self.iter().map(|(k, v)| (k.as_str(), v)).collect()
    }
}

impl<V, S> MapEntries for std::collections::HashMap<String, V, S> {
    type Value = V;
    fn sorted_entries(&self) -> Vec<(&str, &V)> {
        let mut entries: Vec<(&str, &V)> = self.iter().map(|(k, v)| (k.as_str(), v)).collect();
        entries.sort_unstable_by_key(|e| e.0);
        entries
    }
}

/// `each(..)` in a setter: the first element that breaks `rule`, at its index (`items[1]`).
///
/// ```
/// use payment_core::__private::{each, length};
/// let items = vec!["a".to_owned(), "far too long".to_owned()];
/// let e = each(&items, |v| length(v, None, Some(5))).unwrap_err();
/// assert_eq!(e.at("items").path(), "items[1]");
/// ```
pub fn each<'a, T: 'a>(
    values: impl IntoIterator<Item = &'a T>,
    rule: impl Fn(&T) -> Result<(), Invalid>,
) -> Result<(), Invalid> {
    for (i, v) in values.into_iter().enumerate() {
        rule(v).map_err(|e| e.within(format!("[{i}]")))?;
    }
    Ok(())
}

/// `keys(..)` in a setter: the first key that breaks `rule`, at its entry (`metadata.orderId`).
pub fn keys<M: MapEntries>(map: &M, rule: impl Fn(&str) -> Result<(), Invalid>) -> Result<(), Invalid> {
    for (k, _) in map.sorted_entries() {
        rule(k).map_err(|e| e.within(super::collector::key_segment(k)))?;
    }
    Ok(())
}

/// `values(..)` in a setter: the first value that breaks `rule`, at its entry.
pub fn values<M: MapEntries>(
    map: &M,
    rule: impl Fn(&M::Value) -> Result<(), Invalid>,
) -> Result<(), Invalid> {
    for (k, v) in map.sorted_entries() {
        rule(v).map_err(|e| e.within(super::collector::key_segment(k)))?;
    }
    Ok(())
}

/// `each(..)` when data arrives: every element that breaks `rule`, each at its index.
pub fn each_all<'a, T: 'a>(
    values: impl IntoIterator<Item = &'a T>,
    c: &mut Collector,
    rule: impl Fn(&T) -> Result<(), Invalid>,
) {
    for (i, v) in values.into_iter().enumerate() {
        c.enter_index(i);
        c.check(rule(v));
        c.leave();
    }
}

/// `keys(..)` when data arrives: every key that breaks `rule`, each at its entry.
pub fn keys_all<M: MapEntries>(map: &M, c: &mut Collector, rule: impl Fn(&str) -> Result<(), Invalid>) {
    for (k, _) in map.sorted_entries() {
        c.enter_key(k);
        c.check(rule(k));
        c.leave();
    }
}

/// `values(..)` when data arrives: every value that breaks `rule`, each at its entry.
pub fn values_all<M: MapEntries>(
    map: &M,
    c: &mut Collector,
    rule: impl Fn(&M::Value) -> Result<(), Invalid>,
) {
    for (k, v) in map.sorted_entries() {
        c.enter_key(k);
        c.check(rule(v));
        c.leave();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message<T: HasLength + ?Sized>(value: &T, min: Option<usize>, max: Option<usize>) -> String {
        length(value, min, max).expect_err("out of bounds").message().to_owned()
    }

    #[test]
    fn length_counts_characters_and_says_which_bound() {
        assert!(length("Zoë", Some(3), Some(3)).is_ok(), "three characters, four bytes");
        assert!(length(&"山田".to_owned(), Some(2), Some(2)).is_ok());
        assert_eq!(message(&"abcd".to_owned(), None, Some(3)), "must be at most 3 characters long");
        assert_eq!(message("ab", Some(3), Some(3)), "must be exactly 3 characters long");
        assert_eq!(message("abcd", Some(3), Some(3)), "must be exactly 3 characters long");
        assert_eq!(message("", Some(1), Some(45)), "must be 1 to 45 characters long");
        assert_eq!(message("a", Some(2), None), "must be at least 2 characters long");
        assert_eq!(message("abc", None, Some(2)), "must be at most 2 characters long");
        assert!(length("ab", Some(2), Some(2)).is_ok() && length("ab", None, Some(2)).is_ok());
    }

    #[test]
    fn an_array_length_counts_items() {
        let three = vec!["a".to_owned(), "bb".to_owned(), "ccc".to_owned()];
        assert!(length(&three, Some(3), Some(3)).is_ok());
        assert_eq!(message(&three, None, Some(2)), "must be at most 2 items long");
        assert_eq!(message(&Vec::<u8>::new(), Some(1), None), "must be at least 1 item long");
        assert_eq!(message("", Some(1), None), "must be at least 1 character long");
        assert_eq!(message("ab", None, Some(1)), "must be at most 1 character long");
        assert_eq!(message("ab", Some(1), Some(1)), "must be exactly 1 character long");
    }
}
