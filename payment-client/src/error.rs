//! One error type for every call, with a variant per way a call can fail, each saying what to do.
//!
//! | variant | what happened | what to do |
//! | --- | --- | --- |
//! | [`Error::NotSent`] | DNS, connection refused, TLS handshake: nothing reached the gateway | retry (safe) |
//! | [`Error::OutcomeUnknown`] | time-out or connection lost after the request may have reached the gateway | do **not** resend; settle with [`Client::status`](crate::Client::status) or the webhook |
//! | [`Error::Http`] | the gateway (or a proxy) answered with an error status | 4xx: fix the request or the key; 5xx on a payment: settle before retrying |
//! | [`Error::InvalidResponse`] | an answer came but could not be read (not JSON, truncated, too large) | as for an unknown outcome |
//! | [`Error::Declined`] | the gateway declined the payment (`success: false` or a non-zero `response_code`) | tell the shopper; do not retry the same card blindly |
//! | [`Error::Webhook`] | a notification was not confirmed by the status call | answer with an error status; never act on it |
//! | [`Error::Config`] | the client could not be built | fix the configuration |
//!
//! No error ever contains the API key or card data: bodies quoted in errors are cut short and redacted
//! (see [`Error::Http`]).

use std::fmt;

use payment_core::model::TransactionId;
use payment_core::model::{DeclineReason, Outcome, PaymentResponse, ResponseCode};

use crate::operations::Operation;
use crate::redact::redact;

