//! Card numbers (PANs): 12 to 19 digits, Luhn-valid, with a length that fits the scheme of the prefix.
//!
//! Spaces and dashes are allowed on input and removed. The digits are written into a buffer that the
//! caller owns (and zeroizes), so this module never keeps a copy of a card number. No error message
//! contains a digit of the input.
//!
//! # Schemes
//!
//! The scheme is found from the prefix, checking in this order (the first match wins):
//!
//! | scheme | prefixes | lengths |
//! | --- | --- | --- |
//! | American Express | 34, 37 | 15 |
//! | Diners Club | 300-305, 36, 38-39 | 14-19 |
//! | JCB | 3528-3589 | 16-19 |
//! | Visa | 4 | 13, 16, 19 |
//! | Mastercard | 51-55, 2221-2720 | 16 |
//! | Discover | 6011, 644-649, 65 | 16-19 |
//! | RuPay | 60 (other than 6011), 81, 82, 508 | 16 |
//! | UnionPay | 62 | 16-19 |
//! | Maestro | 50 (other than 508), 56-58, any other 6 | 12-19 |
//! | unknown | anything else | 12-19 |
//!
//! Overlaps: `6011` and `65` are Discover although RuPay also issues in them (Discover's network carries
//! those RuPay cards abroad), so a `65` card is reported as Discover; `508` is RuPay, not Maestro; `62`
//! co-branded Discover/UnionPay cards are reported as UnionPay.
//!
//! ```
//! use payment_rules::card::{Scheme, card_number};
//!
//! let mut buf = [0u8; 19];
//! let checked = card_number("5200 0000 0000 1005", &mut buf).unwrap();
//! assert_eq!((checked.len, checked.scheme), (16, Scheme::Mastercard));
//! assert_eq!(&buf[..16], b"5200000000001005");
//! assert_eq!(card_number("5200000000001006", &mut buf).unwrap_err().to_string(), "card number fails the Luhn check (a digit is mistyped)");
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
    /// Visa: prefix 4; 13, 16 or 19 digits.
    Visa,
    /// Mastercard: 51-55 and 2221-2720; 16 digits.
    Mastercard,
    /// American Express: 34, 37; 15 digits.
    Amex,
    /// Discover: 6011, 644-649, 65; 16-19 digits.
    Discover,
    /// JCB: 3528-3589; 16-19 digits.
    Jcb,
    /// Diners Club: 300-305, 36, 38-39; 14-19 digits.
    DinersClub,
    /// UnionPay: 62; 16-19 digits.
    UnionPay,
    /// Maestro: 50, 56-58 and other 6x ranges; 12-19 digits.
    Maestro,
    /// RuPay: 60, 81, 82, 508; 16 digits.
    RuPay,
    /// No known prefix; 12-19 digits.
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
            Scheme::Unknown => "unknown",
        }
    }

    /// How many digits a card number of this scheme may have.
    pub const fn lengths(self) -> Lengths {
        match self {
            Scheme::Visa => Lengths::OneOf(&[13, 16, 19]),
            Scheme::Mastercard | Scheme::RuPay => Lengths::OneOf(&[16]),
            Scheme::Amex => Lengths::OneOf(&[15]),
            Scheme::Discover | Scheme::Jcb | Scheme::UnionPay => Lengths::Range(16, 19),
            Scheme::DinersClub => Lengths::Range(14, 19),
            Scheme::Maestro | Scheme::Unknown => Lengths::Range(12, 19),
        }
    }

    /// The length of this scheme's CVC: 4 for American Express, 3 otherwise.
    pub const fn cvc_len(self) -> usize {
        match self {
            Scheme::Amex => 4,
            _ => 3,
        }
    }

    /// The scheme of a card number from its leading ASCII digits (see the [module docs](self) for the
    /// ranges and the order of overlapping ranges). Non-digits give [`Scheme::Unknown`].
    pub fn from_prefix(digits: &[u8]) -> Scheme {
        if !digits.iter().all(u8::is_ascii_digit) {
            return Scheme::Unknown;
        }
        // The number formed by the first `n` digits (0 when the input is shorter).
        let p = |n: usize| -> u32 {
            if digits.len() < n {
                0
            } else {
                digits[..n].iter().fold(0, |acc, d| acc * 10 + u32::from(d - b'0'))
            }
        };
        let (p1, p2, p3, p4) = (p(1), p(2), p(3), p(4));
        match () {
            () if p2 == 34 || p2 == 37 => Scheme::Amex,
            () if (300..=305).contains(&p3) || p2 == 36 || p2 == 38 || p2 == 39 => Scheme::DinersClub,
            () if (3528..=3589).contains(&p4) => Scheme::Jcb,
            () if p1 == 4 => Scheme::Visa,
            () if (51..=55).contains(&p2) || (2221..=2720).contains(&p4) => Scheme::Mastercard,
            () if p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 => Scheme::Discover,
            () if p2 == 60 || p2 == 81 || p2 == 82 || p3 == 508 => Scheme::RuPay,
            () if p2 == 62 => Scheme::UnionPay,
            () if p2 == 50 || (56..=58).contains(&p2) || p1 == 6 => Scheme::Maestro,
            () => Scheme::Unknown,
        }
    }
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The digit counts a scheme allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lengths {
    /// Exactly one of these counts.
    OneOf(&'static [usize]),
    /// From the first to the second count, inclusive.
    Range(usize, usize),
}

impl Lengths {
    /// Whether `len` digits are allowed.
    pub fn contains(self, len: usize) -> bool {
        match self {
            Lengths::OneOf(list) => list.contains(&len),
            Lengths::Range(lo, hi) => (lo..=hi).contains(&len),
        }
    }
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
    /// A digit count the scheme of the prefix does not issue.
    #[error("card number has the wrong number of digits for {scheme} (which has {} digits)", scheme.lengths())]
    SchemeLength {
        /// The scheme of the prefix.
        scheme: Scheme,
    },
    /// The Luhn checksum fails.
    #[error("card number fails the Luhn check (a digit is mistyped)")]
    Luhn,
}

rule_error!(CardError, |e| match e {
    CardError::Empty | CardError::InvalidCharacter =>
        ("card.format", "must be a card number: digits, with optional spaces or dashes"),
    CardError::Length => ("card.length", "must be a card number of twelve to nineteen digits"),
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
}

/// Whether ASCII `digits` pass the Luhn checksum (false for any non-digit).
pub fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        if !d.is_ascii_digit() {
            return false;
        }
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// The rule: writes the digits of `s` (spaces and dashes removed) to the start of `out` and checks them.
///
/// On error `out` may hold some of the digits; the caller owns it and should zeroize it.
pub fn card_number(s: &str, out: &mut [u8; MAX_DIGITS]) -> Result<CheckedCard, CardError> {
    let mut len = 0usize;
    let mut too_long = false;
    for b in s.bytes() {
        match b {
            b'0'..=b'9' if len < MAX_DIGITS => {
                out[len] = b;
                len += 1;
            }
            b'0'..=b'9' => too_long = true,
            b' ' | b'-' => {}
            _ => return Err(CardError::InvalidCharacter),
        }
    }
    if len == 0 {
        return Err(CardError::Empty);
    }
    if too_long || len < MIN_DIGITS {
        return Err(CardError::Length);
    }
    let digits = &out[..len];
    let scheme = Scheme::from_prefix(digits);
    if !scheme.lengths().contains(len) {
        return Err(CardError::SchemeLength { scheme });
    }
    if !luhn(digits) {
        return Err(CardError::Luhn);
    }
    Ok(CheckedCard { len, scheme })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RuleError;

    fn check(s: &str) -> Result<CheckedCard, CardError> {
        card_number(s, &mut [0; MAX_DIGITS])
    }

    fn scheme(s: &str) -> Scheme {
        check(s).unwrap_or_else(|e| panic!("{s}: {e}")).scheme
    }

    /// A Luhn-valid number of `len` digits starting with `prefix` (zeros, then the check digit).
    fn valid(prefix: &str, len: usize) -> String {
        let mut s = format!("{prefix}{}", "0".repeat(len - prefix.len() - 1));
        let check = (0..=9).find(|d| luhn(format!("{s}{d}").as_bytes())).unwrap();
        s.push(char::from(b'0' + check));
        s
    }

    #[test]
    fn test_cards_of_each_scheme() {
        assert_eq!(scheme("4111111111111111"), Scheme::Visa);
        assert_eq!(scheme("4222222222222"), Scheme::Visa);
        assert_eq!(scheme(&valid("4", 19)), Scheme::Visa, "19-digit Visa");
        assert_eq!(scheme("5200000000001005"), Scheme::Mastercard);
        assert_eq!(scheme("5555555555554444"), Scheme::Mastercard);
        assert_eq!(scheme(&valid("2221", 16)), Scheme::Mastercard, "2221 is the first 2-series BIN");
        assert_eq!(scheme(&valid("2720", 16)), Scheme::Mastercard, "2720 is the last 2-series BIN");
        assert_eq!(scheme("378282246310005"), Scheme::Amex);
        assert_eq!(scheme("6011111111111117"), Scheme::Discover);
        assert_eq!(scheme(&valid("6011", 19)), Scheme::Discover, "19-digit Discover");
        assert_eq!(scheme(&valid("65", 19)), Scheme::Discover, "19-digit Discover");
        assert_eq!(scheme("3530111333300000"), Scheme::Jcb);
        assert_eq!(scheme(&valid("3528", 19)), Scheme::Jcb, "19-digit JCB");
        assert_eq!(scheme(&valid("3589", 16)), Scheme::Jcb);
        assert_eq!(scheme("36227206271667"), Scheme::DinersClub);
        assert_eq!(scheme(&valid("305", 16)), Scheme::DinersClub);
        assert_eq!(scheme("6200000000000005"), Scheme::UnionPay);
        assert_eq!(scheme(&valid("62", 19)), Scheme::UnionPay);
        assert_eq!(scheme("6759649826438453"), Scheme::Maestro);
        assert_eq!(scheme(&valid("50", 12)), Scheme::Maestro, "12-digit Maestro");
        assert_eq!(scheme(&valid("508", 16)), Scheme::RuPay);
        assert_eq!(scheme(&valid("607", 16)), Scheme::RuPay);
        assert_eq!(scheme(&valid("2210", 16)), Scheme::Unknown, "2210 is not Mastercard");
        assert_eq!(scheme(&valid("9", 12)), Scheme::Unknown);
    }

    #[test]
    fn prefix_boundaries() {
        assert_eq!(Scheme::from_prefix(b"2210000000000000"), Scheme::Unknown, "2210 is not Mastercard");
        assert_eq!(Scheme::from_prefix(b"2220999999999999"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b"2721000000000000"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b"5600000000000000"), Scheme::Maestro);
        assert_eq!(Scheme::from_prefix(b"5100000000000000"), Scheme::Mastercard);
        assert_eq!(Scheme::from_prefix(b"3527000000000000"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b"3590000000000000"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b"3060000000000000"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b"6500000000000000"), Scheme::Discover, "65 overlaps RuPay: Discover");
        assert_eq!(Scheme::from_prefix(b"6440000000000000"), Scheme::Discover);
        assert_eq!(Scheme::from_prefix(b"6430000000000000"), Scheme::Maestro);
        assert_eq!(Scheme::from_prefix(b"5080000000000000"), Scheme::RuPay);
        assert_eq!(Scheme::from_prefix(b"5010000000000000"), Scheme::Maestro);
        assert_eq!(Scheme::from_prefix(b"8100000000000000"), Scheme::RuPay);
        assert_eq!(Scheme::from_prefix(b"1000000000000000"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix("４".as_bytes()), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b""), Scheme::Unknown);
    }

    #[test]
    fn separators_are_removed() {
        let mut buf = [0; MAX_DIGITS];
        let c = card_number("5200-0000 0000-1005", &mut buf).unwrap();
        assert_eq!(&buf[..c.len], b"5200000000001005");
    }

    #[test]
    fn rejections() {
        assert_eq!(check(""), Err(CardError::Empty));
        assert_eq!(check(" - "), Err(CardError::Empty));
        assert_eq!(check("5200000000001006"), Err(CardError::Luhn));
        assert_eq!(check("52000000001"), Err(CardError::Length));
        assert_eq!(check("42424242424242424242"), Err(CardError::Length));
        assert_eq!(
            check("４１１１１１１１１１１１１１１１"),
            Err(CardError::InvalidCharacter),
            "fullwidth digits"
        );
        assert_eq!(check("5200\t0000000001005"), Err(CardError::InvalidCharacter));
        assert_eq!(check("５２００000000001005"), Err(CardError::InvalidCharacter));
        assert_eq!(check(&valid("4", 14)), Err(CardError::SchemeLength { scheme: Scheme::Visa }));
        assert_eq!(check(&valid("51", 19)), Err(CardError::SchemeLength { scheme: Scheme::Mastercard }));
        assert_eq!(check("37828224631000"), Err(CardError::SchemeLength { scheme: Scheme::Amex }));
    }

    #[test]
    fn errors_never_contain_input_digits() {
        for s in [
            "5200000000001006",
            "37828224631000",
            "52000000001",
            "5200 0000 0000 100x",
            "",
            "12345678901234567890",
        ] {
            let e = check(s).unwrap_err();
            for text in [e.to_string(), e.rule().to_owned(), format!("{e:?}")] {
                assert!(!text.chars().any(|c| c.is_ascii_digit()), "{text}");
            }
        }
        assert_eq!(
            CardError::SchemeLength { scheme: Scheme::Visa }.to_string(),
            "card number has the wrong number of digits for Visa (which has thirteen, sixteen or nineteen digits)"
        );
    }

    #[test]
    fn luhn_rejects_non_digits() {
        assert!(luhn(b"79927398713"));
        assert!(!luhn(b"79927398710"));
        assert!(!luhn(b"7992739871a"));
    }
}
