//! The gateway's notifications (webhooks), never trusted on their word.
//!
//! The gateway posts a notification to the request's `webhook_url`, but documents no signature, no
//! secret and no body: anyone who learns the URL can post to it. So a notification is only a *hint*
//! that a transaction changed. [`Client::verify_webhook`](crate::Client::verify_webhook) reads it
//! leniently ([`Notification`]), asks the gateway for the transaction's status, and succeeds only when
//! the status call knows the transaction and agrees with what the notification claims.
//!
//! # What a notification must contain
//!
//! A transaction id, as `transaction_details.id` (the gateway's common answer shape) or as a top-level
//! `transactionId` / `transaction_id`. Anything else it claims is compared with the status answer when
//! present: `payment_details.amount`, `payment_details.currency`, the `merchant_txn_ref`
//! (`transaction_details` or `merchant_details`), `payment_details.response_code` and `success`.
//!
//! # What a handler does
//!
//! 1. Pass the raw body to `verify_webhook`; answer 200 only when it returns `Ok`.
//! 2. Compare the verified amount and currency ([`VerifiedWebhook::status`]) with **your own order**
//!    before fulfilling it: the notification agreeing with the gateway says nothing about what you sold.
//! 3. Expect repeats: each delivery is verified against the gateway's *current* status (nothing is kept in
//!    the client), so act idempotently on your order.
//!
//! `examples/webhook_handler.rs` is such a handler with axum.

use std::fmt;

use payment_core::model::{PaymentResponse, TransactionId};
use serde_json::{Map, Value};

/// The most of a notification body that is read (256 KiB); a real one is a few KiB.
pub const MAX_NOTIFICATION_BYTES: usize = 256 * 1024;

/// A notification body, read leniently: the transaction id it names and what it claims about it.
///
/// Only [`Client::verify_webhook`](crate::Client::verify_webhook) makes one, from the raw body. The whole
/// body is kept ([`Notification::body`]) with card numbers masked and secrets removed, so it can be
/// logged; `Debug` shows the claims and the body's top-level key names only.
#[derive(Clone)]
pub struct Notification {
    transaction_id: TransactionId,
    claims: Claims,
    body: Value,
}

/// What a notification says about its transaction, each part optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Claims {
    amount: Option<u64>,
    currency: Option<String>,
    merchant_txn_ref: Option<String>,
    response_code: Option<i64>,
    success: Option<bool>,
}

