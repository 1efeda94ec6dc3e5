//! Card numbers (PANs): 12 to 19 digits, Luhn-valid, not starting with `0`, and of a length that the
//! scheme of the prefix issues **where that is certain**.
//!
//! Spaces and dashes are allowed on input and removed: ASCII spaces and every other space separator of
//! Unicode (`General_Category=Zs`: the no-break space, the narrow no-break space, the ideographic space,
//! ...), which numbers pasted from a web page or a PDF carry. The digits are written into a buffer that the
//! caller owns (and zeroizes), so this module never keeps a copy of a card number. No error message
//! contains a digit of the input.
//!
//! # Schemes
//!
//! The scheme comes from the prefix table in `data/card-ranges.csv`, where every range names its source
//! and that source's date (Wikipedia's IIN table, the schemes' own publications, Braintree's card-type
//! table, Adyen's test cards). When ranges overlap, the longer prefix wins: `606282` is Hipercard although
//! it lies in `60`, `4571` is Dankort although it lies in Visa's `4`.
//!
//! The rule refuses a number for its length **only when the range is certain** (one scheme, and all
//! sources agree on its lengths); everywhere else a Luhn-valid number of 12 to 19 digits is accepted,
//! labelled with the range's scheme or [`Scheme::Unknown`]:
//!
//! | scheme | certain ranges | lengths there |
//! | --- | --- | --- |
//! | Visa | 4 (other than the national schemes' ranges inside it) | 13 to 19 |
//! | Mastercard | 51-55, 2221-2720 | 16 or 19 |
//! | American Express | 34, 37 | 15 |
//! | Discover | 6011, 644-649, 65 (other than Elo's ranges) | 16 to 19 |
//! | JCB | 3528-3589 | 16 to 19 |
//! | Diners Club | 300-305, 3095, 36, 38-39 (other than Hipercard's 3841xx) | 14 to 19 |
//! | Mir | 2200-2204 | 16 to 19 |
//! | UnionPay | 62, 810000-817199 | 14 to 19 |
//! | UATP | 1 | 15 |
//!
//! The lengths of a certain range are the union of what its sources publish (Visa: 13, 16 and 19 in one,
//! 16, 18 and 19 in another), so that no length any source gives is refused.
//!
//! Labelled but never refused for length: Maestro (its ranges, 493698 among them, give 12 to 19),
//! RuPay (508), Elo, Hipercard, Verve, Cabal, Troy, Dankort. Anything else (the rest of 60, 63, 81, 82,
//! 9, 2...) is [`Scheme::Unknown`] and accepted.
//!
//! The longest prefix decides the scheme **before** any length rule: `493698` is Maestro's although it
//! lies in Visa's `4`, so a 12-digit number there is a Maestro number of a length Maestro issues, not a
//! Visa number too short for Visa.
//!
//! # Numbers no scheme issues
//!
//! A number starting with `0` is refused: ISO/IEC 7812-1 reserves major industry identifier 0 for
//! ISO/TC 68 and other industry assignments, so no payment card starts with it. That includes the
//! all-zero number, which passes the Luhn check.
//!
//! # UnionPay and the Luhn check
//!
//! UnionPay issued cards whose numbers do not pass the Luhn check (Braintree's card-validator accepts
//! them by default, "UnionPay is not always Luhn10 valid", `src/card-number.ts`, option
//! `luhnValidateUnionPay`, 2024; its tests use `6221558812340000` and `6212345000000001`). Refusing a real
//! card is the worse mistake, so **a number in a UnionPay range is accepted without the Luhn check**;
//! [`CheckedCard::luhn`] tells whether it passed, for a caller that wants to warn. Every other number must
//! pass it.
//!
//! ```
//! use payment_rules::card::{Scheme, card_number};
//!
//! let mut buf = [0u8; 19];
//! let checked = card_number("5200 0000 0000 1005", &mut buf).unwrap();
//! assert_eq!((checked.len, checked.scheme), (16, Scheme::Mastercard));
//! assert_eq!(&buf[..16], b"5200000000001005");
//! assert_eq!(card_number("5200000000001006", &mut buf).unwrap_err().to_string(), "card number fails the Luhn check (a digit is mistyped)");
//! assert_eq!(card_number("6062 8288 8866 6688", &mut buf).unwrap().scheme, Scheme::Hipercard);
//! ```