/// Every way a call to the gateway can fail.
///
/// The variants are the *decisions* a caller has to make. The questions [`Error::is_retryable`],
/// [`Error::is_outcome_unknown`] and [`Error::is_declined`] answer the common ones.
///
/// # How "not sent" is told from "maybe sent"
///
/// reqwest reports an error as a *connect* error ([`reqwest::Error::is_connect`]) only while it is still
/// establishing the connection: resolving the name, opening the TCP connection, the TLS handshake, the
/// proxy tunnel. Not one byte of the request has been written at that point, so the gateway cannot have
/// seen it: that is [`Error::NotSent`]. Every other failure happens on an established connection, after
/// the request was (or may have been) written, so the gateway may have acted on it: that is
/// [`Error::OutcomeUnknown`], or [`Error::InvalidResponse`] when an answer came but could not be read.
/// A time-out is counted as "maybe sent" even when the total time-out fires during connect: the
/// conservative answer is the only safe one for a payment.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request never left this machine (DNS failure, connection refused, TLS handshake failure,
    /// connect time-out). The gateway cannot have seen it: **it is safe to retry**, and the client does so
    /// by itself if [`ClientBuilder::retry_not_sent`](crate::ClientBuilder::retry_not_sent) is set.
    #[error("{operation}: the request was not sent (could not connect to the gateway); it is safe to retry")]
    NotSent {
        /// The operation that failed.
        operation: Operation,
        /// The transport error.
        #[source]
        source: reqwest::Error,
    },

    /// The request may have reached the gateway, but no answer came: a time-out or a connection lost after
    /// the request went out, or a redirect followed by a user-supplied HTTP client. The gateway may have
    /// acted on it (taken the money). **Do not resend it**: settle the outcome with
    /// [`Client::status`](crate::Client::status) or the webhook.
    #[error(
        "{operation}: outcome unknown ({cause}){}: the request may have reached the gateway; do not resend it, settle it with the status call or the webhook",
        fmt_ref(.merchant_txn_ref.as_deref(), .transaction_id.as_ref())
    )]
    OutcomeUnknown {
        /// The operation that failed.
        operation: Operation,
        /// Why the outcome is unknown.
        cause: UnknownCause,
        /// The request's `merchant_txn_ref`, when it has one (purchases).
        merchant_txn_ref: Option<String>,
        /// The transaction the request named, when it named one (capture, refund, void, status).
        transaction_id: Option<TransactionId>,
        /// The transport error, when there is one.
        #[source]
        source: Option<reqwest::Error>,
    },

    /// The gateway, or something in front of it, answered with an HTTP error status (or a redirect, which
    /// is never followed). `code` and `message` are the gateway's own when the body carries them; otherwise
    /// `snippet` holds the start of the body (at most 200 characters, anything that looks like a card
    /// number or a secret removed), e.g. for an HTML 502 page.
    ///
    /// A 4xx means the request was refused: fix it (or the key) before sending again. A 5xx on a payment
    /// operation does not say whether the gateway acted: settle with the status call before retrying
    /// ([`Error::is_outcome_unknown`] is true then).
    #[error(
        "{operation}: the gateway answered HTTP {status}{}",
        fmt_http(.code.as_deref(), .message.as_deref(), .snippet.as_deref())
    )]
    Http {
        /// The operation that failed.
        operation: Operation,
        /// The HTTP status code.
        status: u16,
        /// The gateway's error code (`gateway_response.code`, `code`, `error.code`), when the body has one.
        code: Option<String>,
        /// The gateway's error message, when the body has one (redacted).
        message: Option<String>,
        /// A short redacted snippet of the body, when it carried no gateway code or message.
        snippet: Option<String>,
    },

    /// An answer came but cannot be used: not JSON, not the expected shape, truncated, or larger than the
    /// body cap. For a payment operation the gateway may have acted: settle with the status call rather than
    /// resending.
    #[error(
        "{operation}: the gateway's answer{} could not be read: {kind}",
        fmt_status(*.status)
    )]
    InvalidResponse {
        /// The operation that failed.
        operation: Operation,
        /// The HTTP status of the answer, when the status line was read.
        status: Option<u16>,
        /// What is wrong with it.
        kind: InvalidResponseKind,
    },

    /// The gateway processed the payment and declined it (`success: false` or a non-zero
    /// `response_code`). The details, including the gateway's response, are in [`Declined`].
    #[error("{operation}: {0}", operation = .0.operation())]
    Declined(Box<Declined>),

    /// The request could not be turned into JSON, so nothing was sent. This points at a bug in a
    /// hand-written `Serialize` implementation; retrying will not help.
    #[error("{operation}: the request could not be serialized; nothing was sent")]
    Serialize {
        /// The operation that failed.
        operation: Operation,
        /// The serializer's error.
        #[source]
        source: serde_json::Error,
    },

    /// A webhook notification was not verified ([`Client::verify_webhook`](crate::Client::verify_webhook)):
    /// unreadable, naming a transaction the gateway does not know, or contradicted by the gateway's
    /// status. Never act on it.
    #[error("webhook: {0}")]
    Webhook(#[from] crate::webhook::WebhookError),

    /// The client could not be built.
    #[error("invalid client configuration: {0}")]
    Config(#[from] ConfigError),
}

impl Error {
    /// The operation that failed (`None` for [`Error::Config`] and [`Error::Webhook`]).
    pub fn operation(&self) -> Option<Operation> {
        match self {
            Self::NotSent { operation, .. }
            | Self::OutcomeUnknown { operation, .. }
            | Self::Http { operation, .. }
            | Self::InvalidResponse { operation, .. }
            | Self::Serialize { operation, .. } => Some(*operation),
            Self::Declined(d) => Some(d.operation()),
            Self::Config(_) | Self::Webhook(_) => None,
        }
    }

    /// Whether sending the same request again is safe: the request was not sent, the operation changes
    /// nothing (status), or the gateway refused it with 429 (too many requests).
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::NotSent { .. } => true,
            Self::OutcomeUnknown { operation, .. } | Self::InvalidResponse { operation, .. } => {
                !operation.is_mutating()
            }
            Self::Http { operation, status, .. } => {
                *status == 429 || (!operation.is_mutating() && *status >= 500)
            }
            Self::Declined(_) | Self::Serialize { .. } | Self::Config(_) | Self::Webhook(_) => false,
        }
    }

    /// Whether the gateway may have acted on a request that did not come back with a usable answer. When
    /// true for a payment operation, do **not** resend it: settle it with the status call or the webhook.
    ///
    /// True for [`Error::OutcomeUnknown`], for [`Error::InvalidResponse`] of a payment operation, and for
    /// an HTTP 5xx answer to a payment operation.
    pub fn is_outcome_unknown(&self) -> bool {
        match self {
            Self::OutcomeUnknown { .. } => true,
            Self::InvalidResponse { operation, .. } => operation.is_mutating(),
            Self::Http { operation, status, .. } => operation.is_mutating() && *status >= 500,
            _ => false,
        }
    }

    /// Whether the request was certainly not sent ([`Error::NotSent`]).
    pub fn is_not_sent(&self) -> bool {
        matches!(self, Self::NotSent { .. })
    }

    /// Whether the gateway declined the payment ([`Error::Declined`]).
    pub fn is_declined(&self) -> bool {
        matches!(self, Self::Declined(_))
    }

    /// Whether a time-out caused the error.
    pub fn is_timeout(&self) -> bool {
        match self {
            Self::OutcomeUnknown { cause, .. } => *cause == UnknownCause::Timeout,
            Self::NotSent { source, .. } => source.is_timeout(),
            _ => false,
        }
    }

    /// The HTTP status of the answer, when one was received.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Http { status, .. } => Some(*status),
            Self::InvalidResponse { status, .. } => *status,
            Self::Declined(d) => d.http_status(),
            _ => None,
        }
    }

    /// The details of a declined payment.
    pub fn declined(&self) -> Option<&Declined> {
        match self {
            Self::Declined(d) => Some(d),
            _ => None,
        }
    }
}

