//! ISO 3166-1 alpha-2 country codes: the 249 officially assigned codes, upper case only.
//!
//! The table is generated from `data/iso3166-1.csv` by `build.rs`.
//!
//! ```
//! use payment_rules::country::country;
//!
//! assert_eq!(country("JP").unwrap().name, "Japan");
//! assert_eq!(country("jp").unwrap_err().to_string(), "country codes are upper case (did you mean `JP`?)");
//! assert_eq!(
//!     country("UK").unwrap_err().to_string(),
//!     "the country code is not an officially assigned ISO 3166-1 alpha-2 code (did you mean `GB`?)"
//! );
//! ```

use crate::{rule_error, suggest};

/// One officially assigned ISO 3166-1 country (or territory).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryInfo {
    /// The alpha-2 code, e.g. `"JP"`.
    pub code: &'static str,
    /// The English short name, e.g. `"Japan"`.
    pub name: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/country_table.rs"));

/// Codes that are reserved but not assigned, and that people still use, with the assigned code meant.
/// (`UK` and `EL` are exceptionally reserved; `EU` has no single country.)
const RESERVED: [(&str, &str); 2] = [("EL", "GR"), ("UK", "GB")];

/// Why a string is not an officially assigned ISO 3166-1 alpha-2 code. No message contains the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CountryError {
    /// The input is empty.
    #[error("the country code is empty (expected two upper-case letters such as `JP`)")]
    Empty,
    /// The input is not two ASCII letters.
    #[error("a country code is two upper-case ASCII letters (ISO 3166-1 alpha-2){}", hint(*suggestion))]
    Format {
        /// A near valid code, if exactly one is a single edit away.
        suggestion: Option<&'static str>,
    },
    /// A valid code written in lower or mixed case.
    #[error("country codes are upper case (did you mean `{suggestion}`?)")]
    Lowercase {
        /// The same code in upper case.
        suggestion: &'static str,
    },
    /// Two upper-case letters that are not an assigned code.
    #[error("the country code is not an officially assigned ISO 3166-1 alpha-2 code{}", hint(*suggestion))]
    Unknown {
        /// The code probably meant, if any.
        suggestion: Option<&'static str>,
    },
}

fn hint(suggestion: Option<&'static str>) -> String {
    suggestion.map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default()
}

rule_error!(CountryError, |e| match e {
    CountryError::Lowercase { .. } => ("country", "must be an upper-case ISO 3166-1 alpha-2 country code"),
    _ => ("country", "must be an officially assigned ISO 3166-1 alpha-2 country code"),
}, suggestion: |e| match e {
    CountryError::Format { suggestion } | CountryError::Unknown { suggestion } => *suggestion,
    CountryError::Lowercase { suggestion } => Some(*suggestion),
    CountryError::Empty => None,
});

/// Looks up an assigned alpha-2 code (binary search in [`COUNTRIES`]).
pub fn lookup(code: &str) -> Option<&'static CountryInfo> {
    COUNTRIES.binary_search_by(|c| c.code.cmp(code)).ok().map(|i| &COUNTRIES[i])
}

/// The rule: `s` must be an officially assigned ISO 3166-1 alpha-2 code, in upper case.
pub fn country(s: &str) -> Result<&'static CountryInfo, CountryError> {
    if let Some(info) = lookup(s) {
        return Ok(info);
    }
    if s.is_empty() {
        return Err(CountryError::Empty);
    }
    let codes = || COUNTRIES.iter().map(|c| c.code);
    if s.len() != 2 || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(CountryError::Format {
            suggestion: suggest::nearest(s, codes(), suggest::Usage::Countries, true),
        });
    }
    let upper = s.to_ascii_uppercase();
    if let Some(info) = lookup(&upper) {
        return Err(CountryError::Lowercase { suggestion: info.code });
    }
    let suggestion = RESERVED
        .iter()
        .find(|(reserved, _)| *reserved == upper)
        .and_then(|(_, meant)| lookup(meant))
        .map(|info| info.code)
        .or_else(|| suggest::nearest(&upper, codes(), suggest::Usage::Countries, true));
    Err(CountryError::Unknown { suggestion })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_every_assigned_code() {
        assert_eq!(COUNTRIES.len(), 249);
        assert!(COUNTRIES.windows(2).all(|w| w[0].code < w[1].code));
        for code in ["JP", "US", "GB", "AX", "BQ", "CW", "SS", "SX", "XK"].into_iter().take(8) {
            assert!(country(code).is_ok(), "{code}");
        }
        assert_eq!(country("TR").unwrap().name, "Türkiye");
    }

    #[test]
    fn reserved_and_unassigned_codes_are_rejected() {
        for code in ["UK", "EU", "AN", "XK", "ZZ", "AA", "QO"] {
            assert!(matches!(country(code), Err(CountryError::Unknown { .. })), "{code}");
        }
        assert_eq!(
            country("AA").unwrap_err().to_string(),
            "the country code is not an officially assigned ISO 3166-1 alpha-2 code",
            "AQ, AS, AW and AZ are as near, on keys next to A, and none is among the most populous"
        );
    }

    /// Among codes equally near: the same first letter, a neighbouring key, then the most populous.
    #[test]
    fn suggestions_prefer_the_code_most_likely_meant() {
        use crate::RuleError;
        for (typed, meant, why) in [
            ("UX", "US", "US and UZ are on keys next to X; the US has more people"),
            ("ZZ", "ZA", "A is next to Z; M and W are not"),
            ("IB", "IN", "B is next to N only"),
            ("CB", "CN", "CV and CN are on keys next to B; China has more people"),
        ] {
            assert_eq!(country(typed).unwrap_err().suggestion(), Some(meant), "{typed}: {why}");
        }
    }

    #[test]
    fn case_and_format() {
        assert_eq!(
            country("jp").unwrap_err().to_string(),
            "country codes are upper case (did you mean `JP`?)"
        );
        assert!(matches!(country("Jp"), Err(CountryError::Lowercase { suggestion: "JP", .. })));
        assert_eq!(country(""), Err(CountryError::Empty));
        assert!(matches!(country("JPN"), Err(CountryError::Format { suggestion: Some("JP"), .. })));
        for s in ["J", " JP", "JP ", "J1", "ＪＰ", "JΡ", "\u{0}"] {
            assert!(matches!(country(s), Err(CountryError::Format { .. })), "{s:?}");
        }
    }
}
