//! ISO 4217 currency codes: active alphabetic codes with their minor-unit exponent.
//!
//! The table is generated from `data/iso4217.csv` by `build.rs`: ISO 4217 List One as published by the
//! maintenance agency (SIX Group) on **2026-01-01** (after Amendment 180: BGN withdrawn, Bulgaria uses EUR).
//! Codes without a minor unit (`XAU`, `XDR`, `XTS`, ...) are recognised but rejected: an amount in minor
//! units means nothing for them. Withdrawn codes (`data/iso4217-withdrawn.csv`, from List Three) are
//! rejected with the month of withdrawal, and with a replacement only where a cited source (an ISO
//! amendment, a central bank) names one: ISO's own list names no successor. "Did you mean" only ever
//! proposes an active code.
//!
//! ```
//! use payment_rules::currency::currency;
//!
//! let jpy = currency("JPY").unwrap();
//! assert_eq!((jpy.numeric, jpy.exponent, jpy.name), (392, 0, "Yen"));
//! assert_eq!(currency("jpy").unwrap_err().to_string(), "currency codes are upper case (did you mean `JPY`?)");
//! assert_eq!(currency("HRK").unwrap_err().to_string(), "the currency code was withdrawn from ISO 4217 in 2023-01 (replaced by `EUR`)");
//! ```

use crate::{rule_error, suggest};

/// One active ISO 4217 currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CurrencyInfo {
    /// The alphabetic code, e.g. `"JPY"`.
    pub code: &'static str,
    /// The numeric code, e.g. `392`.
    pub numeric: u16,
    /// The minor-unit exponent: 0 for JPY, 2 for USD, 3 for BHD, 4 for CLF.
    pub exponent: u8,
    /// The English name in the ISO 4217 list, e.g. `"Yen"`.
    pub name: &'static str,
}

/// An active ISO 4217 code that has no minor unit (precious metals, bond-market units, SDR, testing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NoMinorUnit {
    /// The alphabetic code, e.g. `"XAU"`.
    pub code: &'static str,
    /// The numeric code, e.g. `959`.
    pub numeric: u16,
    /// The English name, e.g. `"Gold"`.
    pub name: &'static str,
}

/// A withdrawn ISO 4217 code and, where a source names one, the code that replaced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Withdrawn {
    /// The withdrawn code, e.g. `"HRK"`.
    pub code: &'static str,
    /// The code that replaced it, e.g. `Some("EUR")`, where the data file cites a source for it.
    pub replaced_by: Option<&'static str>,
    /// When it was withdrawn, `YYYY-MM`.
    pub since: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/currency_table.rs"));

/// Why a string is not a payable ISO 4217 currency code. No message contains the rejected input (a
/// suggestion is an active code).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CurrencyError {
    /// The input is empty.
    #[error("the currency code is empty (expected three upper-case letters such as `JPY`)")]
    Empty,
    /// The input is not three ASCII letters.
    #[error("a currency code is three upper-case ASCII letters (ISO 4217){}", hint(*suggestion))]
    Format {
        /// A near valid code, if any.
        suggestion: Option<&'static str>,
    },
    /// A valid code written in lower or mixed case.
    #[error("currency codes are upper case (did you mean `{suggestion}`?)")]
    Lowercase {
        /// The same code in upper case.
        suggestion: &'static str,
    },
    /// Three upper-case letters that are not an ISO 4217 code.
    #[error("the currency code is not in ISO 4217{}", hint(*suggestion))]
    Unknown {
        /// The nearest active code, if one is a single edit away.
        suggestion: Option<&'static str>,
    },
    /// A code that was withdrawn from ISO 4217.
    #[error("the currency code was withdrawn from ISO 4217 in {since}{}", replaced(*replaced_by))]
    Withdrawn {
        /// When it was withdrawn, `YYYY-MM`.
        since: &'static str,
        /// Its replacement, where a source names one.
        replaced_by: Option<&'static str>,
    },
    /// An ISO 4217 code without a minor unit, which cannot carry an amount.
    #[error(
        "the currency code is {name}, which has no minor unit in ISO 4217, so it cannot be used for a payment amount"
    )]
    NoMinorUnit {
        /// Its name.
        name: &'static str,
    },
}

