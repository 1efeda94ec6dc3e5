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
mod tests {
    use super::*;
    use crate::RuleError;

    fn check(s: &str) -> Result<CheckedCard, CardError> {
        card_number(s, &mut [0; MAX_DIGITS])
    }

    /// A Luhn-valid number of `len` digits starting with `prefix` (zeros, then the check digit).
    fn valid(prefix: &str, len: usize) -> String {
        let mut s = format!("{prefix}{}", "0".repeat(len - prefix.len() - 1));
        let check = (0..=9).find(|d| luhn(format!("{s}{d}").as_bytes())).unwrap();
        s.push(char::from(b'0' + check));
        s
    }

    const VJS: &str = "validatorjs/validator.js test/validators.test.js isCreditCard (2026-08)";
    const PYV: &str = "python-validators tests/test_card.py (2025-04)";
    const STRIPE: &str = "docs.stripe.com/testing#cards (2024)";
    const ADYEN: &str = "Adyen test card numbers, adyen-testcards-extension data/cards.json (2025-01)";
    const BT: &str = "braintree_ruby lib/braintree/test/credit_card.rb and card-validator tests (2024)";
    const CYBS: &str = "Cybersource test card numbers (2025)";
    const WP: &str = "Worldpay access-checkout-android test data (2025)";