/// Why the outcome of a request is unknown ([`Error::OutcomeUnknown`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnknownCause {
    /// The time-out ran out after the request may have been sent.
    Timeout,
    /// The connection broke after the request may have been sent.
    ConnectionLost,
    /// A user-supplied `reqwest::Client` followed a redirect: the request may have been sent elsewhere,
    /// or sent again.
    FollowedRedirect,
}

impl fmt::Display for UnknownCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Timeout => "timed out waiting for the answer",
            Self::ConnectionLost => "connection lost",
            Self::FollowedRedirect => "the HTTP client followed a redirect",
        })
    }
}

/// What is wrong with an answer that cannot be used ([`Error::InvalidResponse`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvalidResponseKind {
    /// The body is larger than the cap ([`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes)).
    TooLarge {
        /// The cap, in bytes.
        limit: usize,
    },
    /// The body ended before its announced length, or the connection broke while it was read.
    Truncated,
    /// The body is not JSON, or not the JSON the operation answers with. The detail names the problem
    /// and its position, never a value from the body.
    Malformed(String),
}

impl fmt::Display for InvalidResponseKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { limit } => write!(f, "the body is larger than the {limit}-byte cap"),
            Self::Truncated => f.write_str("the body was cut short"),
            Self::Malformed(detail) => write!(f, "the body is not a valid answer ({detail})"),
        }
    }
}

/// A payment the gateway declined: `success: false` or a non-zero `response_code`.
///
/// Holds the gateway's whole answer ([`Declined::response`]); the card number in it is masked when
/// printed, like every card number.
///
/// ```
/// # use payment_core::model::{DeclineReason, Outcome};
/// # fn handle(err: payment_client::Error) {
/// if let Some(declined) = err.declined() {
///     match declined.reason() {
///         Some(DeclineReason::InsufficientFunds) => { /* ask for another card */ }
///         Some(DeclineReason::SuspectedFraud) => { /* do not retry */ }
///         _ => { /* show declined.gateway_message() */ }
///     }
/// }
/// # }
/// ```
#[derive(Debug)]
pub struct Declined {
    pub(crate) operation: Operation,
    pub(crate) http_status: Option<u16>,
    pub(crate) response: PaymentResponse,
}

impl Declined {
    /// The operation that was declined.
    pub fn operation(&self) -> Operation {
        self.operation
    }

    /// The HTTP status of the answer.
    pub fn http_status(&self) -> Option<u16> {
        self.http_status
    }

    /// The gateway's response code (`payment_details.response_code`), raw and typed.
    pub fn response_code(&self) -> ResponseCode {
        self.response.response_code()
    }

    /// Why the payment was declined, when the response code says (`None` for `0` with `success: false`
    /// and for `-1`, a gateway error).
    pub fn reason(&self) -> Option<DeclineReason> {
        match self.response_code().outcome() {
            Outcome::Declined(reason) => Some(reason),
            _ => None,
        }
    }

