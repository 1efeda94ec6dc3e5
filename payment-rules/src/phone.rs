//! Phone numbers in international form, as people write them: the digits of an E.164 number, country code
//! first, with the `+`, spaces and separators people type. The digits alone are sent.
//!
//! - **What is read.** An optional `+` (or the full-width `＋`) before the first digit, then digits (of
//!   any script, `General_Category=Nd`, as libphonenumber's `normalizeDigits` reads them: ASCII,
//!   full-width `０`-`９`, Arabic-Indic `٠`-`٩`, Persian `۰`-`۹`, Devanagari `०`-`९`, ...), with any of the separators people put between them: spaces (ASCII and every
//!   Unicode space separator, `General_Category=Zs`, so a paste's no-break space or a leading or trailing
//!   space is read as a space), hyphens and dashes (`-`, U+2010-U+2015, `−`, `－`, `ー`), dots (`.`, `．`),
//!   slashes (`/`, `／`), tildes (`~`, `⁓`, `∼`, `～`), round and square brackets (also full-width).
//!   This is ITU-T E.123 (02/2001) §2 (international notation, `+44 121 234 5678`, groups separated by
//!   spaces) and the punctuation libphonenumber's `PhoneNumberUtil.VALID_PUNCTUATION` reads (commit
//!   f7e3e88, 2026-07-16), less the invisible ones (soft hyphen, zero-width space, word joiner), which are refused as
//!   everywhere else. Letters (`1-800-FLOWERS`, `ext. 12`) are refused.
//! - **What is sent.** The digits only, without `+` (the form of the gateway's published example,
//!   `"8112345678"`): `from_json` reads that form back, so the wire bytes do not change.
//! - **Maximum 15 digits**: ITU-T E.164 (11/2010) §6.1, country code included.
//! - **Minimum 7 digits**: E.164 sets no minimum. The shortest numbers in use are those of a three-digit
//!   country code and four-digit subscriber numbers: Niue (+683 xxxx) and Tokelau (+690 xxxx), per their
//!   national numbering plans notified to the ITU (2025).
//! - **A country code first.** No country code starts with 0, so a number starting with 0 (after the
//!   optional `+`) is a national number with its trunk prefix (`0121 234 5678`), or `+0...`: refused,
//!   asking for the country code. The first one to three digits must be an *assigned* country code of
//!   ITU-T E.164 (`data/e164-country-codes.csv`: the ITU list of assigned codes, cross-checked with
//!   libphonenumber, both dated there); a spare or reserved code (`+28...`, `+999...`) is refused.
//!   `+44 (0)121 ...`, the trunk `0` in brackets after the country code, is refused: E.123 says not to
//!   write it, and reading its digits would dial another number.
//! - **What cannot be told.** The wire form has no `+`, and `from_json` must read this crate's own
//!   output, so a national number whose first digits happen to be a country code (`81 12 3456 789` meant
//!   in Japan without its `0`, or a US number `212 555 0100` without its `1`, read as Morocco's 212) is
//!   accepted as that country's number. Only the payer can tell.
//!
//! The rule is a `const fn` (the `phone!` literal is checked by the compiler once): it writes the digits
//! into a [`PhoneDigits`] value instead of returning a slice of the input, since separators are dropped.
//!
//! ```
//! use payment_rules::phone::phone;
//!
//! assert_eq!(phone("8112345678").unwrap().as_str(), "8112345678");
//! assert_eq!(phone("+44 121 234 5678").unwrap().as_str(), "441212345678");
//! assert_eq!(phone(" +1 (415) 555-2671 ").unwrap().as_str(), "14155552671");
//! assert_eq!(phone("０１２１ ２３４ ５６７８").unwrap_err().to_string(), "a phone number needs its country code first, e.g. +44 121 234 5678: a national number starting with 0 cannot be sent");
//! ```

use crate::rule_error;

/// The fewest digits (country code included).
pub const MIN_DIGITS: usize = 7;
/// The most digits (country code included), E.164 §6.1.
pub const MAX_DIGITS: usize = 15;

include!(concat!(env!("OUT_DIR"), "/phone_table.rs"));