fn hint(suggestion: Option<&'static str>) -> String {
    suggestion.map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default()
}

fn replaced(by: Option<&'static str>) -> String {
    by.map(|s| format!(" (replaced by `{s}`)")).unwrap_or_default()
}

rule_error!(CurrencyError, |e| match e {
    CurrencyError::Lowercase { .. } => ("currency", "must be an upper-case ISO 4217 currency code"),
    CurrencyError::Withdrawn { .. } =>
        ("currency", "must be an active ISO 4217 currency code, not a withdrawn one"),
    CurrencyError::NoMinorUnit { .. } => ("currency", "must be an ISO 4217 currency code with a minor unit"),
    _ => ("currency", "must be an active ISO 4217 currency code"),
}, suggestion: |e| match e {
    CurrencyError::Format { suggestion } | CurrencyError::Unknown { suggestion } => *suggestion,
    CurrencyError::Lowercase { suggestion } => Some(*suggestion),
    CurrencyError::Withdrawn { replaced_by, .. } => *replaced_by,
    CurrencyError::Empty | CurrencyError::NoMinorUnit { .. } => None,
});

/// Looks up an active ISO 4217 code with a minor unit (binary search in [`CURRENCIES`]).
pub fn lookup(code: &str) -> Option<&'static CurrencyInfo> {
    CURRENCIES.binary_search_by(|c| c.code.cmp(code)).ok().map(|i| &CURRENCIES[i])
}