use std::fmt;

use crate::rule_error;

/// The longest card number, in digits.
pub const MAX_DIGITS: usize = 19;
/// The shortest card number, in digits.
pub const MIN_DIGITS: usize = 12;

/// A card scheme (brand), found from the number's prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Scheme {
    /// Visa.
    Visa,
    /// Mastercard.
    Mastercard,
    /// American Express.
    Amex,
    /// Discover (Discover Global Network).
    Discover,
    /// JCB.
    Jcb,
    /// Diners Club International.
    DinersClub,
    /// UnionPay.
    UnionPay,
    /// Maestro.
    Maestro,
    /// RuPay (India).
    RuPay,
    /// Mir (Russia).
    Mir,
    /// Elo (Brazil).
    Elo,
    /// Hipercard (Brazil).
    Hipercard,
    /// Verve (Nigeria).
    Verve,
    /// Cabal (Argentina).
    Cabal,
    /// Troy (Türkiye).
    Troy,
    /// Dankort (Denmark).
    Dankort,
    /// UATP (Universal Air Travel Plan).
    Uatp,
    /// No range of the table matches.
    Unknown,
}

impl Scheme {
    /// The scheme's name in plain words, e.g. `"American Express"`.
    pub const fn name(self) -> &'static str {
        match self {
            Scheme::Visa => "Visa",
            Scheme::Mastercard => "Mastercard",
            Scheme::Amex => "American Express",
            Scheme::Discover => "Discover",
            Scheme::Jcb => "JCB",
            Scheme::DinersClub => "Diners Club",
            Scheme::UnionPay => "UnionPay",
            Scheme::Maestro => "Maestro",
            Scheme::RuPay => "RuPay",
            Scheme::Mir => "Mir",
            Scheme::Elo => "Elo",
            Scheme::Hipercard => "Hipercard",
            Scheme::Verve => "Verve",
            Scheme::Cabal => "Cabal",
            Scheme::Troy => "Troy",
            Scheme::Dankort => "Dankort",
            Scheme::Uatp => "UATP",
            Scheme::Unknown => "unknown",
        }
    }

    /// The length of this scheme's CVC: 4 for American Express, 3 otherwise.
    pub const fn cvc_len(self) -> usize {
        match self {
            Scheme::Amex => 4,
            _ => 3,
        }
    }

    /// Whether numbers of this scheme must pass the Luhn check (all but UnionPay; see the
    /// [module docs](self#unionpay-and-the-luhn-check)).
    pub const fn requires_luhn(self) -> bool {
        !matches!(self, Scheme::UnionPay)
    }

    /// The lengths this scheme issues where its ranges are certain, or `None` if no range of it is
    /// (build.rs checks that a scheme's certain ranges agree).
    pub fn certain_lengths(self) -> Option<Lengths> {
        RANGES.iter().find(|r| r.certain && r.scheme == self).map(|r| r.lengths)
    }

    /// The scheme of a card number from its leading ASCII digits: the most specific range of the table
    /// that matches, or [`Scheme::Unknown`] (also for non-digits).
    pub fn from_prefix(digits: &[u8]) -> Scheme {
        range_of(digits).map_or(Scheme::Unknown, |r| r.scheme)
    }
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The digit counts a range issues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lengths {
    /// Exactly one of these counts.
    OneOf(&'static [usize]),
    /// From the first to the second count, inclusive.
    Range(usize, usize),
}

impl Lengths {
    /// Whether `len` digits are allowed.
    pub const fn contains(self, len: usize) -> bool {
        match self {
            Lengths::OneOf(mut list) => {
                while let [first, rest @ ..] = list {
                    if *first == len {
                        return true;
                    }
                    list = rest;
                }
                false
            }
            Lengths::Range(lo, hi) => lo <= len && len <= hi,
        }
    }
}

/// One row of `data/card-ranges.csv`: the numbers whose first digits lie in `start..=end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SchemeRange {
    /// The first prefix of the range, e.g. `"2221"`.
    pub start: &'static str,
    /// The last prefix of the range (as many digits as `start`), e.g. `"2720"`.
    pub end: &'static str,
    /// The scheme that issues the range.
    pub scheme: Scheme,
    /// The lengths the sources publish for it.
    pub lengths: Lengths,
    /// Whether the range is the scheme's alone and the sources agree on its lengths: only then is a number
    /// of another length refused.
    pub certain: bool,
}