/// Why a string is not a valid phone number. No message contains the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PhoneError {
    /// The input is empty (or only spaces).
    #[error("the phone number is empty")]
    Empty,
    /// Something other than an optional leading `+`, digits and the separators people type.
    #[error(
        "the phone number may contain only digits, a leading `+`, spaces, hyphens, dots, slashes and brackets, e.g. `+44 121 234 5678`"
    )]
    NonDigit,
    /// A first digit `0`: a national number with its trunk prefix, or `+0`.
    #[error(
        "a phone number needs its country code first, e.g. +44 121 234 5678: a national number starting with 0 cannot be sent"
    )]
    NoCountryCode,
    /// The trunk prefix `(0)` written after the country code.
    #[error(
        "the phone number has the national trunk prefix `(0)` after its country code; leave it out, e.g. +44 121 234 5678"
    )]
    TrunkZero,
    /// The first digits are no assigned country code of ITU-T E.164.
    #[error(
        "the phone number does not start with an assigned country code (ITU-T E.164), e.g. +44 for the United Kingdom"
    )]
    UnknownCountryCode,
    /// Fewer than 7 digits.
    #[error("the phone number is too short: an international number has 7 to 15 digits")]
    TooShort,
    /// More than 15 digits.
    #[error("the phone number is too long: an international number has 7 to 15 digits (E.164)")]
    TooLong,
}

rule_error!(PhoneError, |e| match e {
    PhoneError::NoCountryCode | PhoneError::UnknownCountryCode | PhoneError::TrunkZero =>
        ("phone.country_code", "must be an international phone number that starts with its country code"),
    _ => ("phone", "must be an international phone number: an optional `+` and 7 to 15 digits"),
});

/// The digits of a phone number that passed the rule: what is sent.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PhoneDigits {
    digits: [u8; MAX_DIGITS],
    len: usize,
}

impl PhoneDigits {
    /// The digits, as ASCII bytes.
    pub const fn as_bytes(&self) -> &[u8] {
        self.digits.split_at(self.len).0
    }

    /// The digits.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).expect("ASCII digits")
    }
}

/// Redacted: a phone number is personal data.
impl std::fmt::Debug for PhoneDigits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PhoneDigits({} digits)", self.len)
    }
}

/// The first code point of each run of ten decimal digits, `General_Category=Nd` (Unicode 17.0: the
/// Unicode stability policy keeps each script's digits 0 to 9 contiguous and in order). A test checks
/// the list against the Unicode Character Database.
pub(crate) const DIGIT_ZEROS: [u32; 77] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50,
    0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
    0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x10D40,
    0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x116D0, 0x116DA,
    0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50, 0x11DA0, 0x11DE0, 0x11F50, 0x16130, 0x16A60,
    0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0,
    0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
];

/// The code point at the start of `bytes` (valid UTF-8, taken from a `str`) and the bytes after it.
const fn decode(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let lead = match bytes {
        [b, ..] => *b as u32,
        [] => return None,
    };
    let (len, mut c) = match lead {
        0..0x80 => (1, lead),
        0xC0..0xE0 => (2, lead & 0x1F),
        0xE0..0xF0 => (3, lead & 0x0F),
        _ => (4, lead & 0x07),
    };
    if bytes.len() < len {
        return None;
    }
    let (head, rest) = bytes.split_at(len);
    let mut tail = head.split_at(1).1;
    while let [b, more @ ..] = tail {
        c = (c << 6) | (*b as u32 & 0x3F);
        tail = more;
    }
    Some((c, rest))
}

/// The value of a decimal digit of any script, or `None`.
pub(crate) const fn digit_value(c: u32) -> Option<u8> {
    let mut zeros: &[u32] = &DIGIT_ZEROS;
    while let [zero, more @ ..] = zeros {
        if *zero <= c && c < *zero + 10 {
            return Some((c - *zero) as u8);
        }
        zeros = more;
    }
    None
}

/// What one character of the input is.
enum Read {
    Digit(u8),
    Plus,
    Space,
    Open,
    Close,
    Separator,
}

