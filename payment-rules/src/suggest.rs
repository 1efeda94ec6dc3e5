//! "Did you mean ...?": the nearest valid value by edit distance, one implementation for the code rules
//! of this crate (currency and country codes) and for the string enums of `payment-derive` (their
//! wire names, through [`nearest_name`]).
//!
//! A suggestion is always one of the candidates given, never the input, so a message that carries it
//! never quotes what was refused.
//!
//! When several codes are one edit away, the one most likely meant is proposed, ranked in this order:
//!
//! 1. a code that shares the input's first letter (a first letter is seldom mistyped);
//! 2. a code that differs by a key **next to** the one typed on a QWERTY keyboard (`USX`: `X` is next to
//!    `D`, so `USD` before `UGX` and `USN`); the letter rows of QWERTY, which most national layouts share
//!    (AZERTY and QWERTZ move a few letters);
//! 3. the most used: for currencies, the twenty most traded of the BIS Triennial Central Bank Survey
//!    (April 2022, `data/currency-usage.csv`); for countries, the twenty most populous of the UN World
//!    Population Prospects 2024 (`data/country-population.csv`);
//! 4. then, for currencies, alphabetical order; a country code still tied gives no suggestion (two-letter
//!    codes have many neighbours: naming one could mislead).
//!
//! ```
//! use payment_rules::{country, currency, RuleError};
//!
//! assert_eq!(currency::currency("USX").unwrap_err().suggestion(), Some("USD"));
//! assert_eq!(country::country("UX").unwrap_err().suggestion(), Some("US"));
//! ```

/// Levenshtein distance between two strings, counted in `char`s.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// Which usage ranking breaks a tie (see the [module docs](self)).
#[derive(Clone, Copy)]
pub(crate) enum Usage {
    /// BIS Triennial Survey 2022, `data/currency-usage.csv`.
    Currencies,
    /// UN World Population Prospects 2024, `data/country-population.csv`.
    Countries,
}

impl Usage {
    /// The position of `code` in the ranking, or `usize::MAX` when it is not listed.
    fn rank(self, code: &str) -> usize {
        let csv = match self {
            Usage::Currencies => include_str!("../data/currency-usage.csv"),
            Usage::Countries => include_str!("../data/country-population.csv"),
        };
        let codes = csv.lines().filter(|l| !l.starts_with('#')).skip(1).filter_map(|l| l.split(',').nth(1));
        codes.map(str::trim).position(|c| c == code).unwrap_or(usize::MAX)
    }
}

/// The letter rows of a QWERTY keyboard, each shifted right of the one above it.
const ROWS: [&[u8]; 3] = [b"QWERTYUIOP", b"ASDFGHJKL", b"ZXCVBNM"];

/// Whether two upper-case ASCII letters are neighbouring keys on QWERTY.
pub(crate) fn neighbours(a: u8, b: u8) -> bool {
    let at =
        |k: u8| ROWS.iter().enumerate().find_map(|(r, row)| row.iter().position(|&x| x == k).map(|c| (r, c)));
    let (Some((ra, ca)), Some((rb, cb))) = (at(a), at(b)) else { return false };
    match (ra.abs_diff(rb), ra < rb) {
        (0, _) => ca.abs_diff(cb) == 1,
        // The lower row is shifted right: a key touches the one above it and the one above-right.
        (1, true) => cb == ca || cb + 1 == ca,
        (1, false) => ca == cb || ca + 1 == cb,
        _ => false,
    }
}

/// Whether `code` differs from `input` (as long) by one letter typed on a neighbouring key.
fn neighbouring_typo(input: &str, code: &str) -> bool {
    let (a, b) = (input.as_bytes(), code.as_bytes());
    let mut differ = a.iter().zip(b).filter(|(x, y)| x != y);
    a.len() == b.len() && matches!((differ.next(), differ.next()), (Some((&x, &y)), None) if neighbours(x, y))
}

