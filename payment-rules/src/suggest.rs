//! "Did you mean ...?": the nearest valid value by edit distance, one implementation for the code rules
//! of this crate (currency and country codes) and for the string enums of `payment-derive` (their
//! wire names, through [`nearest_name`]).
//!
//! A suggestion is always one of the candidates given, never the input, so a message that carries it
//! never quotes what was refused.

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

/// The code at edit distance 1 from `input` (compared in upper case), preferring codes that share the
/// first letter, then alphabetical order. With `unique`, a tie among the preferred codes gives no
/// suggestion (two-letter codes have many neighbours: `ZZ` is one edit from `ZA`, `ZM` and `ZW`).
pub(crate) fn nearest(
    input: &str,
    codes: impl Iterator<Item = &'static str>,
    unique: bool,
) -> Option<&'static str> {
    if input.chars().count() > 8 {
        return None;
    }
    let input: String = input.chars().map(|c| c.to_ascii_uppercase()).collect();
    let first = input.chars().next();
    let near = codes
        .filter(|code| distance(&input, code) == 1)
        .map(|code| (code, Rank { distance: 1, other_first_letter: code.chars().next() != first }));
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
        (d <= allowance)
            .then(|| (name, Rank { distance: d, other_first_letter: folded.chars().next() != first }))
    });
    best(near, true)
}

/// How near a candidate is; lower is better, the distance first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    distance: usize,
    other_first_letter: bool,
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
        assert_eq!(nearest("JPX", codes.into_iter(), false), Some("JPY"));
        assert_eq!(nearest("USX", codes.into_iter(), false), Some("USD"));
        assert_eq!(nearest("USX", codes.into_iter(), true), None);
        assert_eq!(nearest("QQQ", codes.into_iter(), false), None);
        assert_eq!(nearest(&"x".repeat(100), codes.into_iter(), false), None);
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
        assert_eq!(nearest("ABCDEFGX", ["ABCDEFGH"].into_iter(), false), Some("ABCDEFGH"));
        assert_eq!(nearest("ABCDEFGHX", ["ABCDEFGH"].into_iter(), false), None);
        // A better-ranked code found later replaces the earlier one instead of counting as a tie.
        assert_eq!(nearest("AB", ["ZB", "AA"].into_iter(), true), Some("AA"));
        assert_eq!(nearest("AB", ["AA", "AC"].into_iter(), true), None);
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