    /// The gateway's code (`gateway_response.code`).
    pub fn gateway_code(&self) -> &str {
        &self.response.gateway_response.code
    }

    /// The gateway's message (`gateway_response.message`).
    pub fn gateway_message(&self) -> &str {
        &self.response.gateway_response.message
    }

    /// The id the gateway gave the declined transaction.
    pub fn transaction_id(&self) -> TransactionId {
        self.response.transaction_id()
    }

    /// The `merchant_txn_ref` the gateway echoed.
    pub fn merchant_txn_ref(&self) -> Option<&str> {
        self.response.merchant_txn_ref()
    }

    /// The gateway's whole answer.
    pub fn response(&self) -> &PaymentResponse {
        &self.response
    }

    /// Takes the gateway's answer out.
    pub fn into_response(self) -> PaymentResponse {
        self.response
    }
}

impl fmt::Display for Declined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = self.response_code();
        match self.response_code().outcome() {
            Outcome::Declined(reason) => write!(f, "declined: {reason} (response code {})", code.raw())?,
            Outcome::GatewayError => write!(f, "not approved: gateway error (response code {})", code.raw())?,
            _ => write!(f, "not approved (success: false, response code {})", code.raw())?,
        }
        let gateway = &self.response.gateway_response;
        write!(
            f,
            "; gateway {}: {}; transaction {}",
            redact(&gateway.code, &[], 64),
            redact(&gateway.message, &[], 200),
            self.transaction_id()
        )
    }
}

/// Why a [`Client`](crate::Client) could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No API key was given.
    #[error("no API key: call `ClientBuilder::api_key`")]
    MissingApiKey,
    /// The API key cannot be sent in an HTTP header (empty, or not visible ASCII). The key is not shown.
    #[error("the API key must be non-empty visible ASCII without spaces")]
    InvalidApiKey,
    /// The base URL does not parse.
    #[error("the base URL is not a valid URL: {0}")]
    InvalidBaseUrl(String),
    /// The base URL's scheme is neither `https` nor `http`.
    #[error("the base URL must use https:// (or http:// to a loopback address), not {0}://")]
    UnsupportedScheme(String),
    /// Plain `http://` to a host that is not a loopback address.
    #[error(
        "plain http:// is allowed only to a loopback address (127.0.0.0/8, ::1, localhost), not to {host}: use https://"
    )]
    InsecureBaseUrl {
        /// The host that was given.
        host: String,
    },
    /// The base URL carries a user name or password, a query or a fragment.
    #[error(
        "the base URL must not carry credentials, a query or a fragment (the API key goes in `ClientBuilder::api_key`)"
    )]
    UnsupportedBaseUrlPart,
    /// `https://` was asked for but the crate was built without a TLS feature (`rustls` or `native-tls`).
    #[error("https:// needs the `rustls` or `native-tls` feature of payment-client")]
    TlsUnavailable,
    /// The response body cap is zero.
    #[error("the response body cap must be at least 1 byte")]
    InvalidBodyCap,
    /// reqwest could not build its client.
    #[error("the HTTP client could not be built")]
    HttpClient(#[source] reqwest::Error),
}

fn fmt_ref(merchant_txn_ref: Option<&str>, transaction_id: Option<&TransactionId>) -> String {
    match (merchant_txn_ref, transaction_id) {
        (Some(r), _) => format!(" for merchant_txn_ref {r:?}"),
        (None, Some(id)) => format!(" for transaction {id}"),
        (None, None) => String::new(),
    }
}

fn fmt_http(code: Option<&str>, message: Option<&str>, snippet: Option<&str>) -> String {
    let mut out = String::new();
    if let Some(code) = code {
        out.push_str(": ");
        out.push_str(code);
    }
    if let Some(message) = message {
        out.push_str(if code.is_some() { " " } else { ": " });
        out.push_str(message);
    }
    if let Some(snippet) = snippet {
        out.push_str(" (body: ");
        out.push_str(snippet);
        out.push(')');
    }
    out
}

fn fmt_status(status: Option<u16>) -> String {
    status.map(|s| format!(" (HTTP {s})")).unwrap_or_default()
}
