//! IBANs (ISO 13616): a country code of SWIFT's IBAN Registry, two check digits that pass the mod-97 check
//! of ISO 7064, and a BBAN of the length and format the registry gives for that country.
//!
//! Two spellings are accepted: the electronic form (`NL91ABNA0417164300`) and the print form, with single
//! spaces between characters, in groups of four as a rule (`NL91 ABNA 0417 1643 00`) or as the registry
//! prints some countries' (`LY83 002 048 000020100120361`). Letters must be upper case: ISO 13616
//! writes an IBAN in capitals, and a lower-case one is refused with a message that says so rather than
//! read as another IBAN. The value is the electronic form ([`electronic_form`]).
//!
//! An IBAN is an account number, personal data: no error message contains any character of the input.
//!
//! ```
//! use payment_rules::iban::{IbanError, iban};
//!
//! assert_eq!(iban("NL91ABNA0417164300"), Ok(18));
//! assert_eq!(iban("NL91 ABNA 0417 1643 00"), Ok(18));
//! assert_eq!(iban("NL91ABNA0417164301"), Err(IbanError::Checksum));
//! assert_eq!(
//!     iban("nl91abna0417164300").unwrap_err().to_string(),
//!     "IBANs are upper case (ISO 13616): write the letters as capitals"
//! );
//! ```
//!
//! # The registry
//!
//! Each country's IBAN length and BBAN format are [`REGISTRY`], copied from SWIFT's IBAN Registry
//! **Release 100** (its PDF dated 2025-11-07, latest country update October 2025), as committed in the
//! TXT form in the GitHub repository `negrienko/iban-ex`, `docs/international_wide_ibans/iban-registry-100.txt`,
//! commit `fe5ba31a46fee59e1618941bf9160bc82bb53df0` (2025-11-29). python-stdnum's `stdnum/iban.dat`, made
//! from Release 101 (commit `6070c60af5d4eb747551963105d8a12e3e1d24ff`, 2026-01-04), gives the same 89
//! countries with the same formats. A constant assertion below checks that every format adds up to its
//! country's length.
//!
//! Not checked: national check digits inside the BBAN (Spain's, Belgium's, ...), and codes that some
//! banks publish for countries outside the registry (Algeria, Angola, ...): an IBAN of a country the
//! registry does not list is refused.

use crate::rule_error;

/// The longest IBAN, in characters of its electronic form (ISO 13616-1).
pub const MAX_LEN: usize = 34;

/// Why a string is not a valid IBAN. No message contains any character of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub enum IbanError {
    /// The input is empty.
    Empty,
    /// The input has a lower-case letter.
    LowerCase,
    /// The input has something other than letters `A`-`Z`, digits and spaces.
    Character,
    /// Spaces other than single ones between characters.
    Spacing,
    /// More than 34 characters without the spaces.
    TooLong,
    /// The first two characters are not a country code of the registry.
    Country,
    /// Not the length the registry gives for the country.
    Length,
    /// The check digits are not two digits from `02` to `98`.
    CheckDigits,
    /// The BBAN does not have the country's format.
    Bban,
    /// The mod-97 check fails.
    Checksum,
}

impl IbanError {
    /// The message, usable in a `const` (the `iban!` literal's compile error): the same as `Display`.
    pub const fn message(&self) -> &'static str {
        match self {
            IbanError::Empty => "the IBAN is empty",
            IbanError::LowerCase => "IBANs are upper case (ISO 13616): write the letters as capitals",
            IbanError::Character => "an IBAN has only letters A-Z and digits (printed in groups of four)",
            IbanError::Spacing => {
                "a printed IBAN has single spaces between its characters (or write it without spaces)"
            }
            IbanError::TooLong => "an IBAN has at most thirty-four characters (ISO 13616)",
            IbanError::Country => "the IBAN does not start with a country code of SWIFT's IBAN Registry",
            IbanError::Length => {
                "the IBAN does not have the length SWIFT's IBAN Registry gives for its country"
            }
            IbanError::CheckDigits => {
                "the IBAN's check digits (third and fourth characters) must be two digits from 02 to 98"
            }
            IbanError::Bban => {
                "the IBAN's account part (BBAN) does not have the format SWIFT's IBAN Registry gives for its country"
            }
            IbanError::Checksum => "the IBAN fails the mod-97 check (ISO 7064): a character is mistyped",
        }
    }
}

