//! The card rule never refuses a plausible card: every Luhn-valid number of 12 to 19 digits that starts
//! with a non-zero digit is accepted, **or** refused for its length, and then only where its range is
//! certain (see `payment_rules::card`: Visa, Mastercard, American Express, Discover, JCB, Diners Club and
//! Mir) and the length is not one its sources publish.

use payment_rules::card::{CardError, MAX_DIGITS, card_number, luhn, range_of, ranges};
use proptest::prelude::*;

/// Appends the Luhn check digit to `body`.
fn with_check_digit(mut body: Vec<u8>) -> Vec<u8> {
    let digit = (b'0'..=b'9').find(|d| {
        let mut candidate = body.clone();
        candidate.push(*d);
        luhn(&candidate)
    });
    body.push(digit.expect("one of ten digits completes the checksum"));
    body
}

/// Digit strings of 12 to 19 digits (check digit included) with a non-zero first digit; half of them start
/// with a prefix of the table, so that every range is exercised.
fn numbers() -> impl Strategy<Value = Vec<u8>> {
    let prefixes: Vec<&'static str> = ranges().iter().flat_map(|r| [r.start, r.end]).collect();
    let prefix = prop_oneof![
        proptest::sample::select(prefixes).prop_map(|p| p.as_bytes().to_vec()),
        (b'1'..=b'9').prop_map(|d| vec![d]),
    ];
    (prefix, 12usize..=19, proptest::collection::vec(b'0'..=b'9', 19)).prop_map(|(prefix, len, fill)| {
        let mut body = prefix;
        body.truncate(len - 1);
        body.extend_from_slice(&fill[..len - 1 - body.len()]);
        with_check_digit(body)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn luhn_valid_numbers_are_accepted_or_refused_only_for_a_certain_length(number in numbers()) {
        let text = String::from_utf8(number.clone()).unwrap();
        let mut buf = [0u8; MAX_DIGITS];
        match card_number(&text, &mut buf) {
            Ok(checked) => {
                prop_assert_eq!(checked.len, number.len());
                prop_assert_eq!(&buf[..checked.len], &number[..]);
                prop_assert!(checked.luhn);
            }
            Err(CardError::SchemeLength { scheme }) => {
                let range = range_of(&number).expect("a length refusal names a range");
                prop_assert!(range.certain, "{} refused for {:?}, an uncertain range", text, scheme);
                prop_assert!(!range.lengths.contains(number.len()), "{} has a published length", text);
            }
            Err(e) => prop_assert!(false, "{} refused: {}", text, e),
        }
    }

    /// A number starting with `0` is never accepted (ISO/IEC 7812-1: no card scheme issues MII 0).
    #[test]
    fn numbers_starting_with_zero_are_refused(rest in proptest::collection::vec(b'0'..=b'9', 10..=17)) {
        let number = with_check_digit([vec![b'0'], rest].concat());
        let text = String::from_utf8(number).unwrap();
        prop_assert_eq!(card_number(&text, &mut [0; MAX_DIGITS]), Err(CardError::NotIssued));
    }
}