/// The rule: `s` must be an active ISO 4217 alphabetic code, in upper case, with a minor unit.
pub fn currency(s: &str) -> Result<&'static CurrencyInfo, CurrencyError> {
    if let Some(info) = lookup(s) {
        return Ok(info);
    }
    if s.is_empty() {
        return Err(CurrencyError::Empty);
    }
    let codes = || CURRENCIES.iter().map(|c| c.code);
    if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(CurrencyError::Format {
            suggestion: suggest::nearest(s, codes(), suggest::Usage::Currencies, false),
        });
    }
    let upper = s.to_ascii_uppercase();
    if upper != s
        && let Some(info) = lookup(&upper)
    {
        return Err(CurrencyError::Lowercase { suggestion: info.code });
    }
    if let Ok(i) = NO_MINOR_UNIT.binary_search_by(|c| c.code.cmp(&upper)) {
        return Err(CurrencyError::NoMinorUnit { name: NO_MINOR_UNIT[i].name });
    }
    if let Ok(i) = WITHDRAWN.binary_search_by(|c| c.code.cmp(&upper)) {
        let w = &WITHDRAWN[i];
        return Err(CurrencyError::Withdrawn { since: w.since, replaced_by: w.replaced_by });
    }
    Err(CurrencyError::Unknown {
        suggestion: suggest::nearest(&upper, codes(), suggest::Usage::Currencies, false),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RuleError;

    fn exponent(code: &str) -> u8 {
        currency(code).unwrap().exponent
    }

    /// ISO 4217 List One, published 2026-01-01 (SIX Group): the exponents of each kind.
    #[test]
    fn exponents_match_iso_4217() {
        for (code, e) in [("JPY", 0), ("KRW", 0), ("USD", 2), ("EUR", 2), ("BHD", 3), ("KWD", 3), ("TND", 3)]
        {
            assert_eq!(exponent(code), e, "{code}");
        }
        assert_eq!((exponent("CLF"), exponent("UYW"), exponent("UYI")), (4, 4, 0));
        assert_eq!(currency("USD").unwrap().numeric, 840);
        assert_eq!(currency("ALL").unwrap().numeric, 8);
    }

    /// Pins the 2026-01-01 publication, so that a stale or hand-edited table is noticed.
    #[test]
    fn table_is_the_2026_01_01_publication() {
        assert!(CURRENCIES.windows(2).all(|w| w[0].code < w[1].code));
        assert_eq!(CURRENCIES.len() + NO_MINOR_UNIT.len(), 178, "List One has 178 entries");
        assert_eq!(NO_MINOR_UNIT.len(), 13);
        // Active, including the most recent additions.
        for code in ["VES", "VED", "SLE", "ZWG", "XCG", "MRU", "STN", "UYW", "XAD", "EUR"] {
            assert!(currency(code).is_ok(), "{code} is active");
        }
        assert_eq!(currency("XAD").unwrap().numeric, 396, "Amendment 179: Arab Accounting Dinar");
        // Withdrawn, with the month of List Three.
        for (code, since) in [
            ("BGN", "2026-01"),
            ("ANG", "2025-03"),
            ("ZWL", "2024-09"),
            ("SLL", "2023-12"),
            ("HRK", "2023-01"),
            ("CUC", "2021-06"),
            ("VEF", "2018-08"),
            ("MRO", "2017-12"),
        ] {
            assert!(
                matches!(currency(code), Err(CurrencyError::Withdrawn { since: s, .. }) if s == since),
                "{code} was withdrawn in {since}: {:?}",
                currency(code)
            );
        }
        assert!(WITHDRAWN.iter().all(|w| w.replaced_by.is_none_or(|r| lookup(r).is_some())));
    }

    #[test]
    fn codes_without_minor_unit_are_rejected_by_name() {
        let err = currency("XAU").unwrap_err();
        assert_eq!(
            err.to_string(),
            "the currency code is Gold, which has no minor unit in ISO 4217, so it cannot be used for a payment amount"
        );
        for code in ["XAG", "XDR", "XTS", "XXX", "XSU", "XUA", "XBA"] {
            assert!(matches!(currency(code), Err(CurrencyError::NoMinorUnit { .. })), "{code}");
        }
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            currency("JPX").unwrap_err().to_string(),
            "the currency code is not in ISO 4217 (did you mean `JPY`?)"
        );
        assert_eq!(
            currency("jpy").unwrap_err().to_string(),
            "currency codes are upper case (did you mean `JPY`?)"
        );
        assert_eq!(
            currency("Usd").unwrap_err().to_string(),
            "currency codes are upper case (did you mean `USD`?)"
        );
        assert_eq!(currency("QQQ").unwrap_err().to_string(), "the currency code is not in ISO 4217");
        // Equally near: a neighbouring key, then the most traded (BIS Triennial Survey 2022).
        for (typed, meant) in [("USX", "USD"), ("EUT", "EUR"), ("GBO", "GBP"), ("CNU", "CNY"), ("JPU", "JPY")]
        {
            assert_eq!(currency(typed).unwrap_err().suggestion(), Some(meant), "{typed}");
        }
        let greek = currency("JΡY").unwrap_err();
        assert!(matches!(greek, CurrencyError::Format { suggestion: Some("JPY") }), "{greek:?}");
        assert!(currency("ＪＰＹ").is_err());
    }

    /// "Did you mean" proposes active codes only, never a withdrawn one.
    #[test]
    fn suggestions_are_never_withdrawn_codes() {
        for w in &WITHDRAWN {
            let mut near = w.code.to_owned();
            near.replace_range(2..3, if &w.code[2..3] == "Q" { "Z" } else { "Q" });
            if let Err(CurrencyError::Unknown { suggestion: Some(s) }) = currency(&near) {
                assert!(lookup(s).is_some(), "{near} -> {s}");
            }
        }
        assert_eq!(currency("HRQ"), Err(CurrencyError::Unknown { suggestion: None }));
    }

    #[test]
    fn malformed_input() {
        assert_eq!(currency(""), Err(CurrencyError::Empty));
        for s in [" JPY", "JPY ", "JP", "JPYY", "J1Y", "\u{0}JP", "JP\n"] {
            assert!(matches!(currency(s), Err(CurrencyError::Format { .. })), "{s:?}");
        }
        let long = "A".repeat(10_000);
        assert!(currency(&long).unwrap_err().to_string().len() < 200);
    }

    #[test]
    fn messages_never_quote_the_input() {
        for s in ["JPX", "QQQ", "HRK", "XAU", "J1Y", "BGN"] {
            let e = currency(s).unwrap_err();
            assert!(!e.to_string().contains(s) && !format!("{e:?}").contains(s), "{e}");
        }
        let err = currency("JPX").unwrap_err();
        assert_eq!((err.code(), err.rule()), ("currency", "must be an active ISO 4217 currency code"));
    }
}