rule_error!(IbanError, |e| match e {
    IbanError::Empty | IbanError::Character | IbanError::Spacing | IbanError::TooLong =>
        ("iban", "must be an IBAN: letters and digits, printed with single spaces (groups of four)"),
    IbanError::LowerCase => ("iban.case", "must be an IBAN in upper case (ISO 13616)"),
    IbanError::Country => ("iban.country", "must be an IBAN of a country in SWIFT's IBAN Registry"),
    IbanError::Length => ("iban.length", "must be an IBAN of its country's length (SWIFT's IBAN Registry)"),
    IbanError::Bban => ("iban.bban", "must be an IBAN of its country's format (SWIFT's IBAN Registry)"),
    IbanError::CheckDigits | IbanError::Checksum =>
        ("iban.checksum", "must be an IBAN whose check digits pass the mod-97 check (ISO 7064)"),
});

/// One country of SWIFT's IBAN Registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// The ISO 3166-1 alpha-2 code that starts its IBANs, e.g. `"NL"`.
    pub code: &'static str,
    /// The length of its IBANs, in characters of the electronic form.
    pub len: usize,
    /// The BBAN's format in the registry's notation: `4!a10!n` is four letters, then ten digits (`n`
    /// digits, `a` upper-case letters, `c` upper-case letters or digits; `!` fixed length).
    pub bban: &'static str,
}

