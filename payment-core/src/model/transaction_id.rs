//! [`TransactionId`]: the gateway's id of a transaction.

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

use crate::value::serde_str::from_str_impls;

/// The gateway's id of a transaction (`transaction_details.id` of a paymentv2 answer; `transactionId` in
/// capture, refund, void and status): a UUID, shown and sent in its hyphenated form.
///
/// ```
/// use payment_core::model::TransactionId;
///
/// let id: TransactionId = "e0b0731e-7170-4b64-8a21-7d835eebd641".parse().unwrap();
/// assert_eq!(id.to_string(), "e0b0731e-7170-4b64-8a21-7d835eebd641");
/// assert_eq!(serde_json::to_string(&id).unwrap(), r#""e0b0731e-7170-4b64-8a21-7d835eebd641""#);
/// assert!("order-42".parse::<TransactionId>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TransactionId(Uuid);

impl TransactionId {
    /// The id as a [`uuid::Uuid`].
    pub const fn as_uuid(&self) -> &Uuid {
        &self.0
    }
}

impl From<Uuid> for TransactionId {
    fn from(id: Uuid) -> Self {
        Self(id)
    }
}

impl From<TransactionId> for Uuid {
    fn from(id: TransactionId) -> Uuid {
        id.0
    }
}

/// Why a string is not a transaction id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a transaction id is a UUID, e.g. `e0b0731e-7170-4b64-8a21-7d835eebd641`")]
pub struct TransactionIdError;

payment_rules::rule_error!(TransactionIdError, |_e| ("uuid", "must be a UUID"));

impl FromStr for TransactionId {
    type Err = TransactionIdError;
    fn from_str(s: &str) -> Result<Self, TransactionIdError> {
        s.parse().map(Self).map_err(|_| TransactionIdError)
    }
}

from_str_impls!(TransactionId, TransactionIdError, "a transaction id (a UUID)");

impl serde::Serialize for TransactionId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.hyphenated())
    }
}

impl fmt::Display for TransactionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.hyphenated(), f)
    }
}

impl fmt::Debug for TransactionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TransactionId({})", self.0.hyphenated())
    }
}
