//! Tests of the card rule, on published test cards and other libraries' vectors.

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
        ("493698000004", Maestro, "credit-card-type src/lib/card-types.ts: Maestro 493698, 12 to 19 digits"),
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
        ("50339619890917", Unknown, "Cybersource test card numbers (2025): Maestro, 503396 is in no table"),
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
        ("6044141000018768", CardError::Luhn, "Adyen adyen-web e2e constants (private label, fails Luhn)"),
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
    let refused =
        |prefix: &str, len: usize| matches!(check(&valid(prefix, len)), Err(CardError::SchemeLength { .. }));
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
