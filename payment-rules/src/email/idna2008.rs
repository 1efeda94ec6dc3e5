//! The code points an IDNA2008 label may hold (RFC 5892 §2 and §3, derived from the Unicode Character
//! Database as compiled into `icu_properties`), and the conversion of a domain to its A-labels.
//!
//! RFC 5892 §3 derives each code point's status in this order; a label's non-ASCII characters must be
//! PVALID, CONTEXTJ or CONTEXTO:
//!
//! | step | code points | status |
//! | --- | --- | --- |
//! | Exceptions (§2.6) | ß U+00DF, ς U+03C2, U+06FD, U+06FE, U+0F0B, U+3007 | PVALID |
//! | Exceptions (§2.6) | U+00B7, U+0375, U+05F3, U+05F4, U+30FB, U+0660-U+0669, U+06F0-U+06F9 | CONTEXTO |
//! | Exceptions (§2.6) | U+0640, U+07FA, U+302E, U+302F, U+3031-U+3035, U+303B | DISALLOWED |
//! | Unassigned (§2.10) | `General_Category=Cn` | refused |
//! | JoinControl (§2.8) | U+200C, U+200D | CONTEXTJ: allowed where RFC 5892 Appendix A.1 and A.2 allow them (after a virama; ZWNJ also between joining letters, as Persian needs) |
//! | Unstable (§2.2) | `Changes_When_NFKC_Casefolded` (upper case, full-width and compatibility forms) | DISALLOWED |
//! | IgnorableProperties (§2.3) | `Default_Ignorable_Code_Point`, `White_Space`, `Noncharacter_Code_Point` | DISALLOWED |
//! | IgnorableBlocks (§2.4) | U+20D0-U+20FF, U+1D100-U+1D24F | DISALLOWED |
//! | OldHangulJamo (§2.9) | `Hangul_Syllable_Type` L, V or T | DISALLOWED |
//! | LetterDigits (§2.1) | `General_Category` Ll, Lu, Lo, Nd, Lm, Mn, Mc (combining marks included) | PVALID |
//! | otherwise | symbols, punctuation, ... | DISALLOWED |
//!
//! The rest of IDNA2008 (RFC 5891 §4-5: a label does not begin with a combining mark, the Bidi rule of
//! RFC 5893, the CONTEXTO rules, hyphens not in the third and fourth positions unless the label is a valid
//! A-label, A-labels that decode) and the DNS lengths on the A-label form (63 octets a label, 253 the
//! name, RFC 1035 §2.3.4) are the `idna` crate's UTS #46 processing with `CheckHyphens`,
//! `CheckBidi`, `CheckJoiners`, `UseSTD3ASCIIRules` and `VerifyDnsLength` (`domain_to_ascii_strict`),
//! run after this check, which leaves it nothing to map.

use icu_properties::props::{
    CanonicalCombiningClass, ChangesWhenNfkcCasefolded, DefaultIgnorableCodePoint, GeneralCategory,
    HangulSyllableType, JoiningType, NoncharacterCodePoint, WhiteSpace,
};
use icu_properties::{CodePointMapData, CodePointSetData};

/// Whether a non-ASCII code point may stand in an IDNA2008 label (PVALID or CONTEXTO; see the
/// [module docs](self)).
pub(crate) fn allowed(c: char) -> bool {
    match c {
        '\u{DF}' | '\u{3C2}' | '\u{6FD}' | '\u{6FE}' | '\u{F0B}' | '\u{3007}' => return true,
        '\u{B7}'
        | '\u{375}'
        | '\u{5F3}'
        | '\u{5F4}'
        | '\u{30FB}'
        | '\u{660}'..='\u{669}'
        | '\u{6F0}'..='\u{6F9}' => {
            return true;
        }
        '\u{640}' | '\u{7FA}' | '\u{302E}' | '\u{302F}' | '\u{3031}'..='\u{3035}' | '\u{303B}' => {
            return false;
        }
        '\u{200C}' | '\u{200D}' => return true,
        '\u{20D0}'..='\u{20FF}' | '\u{1D100}'..='\u{1D24F}' => return false,
        _ => {}
    }
    if CodePointSetData::new::<ChangesWhenNfkcCasefolded>().contains(c)
        || CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c)
        || CodePointSetData::new::<WhiteSpace>().contains(c)
        || CodePointSetData::new::<NoncharacterCodePoint>().contains(c)
    {
        return false;
    }
    let jamo = CodePointMapData::<HangulSyllableType>::new().get(c);
    if matches!(
        jamo,
        HangulSyllableType::LeadingJamo | HangulSyllableType::VowelJamo | HangulSyllableType::TrailingJamo
    ) {
        return false;
    }
    use GeneralCategory::*;
    matches!(
        CodePointMapData::<GeneralCategory>::new().get(c),
        LowercaseLetter
            | UppercaseLetter
            | OtherLetter
            | DecimalNumber
            | ModifierLetter
            | NonspacingMark
            | SpacingMark
    )
}