/// The code at edit distance 1 from `input` (compared in upper case), ranked as the
/// [module docs](self) say. With `unique`, a tie at the best rank gives no suggestion.
pub(crate) fn nearest(
    input: &str,
    codes: impl Iterator<Item = &'static str>,
    usage: Usage,
    unique: bool,
) -> Option<&'static str> {
    if input.chars().count() > 8 {
        return None;
    }
    let input: String = input.chars().map(|c| c.to_ascii_uppercase()).collect();
    let first = input.chars().next();
    let near = codes.filter(|code| distance(&input, code) == 1).map(|code| {
        let rank = Rank {
            distance: 1,
            other_first_letter: code.chars().next() != first,
            far_key: !neighbouring_typo(&input, code),
            usage: usage.rank(code),
        };
        (code, rank)
    });
    best(near, unique)
}

/// The wire name `input` was probably meant to be: the name nearest to it when compared without regard to
/// ASCII case, within one edit for names of up to seven characters and one more for every four beyond
/// (`Ecomerce` or `ECOMMERCE` for `Ecommerce`). Ranked by distance, then by sharing the first letter; a
/// tie at the best rank gives no suggestion, since naming either could mislead. Names more edits away,
/// and an input longer than a name by more than its allowance, give none (and cost no distance).
///
/// ```
/// use payment_rules::suggest::nearest_name;
///
/// let names = ["Ecommerce", "ContAuth", "Moto", "POS"];
/// assert_eq!(nearest_name("Ecomerce", names), Some("Ecommerce"));
/// assert_eq!(nearest_name("moto", names), Some("Moto"));
/// assert_eq!(nearest_name("Telephone", names), None);
/// ```
pub fn nearest_name(input: &str, names: impl IntoIterator<Item = &'static str>) -> Option<&'static str> {
    let input = input.to_ascii_lowercase();
    let length = input.chars().count();
    let first = input.chars().next();
    let near = names.into_iter().filter_map(|name| {
        let folded = name.to_ascii_lowercase();
        let own = folded.chars().count();
        let allowance = 1 + own.saturating_sub(4) / 4;
        if length.abs_diff(own) > allowance {
            return None;
        }
        let d = distance(&input, &folded);
        let other_first_letter = folded.chars().next() != first;
        (d <= allowance).then_some((name, Rank { distance: d, other_first_letter, far_key: false, usage: 0 }))
    });
    best(near, true)
}

/// How near a candidate is; lower is better, the distance first, then the other fields in order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    distance: usize,
    other_first_letter: bool,
    far_key: bool,
    usage: usize,
}

