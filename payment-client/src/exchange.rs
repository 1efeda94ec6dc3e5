//! What one exchange with the gateway is, as [`transport`](crate::transport) and
//! [`trace`](crate::trace) both read it: what is known about the request ([`Meta`]) and the answer as
//! received ([`RawResponse`]). Its own file so that sending and tracing depend on it and not on each other.

use payment_core::model::TransactionId;
use reqwest::StatusCode;

/// What is known about a request, for errors and tracing. Never card data.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Meta<'a> {
    pub(crate) merchant_txn_ref: Option<&'a str>,
    pub(crate) transaction_id: Option<TransactionId>,
    /// The request's own secrets (card number, CVC): scrubbed from any text of the answer kept in an
    /// error, however the answer echoes them.
    pub(crate) secrets: &'a [&'a str],
}

impl Meta<'_> {
    /// The key and the request's secrets, for [`redact::redact`].
    pub(crate) fn all_secrets<'k>(&'k self, key: &'k str) -> Vec<&'k str> {
        std::iter::once(key).chain(self.secrets.iter().copied()).collect()
    }
}

/// An answer that was received whole and within the cap.
#[derive(Debug)]
pub(crate) struct RawResponse {
    pub(crate) status: StatusCode,
    pub(crate) location: Option<String>,
    pub(crate) body: Vec<u8>,
}
