//! The rules of the paymentv2 value types, in one place.
//!
//! Every rule is a plain function returning a typed [`thiserror`] error. The same functions run at run time
//! (`FromStr`, `Deserialize` and `Collect` in `payment-core`) and at compile time (the literal macros of
//! `payment-derive`, which turn an error into a `compile_error!` at the literal), so a rule cannot drift
//! between the two.
//!
//! Every error implements [`RuleError`]: a machine-readable [`code`](RuleError::code) and the
//! [`rule`](RuleError::rule) in plain words *without* the rejected value (safe to log and to send back to
//! a client). Its `Display` says what is wrong in plain words and never quotes the rejected value (a
//! suggestion such as "did you mean `JPY`?" names a valid value); the literal macros, whose input is in the
//! source already, put the literal in front of it.
//!
//! ```
//! use payment_rules::{RuleError, currency};
//!
//! assert_eq!(currency::currency("JPY").unwrap().exponent, 0);
//! let err = currency::currency("JPX").unwrap_err();
//! assert_eq!(err.to_string(), "the currency code is not in ISO 4217 (did you mean `JPY`?)");
//! assert_eq!(err.rule(), "must be an active ISO 4217 currency code");
//! ```
//!
#![doc = include_str!("../RULES.md")]

pub mod amount;
pub mod card;
pub mod country;
pub mod currency;
pub mod cvc;
pub mod email;
pub mod expiry;
pub mod iban;
pub mod ip;
pub mod merchant;
pub mod money;
pub mod phone;
pub mod return_url;
pub mod suggest;
pub mod text;
pub mod url;

/// What every rule error can say about itself besides its `Display` message.
pub trait RuleError: std::error::Error {
    /// A stable, machine-readable code for the rule, e.g. `"currency"`, `"card.luhn"`, `"expiry.month"`.
    fn code(&self) -> &'static str;

    /// The rule in plain words, without the rejected value, e.g. "must be an active ISO 4217 currency code".
    fn rule(&self) -> &'static str;

    /// The valid value probably meant, when one is near: `EUR` for `EURO` or `eur`. Given by the code
    /// rules only (currency, country), whose suggestion is an entry of a public table; never by a rule
    /// of a secret or personal value (card number, CVC, email, phone), so that no report carries what was
    /// refused or a neighbour of it.
    fn suggestion(&self) -> Option<&'static str> {
        None
    }
}

/// Whether every byte is an ASCII digit (true for none), usable in a `const fn`. The loop walks the slice
/// rather than counting, so no mutant of a counter can make it endless.
pub(crate) const fn all_ascii_digits(mut bytes: &[u8]) -> bool {
    while let [first, rest @ ..] = bytes {
        if !first.is_ascii_digit() {
            return false;
        }
        bytes = rest;
    }
    true
}

/// If `bytes` start with a non-ASCII space separator (`General_Category=Zs`: the no-break space, the
/// ogham space mark, U+2000-U+200A, the narrow no-break space, the medium mathematical space and the
/// ideographic space), the bytes after it. Pasted card and phone numbers carry them; usable in a
/// `const fn`. The tests check the list against the Unicode Character Database.
pub(crate) const fn unicode_space(bytes: &[u8]) -> Option<&[u8]> {
    match bytes {
        [0xC2, 0xA0, rest @ ..]
        | [0xE1, 0x9A, 0x80, rest @ ..]
        | [0xE2, 0x80, 0x80..=0x8A | 0xAF, rest @ ..]
        | [0xE2, 0x81, 0x9F, rest @ ..]
        | [0xE3, 0x80, 0x80, rest @ ..] => Some(rest),
        _ => None,
    }
}

/// Implements [`RuleError`] for an error enum from a `match` of each variant to `(code, rule)`.
///
/// Exported (hidden) for the value types of `payment-core` whose rule is a parse of another crate's
/// (`StoredCardToken`, `TransactionId`: a UUID), so that every rule error is made one way.
#[doc(hidden)]
#[macro_export]
macro_rules! rule_error {
    ($ty:ty, |$e:ident| $body:expr $(, suggestion: |$s:ident| $suggest:expr)?) => {
        impl $crate::RuleError for $ty {
            fn code(&self) -> &'static str {
                let $e = self;
                ($body).0
            }
            fn rule(&self) -> &'static str {
                let $e = self;
                ($body).1
            }
            $(fn suggestion(&self) -> Option<&'static str> {
                let $s = self;
                $suggest
            })?
        }
    };
}

#[cfg(test)]
mod tests {
    use icu_properties::CodePointMapData;
    use icu_properties::props::GeneralCategory;

    /// `unicode_space` knows exactly the space separators of the Unicode Character Database but ASCII's.
    #[test]
    fn unicode_spaces_are_the_space_separators() {
        for c in (0x80..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let zs = CodePointMapData::<GeneralCategory>::new().get(c) == GeneralCategory::SpaceSeparator;
            let text = format!("{c}1");
            assert_eq!(
                super::unicode_space(text.as_bytes()),
                zs.then_some(&b"1"[..]),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }
}
