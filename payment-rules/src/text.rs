//! Free text (names, addresses, references, notes): any script, but no control or line-break characters,
//! no bidirectional overrides or isolates, and no format characters that the Unicode Standard says not to
//! exchange.
//!
//! The rule is stated as Unicode properties (Unicode Character Database, as compiled into `icu_properties`
//! 2.4, Unicode 17.0), and its tests walk every code point of each property:
//!
//! | refused (error) | property | code points | why |
//! | --- | --- | --- | --- |
//! | control (`text.control`) | `General_Category=Cc` | U+0000-U+001F, U+007F-U+009F | NUL ends strings in C; CR and LF split log lines and CSV rows (Unicode §23.1) |
//! | control (`text.control`) | `General_Category=Zl`, `General_Category=Zp` | U+2028, U+2029 | the line and paragraph separators break lines as LF does, and end a JavaScript string literal before ES2019 (Unicode §5.8) |
//! | bidirectional (`text.bidi`) | `Bidi_Control=Yes`, except the implicit marks U+061C, U+200E, U+200F | U+202A-U+202E, U+2066-U+2069 | make text read differently on screen than in the data ("Trojan Source", CVE-2021-42574; Unicode Standard Annex #9 §2.2, §2.7) |
//! | format (`text.format`) | `General_Category=Cf` and `Deprecated=Yes` | U+206A-U+206F, U+E0001 | deprecated: "strongly discouraged" (Unicode §23.3, §23.9) |
//! | format (`text.format`) | `General_Category=Cf`, the interlinear annotation characters | U+FFF9-U+FFFB | "should not be exchanged" outside an agreement between the two sides (Unicode §23.8) |
//!
//! Letters, marks, digits, punctuation and symbols of every script stay welcome, and so do the other format
//! characters: the zero-width joiner and non-joiner, which Persian, Arabic and Indic names need, the
//! implicit direction marks (U+061C, U+200E, U+200F, `Bidi_Control` but only nudging neutral characters),
//! and the soft hyphen.
//!
//! The models' free-text fields carry `#[payment(text)]`, which runs this rule in their setters, in
//! `from_json` and in `validate()`; a user's own struct opts in the same way.
//!
//! ```
//! use payment_rules::text::free_text;
//!
//! assert!(free_text("Zoë Ñúñez-أحمد 山田太郎").is_ok());
//! assert_eq!(free_text("order\u{0}42").unwrap_err().to_string(), "the text contains a control character (NUL, a line break, a tab, ...)");
//! ```

use crate::rule_error;

/// Why a string is not acceptable free text. No message contains the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TextError {
    /// A C0 or C1 control character (NUL, tab, line breaks, ...).
    #[error("the text contains a control character (NUL, a line break, a tab, ...)")]
    Control,
    /// A bidirectional embedding, override or isolate.
    #[error("the text contains a bidirectional override or isolate (U+202A-U+202E, U+2066-U+2069)")]
    Bidi,
    /// A deprecated format character or an interlinear annotation character.
    #[error(
        "the text contains a deprecated or annotation format character (U+206A-U+206F, U+E0001, U+FFF9-U+FFFB), which is not to be exchanged"
    )]
    Format,
}

rule_error!(TextError, |e| match e {
    TextError::Control => ("text.control", "must not contain control characters"),
    TextError::Bidi => ("text.bidi", "must not contain bidirectional overrides or isolates"),
    TextError::Format => ("text.format", "must not contain deprecated or annotation format characters"),
});

/// Whether `c` is a bidirectional embedding, override or isolate.
pub const fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// What the rule says of one character: `None` when it is welcome (see the [module docs](self)).
pub const fn refusal(c: char) -> Option<TextError> {
    match c {
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{2028}' | '\u{2029}' => Some(TextError::Control),
        c if is_bidi_control(c) => Some(TextError::Bidi),
        '\u{206A}'..='\u{206F}' | '\u{E0001}' | '\u{FFF9}'..='\u{FFFB}' => Some(TextError::Format),
        _ => None,
    }
}