/// The best-ranked candidate, the first seen among equals; with `unique`, a tie at the best rank gives
/// none.
fn best(candidates: impl Iterator<Item = (&'static str, Rank)>, unique: bool) -> Option<&'static str> {
    let mut best: Option<(Rank, &'static str)> = None;
    let mut tied = false;
    for (candidate, rank) in candidates {
        match best {
            Some((b, _)) if b < rank => {}
            Some((b, _)) if b == rank => tied = true,
            _ => {
                best = Some((rank, candidate));
                tied = false;
            }
        }
    }
    match best {
        Some(_) if unique && tied => None,
        best => best.map(|(_, candidate)| candidate),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("JPX", "JPY"), 1);
        assert_eq!(distance("JPN", "JP"), 1);
        assert_eq!(distance("", "USD"), 3);
        assert_eq!(distance("JΡY", "JPY"), 1);
    }

    #[test]
    fn nearest_prefers_same_first_letter_and_handles_ties() {
        let codes = ["JOD", "JPY", "USD", "USN"];
        let near = |input: &str, unique| nearest(input, codes.into_iter(), Usage::Currencies, unique);
        assert_eq!(near("JPX", false), Some("JPY"));
        assert_eq!(near("USX", false), Some("USD"));
        assert_eq!(near("USX", true), Some("USD"), "X is next to D, not to N");
        assert_eq!(near("USB", true), Some("USN"), "B is next to N, not to D: the key first, then the use");
        assert_eq!(near("QQQ", false), None);
        assert_eq!(near(&"x".repeat(100), false), None);
    }

    #[test]
    fn neighbouring_keys_of_qwerty() {
        for (a, b) in
            [(b'X', b'D'), (b'D', b'X'), (b'Q', b'W'), (b'Q', b'A'), (b'W', b'A'), (b'S', b'Z'), (b'M', b'K')]
        {
            assert!(neighbours(a, b), "{} {}", a as char, b as char);
        }
        for (a, b) in
            [(b'X', b'N'), (b'S', b'G'), (b'Q', b'Z'), (b'A', b'W'), (b'P', b'K'), (b'Z', b'Q'), (b'A', b'A')]
        {
            assert_eq!(neighbours(a, b), (a, b) == (b'A', b'W'), "{} {}", a as char, b as char);
        }
    }

    /// The rankings name codes of the tables, in order, and each code once.
    #[test]
    fn the_usage_rankings_are_read_in_order() {
        assert_eq!(Usage::Currencies.rank("USD"), 0);
        assert_eq!(Usage::Currencies.rank("DKK"), 19);
        assert_eq!(Usage::Currencies.rank("UGX"), usize::MAX);
        assert_eq!(Usage::Countries.rank("IN"), 0);
        assert_eq!(Usage::Countries.rank("TH"), 19);
        for code in ["USD", "EUR", "JPY", "GBP", "CNY", "AUD", "CAD", "CHF", "HKD", "SGD"] {
            assert!(crate::currency::lookup(code).is_some(), "{code}");
        }
    }

    #[test]
    fn distances_count_insertions_deletions_and_substitutions() {
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("a", "ab"), 1);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggestions_stop_at_eight_characters_and_prefer_the_same_first_letter() {
        let near = |input: &str, codes: &[&'static str], unique| {
            nearest(input, codes.iter().copied(), Usage::Countries, unique)
        };
        assert_eq!(near("ABCDEFGX", &["ABCDEFGH"], false), Some("ABCDEFGH"));
        assert_eq!(near("ABCDEFGHX", &["ABCDEFGH"], false), None);
        // A better-ranked code found later replaces the earlier one instead of counting as a tie.
        assert_eq!(near("AB", &["ZB", "AA"], true), Some("AA"));
        assert_eq!(near("AB", &["AA", "AC"], true), None, "B is next to neither A nor C");
        assert_eq!(near("AB", &["AV", "AC"], true), Some("AV"), "B is next to V");
    }

    #[test]
    fn names_are_compared_without_case_within_an_allowance_that_grows_with_the_name() {
        let names = ["Ecommerce", "ContAuth", "Moto", "POS"];
        assert_eq!(nearest_name("Ecomerce", names), Some("Ecommerce"));
        assert_eq!(nearest_name("ECOMMERCE", names), Some("Ecommerce"));
        assert_eq!(nearest_name("pos", names), Some("POS"));
        assert_eq!(nearest_name("Mot", names), Some("Moto"));
        // Up to seven characters, one edit; eight to eleven, two; twelve to fifteen, three.
        assert_eq!(nearest_name("Mxtx", names), None);
        assert_eq!(nearest_name("ABCDEFG", ["ABCDEXX"]), None);
        assert_eq!(nearest_name("ABCDEFGH", ["ABCDEFXX"]), Some("ABCDEFXX"));
        assert_eq!(nearest_name("ABCDEFGH", ["ABCDEXXX"]), None);
        assert_eq!(nearest_name("ABCDEFGHIJKL", ["ABCDEFGHIXXX"]), Some("ABCDEFGHIXXX"));
        assert_eq!(nearest_name("ABCDEFGHIJKL", ["ABCDEFGHXXXX"]), None);
        // An input longer or shorter than the name by more than its allowance gives none.
        assert_eq!(nearest_name("Moto", ["Mo"]), None);
        assert_eq!(nearest_name("ABCDEFGHIJ", ["ABCDEFGH"]), Some("ABCDEFGH"));
        assert_eq!(nearest_name("ABCDEFGHIJK", ["ABCDEFGH"]), None);
        assert_eq!(nearest_name(&"x".repeat(10_000), names), None);
        assert_eq!(nearest_name("", names), None);
    }

    #[test]
    fn names_rank_by_distance_then_first_letter_and_a_tie_gives_none() {
        // The nearer name wins wherever it stands.
        assert_eq!(nearest_name("Card", ["Cards", "Card2x"]), Some("Cards"));
        assert_eq!(nearest_name("Card", ["Carts", "Cards"]), Some("Cards"));
        // At one distance, the same first letter wins.
        assert_eq!(nearest_name("Bat", ["Cat", "Bad"]), Some("Bad"));
        // Equals are a tie: no suggestion.
        assert_eq!(nearest_name("Bat", ["Bad", "Bag"]), None);
        assert_eq!(nearest_name("D", ["A", "B", "C"]), None);
    }
}