/// Whether every zero-width non-joiner and joiner of `text` stands where RFC 5892 Appendix A allows it:
/// ZWJ (A.2) and ZWNJ (A.1) right after a virama (`Canonical_Combining_Class=Virama`), or ZWNJ between a
/// left- or dual-joining letter and a right- or dual-joining one, with transparent characters between
/// (`Joining_Type` L or D, T*, ZWNJ, T*, R or D).
pub(crate) fn joiners_in_context(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let joining = |c: char| CodePointMapData::<JoiningType>::new().get(c);
    let virama = |c: char| {
        CodePointMapData::<CanonicalCombiningClass>::new().get(c) == CanonicalCombiningClass::Virama
    };
    chars.iter().enumerate().all(|(i, &c)| {
        if c != '\u{200C}' && c != '\u{200D}' {
            return true;
        }
        if i > 0 && virama(chars[i - 1]) {
            return true;
        }
        if c == '\u{200D}' {
            return false;
        }
        let before = chars[..i].iter().rev().find(|&&b| joining(b) != JoiningType::Transparent);
        let after = chars[i + 1..].iter().find(|&&a| joining(a) != JoiningType::Transparent);
        let left = before
            .is_some_and(|&b| matches!(joining(b), JoiningType::LeftJoining | JoiningType::DualJoining));
        let right = after
            .is_some_and(|&a| matches!(joining(a), JoiningType::RightJoining | JoiningType::DualJoining));
        left && right
    })
}

/// The domain in A-labels (ASCII, lower case), or `None` when it is no IDNA2008 domain name.
pub(crate) fn to_ascii(domain: &str) -> Option<String> {
    if !domain.chars().all(|c| c.is_ascii() || allowed(c)) || !joiners_in_context(domain) {
        return None;
    }
    idna::domain_to_ascii_strict(domain).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 5892 Appendix A.1 and A.2, on the words that need the joiners.
    #[test]
    fn joiners_only_in_their_context() {
        for (text, ok, why) in [
            (
                "\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645}",
                true,
                "Persian mi-khaham: ZWNJ between dual-joining letters",
            ),
            ("\u{0915}\u{094D}\u{200D}\u{0937}", true, "Devanagari half form: ZWJ after a virama"),
            ("\u{0915}\u{094D}\u{200C}\u{0937}", true, "Devanagari: ZWNJ after a virama"),
            ("a\u{200C}b", false, "Latin letters do not join"),
            ("a\u{200D}b", false, "ZWJ without a virama"),
            ("\u{200C}\u{0645}", false, "nothing before"),
            ("\u{0627}\u{200C}\u{0645}", false, "alef joins on the right only: nothing joins across"),
        ] {
            assert_eq!(joiners_in_context(text), ok, "{text:?}: {why}");
        }
    }

    /// RFC 5892 Appendix B lists the derived property of every code point; spot checks of each step.
    #[test]
    fn derived_properties_of_rfc_5892() {
        for (c, want, why) in [
            ('ß', true, "exception PVALID"),
            ('ς', true, "exception PVALID"),
            ('\u{B7}', true, "exception CONTEXTO (middle dot)"),
            ('\u{640}', false, "exception DISALLOWED (Arabic tatweel)"),
            ('é', true, "Ll"),
            ('É', false, "Unstable: upper case"),
            ('ｇ', false, "Unstable: full-width"),
            ('\u{301}', true, "Mn: combining acute accent"),
            ('\u{94D}', true, "Mn: Devanagari virama"),
            ('\u{93E}', true, "Mc: Devanagari vowel sign aa"),
            ('\u{E31}', true, "Mn: Thai mai han-akat"),
            ('\u{DCA}', true, "Mn: Sinhala al-lakuna"),
            ('\u{BCD}', true, "Mn: Tamil pulli"),
            ('\u{20D7}', false, "IgnorableBlocks: combining marks for symbols"),
            ('\u{1100}', false, "OldHangulJamo"),
            ('\u{AD}', false, "Default_Ignorable (soft hyphen)"),
            ('\u{200D}', true, "CONTEXTJ: allowed in context"),
            ('€', false, "Sc"),
            ('\u{2192}', false, "Sm"),
            ('\u{E000}', false, "Co"),
            ('\u{378}', false, "Cn"),
            ('٣', true, "CONTEXTO: Arabic-Indic digit"),
            ('3', true, "ASCII is the caller's"),
        ] {
            assert_eq!(c.is_ascii() || allowed(c), want, "U+{:04X} ({why})", u32::from(c));
        }
    }
}
