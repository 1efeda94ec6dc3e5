//! [`Cvc`]: a card verification code, kept secret.

use std::fmt;
use std::str::FromStr;

use payment_rules::cvc::{self as rule, CvcError, MAX_DIGITS};

use super::digits::SecretDigits;

use super::serde_str::from_str_impls;
use crate::Scheme;

/// A card verification code: 3 or 4 ASCII digits. [`check_scheme`](Self::check_scheme) adds the rule
/// that American Express uses 4 and every other scheme 3.
///
/// It is a **secret**: `Debug` is `Cvc(***)`, `Display` is `***`, errors contain no digit, and the digits
/// are zeroized on drop. The value leaves the type only through serialization and
/// [`expose_secret`](Self::expose_secret).
///
/// ```
/// use payment_core::{Cvc, Scheme, cvc};
///
/// let cvc = cvc!("100");
/// assert_eq!(format!("{cvc:?} {cvc}"), "Cvc(***) ***");
/// assert_eq!(cvc.expose_secret(), "100");
/// assert!(cvc.check_scheme(Scheme::Amex).is_err());
/// assert_eq!("12".parse::<Cvc>().unwrap_err().to_string(), "CVC must be three or four digits");
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Cvc {
    digits: SecretDigits<MAX_DIGITS>,
}

impl Cvc {
    /// For the `cvc!` macro, which checked the literal at compile time and evaluates this in a `const`
    /// block: the same rule again, so no call returns an invalid value; a CVC that breaks it panics (at
    /// compile time there), with a message that contains no digit.
    #[track_caller]
    pub(crate) const fn literal(digits: &str) -> Self {
        match rule::cvc(digits) {
            Ok(len) => Self::accepted(digits, len),
            Err(_) => panic!("not a valid CVC literal; use `cvc!`"),
        }
    }

    /// The value of `digits`, which the rule accepted as `len` (3 or 4) ASCII digits: for `FromStr` and
    /// the `const` literal path alike.
    const fn accepted(digits: &str, len: usize) -> Self {
        let mut store = SecretDigits::empty();
        store.buffer().split_at_mut(len).0.copy_from_slice(digits.as_bytes());
        store.set_len(len);
        Self { digits: store }
    }

    /// The CVC's digits. The one way to read it besides serialization: keep its uses few and easy to find.
    pub fn expose_secret(&self) -> &str {
        self.digits.as_str()
    }

    /// The number of digits, 3 or 4.
    pub const fn len(&self) -> usize {
        self.digits.len()
    }

    /// Always `false`: a CVC has at least 3 digits.
    pub const fn is_empty(&self) -> bool {
        self.digits.len() == 0
    }

    /// Checks the length against the card's scheme: 4 digits for American Express, 3 otherwise.
    pub fn check_scheme(&self, scheme: Scheme) -> Result<(), CvcError> {
        rule::for_scheme(self.len(), scheme)
    }
}

/// The digits live in a `SecretDigits` store, whose `Drop` overwrites them with zeroes: the marker makes that
/// promise checkable (`T: ZeroizeOnDrop`).
impl zeroize::ZeroizeOnDrop for Cvc {}

impl FromStr for Cvc {
    type Err = CvcError;
    fn from_str(s: &str) -> Result<Self, CvcError> {
        let len = rule::cvc(s)?;
        Ok(Self::accepted(s, len))
    }
}

from_str_impls!(Cvc, CvcError, "a CVC");

impl serde::Serialize for Cvc {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.expose_secret())
    }
}

impl fmt::Display for Cvc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Debug for Cvc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Cvc(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_digit_cvc_is_masked_the_same() {
        let cvc: Cvc = "1234".parse().unwrap();
        assert_eq!(format!("{cvc:?}/{cvc}"), "Cvc(***)/***");
        assert_eq!(cvc.len(), 4);
        assert!(!cvc.is_empty());
        assert!(cvc.check_scheme(Scheme::Amex).is_ok());
        assert!(cvc.check_scheme(Scheme::Visa).is_err());
        assert_eq!(Cvc::literal("1234"), cvc);
    }

    #[test]
    fn serde() {
        let cvc: Cvc = serde_json::from_str(r#""100""#).unwrap();
        assert_eq!(serde_json::to_string(&cvc).unwrap(), r#""100""#);
        let err = serde_json::from_str::<Cvc>(r#""1x0""#).unwrap_err().to_string();
        assert!(!err.contains("1x0"), "{err}");
    }
}