/// Characters that are never part of an address, an email or a URL: whitespace, controls, the
/// bidirectional controls, and the format characters that render as nothing (zero-width space and
/// joiners, direction marks, the BOM, the soft hyphen). Free text allows some of these (spaces, joiners);
/// identifiers allow none.
pub(crate) fn is_invisible(c: char) -> bool {
    // In ASCII that is exactly the space and the controls (everything but the printable characters);
    // deciding it here skips the Unicode tables, which URLs and emails, mostly ASCII, would otherwise
    // consult at every character.
    if c.is_ascii() {
        return !c.is_ascii_graphic();
    }
    c.is_whitespace()
        || c.is_control()
        || is_bidi_control(c)
        || matches!(c, '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}'
            | '\u{206A}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// The rule (see the [module docs](self)).
pub fn free_text(s: &str) -> Result<(), TextError> {
    // Everything refused is outside ASCII's printable range, so a plain ASCII string is checked bytewise:
    // a fold with no early exit, which the compiler unrolls (`all` stops to test each byte: the rule on
    // the text of the fixture request took 1 029 instructions that way, 803 this way). `b - 0x20 < 0x5f`
    // is `0x20 <= b < 0x7f` in one comparison.
    if s.bytes().fold(true, |printable, b| printable & (b.wrapping_sub(0x20) < 0x5f)) {
        return Ok(());
    }
    match s.chars().find_map(refusal) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// How a key reads in an error's path (a map's key, or a wire name with `.` or `[` in it), never taken
/// for a nested path: itself when it is a plain name (letters, digits, `_`, `-`), else
/// `["..."]` with `"` and `\` escaped and control and bidirectional characters written as `\u{..}`; cut
/// to 64 characters, ending in `…`.
pub fn path_segment(key: &str) -> String {
    let cut: String = key.chars().take(64).collect();
    let cut = if key.chars().nth(64).is_some() { format!("{cut}…") } else { cut };
    let plain = !key.is_empty() && key.chars().all(|ch| ch.is_alphanumeric() || ch == '_' || ch == '-');
    if plain {
        return format!(".{cut}");
    }
    let mut out = String::from("[\"");
    for ch in cut.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ch if ch.is_control() || is_bidi_control(ch) => {
                out.push_str(&format!("\\u{{{:04x}}}", u32::from(ch)));
            }
            ch => out.push(ch),
        }
    }
    out.push_str("\"]");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `is_invisible` answers ASCII without the Unicode tables: the same answer as the definition, for
    /// every character.
    #[test]
    fn invisible_agrees_with_its_definition_everywhere() {
        let definition = |c: char| {
            c.is_whitespace()
                || c.is_control()
                || is_bidi_control(c)
                || matches!(c, '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}'
                    | '\u{206A}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
        };
        let all = (0..=u32::from(char::MAX)).filter_map(char::from_u32);
        assert_eq!(
            all.clone().filter(|&c| is_invisible(c) != definition(c)).collect::<Vec<char>>(),
            Vec::<char>::new()
        );
        assert_eq!(all.filter(|&c| c.is_ascii() && is_invisible(c)).count(), 0x21 + 1, "space, C0 and DEL");
    }

    /// The bytewise fast path answers every ASCII character (and a few beyond) as the per-character rule
    /// does, wherever it stands: in each lane of a vector step, and in the bytes after the last whole one.
    #[test]
    fn ascii_fast_path_agrees_with_the_rule() {
        let beyond = ['\u{80}', '\u{85}', '\u{9f}', '\u{a0}', 'é', '\u{202E}', '名', '👩'];
        for c in (0u8..0x80).map(char::from).chain(beyond) {
            let want = refusal(c).map_or(Ok(()), Err);
            let b = u32::from(c);
            for at in [0, 1, 15, 16, 31, 32, 63, 70] {
                let mut s = "x".repeat(71);
                s.replace_range(at..=at, c.encode_utf8(&mut [0; 4]));
                assert_eq!(free_text(&s), want, "{b:#04x} at {at}");
            }
        }
    }

    #[test]
    fn every_script_is_welcome() {
        for (s, what) in [
            ("John Doe", "Latin"),
            ("Zoë Ñúñez", "Latin with diacritics"),
            ("山田 太郎", "CJK with an ASCII space"),
            ("山田\u{3000}太郎", "an ideographic space"),
            ("أحمد", "Arabic"),
            ("מרים", "Hebrew"),
            ("می\u{200C}خواهم", "Persian with a zero-width non-joiner"),
            ("क्\u{200D}ष", "Devanagari with a zero-width joiner"),
            ("abc\u{200F}", "a right-to-left mark (UAX #9 §2.6: implicit, not an override)"),
            ("1-2-3 Shinjuku", "the gateway's published address"),
            ("O'Brien & Sons, Ltd.", "punctuation"),
            ("👩‍💻", "an emoji sequence"),
            ("", "empty: lengths are a separate rule"),
        ] {
            assert_eq!(free_text(s), Ok(()), "{what}");
        }
    }

    #[test]
    fn controls_and_bidi_overrides_are_refused() {
        for (s, want, what) in [
            ("order\u{0}42", TextError::Control, "NUL"),
            ("line\nbreak", TextError::Control, "LF"),
            ("line\r\nbreak", TextError::Control, "CR LF"),
            ("tab\there", TextError::Control, "tab"),
            ("del\u{7f}", TextError::Control, "DEL"),
            ("c1\u{85}next line", TextError::Control, "NEL (C1)"),
            ("c1\u{9b}", TextError::Control, "CSI (C1)"),
            ("ref\u{202E}gnp.exe", TextError::Bidi, "right-to-left override (CVE-2021-42574)"),
            ("\u{202A}embedded", TextError::Bidi, "left-to-right embedding"),
            ("\u{2066}isolate\u{2069}", TextError::Bidi, "left-to-right isolate"),
            ("\u{2068}first strong", TextError::Bidi, "first strong isolate"),
            ("名前\u{202D}", TextError::Bidi, "left-to-right override after CJK"),
            ("line\u{2028}separator", TextError::Control, "U+2028 LINE SEPARATOR (Zl)"),
            ("para\u{2029}graph", TextError::Control, "U+2029 PARAGRAPH SEPARATOR (Zp)"),
            ("\u{FFF9}漢\u{FFFA}kan\u{FFFB}", TextError::Format, "interlinear annotation (Unicode §23.8)"),
            ("swap\u{206A}ped", TextError::Format, "INHIBIT SYMMETRIC SWAPPING (deprecated)"),
            ("\u{206F}digits", TextError::Format, "NOMINAL DIGIT SHAPES (deprecated)"),
            ("tag\u{E0001}", TextError::Format, "LANGUAGE TAG (deprecated)"),
        ] {
            assert_eq!(free_text(s), Err(want), "{what}");
        }
    }
}

#[cfg(test)]
mod path_tests {
    use super::path_segment;

    #[test]
    fn a_plain_name_is_dotted_and_anything_else_quoted() {
        assert_eq!(path_segment("orderId"), ".orderId");
        assert_eq!(path_segment("cupsecureplus.smscode"), "[\"cupsecureplus.smscode\"]");
        assert_eq!(path_segment("a\u{202E}b"), "[\"a\\u{202e}b\"]");
    }
}
