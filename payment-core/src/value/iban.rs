//! [`Iban`]: an International Bank Account Number (ISO 13616), kept secret, with its `iban!` literal.

use std::fmt;
use std::str::FromStr;

use payment_rules::iban::{self as rule, IbanError, MAX_LEN};

use super::digits::SecretDigits;
use super::serde_str::from_str_impls;
use crate::wire::Invalid;

/// An IBAN: a country code of SWIFT's IBAN Registry, check digits that pass the mod-97 check (ISO 7064),
/// and an account part of the length and format the registry gives for the country
/// (`payment_rules::iban`).
///
/// Written in the electronic form (`NL91ABNA0417164300`) or the print form, single spaces between
/// characters (`NL91 ABNA 0417 1643 00`), upper case; it holds the electronic form.
///
/// An account number is personal data, so it is kept as a **secret**: `Debug` and `Display` show only the
/// country code and the last four characters, in the print form's groups ([`masked`](Self::masked):
/// `NL** **** **** **43 00`), no error contains a character of it, and the characters (inline, not on
/// the heap) are zeroized on drop. The number leaves the type only through serialization and
/// [`expose_secret`](Self::expose_secret).
///
/// ```
/// use payment_core::{Iban, iban};
///
/// let account = iban!("NL91 ABNA 0417 1643 00");
/// assert_eq!(account.expose_secret(), "NL91ABNA0417164300");
/// assert_eq!(account.country_code(), "NL");
/// assert_eq!(format!("{account:?}"), "Iban(NL** **** **** **43 00)");
/// assert_eq!(account.to_string(), "NL** **** **** **43 00");
/// assert_eq!(serde_json::to_string(&account).unwrap(), r#""NL91ABNA0417164300""#);
/// assert_eq!("NL91ABNA0417164300".parse::<Iban>().unwrap(), account);
/// assert_eq!(
///     "NL91ABNA0417164301".parse::<Iban>().unwrap_err().to_string(),
///     "the IBAN fails the mod-97 check (ISO 7064): a character is mistyped"
/// );
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Iban {
    /// The electronic form (ASCII letters and digits; `SecretDigits` holds any ASCII).
    chars: SecretDigits<MAX_LEN>,
}

impl Iban {
    /// Parses an IBAN, as `FromStr` does, in a `const` too. Nothing is copied before the rule has passed,
    /// so a refused number leaves no copy behind.
    pub const fn parse(text: &str) -> Result<Self, IbanError> {
        match rule::iban(text) {
            Ok(_) => Ok(Self::accepted(text)),
            Err(e) => Err(e),
        }
    }

    /// For the `iban!` macro, which evaluates it in a `const` block: the rule, and a literal that breaks it
    /// panics (at compile time there) with the rule's message, which contains no character of it. Called
    /// by hand at run time it panics the same way, never returning an invalid value.
    #[doc(hidden)]
    #[track_caller]
    pub const fn __literal(text: &str) -> Self {
        match rule::iban(text) {
            Ok(_) => Self::accepted(text),
            Err(e) => panic!("{}", e.message()),
        }
    }

    /// The value of `text`, which the rule accepted: its electronic form.
    const fn accepted(text: &str) -> Self {
        let mut chars = SecretDigits::empty();
        let len = rule::electronic_form(text, chars.buffer());
        chars.set_len(len);
        Self { chars }
    }

    /// The electronic form, `NL91ABNA0417164300`. The one way to read it besides serialization: keep its
    /// uses few and easy to find.
    pub fn expose_secret(&self) -> &str {
        self.chars.as_str()
    }

    /// The country code, e.g. `"NL"`: safe to show.
    pub fn country_code(&self) -> &str {
        self.chars.slice(0, 2)
    }

    /// The last four characters, e.g. `"4300"`: safe to show.
    pub fn last4(&self) -> &str {
        let len = self.chars.len();
        self.chars.slice(len - 4, len)
    }

    /// The IBAN as it may be shown: the print form with everything but the country code and the last four
    /// characters hidden, `NL** **** **** **43 00`.
    pub fn masked(&self) -> String {
        let len = self.chars.len();
        let mut out = String::with_capacity(len + len / 4);
        for (i, c) in self.expose_secret().chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push(' ');
            }
            out.push(if i < 2 || i >= len - 4 { c } else { '*' });
        }
        out
    }
}

