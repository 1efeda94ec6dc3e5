//! "Did you mean ...?": the nearest code by edit distance.

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
    // Rank 0: same first letter; rank 1: another first letter. Lower is better.
    let mut best: Option<(u8, &'static str)> = None;
    let mut tied = false;
    for code in codes.filter(|code| distance(&input, code) == 1) {
        let rank = u8::from(code.chars().next() != first);
        match best {
            Some((b, _)) if b < rank => {}
            Some((b, _)) if b == rank => tied = true,
            _ => {
                best = Some((rank, code));
                tied = false;
            }
        }
    }
    match best {
        Some(_) if unique && tied => None,
        best => best.map(|(_, code)| code),
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
}
