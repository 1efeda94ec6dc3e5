//! [`CardNumber`]: a Luhn-valid card number (PAN), kept secret.

use std::fmt;
use std::str::FromStr;

use payment_rules::card::{self as rule, CardError, MAX_DIGITS, Scheme};

use super::digits::SecretDigits;

use super::serde_str::from_str_impls;

/// A card number (PAN): 12 to 19 digits, Luhn-valid, with a length its [`Scheme`] issues.
///
/// Spaces and dashes are accepted on input and dropped. It is a **secret**: `Debug` and `Display` show
/// at most the first 6 and last 4 digits ([`masked`](Self::masked)), no error contains a digit, and the
/// digits (kept inline, not on the heap) are zeroized on drop. The full number leaves the type only
/// through serialization and [`expose_secret`](Self::expose_secret).
///
/// ```
/// use payment_core::{CardNumber, Scheme, card_number};
///
/// let pan = card_number!("5200 0000 0000 1005");
/// assert_eq!(pan.scheme(), Scheme::Mastercard);
/// assert_eq!(format!("{pan:?}"), "CardNumber(520000******1005)");
/// assert_eq!(pan.to_string(), "520000******1005");
/// assert_eq!(pan.expose_secret(), "5200000000001005");
/// assert_eq!(serde_json::to_string(&pan).unwrap(), r#""5200000000001005""#);
/// assert_eq!(
///     "5200000000001006".parse::<CardNumber>().unwrap_err().to_string(),
///     "card number fails the Luhn check (a digit is mistyped)"
/// );
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct CardNumber {
    digits: SecretDigits<MAX_DIGITS>,
    scheme: Scheme,
}

impl CardNumber {
    /// For the `card_number!` macro, which checked the literal at compile time and evaluates this in a
    /// `const` block: the same rule again, so no call returns an invalid value; a number that breaks it
    /// panics (at compile time there), with a message that contains no digit.
    #[track_caller]
    pub(crate) const fn literal(digits: &str) -> Self {
        let mut store = SecretDigits::empty();
        match rule::card_number(digits, store.buffer()) {
            Ok(checked) => {
                store.set_len(checked.len);
                Self { digits: store, scheme: checked.scheme }
            }
            Err(_) => panic!("not a valid card number literal; use `card_number!`"),
        }
    }

    /// The full card number, digits only. The one way to read it besides serialization: keep its uses few
    /// and easy to find.
    pub fn expose_secret(&self) -> &str {
        self.digits.as_str()
    }

    /// The card scheme of the number's prefix.
    pub const fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// The number of digits, 12 to 19.
    pub const fn len(&self) -> usize {
        self.digits.len()
    }

    /// Always `false`: a card number has at least 12 digits. (Present for symmetry with [`len`](Self::len).)
    pub const fn is_empty(&self) -> bool {
        self.digits.len() == 0
    }

    /// The last four digits, e.g. `"1005"`: safe to show.
    pub fn last4(&self) -> &str {
        let len = self.digits.len();
        self.digits.slice(len.saturating_sub(4), len)
    }

    /// The number as it may be shown: `520000******1005`.
    ///
    /// The first 6 digits (the issuer's BIN) and the last 4 are shown only for numbers of 16 digits or more.
    /// Shorter numbers show only the last 4 (`***********0005`): for a 12-digit Maestro card, BIN plus last 4
    /// would leave only 2 digits hidden, and for a 15-digit Amex only 5.
    pub fn masked(&self) -> String {
        let len = self.digits.len();
        let shown_head = if len >= 16 { 6 } else { 0 };
        let mut out = String::with_capacity(len);
        out.push_str(self.digits.slice(0, shown_head));
        out.extend(std::iter::repeat_n('*', len - shown_head - 4.min(len)));
        out.push_str(self.last4());
        out
    }
}

/// The digits live in a `SecretDigits` store, whose `Drop` overwrites them with zeroes: the marker makes that
/// promise checkable (`T: ZeroizeOnDrop`).
impl zeroize::ZeroizeOnDrop for CardNumber {}

impl FromStr for CardNumber {
    type Err = CardError;
    fn from_str(s: &str) -> Result<Self, CardError> {
        // The digits are written straight into the value, so an error drops (and zeroizes) the only copy.
        let mut digits = SecretDigits::empty();
        let checked = rule::card_number(s, digits.buffer())?;
        digits.set_len(checked.len);
        Ok(Self { digits, scheme: checked.scheme })
    }
}

from_str_impls!(CardNumber, CardError, "a card number");

impl serde::Serialize for CardNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.expose_secret())
    }
}

impl fmt::Display for CardNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for CardNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CardNumber({})", self.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pan(s: &str) -> CardNumber {
        s.parse().unwrap()
    }

    #[test]
    fn masking() {
        assert_eq!(pan("5200000000001005").masked(), "520000******1005");
        assert_eq!(pan("378282246310005").masked(), "***********0005");
        assert_eq!(pan("4000000000000000006").masked(), "400000*********0006");
        assert_eq!(pan("5200000000001005").to_string(), "520000******1005", "Display is the masked form");
        let short = pan("36227206271667");
        assert_eq!(format!("{short:?}"), "CardNumber(**********1667)");
        assert_eq!(short.last4(), "1667");
        assert_eq!(short.len(), 14);
    }

    #[test]
    fn literal_constructor_matches_parse() {
        let lit = CardNumber::literal("5200000000001005");
        assert_eq!(lit, pan("5200-0000-0000-1005"));
        assert!(!lit.is_empty());
    }

    #[test]
    fn serde_errors_carry_no_digits() {
        let err = serde_json::from_str::<CardNumber>(r#""5200000000001006""#).unwrap_err().to_string();
        assert!(!err.contains("5200") && !err.contains("1006"), "{err}");
        assert_eq!(
            serde_json::from_str::<CardNumber>(r#""5200000000001005""#).unwrap(),
            pan("5200000000001005")
        );
    }
}