impl SchemeRange {
    /// Whether `digits` start with a prefix in this range.
    pub fn matches(&self, digits: &[u8]) -> bool {
        let n = self.start.len();
        digits.len() >= n && (self.start.as_bytes()..=self.end.as_bytes()).contains(&&digits[..n])
    }
}

include!(concat!(env!("OUT_DIR"), "/card_table.rs"));

/// Every range of the table, longest prefix first (the order in which they are tried).
pub fn ranges() -> &'static [SchemeRange] {
    &RANGES
}

/// The most specific range whose prefix `digits` start with.
///
/// The same answer as the first range of [`ranges`] that [`SchemeRange::matches`], found by comparing
/// numbers: the leading digits are read once as numbers of 1 to `MAX_PREFIX` digits, then each range's
/// bounds (as numbers, generated beside the table) are compared with the one of its length. Comparing the
/// digit strings range by range cost about 3,000 instructions per card number; this is a few hundred.
/// A `const fn` (as the whole card rule is), so that `card_number!` is checked once, at compile time.
pub const fn range_of(digits: &[u8]) -> Option<&'static SchemeRange> {
    // The loops walk slices (`while let [first, rest @ ..]`) rather than count: a `const fn` has no `for`,
    // and a loop that ends when its slice does cannot be turned into one that never ends.
    // prefix[n]: the first n digits as a number (for n up to the digits there are).
    let mut prefix = [0u32; MAX_PREFIX + 1];
    let mut known = 0;
    let mut rest = digits;
    while let [d, tail @ ..] = rest {
        if !d.is_ascii_digit() {
            return None;
        }
        if known < MAX_PREFIX {
            prefix[known + 1] = prefix[known] * 10 + (*d - b'0') as u32;
            known += 1;
        }
        rest = tail;
    }
    let mut keys: &[(u32, u32, u8)] = &RANGE_KEYS;
    let mut ranges: &'static [SchemeRange] = &RANGES;
    while let ([(first, last, n), keys_tail @ ..], [range, ranges_tail @ ..]) = (keys, ranges) {
        let n = *n as usize;
        if n <= known && *first <= prefix[n] && prefix[n] <= *last {
            return Some(range);
        }
        (keys, ranges) = (keys_tail, ranges_tail);
    }
    None
}

/// A digit count in words, so that card and CVC messages contain no digit at all.
pub(crate) fn word(n: usize) -> &'static str {
    const WORDS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    WORDS.get(n).copied().unwrap_or("many")
}

/// In words (`thirteen, sixteen or nineteen`): card messages contain no digit.
impl fmt::Display for Lengths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lengths::OneOf([one]) => f.write_str(word(*one)),
            Lengths::OneOf(list) => {
                for (i, n) in list.iter().enumerate() {
                    let sep = match i {
                        0 => "",
                        i if i + 1 == list.len() => " or ",
                        _ => ", ",
                    };
                    write!(f, "{sep}{}", word(*n))?;
                }
                Ok(())
            }
            Lengths::Range(lo, hi) if lo == hi => f.write_str(word(*lo)),
            Lengths::Range(lo, hi) => write!(f, "{} to {}", word(*lo), word(*hi)),
        }
    }
}

