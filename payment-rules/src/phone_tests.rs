//! Tests of the phone rule, on numbers this project did not write.

use super::*;
use crate::RuleError;

const EXAMPLES: &str = include_str!("../tests/data/libphonenumber-example-numbers.csv");
const LPN_TEST: &str = "libphonenumber PhoneNumberUtilTest.java (commit f7e3e88, 2026-07-16)";

fn digits(s: &str) -> Result<String, PhoneError> {
    phone(s).map(|d| d.as_str().to_owned())
}

/// Every example number of libphonenumber's metadata, written `+CC NATIONAL`, is accepted with its digits.
#[test]
fn every_libphonenumber_example_number_is_accepted() {
    let mut checked = 0;
    let mut wrong = Vec::new();
    for line in EXAMPLES.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let [region, code, kind, national] = line.split(',').collect::<Vec<_>>()[..] else {
            panic!("{line}")
        };
        let international = format!("+{code} {national}");
        let got = digits(&international);
        // Iran's "9601" is a four-digit national short number (a UAN): six digits with +98.
        let want = if (region, kind) == ("IR", "uan") {
            Err(PhoneError::TooShort)
        } else {
            Ok(format!("{code}{national}"))
        };
        if got != want {
            wrong.push(format!("{region} {kind} {international}: {got:?}"));
        }
        checked += 1;
    }
    assert_eq!(checked, 1144);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn numbers_as_people_write_them() {
    for (s, want, source) in [
        ("8112345678", "8112345678", "the gateway's published example"),
        ("+8112345678", "8112345678", "E.123 international notation: `+` before the country code"),
        ("+6834002", "6834002", "Niue: +683 and four digits, the shortest in use"),
        ("+64 3 331 6005", "6433316005", LPN_TEST),
        ("+800 1234 5678", "80012345678", LPN_TEST),
        ("+1 (650) 253-0000", "16502530000", LPN_TEST),
        ("\u{FF0B}1 (650) 253-0000", "16502530000", LPN_TEST),
        ("\u{FF0B}64 3 331 6005", "6433316005", LPN_TEST),
        (
            "\u{FF0B}\u{FF11}\u{3000}\u{FF08}\u{FF16}\u{FF15}\u{FF10}\u{FF09}\u{3000}\u{FF12}\u{FF15}\u{FF13}\u{FF0D}\u{FF10}\u{FF10}\u{FF10}\u{FF10}",
            "16502530000",
            LPN_TEST,
        ),
        (
            "\u{FF0B}\u{FF11}\u{3000}\u{FF08}\u{FF16}\u{FF15}\u{FF10}\u{FF09}\u{3000}\u{FF12}\u{FF15}\u{FF13}\u{30FC}\u{FF10}\u{FF10}\u{FF10}\u{FF10}",
            "16502530000",
            LPN_TEST,
        ),
        ("+49 30/1234 5678", "493012345678", "libphonenumber: the German slash (+49 30/1234)"),
        ("+44 20 7946 0958", "442079460958", "Ofcom drama range 020 7946 0xxx, E.123 international notation"),
        (" +44 20 7946 0958 ", "442079460958", "a paste's leading and trailing spaces"),
        ("+44\u{A0}20\u{A0}7946\u{A0}0958", "442079460958", "no-break spaces (a web page)"),
        ("+33 1.23.45.67.89", "33123456789", "French dotted groups"),
        ("+1 415\u{2010}555\u{2010}2671", "14155552671", "U+2010 hyphen"),
        ("+39 06 6988 4857", "390669884857", "Italy keeps its 0 after the country code (libphonenumber VA)"),
        ("123 456 789 012 345", "123456789012345", "E.164 §6.1: fifteen digits"),
        (
            "+\u{FF12}5\u{0665} 1234 5678",
            "25512345678",
            "libphonenumber testNormaliseOtherDigits (full-width, Arabic-Indic)",
        ),
        (
            "+\u{06F5}2\u{06F0} 1234 5678",
            "52012345678",
            "libphonenumber testNormaliseOtherDigits (Eastern Arabic-Indic)",
        ),
        ("+٩٧١ ٥٠ ١٢٣ ٤٥٦٧", "971501234567", "an Emirati mobile number in Arabic-Indic digits"),
        ("+९१ ९८७६५ ४३२१०", "919876543210", "an Indian mobile number in Devanagari digits"),
    ] {
        assert_eq!(digits(s), Ok(want.to_owned()), "{s:?} ({source})");
    }
}