/// The characters live in a `SecretDigits` store, whose `Drop` overwrites them with zeroes: the marker
/// makes that promise checkable (`T: ZeroizeOnDrop`).
impl zeroize::ZeroizeOnDrop for Iban {}

impl FromStr for Iban {
    type Err = IbanError;
    fn from_str(s: &str) -> Result<Self, IbanError> {
        Self::parse(s)
    }
}

from_str_impls!(Iban, IbanError, "an IBAN");

/// A collecting builder's setter takes an IBAN's text too.
impl crate::builder::FromText for Iban {
    #[inline]
    fn from_text(text: &str) -> Result<Self, Invalid> {
        text.parse::<Iban>().map_err(Invalid::from)
    }
}

/// The shape of the two spellings; the registry's lengths and formats and the mod-97 check are named in
/// the description.
impl crate::schema::Schema for Iban {
    fn schema() -> serde_json::Value {
        crate::schema::pattern(
            "^[A-Z]{2}[0-9]{2}([A-Z0-9]{11,30}|( [A-Z0-9]{4}){2,7}( [A-Z0-9]{1,4})?)$",
            "an IBAN (ISO 13616), upper case, without spaces or with single spaces between characters (groups of four); \
             not stated here: the country's length and format in SWIFT's IBAN Registry and the mod-97 check",
        )
    }
}

impl serde::Serialize for Iban {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.expose_secret())
    }
}

impl fmt::Display for Iban {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for Iban {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Iban({})", self.masked())
    }
}

/// An [`Iban`] from a literal checked at compile time (electronic or print form, upper case). The rule
/// runs in a `const` block, so a bad literal fails `cargo check` with the rule's message, which never
/// contains the number.
///
/// ```
/// let account = payment_core::iban!("DE89 3704 0044 0532 0130 00");
/// assert_eq!(format!("{account:?}"), "Iban(DE** **** **** **** **30 00)");
/// ```
///
/// ```compile_fail
/// // error: the IBAN fails the mod-97 check (ISO 7064): a character is mistyped
/// let account = payment_core::iban!("DE89370400440532013001");
/// ```
///
/// ```compile_fail
/// // error: IBANs are upper case (ISO 13616): write the letters as capitals
/// let account = payment_core::iban!("nl91abna0417164300");
/// ```
#[macro_export]
macro_rules! iban {
    ($text:literal) => {
        const { $crate::Iban::__literal($text) }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iban(s: &str) -> Iban {
        s.parse().unwrap()
    }

    #[test]
    fn masking_keeps_the_country_and_the_last_four() {
        assert_eq!(iban("NO9386011117947").masked(), "NO** **** ***7 947");
        assert_eq!(iban("GB29NWBK60161331926819").masked(), "GB** **** **** **** **68 19");
        let longest = iban("LC55HEMM000100010012001200023015");
        assert_eq!(longest.masked(), "LC** **** **** **** **** **** **** 3015");
        assert_eq!(longest.last4(), "3015");
        assert_eq!(longest.country_code(), "LC");
    }

    #[test]
    fn both_spellings_hold_the_electronic_form() {
        assert_eq!(iban("GB29 NWBK 6016 1331 9268 19"), iban("GB29NWBK60161331926819"));
        assert_eq!(iban("GB29 NWBK 6016 1331 9268 19").expose_secret(), "GB29NWBK60161331926819");
        assert_eq!(Iban::parse("GB29NWBK60161331926818"), Err(IbanError::Checksum));
    }

    #[test]
    fn the_literal_is_a_constant() {
        const ACCOUNT: Iban = crate::iban!("BE68539007547034");
        assert_eq!(ACCOUNT, iban("BE68 5390 0754 7034"));
    }

    #[test]
    #[should_panic(expected = "the IBAN fails the mod-97 check (ISO 7064): a character is mistyped")]
    fn the_literal_constructor_panics_at_run_time_too() {
        let _ = Iban::__literal(std::hint::black_box("BE68539007547035"));
    }

    #[test]
    fn serde_errors_carry_no_character_of_the_number() {
        let err = serde_json::from_str::<Iban>(r#""GB29NWBK60161331926818""#).unwrap_err().to_string();
        assert!(!err.contains("NWBK") && !err.contains("6818"), "{err}");
        let back: Iban = serde_json::from_str(r#""GB29 NWBK 6016 1331 9268 19""#).unwrap();
        assert_eq!(serde_json::to_string(&back).unwrap(), r#""GB29NWBK60161331926819""#);
    }
}