/// The countries of SWIFT's IBAN Registry, Release 100 (see the [module docs](self#the-registry)), in the
/// registry's order.
pub const REGISTRY: [Country; 89] = [
    Country { code: "AD", len: 24, bban: "4!n4!n12!c" },
    Country { code: "AE", len: 23, bban: "3!n16!n" },
    Country { code: "AL", len: 28, bban: "8!n16!c" },
    Country { code: "AT", len: 20, bban: "5!n11!n" },
    Country { code: "AZ", len: 28, bban: "4!a20!c" },
    Country { code: "BA", len: 20, bban: "3!n3!n8!n2!n" },
    Country { code: "BE", len: 16, bban: "3!n7!n2!n" },
    Country { code: "BG", len: 22, bban: "4!a4!n2!n8!c" },
    Country { code: "BH", len: 22, bban: "4!a14!c" },
    Country { code: "BI", len: 27, bban: "5!n5!n11!n2!n" },
    Country { code: "BR", len: 29, bban: "8!n5!n10!n1!a1!c" },
    Country { code: "BY", len: 28, bban: "4!c4!n16!c" },
    Country { code: "CH", len: 21, bban: "5!n12!c" },
    Country { code: "CR", len: 22, bban: "4!n14!n" },
    Country { code: "CY", len: 28, bban: "3!n5!n16!c" },
    Country { code: "CZ", len: 24, bban: "4!n16!n" },
    Country { code: "DE", len: 22, bban: "8!n10!n" },
    Country { code: "DJ", len: 27, bban: "5!n5!n11!n2!n" },
    Country { code: "DK", len: 18, bban: "4!n9!n1!n" },
    Country { code: "DO", len: 28, bban: "4!c20!n" },
    Country { code: "EE", len: 20, bban: "2!n14!n" },
    Country { code: "EG", len: 29, bban: "4!n4!n17!n" },
    Country { code: "ES", len: 24, bban: "4!n4!n1!n1!n10!n" },
    Country { code: "FI", len: 18, bban: "3!n11!n" },
    Country { code: "FK", len: 18, bban: "2!a12!n" },
    Country { code: "FO", len: 18, bban: "4!n9!n1!n" },
    Country { code: "FR", len: 27, bban: "5!n5!n11!c2!n" },
    Country { code: "GB", len: 22, bban: "4!a6!n8!n" },
    Country { code: "GE", len: 22, bban: "2!a16!n" },
    Country { code: "GI", len: 23, bban: "4!a15!c" },
    Country { code: "GL", len: 18, bban: "4!n9!n1!n" },
    Country { code: "GR", len: 27, bban: "3!n4!n16!c" },
    Country { code: "GT", len: 28, bban: "4!c20!c" },
    Country { code: "HN", len: 28, bban: "4!a20!n" },
    Country { code: "HR", len: 21, bban: "7!n10!n" },
    Country { code: "HU", len: 28, bban: "3!n4!n1!n15!n1!n" },
    Country { code: "IE", len: 22, bban: "4!a6!n8!n" },
    Country { code: "IL", len: 23, bban: "3!n3!n13!n" },
    Country { code: "IQ", len: 23, bban: "4!a3!n12!n" },
    Country { code: "IS", len: 26, bban: "4!n2!n6!n10!n" },
    Country { code: "IT", len: 27, bban: "1!a5!n5!n12!c" },
    Country { code: "JO", len: 30, bban: "4!a4!n18!c" },
    Country { code: "KW", len: 30, bban: "4!a22!c" },
    Country { code: "KZ", len: 20, bban: "3!n13!c" },
    Country { code: "LB", len: 28, bban: "4!n20!c" },
    Country { code: "LC", len: 32, bban: "4!a24!c" },
    Country { code: "LI", len: 21, bban: "5!n12!c" },
    Country { code: "LT", len: 20, bban: "5!n11!n" },
    Country { code: "LU", len: 20, bban: "3!n13!c" },
    Country { code: "LV", len: 21, bban: "4!a13!c" },
    Country { code: "LY", len: 25, bban: "3!n3!n15!n" },
    Country { code: "MC", len: 27, bban: "5!n5!n11!c2!n" },
    Country { code: "MD", len: 24, bban: "2!c18!c" },
    Country { code: "ME", len: 22, bban: "3!n13!n2!n" },
    Country { code: "MK", len: 19, bban: "3!n10!c2!n" },
    Country { code: "MN", len: 20, bban: "4!n12!n" },
    Country { code: "MR", len: 27, bban: "5!n5!n11!n2!n" },
    Country { code: "MT", len: 31, bban: "4!a5!n18!c" },
    Country { code: "MU", len: 30, bban: "4!a2!n2!n12!n3!n3!a" },
    Country { code: "NI", len: 28, bban: "4!a20!n" },
    Country { code: "NL", len: 18, bban: "4!a10!n" },
    Country { code: "NO", len: 15, bban: "4!n6!n1!n" },
    Country { code: "OM", len: 23, bban: "3!n16!c" },
    Country { code: "PK", len: 24, bban: "4!a16!c" },
    Country { code: "PL", len: 28, bban: "8!n16!n" },
    Country { code: "PS", len: 29, bban: "4!a21!c" },
    Country { code: "PT", len: 25, bban: "4!n4!n11!n2!n" },
    Country { code: "QA", len: 29, bban: "4!a21!c" },
    Country { code: "RO", len: 24, bban: "4!a16!c" },
    Country { code: "RS", len: 22, bban: "3!n13!n2!n" },
    Country { code: "RU", len: 33, bban: "9!n5!n15!c" },
    Country { code: "SA", len: 24, bban: "2!n18!c" },
    Country { code: "SC", len: 31, bban: "4!a2!n2!n16!n3!a" },
    Country { code: "SD", len: 18, bban: "2!n12!n" },
    Country { code: "SE", len: 24, bban: "3!n16!n1!n" },
    Country { code: "SI", len: 19, bban: "5!n8!n2!n" },
    Country { code: "SK", len: 24, bban: "4!n6!n10!n" },
    Country { code: "SM", len: 27, bban: "1!a5!n5!n12!c" },
    Country { code: "SO", len: 23, bban: "4!n3!n12!n" },
    Country { code: "ST", len: 25, bban: "4!n4!n11!n2!n" },
    Country { code: "SV", len: 28, bban: "4!a20!n" },
    Country { code: "TL", len: 23, bban: "3!n14!n2!n" },
    Country { code: "TN", len: 24, bban: "2!n3!n13!n2!n" },
    Country { code: "TR", len: 26, bban: "5!n1!n16!c" },
    Country { code: "UA", len: 29, bban: "6!n19!c" },
    Country { code: "VA", len: 22, bban: "3!n15!n" },
    Country { code: "VG", len: 24, bban: "4!a16!n" },
    Country { code: "XK", len: 20, bban: "4!n10!n2!n" },
    Country { code: "YE", len: 30, bban: "4!a4!n18!c" },
];

/// Every format adds up to its country's length less four (country code and check digits), and the codes
/// are two upper-case letters, in order: checked by the compiler.
const _: () = {
    let mut i = 0;
    while i < REGISTRY.len() {
        let c = &REGISTRY[i];
        assert!(bban_len(c.bban.as_bytes()) + 4 == c.len, "a BBAN format does not add up to its IBAN length");
        let code = c.code.as_bytes();
        assert!(code.len() == 2 && code[0].is_ascii_uppercase() && code[1].is_ascii_uppercase());
        if i > 0 {
            let prev = REGISTRY[i - 1].code.as_bytes();
            assert!(prev[0] < code[0] || (prev[0] == code[0] && prev[1] < code[1]), "codes out of order");
        }
        i += 1;
    }
};

