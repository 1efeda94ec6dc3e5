//! Email addresses: the rule of the `validator` crate (the HTML5 "valid e-mail address" grammar, with
//! length limits on both parts and internationalised domain names).
//!
//! ```
//! use payment_rules::email::email;
//!
//! assert!(email("billing@testemail.com").is_ok());
//! assert_eq!(email("nope").unwrap_err().to_string(), "`nope` is not a valid email address");
//! ```

use validator::ValidateEmail;

use crate::{clip, rule_error};

/// Why a string is not a valid email address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    /// The input is empty.
    #[error("the email address is empty")]
    Empty,
    /// The input breaks the email grammar.
    #[error("`{0}` is not a valid email address")]
    Invalid(String),
}

rule_error!(EmailError, |_e| ("email", "must be a valid email address"));

/// The rule: `s` is an email address by `validator`'s `ValidateEmail`.
pub fn email(s: &str) -> Result<(), EmailError> {
    if s.is_empty() {
        return Err(EmailError::Empty);
    }
    if s.validate_email() { Ok(()) } else { Err(EmailError::Invalid(clip(s))) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted() {
        for s in ["billing@testemail.com", "a.b+tag@sub.example.co.jp", "x@[127.0.0.1]", "user@例子.广告"]
        {
            assert!(email(s).is_ok(), "{s}");
        }
    }

    #[test]
    fn rejected() {
        assert_eq!(email(""), Err(EmailError::Empty));
        for s in
            ["nope", "@example.com", "a@", "a b@example.com", " a@example.com", "a@example.com ", "a@@b.com"]
        {
            assert!(email(s).is_err(), "{s:?}");
        }
        assert!(email(&format!("{}@example.com", "a".repeat(65))).is_err());
    }
}