impl Notification {
    /// Reads a notification body. Never panics; refuses what is not JSON, has no readable transaction
    /// id, or claims a value it cannot read (an amount that is not a number, say).
    pub(crate) fn parse(body: &[u8]) -> Result<Self, WebhookError> {
        let unreadable = |detail: &str| WebhookError::Unreadable { detail: detail.to_owned() };
        if body.len() > MAX_NOTIFICATION_BYTES {
            return Err(unreadable("the body is larger than 256 KiB"));
        }
        let Ok(Value::Object(json)) = serde_json::from_slice::<Value>(body) else {
            return Err(unreadable("the body is not a JSON object"));
        };
        let at = |path: &[&str]| -> Option<&Value> {
            let (first, rest) = path.split_first()?;
            rest.iter().try_fold(json.get(*first)?, |v, key| v.get(key)).filter(|v| !v.is_null())
        };
        let id = at(&["transaction_details", "id"])
            .or_else(|| at(&["transactionId"]))
            .or_else(|| at(&["transaction_id"]))
            .ok_or_else(|| unreadable("no transaction id (transaction_details.id or transactionId)"))?;
        let transaction_id = id
            .as_str()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| unreadable("the transaction id is not a UUID"))?;
        let text = |path: &[&str], what: &str| -> Result<Option<String>, WebhookError> {
            at(path).map(|v| v.as_str().map(str::to_owned).ok_or_else(|| unreadable(what))).transpose()
        };
        let amount = at(&["payment_details", "amount"])
            .map(|v| match v {
                Value::Number(n) => n.as_u64(),
                Value::String(s) => s.parse().ok(),
                _ => None,
            })
            .map(|a| a.ok_or_else(|| unreadable("payment_details.amount is not an amount in minor units")))
            .transpose()?;
        let response_code = at(&["payment_details", "response_code"])
            .map(|v| v.as_i64().ok_or_else(|| unreadable("payment_details.response_code is not a number")))
            .transpose()?;
        let success = at(&["success"])
            .map(|v| v.as_bool().ok_or_else(|| unreadable("success is not a boolean")))
            .transpose()?;
        let claims = Claims {
            amount,
            currency: text(&["payment_details", "currency"], "payment_details.currency is not a string")?,
            merchant_txn_ref: match text(
                &["transaction_details", "merchant_txn_ref"],
                "merchant_txn_ref is not a string",
            )? {
                Some(r) => Some(r),
                None => text(&["merchant_details", "merchant_txn_ref"], "merchant_txn_ref is not a string")?,
            },
            response_code,
            success,
        };
        let mut body = Value::Object(json);
        scrub(&mut body, None);
        Ok(Self { transaction_id, claims, body })
    }

    /// The transaction the notification names.
    pub fn transaction_id(&self) -> TransactionId {
        self.transaction_id
    }

    /// The whole body as received, card numbers masked to their last four digits and secrets (CVC,
    /// keys, tokens) replaced by `"[REDACTED]"`: unknown keys are kept for your records.
    pub fn body(&self) -> &Value {
        &self.body
    }

    /// The claims that the status answer contradicts, by their path in the notification.
    fn disagreements(&self, status: &PaymentResponse) -> Vec<&'static str> {
        let c = &self.claims;
        let p = &status.payment_details;
        let status_ref = status.merchant_txn_ref();
        let mut out = Vec::new();
        if c.amount.is_some_and(|a| a != p.amount.minor_units()) {
            out.push("payment_details.amount");
        }
        if c.currency.as_deref().is_some_and(|cur| !cur.eq_ignore_ascii_case(p.currency.code())) {
            out.push("payment_details.currency");
        }
        if c.merchant_txn_ref.as_deref().is_some_and(|r| Some(r) != status_ref) {
            out.push("merchant_txn_ref");
        }
        if c.response_code.is_some_and(|code| code != p.response_code.raw()) {
            out.push("payment_details.response_code");
        }
        if c.success.is_some_and(|s| s != status.success) {
            out.push("success");
        }
        out
    }
}

impl fmt::Debug for Notification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let keys: Vec<&str> =
            self.body.as_object().map(|o| o.keys().map(String::as_str).collect()).unwrap_or_default();
        f.debug_struct("Notification")
            .field("transaction_id", &self.transaction_id)
            .field("claims", &self.claims)
            .field("body_keys", &keys)
            .finish()
    }
}

/// Masks card numbers (`"number"` inside `"card"`) to their last four digits and replaces the values of
/// secret keys, in place.
fn scrub(value: &mut Value, key: Option<&str>) {
    match value {
        Value::Object(map) => scrub_object(map, key == Some("card")),
        Value::Array(items) => items.iter_mut().for_each(|v| scrub(v, None)),
        _ => {}
    }
}

fn scrub_object(map: &mut Map<String, Value>, is_card: bool) {
    for (k, v) in map.iter_mut() {
        let lower = k.to_ascii_lowercase();
        if is_card && lower == "number" {
            let digits: String =
                v.as_str().unwrap_or_default().chars().filter(char::is_ascii_digit).collect();
            let last4 = &digits[digits.len().saturating_sub(4)..];
            *v = Value::String(format!("****{last4}"));
        } else if crate::redact::SECRET_KEYS.contains(&lower.as_str()) || lower == "stored_payment_method_id"
        {
            if !v.is_null() {
                *v = Value::String("[REDACTED]".to_owned());
            }
        } else {
            scrub(v, Some(k));
        }
    }
}

/// A notification that [`Client::verify_webhook`](crate::Client::verify_webhook) confirmed with the status
/// call: the gateway knows the transaction and agrees with every claim of the notification.
///
/// **Before fulfilling an order**, compare `status`'s amount and currency (and `merchant_txn_ref`) with
/// the order itself.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct VerifiedWebhook {
    /// The notification as received (scrubbed).
    pub notification: Notification,
    /// The gateway's own view of the transaction: the status answer, to act on.
    pub status: PaymentResponse,
}

