//! Two checks that generated code calls (through `payment_core::__private`): a wire string against a
//! value type, and `validator::Validate` on top of `CheckRules`.

use super::collect::Collect;
use super::collector::Collector;
use super::rules::{CheckRules, validation_errors};

/// Checks that a wire string is a valid `T` (a `String` field with a built-in validator such as
/// `#[payment(currency)]`), recording `T`'s own error at the current path. The string is kept as is.
pub fn check_as<T: Collect>(value: &str, c: &mut Collector) {
    let de = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(value);
    let before = c.error_count();
    // A string deserializer has no syntax errors; `T` records its own problems in `c`.
    let valid = matches!(T::collect(de, c), Ok(Some(_)));
    if !valid && c.error_count() == before {
        c.invalid(super::Invalid::new("invalid", "is invalid"));
    }
}

/// `validator::Validate` for a derived struct: its [`CheckRules`], with errors keyed by dotted wire paths.
pub fn validate<T: CheckRules + ?Sized>(value: &T) -> Result<(), validator::ValidationErrors> {
    let mut c = Collector::new();
    value.check_rules(&mut c);
    c.finish().map_err(|report| validation_errors(report.errors()))
}