/// The registry's entry for a country code, if it has one.
pub const fn country(code: &[u8]) -> Option<&'static Country> {
    let mut i = 0;
    while i < REGISTRY.len() {
        let c = REGISTRY[i].code.as_bytes();
        if let [a, b] = code
            && *a == c[0]
            && *b == c[1]
        {
            return Some(&REGISTRY[i]);
        }
        i += 1;
    }
    None
}

/// The rule: `s` is an IBAN in electronic or print form. Returns the length of its electronic form (15 to
/// 34). A `const fn`, so that `iban!` is checked by the compiler. Nothing is copied: the caller takes the
/// characters with [`electronic_form`] once the rule has passed.
pub const fn iban(s: &str) -> Result<usize, IbanError> {
    let b = s.as_bytes();
    if b.is_empty() {
        return Err(IbanError::Empty);
    }
    // The characters, and whether the input is the print form.
    let mut spaced = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'a'..=b'z' => return Err(IbanError::LowerCase),
            b'A'..=b'Z' | b'0'..=b'9' => {}
            b' ' => spaced = true,
            _ => return Err(IbanError::Character),
        }
        i += 1;
    }
    // Spaces: single ones between characters. The print form groups by four, but the registry's own
    // print examples group otherwise for BI, LY, SV and VA, so where the spaces stand is not checked.
    if spaced {
        let mut i = 1;
        while i < b.len() {
            if b[i] == b' ' && b[i - 1] == b' ' {
                return Err(IbanError::Spacing);
            }
            i += 1;
        }
        if b[0] == b' ' || b[b.len() - 1] == b' ' {
            return Err(IbanError::Spacing);
        }
    }
    let len = count_characters(b);
    if len > MAX_LEN {
        return Err(IbanError::TooLong);
    }
    if len < 2 {
        return Err(IbanError::Country);
    }
    let Some(country) = country(&[at(b, 0), at(b, 1)]) else {
        return Err(IbanError::Country);
    };
    if len != country.len {
        return Err(IbanError::Length);
    }
    let (c1, c2) = (at(b, 2), at(b, 3));
    if !c1.is_ascii_digit() || !c2.is_ascii_digit() {
        return Err(IbanError::CheckDigits);
    }
    let check = (c1 - b'0') * 10 + (c2 - b'0');
    if check < 2 || check > 98 {
        return Err(IbanError::CheckDigits);
    }
    if !bban_matches(country.bban.as_bytes(), b) {
        return Err(IbanError::Bban);
    }
    // ISO 7064 mod 97-10: the BBAN, then the country code and check digits, letters as 10 to 35.
    let mut rest = 0u32;
    let mut k = 0;
    while k < len {
        let c = at(b, (k + 4) % len);
        rest = if c.is_ascii_digit() {
            (rest * 10 + (c - b'0') as u32) % 97
        } else {
            (rest * 100 + (c - b'A') as u32 + 10) % 97
        };
        k += 1;
    }
    if rest != 1 {
        return Err(IbanError::Checksum);
    }
    Ok(len)
}

/// Writes the electronic form of `s` (its characters without spaces, at most [`MAX_LEN`]) into `out`;
/// returns how many. For an `s` that [`iban`] accepted.
pub const fn electronic_form(s: &str, out: &mut [u8; MAX_LEN]) -> usize {
    let b = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() && n < MAX_LEN {
        if b[i] != b' ' {
            out[n] = b[i];
            n += 1;
        }
        i += 1;
    }
    n
}

/// Electronic character `k` of `b`: its `k`-th byte that is not a space (the caller checked `k` is in
/// range).
const fn at(b: &[u8], k: usize) -> u8 {
    let (mut i, mut seen) = (0, 0);
    loop {
        if b[i] != b' ' {
            if seen == k {
                return b[i];
            }
            seen += 1;
        }
        i += 1;
    }
}

/// How many characters of `b` are not spaces: the length of the electronic form.
const fn count_characters(b: &[u8]) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        if b[i] != b' ' {
            n += 1;
        }
        i += 1;
    }
    n
}

/// A format's length: the sum of its counts (`4!n4!n12!c` is 20).
const fn bban_len(mut format: &[u8]) -> usize {
    let mut total = 0;
    while let Some((count, _, rest)) = next_part(format) {
        total += count;
        format = rest;
    }
    total
}

/// The first part of a format, `12!c`: its count, its kind (`n`, `a` or `c`) and the rest of the format.
const fn next_part(format: &[u8]) -> Option<(usize, u8, &[u8])> {
    let (mut count, mut i) = (0, 0);
    while i < format.len() && format[i].is_ascii_digit() {
        count = count * 10 + (format[i] - b'0') as usize;
        i += 1;
    }
    if i + 2 > format.len() || format[i] != b'!' {
        return None;
    }
    Some((count, format[i + 1], format.split_at(i + 2).1))
}