/// The character at the start of `bytes` and the bytes after it; `None` for anything the rule refuses.
const fn next(bytes: &[u8]) -> Option<(Read, &[u8])> {
    Some(match bytes {
        [d @ b'0'..=b'9', rest @ ..] => (Read::Digit(*d), rest),
        [b'+', rest @ ..] | [0xEF, 0xBC, 0x8B, rest @ ..] => (Read::Plus, rest),
        [b' ', rest @ ..] => (Read::Space, rest),
        [b'(' | b'[', rest @ ..] | [0xEF, 0xBC, 0x88 | 0xBB, rest @ ..] => (Read::Open, rest),
        [b')' | b']', rest @ ..] | [0xEF, 0xBC, 0x89 | 0xBD, rest @ ..] => (Read::Close, rest),
        // - . / ~, U+2010-U+2015 dashes, U+2053 swung dash, U+2212 minus, U+223C tilde operator,
        // U+30FC prolonged sound mark, U+FF0D-U+FF0F full-width - . /, U+FF5E full-width tilde.
        [b'-' | b'.' | b'/' | b'~', rest @ ..]
        | [0xE2, 0x80, 0x90..=0x95, rest @ ..]
        | [0xE2, 0x81, 0x93, rest @ ..]
        | [0xE2, 0x88, 0x92 | 0xBC, rest @ ..]
        | [0xE3, 0x83, 0xBC, rest @ ..]
        | [0xEF, 0xBC, 0x8D..=0x8F, rest @ ..]
        | [0xEF, 0xBD, 0x9E, rest @ ..] => (Read::Separator, rest),
        _ => match crate::unicode_space(bytes) {
            Some(rest) => (Read::Space, rest),
            None => match decode(bytes) {
                Some((c, rest)) => match digit_value(c) {
                    Some(d) => (Read::Digit(b'0' + d), rest),
                    None => return None,
                },
                None => return None,
            },
        },
    })
}

/// Whether the first one to three of `digits` are an assigned country code (the codes are prefix-free).
pub const fn starts_with_country_code(digits: &[u8]) -> bool {
    let mut code = 0u16;
    let mut rest = digits;
    let mut n = 0;
    while let [d, tail @ ..] = rest {
        if n == 3 || !d.is_ascii_digit() {
            return false;
        }
        code = code * 10 + (*d - b'0') as u16;
        n += 1;
        let mut codes: &[u16] = &COUNTRY_CODES;
        while let [c, codes_tail @ ..] = codes {
            if *c == code {
                return true;
            }
            codes = codes_tail;
        }
        rest = tail;
    }
    false
}

/// The rule (see the [module docs](self)): the digits of `s`, or why it is no international number.
pub const fn phone(s: &str) -> Result<PhoneDigits, PhoneError> {
    let mut out = PhoneDigits { digits: [0; MAX_DIGITS], len: 0 };
    let mut count = 0usize;
    let mut plus_allowed = true;
    // Within brackets: the digit count at the `(`, and whether every digit since is a 0.
    let mut open: Option<usize> = None;
    let mut zeros_only = true;
    let mut rest = s.as_bytes();
    while !rest.is_empty() {
        let Some((read, tail)) = next(rest) else { return Err(PhoneError::NonDigit) };
        match read {
            Read::Digit(d) => {
                if count < MAX_DIGITS {
                    out.digits[count] = d;
                }
                count += 1;
                zeros_only = zeros_only && d == b'0';
                plus_allowed = false;
            }
            Read::Plus if plus_allowed => plus_allowed = false,
            Read::Plus => return Err(PhoneError::NonDigit),
            Read::Space => {}
            Read::Open => {
                open = Some(count);
                zeros_only = true;
                plus_allowed = false;
            }
            Read::Close => {
                if let Some(at) = open
                    && at > 0
                    && count > at
                    && zeros_only
                {
                    return Err(PhoneError::TrunkZero);
                }
                open = None;
            }
            Read::Separator => plus_allowed = false,
        }
        rest = tail;
    }
    if count == 0 {
        return Err(if plus_allowed { PhoneError::Empty } else { PhoneError::NonDigit });
    }
    if out.digits[0] == b'0' {
        return Err(PhoneError::NoCountryCode);
    }
    if count < MIN_DIGITS {
        return Err(PhoneError::TooShort);
    }
    if count > MAX_DIGITS {
        return Err(PhoneError::TooLong);
    }
    out.len = count;
    if !starts_with_country_code(out.as_bytes()) {
        return Err(PhoneError::UnknownCountryCode);
    }
    Ok(out)
}

#[cfg(test)]
#[path = "phone_tests.rs"]
mod tests;