/// Why a string is not a valid card number. No message contains any digit (counts are spelled out).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CardError {
    /// The input is empty (or only spaces and dashes).
    #[error("card number is empty")]
    Empty,
    /// The input contains something other than ASCII digits, spaces and dashes.
    #[error("card number may contain only digits, spaces and dashes")]
    InvalidCharacter,
    /// Fewer than 12 or more than 19 digits.
    #[error("card number must have twelve to nineteen digits")]
    Length,
    /// A number starting with `0`, which no card scheme issues (ISO/IEC 7812-1 major industry identifier
    /// 0); the all-zero number is one.
    #[error("card number cannot start with zero: no card scheme issues such numbers")]
    NotIssued,
    /// A digit count that the scheme of the prefix certainly does not issue.
    #[error("card number has the wrong number of digits for {scheme}{}", lengths_hint(*scheme))]
    SchemeLength {
        /// The scheme of the prefix.
        scheme: Scheme,
    },
    /// The Luhn checksum fails.
    #[error("card number fails the Luhn check (a digit is mistyped)")]
    Luhn,
}

fn lengths_hint(scheme: Scheme) -> String {
    scheme.certain_lengths().map(|l| format!(" (which has {l} digits)")).unwrap_or_default()
}

rule_error!(CardError, |e| match e {
    CardError::Empty | CardError::InvalidCharacter =>
        ("card.format", "must be a card number: digits, with optional spaces or dashes"),
    CardError::Length => ("card.length", "must be a card number of twelve to nineteen digits"),
    CardError::NotIssued =>
        ("card.issuer", "must be a card number that a card scheme issues (not starting with zero)"),
    CardError::SchemeLength { .. } => ("card.length", "must have as many digits as its card scheme issues"),
    CardError::Luhn => ("card.luhn", "must be a card number that passes the Luhn check"),
});

/// A card number that passed the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckedCard {
    /// The number of digits written to the buffer.
    pub len: usize,
    /// The scheme of the prefix.
    pub scheme: Scheme,
    /// Whether the number passes the Luhn check (always, except for some UnionPay numbers).
    pub luhn: bool,
}

/// Whether ASCII `digits` pass the Luhn checksum (false for any non-digit).
pub const fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    // From the last digit, which is never doubled; the loop walks the slice (see `range_of`).
    let mut double = false;
    let mut rest = digits;
    while let [head @ .., d] = rest {
        if !d.is_ascii_digit() {
            return false;
        }
        let mut v = (*d - b'0') as u32;
        if double {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
        double = !double;
        rest = head;
    }
    sum.is_multiple_of(10)
}

/// The rule: writes the digits of `s` (spaces of any kind and dashes removed) to the start of `out` and checks them.
///
/// On error `out` may hold some of the digits; the caller owns it and should zeroize it.
///
/// A `const fn`: `payment-core` evaluates `card_number!` literals with it in a `const` block, so a literal
/// costs nothing at run time and is still checked by this one rule.
pub const fn card_number(s: &str, out: &mut [u8; MAX_DIGITS]) -> Result<CheckedCard, CardError> {
    let mut len = 0usize;
    let mut too_long = false;
    // The loop walks the slice (see `range_of`).
    let mut rest = s.as_bytes();
    while let [b, tail @ ..] = rest {
        rest = match *b {
            b'0'..=b'9' if len < MAX_DIGITS => {
                out[len] = *b;
                len += 1;
                tail
            }
            b'0'..=b'9' => {
                too_long = true;
                tail
            }
            b' ' | b'-' => tail,
            _ => match crate::unicode_space(rest) {
                Some(after) => after,
                None => return Err(CardError::InvalidCharacter),
            },
        };
    }
    if len == 0 {
        return Err(CardError::Empty);
    }
    if too_long || len < MIN_DIGITS {
        return Err(CardError::Length);
    }
    let digits = out.split_at(len).0;
    if digits[0] == b'0' {
        return Err(CardError::NotIssued);
    }
    let range = range_of(digits);
    let scheme = match range {
        Some(r) => r.scheme,
        None => Scheme::Unknown,
    };
    if let Some(r) = range
        && r.certain
        && !r.lengths.contains(len)
    {
        return Err(CardError::SchemeLength { scheme });
    }
    let luhn = luhn(digits);
    if !luhn && scheme.requires_luhn() {
        return Err(CardError::Luhn);
    }
    Ok(CheckedCard { len, scheme, luhn })
}

#[cfg(test)]
mod tests;