/// Why a notification was not verified ([`Error::Webhook`](crate::Error::Webhook)). Answer such a
/// notification with an error status (or ignore it); never act on it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The body could not be read as a notification: not JSON, no transaction id, or a claim that is
    /// not readable. The detail names the problem, never a value from the body.
    #[error("the notification cannot be read: {detail}")]
    Unreadable {
        /// What is wrong, in plain words.
        detail: String,
    },
    /// The status call does not know the transaction the notification names (404): forged, or meant for
    /// another merchant or environment.
    #[error("the notification names transaction {transaction_id}, which the gateway does not know")]
    UnknownTransaction {
        /// The id the notification named.
        transaction_id: TransactionId,
    },
    /// The gateway's status contradicts the notification on the named claims.
    #[error(
        "the notification of transaction {transaction_id} disagrees with the gateway's status on {}",
        fields.join(", ")
    )]
    Disagrees {
        /// The transaction.
        transaction_id: TransactionId,
        /// The notification's claims that the status contradicts, by path.
        fields: Vec<&'static str>,
        /// The gateway's own view, which is what to believe.
        status: Box<PaymentResponse>,
    },
}

/// Verification once the status answer is in: agreement or [`WebhookError::Disagrees`].
pub(crate) fn settle(
    notification: Notification,
    status: PaymentResponse,
) -> Result<VerifiedWebhook, WebhookError> {
    let fields = notification.disagreements(&status);
    if fields.is_empty() {
        Ok(VerifiedWebhook { notification, status })
    } else {
        Err(WebhookError::Disagrees {
            transaction_id: notification.transaction_id,
            fields,
            status: Box::new(status),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "e0b0731e-7170-4b64-8a21-7d835eebd641";

    fn parse(v: Value) -> Result<Notification, WebhookError> {
        Notification::parse(v.to_string().as_bytes())
    }

    #[test]
    fn reads_the_id_from_any_documented_place() {
        for body in [
            serde_json::json!({ "transaction_details": { "id": ID } }),
            serde_json::json!({ "transactionId": ID }),
            serde_json::json!({ "transaction_id": ID, "extra": [1, 2] }),
        ] {
            assert_eq!(parse(body).unwrap().transaction_id().to_string(), ID);
        }
    }

    #[test]
    fn refuses_what_it_cannot_read_without_quoting_it() {
        let cases = [
            (b"not json".to_vec(), "not a JSON object"),
            (b"[1,2]".to_vec(), "not a JSON object"),
            (b"{}".to_vec(), "no transaction id"),
            (br#"{"transactionId": "4111111111111111"}"#.to_vec(), "not a UUID"),
            (
                format!(r#"{{"transactionId": "{ID}", "payment_details": {{"amount": "ten"}}}}"#)
                    .into_bytes(),
                "amount",
            ),
            (vec![b' '; MAX_NOTIFICATION_BYTES + 1], "256 KiB"),
        ];
        for (body, expected) in cases {
            let err = Notification::parse(&body).unwrap_err();
            let shown = err.to_string();
            assert!(shown.contains(expected), "{shown}");
            assert!(!shown.contains("4111111111111111") && !shown.contains("ten"), "{shown}");
        }
    }

    #[test]
    fn the_kept_body_has_no_card_number_cvc_or_token() {
        let body = serde_json::json!({
            "transaction_details": { "id": ID, "stored_payment_method_id": "094db781-fabc-4c6d-8fcd-18bee06a527a" },
            "payment_details": { "amount": 1000, "card": { "number": "5200000000001005", "cvc": "100" } },
            "unknown": { "kept": true },
        });
        let n = parse(body).unwrap();
        let kept = n.body().to_string();
        assert!(kept.contains("****1005") && kept.contains("\"kept\":true"), "{kept}");
        for secret in ["5200000000001005", "\"100\"", "094db781"] {
            assert!(!kept.contains(secret), "{secret} in {kept}");
        }
        let shown = format!("{n:?}");
        assert!(!shown.contains("5200000000001005") && shown.contains("unknown"), "{shown}");
    }
}