/// Whether the BBAN of `b` (electronic characters 4 on, spaces skipped) has the format.
const fn bban_matches(mut format: &[u8], b: &[u8]) -> bool {
    let mut k = 4;
    while let Some((count, kind, rest)) = next_part(format) {
        let end = k + count;
        while k < end {
            let c = at(b, k);
            let fits = match kind {
                b'n' => c.is_ascii_digit(),
                b'a' => c.is_ascii_uppercase(),
                _ => c.is_ascii_uppercase() || c.is_ascii_digit(),
            };
            if !fits {
                return false;
            }
            k += 1;
        }
        format = rest;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_read_part_by_part() {
        assert_eq!(bban_len(b"4!n4!n12!c"), 20);
        assert_eq!(next_part(b"12!c3!n"), Some((12, b'c', &b"3!n"[..])));
        assert_eq!(next_part(b""), None);
        assert!(bban_matches(b"4!a10!n", b"NL91ABNA0417164300"));
        assert!(bban_matches(b"4!a10!n", b"NL91 ABNA 0417 1643 00"));
        assert!(!bban_matches(b"4!a10!n", b"NL91ABN00417164300"));
        assert!(!bban_matches(b"4!n10!n", b"NL91ABNA0417164300"));
    }

    #[test]
    fn the_table_is_found_by_code() {
        assert_eq!(country(b"NL").map(|c| (c.len, c.bban)), Some((18, "4!a10!n")));
        assert_eq!(country(b"YE").map(|c| c.len), Some(30));
        assert_eq!(country(b"XX"), None);
        assert_eq!(country(b"N"), None);
    }

    #[test]
    fn each_refusal_in_its_order() {
        assert_eq!(iban(""), Err(IbanError::Empty));
        assert_eq!(iban("NL91abna0417164300"), Err(IbanError::LowerCase));
        assert_eq!(iban("NL91-ABNA-0417-1643-00"), Err(IbanError::Character));
        assert_eq!(iban("NL91ABNA0417164300\n"), Err(IbanError::Character));
        assert_eq!(iban("NL91  ABNA 0417 1643 00"), Err(IbanError::Spacing));
        assert_eq!(iban("NL 91ABNA0417164300"), Ok(18), "a space between any two characters, as printed");
        assert_eq!(iban("NL91 ABNA 0417 1643 00 "), Err(IbanError::Spacing));
        assert_eq!(iban(" NL91ABNA0417164300"), Err(IbanError::Spacing));
        assert_eq!(iban("NL91ABNA04171643001234567890123456A"), Err(IbanError::TooLong));
        assert_eq!(iban("N"), Err(IbanError::Country));
        assert_eq!(iban("1291ABNA0417164300"), Err(IbanError::Country));
        assert_eq!(iban("NL91ABNA041716430"), Err(IbanError::Length));
        assert_eq!(iban("NLX1ABNA0417164300"), Err(IbanError::CheckDigits));
        assert_eq!(iban("NL00ABNA0417164300"), Err(IbanError::CheckDigits));
        assert_eq!(iban("NL01ABNA0417164300"), Err(IbanError::CheckDigits));
        assert_eq!(iban("NL99ABNA0417164300"), Err(IbanError::CheckDigits));
        assert_eq!(iban("NL91ABN10417164300"), Err(IbanError::Bban));
        assert_eq!(iban("NL92ABNA0417164300"), Err(IbanError::Checksum));
        assert_eq!(iban("NL91ABNA0417164300"), Ok(18));
    }

    #[test]
    fn the_electronic_form_drops_the_spaces() {
        let mut out = [0; MAX_LEN];
        assert_eq!(electronic_form("NL91 ABNA 0417 1643 00", &mut out), 18);
        assert_eq!(&out[..18], b"NL91ABNA0417164300");
    }

    #[test]
    fn messages_and_codes() {
        use crate::RuleError;
        for e in [
            IbanError::Empty,
            IbanError::LowerCase,
            IbanError::Character,
            IbanError::Spacing,
            IbanError::TooLong,
            IbanError::Country,
            IbanError::Length,
            IbanError::CheckDigits,
            IbanError::Bban,
            IbanError::Checksum,
        ] {
            assert_eq!(e.to_string(), e.message());
            assert!(e.code().starts_with("iban"), "{e:?}");
            assert!(e.rule().starts_with("must be an IBAN"), "{e:?}");
        }
        assert_eq!(IbanError::Checksum.code(), "iban.checksum");
    }
}
