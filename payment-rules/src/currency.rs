//! ISO 4217 currency codes: active alphabetic codes with their minor-unit exponent.
//!
//! The table is generated from `data/iso4217.csv` by `build.rs`. Codes without a minor unit (`XAU`, `XDR`,
//! `XTS`, ...) are recognised but rejected: an amount in minor units means nothing for them. Recently
//! withdrawn codes (`HRK`, `SLL`, `ZWL`, ...) are rejected with their replacement.
//!
//! ```
//! use payment_rules::currency::currency;
//!
//! let jpy = currency("JPY").unwrap();
//! assert_eq!((jpy.numeric, jpy.exponent, jpy.name), (392, 0, "Yen"));
//! assert_eq!(currency("jpy").unwrap_err().to_string(), "currency codes are upper case (did you mean `JPY`?)");
//! assert_eq!(currency("HRK").unwrap_err().to_string(), "`HRK` was withdrawn from ISO 4217 (replaced by `EUR`)");
//! ```

use crate::{clip, rule_error, suggest};

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

/// A withdrawn ISO 4217 code and the code that replaced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Withdrawn {
    /// The withdrawn code, e.g. `"HRK"`.
    pub code: &'static str,
    /// The code that replaced it, e.g. `"EUR"`.
    pub replaced_by: &'static str,
    /// When it was withdrawn, `YYYY-MM`.
    pub since: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/currency_table.rs"));

/// Why a string is not a payable ISO 4217 currency code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CurrencyError {
    /// The input is empty.
    #[error("the currency code is empty (expected three upper-case letters such as `JPY`)")]
    Empty,
    /// The input is not three ASCII letters.
    #[error("`{value}` is not a currency code: ISO 4217 codes are three upper-case ASCII letters{}", hint(*suggestion))]
    Format {
        /// The rejected input (clipped).
        value: String,
        /// A near valid code, if any.
        suggestion: Option<&'static str>,
    },
    /// A valid code written in lower or mixed case.
    #[error("currency codes are upper case (did you mean `{suggestion}`?)")]
    Lowercase {
        /// The rejected input.
        value: String,
        /// The same code in upper case.
        suggestion: &'static str,
    },
    /// Three upper-case letters that are not an ISO 4217 code.
    #[error("`{value}` is not an ISO 4217 currency code{}", hint(*suggestion))]
    Unknown {
        /// The rejected input.
        value: String,
        /// The nearest code by edit distance, if one is a single edit away.
        suggestion: Option<&'static str>,
    },
    /// A code that was withdrawn from ISO 4217.
    #[error("`{code}` was withdrawn from ISO 4217 (replaced by `{replaced_by}`)")]
    Withdrawn {
        /// The withdrawn code.
        code: &'static str,
        /// Its replacement.
        replaced_by: &'static str,
    },
    /// An ISO 4217 code without a minor unit, which cannot carry an amount.
    #[error("`{code}` ({name}) has no minor unit in ISO 4217, so it cannot be used for a payment amount")]
    NoMinorUnit {
        /// The code.
        code: &'static str,
        /// Its name.
        name: &'static str,
    },
}

fn hint(suggestion: Option<&'static str>) -> String {
    suggestion.map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default()
}

rule_error!(CurrencyError, |e| match e {
    CurrencyError::Lowercase { .. } => ("currency", "must be an upper-case ISO 4217 currency code"),
    CurrencyError::Withdrawn { .. } =>
        ("currency", "must be an active ISO 4217 currency code, not a withdrawn one"),
    CurrencyError::NoMinorUnit { .. } => ("currency", "must be an ISO 4217 currency code with a minor unit"),
    _ => ("currency", "must be an active ISO 4217 currency code"),
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
            value: clip(s),
            suggestion: suggest::nearest(s, codes(), false),
        });
    }
    let upper = s.to_ascii_uppercase();
    if upper != s
        && let Some(info) = lookup(&upper)
    {
        return Err(CurrencyError::Lowercase { value: s.to_owned(), suggestion: info.code });
    }
    if let Ok(i) = NO_MINOR_UNIT.binary_search_by(|c| c.code.cmp(&upper)) {
        return Err(CurrencyError::NoMinorUnit { code: NO_MINOR_UNIT[i].code, name: NO_MINOR_UNIT[i].name });
    }
    if let Ok(i) = WITHDRAWN.binary_search_by(|c| c.code.cmp(&upper)) {
        let w = &WITHDRAWN[i];
        return Err(CurrencyError::Withdrawn { code: w.code, replaced_by: w.replaced_by });
    }
    Err(CurrencyError::Unknown { value: s.to_owned(), suggestion: suggest::nearest(&upper, codes(), false) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RuleError;

    fn exponent(code: &str) -> u8 {
        currency(code).unwrap().exponent
    }

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

    #[test]
    fn table_is_sorted_and_current() {
        assert!(CURRENCIES.windows(2).all(|w| w[0].code < w[1].code));
        for code in ["VES", "VED", "SLE", "ZWG", "XCG", "MRU", "STN", "UYW"] {
            assert!(currency(code).is_ok(), "{code} is active");
        }
        for code in ["HRK", "SLL", "VEF", "ZWL", "ANG", "BGN", "MRO"] {
            assert!(matches!(currency(code), Err(CurrencyError::Withdrawn { .. })), "{code} is withdrawn");
        }
    }

    #[test]
    fn codes_without_minor_unit_are_rejected_by_name() {
        let err = currency("XAU").unwrap_err();
        assert_eq!(
            err.to_string(),
            "`XAU` (Gold) has no minor unit in ISO 4217, so it cannot be used for a payment amount"
        );
        for code in ["XAG", "XDR", "XTS", "XXX", "XSU", "XUA", "XBA"] {
            assert!(matches!(currency(code), Err(CurrencyError::NoMinorUnit { .. })), "{code}");
        }
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            currency("JPX").unwrap_err().to_string(),
            "`JPX` is not an ISO 4217 currency code (did you mean `JPY`?)"
        );
        assert_eq!(
            currency("jpy").unwrap_err().to_string(),
            "currency codes are upper case (did you mean `JPY`?)"
        );
        assert_eq!(
            currency("Usd").unwrap_err().to_string(),
            "currency codes are upper case (did you mean `USD`?)"
        );
        assert_eq!(currency("QQQ").unwrap_err().to_string(), "`QQQ` is not an ISO 4217 currency code");
        let greek = currency("JΡY").unwrap_err();
        assert!(matches!(greek, CurrencyError::Format { suggestion: Some("JPY"), .. }), "{greek:?}");
        assert!(currency("ＪＰＹ").is_err());
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
    fn rule_has_no_value() {
        let err = currency("JPX").unwrap_err();
        assert_eq!((err.code(), err.rule()), ("currency", "must be an active ISO 4217 currency code"));
    }
}
