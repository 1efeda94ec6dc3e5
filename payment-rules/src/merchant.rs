//! Merchant ids: 1 to 128 characters of free text (the gateway's limit), as the gateway issued them.
//!
//! ```
//! use payment_rules::merchant::merchant_id;
//!
//! assert!(merchant_id("my-merchant").is_ok());
//! assert_eq!(merchant_id("").unwrap_err().to_string(), "the merchant id is empty");
//! ```

use crate::rule_error;
use crate::text::{TextError, free_text};

/// The longest merchant id, in characters (the gateway's published limit).
pub const MAX_CHARS: usize = 128;

/// Why a string is not a merchant id. No message contains the id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MerchantIdError {
    /// The input is empty.
    #[error("the merchant id is empty")]
    Empty,
    /// More than 128 characters.
    #[error("the merchant id is longer than 128 characters")]
    TooLong,
    /// A control character or a bidirectional override.
    #[error("the merchant id: {0}")]
    Text(#[from] TextError),
}

rule_error!(MerchantIdError, |e| match e {
    MerchantIdError::Text(t) => (crate::RuleError::code(t), crate::RuleError::rule(t)),
    _ => ("length", "must be 1 to 128 characters long"),
});

/// The rule: 1 to 128 characters of free text ([`crate::text`]).
pub fn merchant_id(s: &str) -> Result<(), MerchantIdError> {
    if s.is_empty() {
        return Err(MerchantIdError::Empty);
    }
    if s.chars().count() > MAX_CHARS {
        return Err(MerchantIdError::TooLong);
    }
    free_text(s)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule() {
        assert_eq!(merchant_id("< Merchant ID >"), Ok(()), "the gateway's placeholder");
        assert_eq!(merchant_id(&"m".repeat(128)), Ok(()));
        assert_eq!(merchant_id(&"m".repeat(129)), Err(MerchantIdError::TooLong));
        assert_eq!(merchant_id(""), Err(MerchantIdError::Empty));
        assert_eq!(merchant_id("shop\n42"), Err(MerchantIdError::Text(TextError::Control)));
    }
}
