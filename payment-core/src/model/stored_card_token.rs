//! [`StoredCardToken`]: the gateway's id of a stored card, a secret.

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;
use zeroize::Zeroize;

use crate::value::serde_str::from_str_impls;

/// The gateway's token for a stored card (`stored_payment_method_id`), a secret: to keep it with the
/// customer's record, store [`token.expose_secret()`](Self::expose_secret); `{:?}` prints only `***`.
///
/// It is a UUID that charges the card it stands for, so it is handled like card data:
///
/// - `Debug` never shows it (`StoredCardToken(***)`) and there is no `Display` (rustc's hint to use
///   `{:?}` prints `***`, not the token), so it cannot reach a log by accident;
///   [`expose_secret`](Self::expose_secret) gives the text to store.
/// - Its bytes are zeroized when it is dropped (which is why it is not `Copy`).
/// - It comes from a tokenising answer ([`PaymentResponse::stored_card_token`]) or from your store
///   (`"...".parse()`); it is sent as a JSON string.
///
/// ```
/// use payment_core::model::StoredCardToken;
///
/// let token: StoredCardToken = "094db781-fabc-4c6d-8fcd-18bee06a527a".parse().unwrap();
/// assert_eq!(format!("{token:?}"), "StoredCardToken(***)");
/// assert_eq!(token.expose_secret(), "094db781-fabc-4c6d-8fcd-18bee06a527a");
/// assert!("card-1234".parse::<StoredCardToken>().is_err());
/// ```
///
/// [`PaymentResponse::stored_card_token`]: crate::model::PaymentResponse::stored_card_token
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct StoredCardToken([u8; 16]);

impl StoredCardToken {
    /// The token in its hyphenated form, to store with the customer's record. The returned `String` is
    /// yours to protect.
    pub fn expose_secret(&self) -> String {
        Uuid::from_bytes(self.0).hyphenated().to_string()
    }

    /// The token as a [`uuid::Uuid`] (a copy that is not zeroized).
    pub fn expose_uuid(&self) -> Uuid {
        Uuid::from_bytes(self.0)
    }
}

impl From<Uuid> for StoredCardToken {
    fn from(id: Uuid) -> Self {
        Self(id.into_bytes())
    }
}

impl Drop for StoredCardToken {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// Why a string is not a stored-card token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a stored-card token is a UUID, as the tokenising answer's `stored_payment_method_id`")]
pub struct StoredCardTokenError;

payment_rules::rule_error!(StoredCardTokenError, |_e| ("uuid", "must be a UUID"));

impl FromStr for StoredCardToken {
    type Err = StoredCardTokenError;
    fn from_str(s: &str) -> Result<Self, StoredCardTokenError> {
        s.parse::<Uuid>().map(Self::from).map_err(|_| StoredCardTokenError)
    }
}

from_str_impls!(StoredCardToken, StoredCardTokenError, "a stored-card token (a UUID)");

impl serde::Serialize for StoredCardToken {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&Uuid::from_bytes(self.0).hyphenated())
    }
}

impl fmt::Debug for StoredCardToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("StoredCardToken(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "094db781-fabc-4c6d-8fcd-18bee06a527a";

    #[test]
    fn parses_uuids_only_and_writes_the_hyphenated_form() {
        let token: StoredCardToken = TOKEN.to_uppercase().parse().unwrap();
        assert_eq!(token.expose_secret(), TOKEN);
        assert_eq!(serde_json::to_string(&token).unwrap(), format!("\"{TOKEN}\""));
        for bad in ["", "094db781", "not-a-token", "094db781-fabc-4c6d-8fcd-18bee06a527a0"] {
            assert_eq!(bad.parse::<StoredCardToken>(), Err(StoredCardTokenError), "{bad}");
        }
    }

    #[test]
    fn debug_and_errors_never_show_it() {
        let token: StoredCardToken = TOKEN.parse().unwrap();
        let shown = format!("{token:?} {:#?} {}", Some(&token), StoredCardTokenError);
        assert!(!shown.contains("094db781") && !shown.contains("527a"), "{shown}");
    }
}
