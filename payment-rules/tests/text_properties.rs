//! The free-text rule, stated as Unicode properties in `payment_rules::text`, checked at every code point
//! against the Unicode Character Database as compiled into `icu_properties` (not against our own ranges).

use icu_properties::props::{BidiControl, Deprecated, GeneralCategory};
use icu_properties::{CodePointMapData, CodePointSetData};
use payment_rules::text::{TextError, free_text, refusal};

/// The rule from the properties alone.
fn by_properties(c: char) -> Option<TextError> {
    let gc = CodePointMapData::<GeneralCategory>::new().get(c);
    let bidi_control = CodePointSetData::new::<BidiControl>().contains(c);
    let deprecated = CodePointSetData::new::<Deprecated>().contains(c);
    let implicit_mark = matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}');
    let annotation = matches!(c, '\u{FFF9}'..='\u{FFFB}');
    match gc {
        GeneralCategory::Control | GeneralCategory::LineSeparator | GeneralCategory::ParagraphSeparator => {
            Some(TextError::Control)
        }
        _ if bidi_control && !implicit_mark => Some(TextError::Bidi),
        GeneralCategory::Format if deprecated || annotation => Some(TextError::Format),
        _ => None,
    }
}

#[test]
fn every_code_point_is_judged_by_its_properties() {
    let all = (0..=u32::from(char::MAX)).filter_map(char::from_u32);
    let wrong: Vec<String> = all
        .filter(|&c| refusal(c) != by_properties(c))
        .map(|c| format!("U+{:04X}: {:?}, properties say {:?}", u32::from(c), refusal(c), by_properties(c)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Every refused code point, one by one, in a longer text (the rule reads past the ASCII fast path).
#[test]
fn every_refused_code_point_is_refused_in_text() {
    let mut counts = [0usize; 3];
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        let Some(want) = by_properties(c) else { continue };
        assert_eq!(free_text(&format!("Zoë {c} 山田")), Err(want), "U+{:04X}", u32::from(c));
        counts[want as usize] += 1;
    }
    // Cc: 65, Zl and Zp: 2; Bidi_Control without the three implicit marks: 9; deprecated Cf: 7, and the
    // three annotation characters (Unicode 17.0).
    assert_eq!(counts, [67, 9, 10]);
}

/// The format characters the rule lets through, which scripts need (Unicode §23.2).
#[test]
fn the_joiners_and_implicit_marks_stay_welcome() {
    for c in ['\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{00AD}', '\u{2060}'] {
        assert_eq!(free_text(&format!("a{c}b")), Ok(()), "U+{:04X}", u32::from(c));
    }
}