#[test]
fn what_cannot_start_an_international_number_is_refused() {
    use PhoneError::*;
    for (s, want, why) in [
        ("0121 234 5678", NoCountryCode, "a UK national number with its trunk 0 (E.123 national notation)"),
        ("(0607) 123 4567", NoCountryCode, "E.123 national notation (its own example) with the trunk prefix"),
        ("03-1234-5678", NoCountryCode, "a Japanese national number"),
        ("+0 123 456 789", NoCountryCode, "no country code starts with 0"),
        ("０３１２３４５６７８", NoCountryCode, "full-width digits, national"),
        ("+44 (0)20 7946 0958", TrunkZero, "E.123: no trunk prefix in international notation"),
        ("+28 1234 5678", UnknownCountryCode, "ITU-T E.164: 28x is spare"),
        ("+422 123 456 789", UnknownCountryCode, "ITU-T E.164: 422 is spare"),
        ("+999 123 456 789", UnknownCountryCode, "ITU-T E.164: 999 is reserved for a future global service"),
        ("+875 123 456 789", UnknownCountryCode, "ITU-T E.164: 875 is reserved (maritime)"),
        ("+969 123 4567", UnknownCountryCode, "ITU-T E.164: 969 is reserved"),
        ("", Empty, "empty"),
        ("   ", Empty, "spaces only"),
        ("+", NonDigit, "a plus alone"),
        ("++8112345678", NonDigit, "two plus signs"),
        ("81+12345678", NonDigit, "a plus inside"),
        ("(+44) 20 7946 0958", NonDigit, "a plus after a bracket"),
        ("1-800-FLOWERS", NonDigit, "letters"),
        ("+1 650 253 0000 ext. 12", NonDigit, "an extension"),
        ("+44\u{200B}2079460958", NonDigit, "a zero-width space"),
        ("+44\u{AD}2079460958", NonDigit, "a soft hyphen"),
        ("+44\t2079460958", NonDigit, "a tab"),
        ("1234", TooShort, "four digits"),
        ("+123456", TooShort, "six digits"),
        ("1234567890123456", TooLong, "sixteen digits"),
        ("+1 234 567 890 123 456", TooLong, "sixteen digits with spaces"),
    ] {
        assert_eq!(digits(s), Err(want), "{s:?} ({why})");
    }
}

#[test]
fn every_assigned_code_and_no_other_starts_a_number() {
    for c in 1u16..1000 {
        let s = c.to_string();
        let want = (1..=s.len()).any(|n| COUNTRY_CODES.contains(&s[..n].parse().unwrap()));
        assert_eq!(starts_with_country_code(s.as_bytes()), want, "{s}");
    }
    assert_eq!(COUNTRY_CODES.len(), 218);
    for code in COUNTRY_CODES {
        assert!(phone(&format!("+{code}{}", "2".repeat(10 - code.to_string().len()))).is_ok(), "{code}");
    }
    // Spare codes of the ITU list, as transcribed in Wireshark's packet-e164.c.
    for spare in [
        210, 259, 280, 289, 292, 384, 424, 671, 684, 693, 801, 830, 851, 854, 871, 884, 887, 890, 978, 990,
        997,
    ] {
        assert_eq!(phone(&format!("+{spare}1234567")), Err(PhoneError::UnknownCountryCode), "{spare}");
    }
}

#[test]
fn messages_name_the_problem_and_never_quote_the_number() {
    for s in ["1234", "12-34", "1234567890123456", "0121 234 5678", "+999 123 456 789", "+44 (0)20 7946 0958"]
    {
        let e = phone(s).unwrap_err();
        let shown = format!("{e} {e:?} {}", e.rule());
        assert!(!shown.contains(s) && !shown.contains("2345"), "{shown}");
    }
    assert_eq!(phone("0121 234 5678").unwrap_err().code(), "phone.country_code");
    assert!(phone("0121 234 5678").unwrap_err().to_string().contains("country code"));
    assert_eq!(format!("{:?}", phone("+8112345678").unwrap()), "PhoneDigits(10 digits)");
}

/// The rule runs in a `const` context (the `phone!` literal is checked there).
#[test]
fn the_rule_is_const() {
    const DIGITS: PhoneDigits = match phone("+81 12 3456 78") {
        Ok(d) => d,
        Err(_) => panic!(),
    };
    assert_eq!(DIGITS.as_bytes(), b"8112345678");
}

/// Every decimal digit of the Unicode Character Database reads as its value, and nothing else does.
#[test]
fn every_decimal_digit_of_unicode_reads_as_its_value() {
    use icu_properties::CodePointMapData;
    use icu_properties::props::GeneralCategory;
    let gc = CodePointMapData::<GeneralCategory>::new();
    let mut count = 0;
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        let nd = gc.get(c) == GeneralCategory::DecimalNumber;
        let value = digit_value(u32::from(c));
        assert_eq!(value.is_some(), nd, "U+{:04X}", u32::from(c));
        if let Some(v) = value {
            // The run's zero is a digit too, `v` places before: digits run 0 to 9 in order.
            let zero = char::from_u32(u32::from(c) - u32::from(v)).unwrap();
            assert_eq!(gc.get(zero), GeneralCategory::DecimalNumber, "U+{:04X}", u32::from(c));
            let number = format!("+44 20 7946 095{c}");
            assert_eq!(digits(&number), Ok(format!("44207946095{v}")), "U+{:04X}", u32::from(c));
            count += 1;
        }
    }
    assert_eq!(count, DIGIT_ZEROS.len() * 10);
}