    /// Published test cards and other libraries' valid vectors: every one is accepted, with the label.
    #[test]
    fn published_cards_are_accepted() {
        use Scheme::*;
        let cases: &[(&str, Scheme, &str)] = &[
            ("375556917985515", Amex, VJS),
            ("36050234196908", DinersClub, VJS),
            ("4716989580001715211", Visa, VJS),
            ("4716-2210-5188-5662", Visa, VJS),
            ("4929 7226 5379 7141", Visa, VJS),
            ("2222155765072228", Mastercard, VJS),
            ("2720428011723762", Mastercard, VJS),
            ("6283875070985593", UnionPay, VJS),
            ("6765780016990268", Maestro, VJS),
            ("8171999927660000", UnionPay, VJS),
            ("8171999900000000021", UnionPay, VJS),
            (
                "2721465526338453",
                Unknown,
                "validator.js refuses it (outside 2221-2720); Luhn-valid, so accepted here",
            ),
            ("2200123456789019", Mir, PYV),
            ("2204987654321098", Mir, PYV),
            ("3056930009020004", DinersClub, PYV),
            ("36227206271667", DinersClub, STRIPE),
            ("6555900000604105", Discover, STRIPE),
            ("6205500000000000004", UnionPay, STRIPE),
            ("6011981111111113", Discover, STRIPE),
            ("6703444444444449", Maestro, ADYEN),
            ("4035501000000008", Visa, ADYEN),
            (
                "493698000004",
                Maestro,
                "credit-card-type src/lib/card-types.ts: Maestro 493698, 12 to 19 digits",
            ),
            ("5019555544445555", Dankort, ADYEN),
            ("4571000000000001", Dankort, ADYEN),
            ("6445644564456445", Discover, ADYEN),
            ("6771798021000008", Maestro, ADYEN),
            ("5000550000000029", Unknown, ADYEN),
            ("4013250000000000006", Visa, ADYEN),
            ("6062828888666688", Hipercard, ADYEN),
            ("135410014004955", Uatp, ADYEN),
            ("6771830999991239343", Maestro, "Adyen adyen-web e2e constants (MULTI_LUHN_MAESTRO)"),
            ("9490220006611406", Unknown, "Adyen adyen-web e2e constants (KOREAN_TEST_CARD)"),
            ("5066991111111118", Elo, BT),
            ("6062820524845321", Hipercard, BT),
            ("6370950000000005", Unknown, BT),
            ("38520000023237", DinersClub, BT),
            ("6304000000000000", Maestro, BT),
            ("62123456789002", UnionPay, "Braintree UnionPay testing guide: 14 digits"),
            ("621234567890003", UnionPay, "Braintree UnionPay testing guide: 15 digits"),
            ("6212345678900000003", UnionPay, "Braintree UnionPay testing guide: 19 digits"),
            ("4911830000000", Visa, WP),
            ("4444333322221111000", Visa, WP),
            ("3528000700000000", Jcb, WP),
            (
                "50339619890917",
                Unknown,
                "Cybersource test card numbers (2025): Maestro, 503396 is in no table",
            ),
            ("586824160825533338", Maestro, CYBS),
            ("6759560045005727054", Maestro, CYBS),
            ("5641821111166669", Maestro, CYBS),
            ("5061460410120223210", Verve, "Flutterwave PHP-v3 tests/Resources/Card/test_cards.php"),
            ("5000186622346654", Unknown, "checkout.com test cards (Mastercard debit)"),
            ("30123456789019", DinersClub, "checkout.com test cards"),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(number, want, _)| check(number).map(|c| c.scheme) != Ok(*want))
            .map(|(number, want, source)| format!("{number}: {:?}, not {want:?} ({source})", check(number)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// UnionPay numbers that fail Luhn (Braintree card-validator src/__tests__/card-number.ts, 2024).
    #[test]
    fn unionpay_numbers_need_not_pass_luhn() {
        for number in ["6221558812340000", "6212345000000001"] {
            let c = check(number).unwrap();
            assert_eq!((c.scheme, c.luhn), (Scheme::UnionPay, false), "{number}");
        }
        assert!(check("6200000000000005").unwrap().luhn);
        assert_eq!(check("8171999927660001").map(|c| c.scheme), Ok(Scheme::UnionPay));
        assert_eq!(check("6011111111111118"), Err(CardError::Luhn), "Discover is checked");
    }

    /// Negative vectors of other libraries and gateways.
    #[test]
    fn published_refusals() {
        for (number, want, source) in [
            ("5398228707871528", CardError::Luhn, VJS),
            ("2718760626256571", CardError::Luhn, VJS),
            ("4716989580001715213", CardError::Luhn, VJS),
            ("375556917985515999999993", CardError::Length, VJS),
            ("899999996234917882863855", CardError::Length, VJS),
            ("foo", CardError::InvalidCharacter, VJS),
            ("prefix6234917882863855", CardError::InvalidCharacter, VJS),
            ("623491788middle2863855", CardError::InvalidCharacter, VJS),
            ("4242424242424240", CardError::Luhn, PYV),
            ("400000276000318X", CardError::InvalidCharacter, PYV),
            ("4111111111111112", CardError::Luhn, "Adyen adyen-web e2e constants (FAILS_LUHN_CARD)"),
            (
                "6044141000018768",
                CardError::Luhn,
                "Adyen adyen-web e2e constants (private label, fails Luhn)",
            ),
            (
                "0999008073997244886",
                CardError::NotIssued,
                "Worldpay VALID_UNKNOWN_LUHN: MII 0 is no card (ISO/IEC 7812-1)",
            ),
        ] {
            assert_eq!(check(number), Err(want), "{number} ({source})");
        }
    }

    #[test]
    fn lengths_are_refused_only_where_certain() {
        let refused = |prefix: &str, len: usize| {
            matches!(check(&valid(prefix, len)), Err(CardError::SchemeLength { .. }))
        };
        assert!(refused("4", 12), "Visa: 13 to 19");
        assert!(refused("51", 17) && refused("2221", 15), "Mastercard: 16 or 19");
        assert!(refused("34", 16) && refused("37", 14), "Amex: 15");
        assert!(refused("6011", 15) && refused("65", 12), "Discover: 16 to 19");
        assert!(refused("3528", 15), "JCB: 16 to 19");
        assert!(refused("36", 13), "Diners Club: 14 to 19");
        assert!(refused("2200", 15), "Mir: 16 to 19");
        assert!(refused("1", 17) && refused("1", 16), "UATP: 15 (Wikipedia's IIN table, credit-card-type)");
        assert!(refused("62", 13) && refused("810000", 13), "UnionPay: 14 to 19");
        for (prefix, len) in [
            ("60", 19), // the rest of 60: RuPay, Maestro, Cabal, ... (not one scheme)
            ("606282", 19),
            ("81", 19),
            ("82", 19),
            ("508", 19),
            ("650031", 19),
            ("4571", 19),
            ("384100", 19),
            ("9", 12),
            ("1", 15),
            ("62", 14),
            ("493698", 12),
            ("2205", 16),
            ("2720", 16),
        ] {
            assert!(check(&valid(prefix, len)).is_ok(), "{prefix}.. with {len} digits");
        }
    }

    #[test]
    fn more_specific_ranges_win() {
        assert_eq!(Scheme::from_prefix(b"6062820000000000"), Scheme::Hipercard, "606282 in 60");
        assert_eq!(Scheme::from_prefix(b"6011000000000000"), Scheme::Discover);
        assert_eq!(Scheme::from_prefix(b"6000000000000000"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b"6500310000000000"), Scheme::Elo, "650031 in Discover's 65");
        assert_eq!(Scheme::from_prefix(b"6500300000000000"), Scheme::Discover);
        assert_eq!(Scheme::from_prefix(b"4011780000000000"), Scheme::Elo, "401178 in Visa's 4");
        assert_eq!(Scheme::from_prefix(b"3841000000000000"), Scheme::Hipercard, "384100 in Diners' 38");
        assert_eq!(Scheme::from_prefix(b"2210000000000000"), Scheme::Unknown, "2210 is not Mastercard");
        assert_eq!(Scheme::from_prefix(b"2220999999999999"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b"2721000000000000"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b"2204999999999999"), Scheme::Mir);
        assert_eq!(Scheme::from_prefix(b"3527000000000000"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b"3590000000000000"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b"3060000000000000"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b"8200000000000000"), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix("４".as_bytes()), Scheme::Unknown);
        assert_eq!(Scheme::from_prefix(b""), Scheme::Unknown);
    }

    #[test]
    fn table_is_ordered_most_specific_first() {
        assert!(ranges().windows(2).all(|w| w[0].start.len() >= w[1].start.len()));
        assert!(ranges().iter().all(|r| r.start <= r.end && r.start.len() == r.end.len()));
    }

    #[test]
    fn separators_are_removed() {
        let mut buf = [0; MAX_DIGITS];
        let c = card_number("5200-0000 0000-1005", &mut buf).unwrap();
        assert_eq!(&buf[..c.len], b"5200000000001005");
        // Pasted from a web page or a PDF: no-break, narrow no-break, figure, thin and ideographic spaces.
        for space in ['\u{A0}', '\u{202F}', '\u{2007}', '\u{2009}', '\u{3000}', '\u{1680}', '\u{205F}'] {
            let pasted = format!("{space}5200{space}0000{space}0000{space}1005{space}");
            let c = card_number(&pasted, &mut buf).unwrap();
            assert_eq!(&buf[..c.len], b"5200000000001005", "U+{:04X}", u32::from(space));
        }
    }

    /// The scheme of the longest prefix decides which length rule applies (Maestro's 493698 inside Visa's 4).
    #[test]
    fn the_longest_prefix_decides_before_any_length_rule() {
        let maestro = valid("493698", 12);
        assert_eq!(check(&maestro).map(|c| c.scheme), Ok(Scheme::Maestro));
        assert_eq!(check(&valid("493697", 12)), Err(CardError::SchemeLength { scheme: Scheme::Visa }));
        assert_eq!(check(&valid("1", 17)), Err(CardError::SchemeLength { scheme: Scheme::Uatp }));
        assert_eq!(
            check("1000000000000008"),
            Err(CardError::SchemeLength { scheme: Scheme::Uatp }),
            "Braintree's sandbox number for an *unknown* type (braintree_ruby Unknowns): UATP issues fifteen"
        );
    }

    #[test]
    fn rejections() {
        assert_eq!(check(""), Err(CardError::Empty));
        assert_eq!(check(" - "), Err(CardError::Empty));
        assert_eq!(check("5200000000001006"), Err(CardError::Luhn));
        assert_eq!(check("52000000001"), Err(CardError::Length));
        assert_eq!(check("42424242424242424242"), Err(CardError::Length));
        assert_eq!(check("0000000000000000"), Err(CardError::NotIssued), "all zeros pass Luhn");
        assert_eq!(check("0000 0000 0000"), Err(CardError::NotIssued));
        assert_eq!(check(&valid("0", 16)), Err(CardError::NotIssued));
        assert_eq!(
            check("４１１１１１１１１１１１１１１１"),
            Err(CardError::InvalidCharacter),
            "fullwidth digits"
        );
        assert_eq!(check("5200\t0000000001005"), Err(CardError::InvalidCharacter));
        assert_eq!(check("５２００000000001005"), Err(CardError::InvalidCharacter));
        assert_eq!(check("5200\u{200B}000000001005"), Err(CardError::InvalidCharacter), "zero-width space");
        assert_eq!(check("5200\u{2028}000000001005"), Err(CardError::InvalidCharacter), "line separator");
        assert!(check(&valid("4", 12)) == Err(CardError::SchemeLength { scheme: Scheme::Visa }));
        assert!(check("37828224631000") == Err(CardError::SchemeLength { scheme: Scheme::Amex }));
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
            "0000000000000000",
        ] {
            let e = check(s).unwrap_err();
            for text in [e.to_string(), e.rule().to_owned(), format!("{e:?}")] {
                assert!(!text.chars().any(|c| c.is_ascii_digit()), "{text}");
            }
        }
        assert_eq!(
            check(&valid("4", 12)).unwrap_err().to_string(),
            "card number has the wrong number of digits for Visa (which has thirteen to nineteen digits)"
        );
    }

    #[test]
    fn luhn_rejects_non_digits() {
        assert!(luhn(b"79927398713"));
        assert!(!luhn(b"79927398710"));
        assert!(!luhn(b"7992739871a"));
    }

    /// The lengths a length error names, in words (the message is all a user sees of the rule).
    #[test]
    fn lengths_read_as_words() {
        assert_eq!(Lengths::OneOf(&[15]).to_string(), "fifteen");
        assert_eq!(Lengths::OneOf(&[16, 19]).to_string(), "sixteen or nineteen");
        assert_eq!(Lengths::OneOf(&[13, 16, 19]).to_string(), "thirteen, sixteen or nineteen");
        assert_eq!(Lengths::Range(14, 14).to_string(), "fourteen");
        assert_eq!(Lengths::Range(13, 19).to_string(), "thirteen to nineteen");
    }
}
