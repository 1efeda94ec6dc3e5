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

/// The range of `digits` as the table defines it: the first range (longest prefix first) whose digit
/// strings bound the number's leading digits, and none for a string with a non-digit. `range_of` finds it
/// by comparing numbers instead.
fn first_matching(digits: &[u8]) -> Option<&'static payment_rules::card::SchemeRange> {
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    ranges().iter().find(|r| r.matches(digits))
}

/// The number one above or below a digit string of the same length, if there is one.
fn step(prefix: &str, up: bool) -> Option<String> {
    let n: u64 = prefix.parse().ok()?;
    let m = if up { n.checked_add(1)? } else { n.checked_sub(1)? };
    let s = format!("{m:0width$}", width = prefix.len());
    (s.len() == prefix.len()).then_some(s)
}

/// Every bound of every range, and the prefixes just outside it, followed by every length of tail: the
/// number comparison agrees with the digit strings' at each edge of the table.
#[test]
fn range_of_agrees_with_the_table_at_every_bound() {
    let mut checked = 0;
    for r in ranges() {
        let edges =
            [Some(r.start.to_owned()), Some(r.end.to_owned()), step(r.start, false), step(r.end, true)];
        for edge in edges.into_iter().flatten() {
            for tail in ["", "0", "9", "00000", "99999", "0000000000000", "9999999999999"] {
                let digits = format!("{edge}{tail}");
                let digits = &digits.as_bytes()[..digits.len().min(MAX_DIGITS)];
                for len in 0..=digits.len() {
                    assert_eq!(
                        range_of(&digits[..len]),
                        first_matching(&digits[..len]),
                        "{:?}",
                        &digits[..len]
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 10_000, "{checked} digit strings");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// Any string of 0 to 19 digits (or with a non-digit in it): the same range as the table's.
    #[test]
    fn range_of_agrees_with_the_table(digits in "[0-9]{0,19}|[0-9]{0,8}[a ][0-9]{0,8}") {
        prop_assert_eq!(range_of(digits.as_bytes()), first_matching(digits.as_bytes()));
    }
}
