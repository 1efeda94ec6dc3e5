//! Sending one request: headers, the "not sent" retry, the body cap, and the mapping of every transport
//! failure to an [`Error`] variant.
//!
//! # The no-double-charge rule
//!
//! A request is sent again only when the first attempt failed with [`Error::NotSent`], that is when
//! reqwest reported a *connect* error ([`reqwest::Error::is_connect`]): name resolution, TCP connect, TLS
//! handshake or proxy tunnel failed, all before one byte of the request was written. Every failure after
//! the connection was established (a time-out, a reset, a truncated answer) may come after the gateway
//! received the request and acted on it, so it is reported as [`Error::OutcomeUnknown`] or
//! [`Error::InvalidResponse`] and **never** retried. Retrying "not sent" failures is off unless
//! [`ClientBuilder::retry_not_sent`](crate::ClientBuilder::retry_not_sent) is set.
//!
//! reqwest itself resends a request only on HTTP/2 protocol refusals (`REFUSED_STREAM`, `GOAWAY` with
//! `NO_ERROR` for a stream the server never processed), which the protocol guarantees the server did
//! not act on; hyper's pool resends a request only when the pooled connection was found closed before
//! the request was written.

use std::time::Duration;

use payment_core::model::TransactionId;
use reqwest::Method;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue, LOCATION, USER_AGENT};
use url::Url;

use crate::error::{Error, InvalidResponseKind, UnknownCause};
use crate::exchange::{Meta, RawResponse};
use crate::operations::{Operation, PATH_PREFIX};
use crate::redact::{self, SNIPPET_CHARS};
use crate::secret::ApiKey;

/// The `User-Agent` every request carries.
pub(crate) const USER_AGENT_VALUE: &str = concat!("payment-client/", env!("CARGO_PKG_VERSION"));

/// The longest gateway message kept in an error, in characters.
const MESSAGE_CHARS: usize = 500;

/// The URL of `op` under `base`: `{base}/api/v1/server-to-server-interface/{op}[/{id}]`.
pub(crate) fn endpoint(base: &Url, op: Operation, id: Option<&TransactionId>) -> Url {
    let mut url = base.clone();
    let mut path = format!("{}{PATH_PREFIX}{}", base.path().trim_end_matches('/'), op.as_str());
    if let Some(id) = id {
        path.push('/');
        path.push_str(&id.to_string());
    }
    url.set_path(&path);
    url
}

/// The shared, immutable part of a [`Client`](crate::Client).
#[derive(Debug)]
pub(crate) struct Transport {
    pub(crate) http: reqwest::Client,
    /// The base URL, its path without a trailing slash.
    pub(crate) base: Url,
    /// The URL of each operation that takes no id, built once from `base`: formatting and re-parsing the
    /// path at every request cost about 4,400 instructions, more than the rest of preparing it.
    pub(crate) endpoints: Vec<(Operation, Url)>,
    pub(crate) key: ApiKey,
    /// `Basic <key>` and `<key>`, marked sensitive (hidden from `Debug`, never HPACK-indexed).
    pub(crate) authorization: HeaderValue,
    pub(crate) x_api_key: HeaderValue,
    /// A per-request time-out, set when the user supplied the reqwest client (whose own time-out we do
    /// not know).
    pub(crate) request_timeout: Option<Duration>,
    pub(crate) retry_not_sent: u32,
    pub(crate) max_response_bytes: usize,
}

impl Transport {
    /// The URL of an operation: `{base}/api/v1/server-to-server-interface/{op}[/{id}]`.
    pub(crate) fn url(&self, op: Operation, id: Option<&TransactionId>) -> Url {
        if id.is_none()
            && let Some((_, url)) = self.endpoints.iter().find(|(o, _)| *o == op)
        {
            return url.clone();
        }
        endpoint(&self.base, op, id)
    }

    /// Sends one request (and resends it only after a "not sent" failure, when enabled) and reads the
    /// whole answer within the cap.
    pub(crate) async fn send(
        &self,
        op: Operation,
        id: Option<&TransactionId>,
        body: Option<Vec<u8>>,
        meta: Meta<'_>,
    ) -> Result<RawResponse, Error> {
        let url = self.url(op, id);
        let mut attempt = 0u32;
        loop {
            let result = self.send_once(op, &url, body.as_ref(), meta, attempt).await;
            match result {
                Err(e) if e.is_not_sent() && attempt < self.retry_not_sent => {
                    attempt += 1;
                    crate::trace::retry(op, attempt);
                    tokio::time::sleep(backoff(attempt)).await;
                }
                other => return other,
            }
        }
    }

    async fn send_once(
        &self,
        op: Operation,
        url: &Url,
        body: Option<&Vec<u8>>,
        meta: Meta<'_>,
        attempt: u32,
    ) -> Result<RawResponse, Error> {
        let span = crate::trace::request_span(op, meta, attempt);
        crate::trace::in_span(span, async move {
            let started = std::time::Instant::now();
            let result = self.exchange(op, url, body, meta).await;
            crate::trace::finish(&result, started.elapsed());
            result
        })
        .await
    }

    async fn exchange(
        &self,
        op: Operation,
        url: &Url,
        body: Option<&Vec<u8>>,
        meta: Meta<'_>,
    ) -> Result<RawResponse, Error> {
        let method = if op.is_post() { Method::POST } else { Method::GET };
        let mut request = self
            .http
            .request(method, url.clone())
            .header(AUTHORIZATION, self.authorization.clone())
            .header("x-api-key", self.x_api_key.clone())
            .header(USER_AGENT, HeaderValue::from_static(USER_AGENT_VALUE))
            .header(ACCEPT, HeaderValue::from_static("application/json"));
        if let Some(body) = body {
            request =
                request.header(CONTENT_TYPE, HeaderValue::from_static("application/json")).body(body.clone());
        }
        if let Some(timeout) = self.request_timeout {
            request = request.timeout(timeout);
        }

        let mut response = request.send().await.map_err(|e| map_send_error(op, e, meta))?;

        // A user-supplied client may follow redirects; ours never does. A followed redirect may have sent
        // the payment elsewhere (or twice), so the outcome is unknown.
        if response.url() != url {
            return Err(unknown(op, UnknownCause::FollowedRedirect, meta, None));
        }

        let status = response.status();
        let location = response
            .headers()
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(|v| redact::redact(v, &meta.all_secrets(self.key.expose_secret()), SNIPPET_CHARS));
        let too_large = || Error::InvalidResponse {
            operation: op,
            status: Some(status.as_u16()),
            kind: InvalidResponseKind::TooLarge { limit: self.max_response_bytes },
        };
        if response.content_length().is_some_and(|len| len > self.max_response_bytes as u64) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > self.max_response_bytes {
                        return Err(too_large());
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) if e.is_timeout() => {
                    return Err(unknown(op, UnknownCause::Timeout, meta, Some(e)));
                }
                Err(_) => {
                    return Err(Error::InvalidResponse {
                        operation: op,
                        status: Some(status.as_u16()),
                        kind: InvalidResponseKind::Truncated,
                    });
                }
            }
        }
        Ok(RawResponse { status, location, body })
    }

    /// The error for an answer whose status is not 2xx: the gateway's code and message when the body has
    /// them, else a redacted snippet of the body.
    pub(crate) fn http_error(&self, op: Operation, raw: &RawResponse, meta: Meta<'_>) -> Error {
        let secrets = meta.all_secrets(self.key.expose_secret());
        let key = secrets.as_slice();
        let (code, message) = gateway_error(&raw.body, key);
        let snippet = if code.is_none() && message.is_none() {
            let text = String::from_utf8_lossy(&raw.body);
            Some(redact::redact(&text, key, SNIPPET_CHARS)).filter(|s| !s.is_empty())
        } else {
            None
        };
        let message = if raw.status.is_redirection() {
            let to = raw.location.as_deref().unwrap_or("(no Location)");
            Some(format!("redirect to {to} not followed"))
        } else {
            message
        };
        Error::Http { operation: op, status: raw.status.as_u16(), code, message, snippet }
    }
}

fn unknown(op: Operation, cause: UnknownCause, meta: Meta<'_>, source: Option<reqwest::Error>) -> Error {
    Error::OutcomeUnknown {
        operation: op,
        cause,
        merchant_txn_ref: meta.merchant_txn_ref.map(str::to_owned),
        transaction_id: meta.transaction_id,
        source,
    }
}

/// Maps a failure of `send()` (before the response head was read). See the module docs for why
/// `is_connect()` alone means "not sent".
fn map_send_error(op: Operation, e: reqwest::Error, meta: Meta<'_>) -> Error {
    if e.is_connect() || e.is_builder() {
        Error::NotSent { operation: op, source: e }
    } else if e.is_timeout() {
        unknown(op, UnknownCause::Timeout, meta, Some(e))
    } else {
        unknown(op, UnknownCause::ConnectionLost, meta, Some(e))
    }
}

/// 100 ms, 200 ms, 400 ms, ... capped at 2 s.
fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(100u64.saturating_mul(1 << attempt.saturating_sub(1).min(5)))
        .min(Duration::from_secs(2))
}

/// Pulls the gateway's error code and message out of an error body, wherever the gateway put them:
/// `gateway_response.{code,message}`, top-level `code`/`message`, `error.{code,message}` or `error` as a
/// string; a list of field errors (`errors: [{path|field, message}]`) is appended to the message.
pub(crate) fn gateway_error(body: &[u8], key: &[&str]) -> (Option<String>, Option<String>) {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_slice::<serde_json::Value>(body) else {
        return (None, None);
    };
    let text = |v: Option<&serde_json::Value>| -> Option<String> {
        match v? {
            serde_json::Value::String(s) if !s.is_empty() => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let gateway = map.get("gateway_response");
    let error = map.get("error");
    let code = text(gateway.and_then(|g| g.get("code")))
        .or_else(|| text(map.get("code")))
        .or_else(|| text(error.and_then(|e| e.get("code"))));
    let mut message = text(gateway.and_then(|g| g.get("message")))
        .or_else(|| text(map.get("message")))
        .or_else(|| text(error.and_then(|e| e.get("message"))))
        .or_else(|| text(error));
    if let Some(serde_json::Value::Array(errors)) = map.get("errors") {
        let fields: Vec<String> = errors
            .iter()
            .take(20)
            .filter_map(|e| {
                let path = text(e.get("path")).or_else(|| text(e.get("field")));
                let msg = text(e.get("message"));
                match (path, msg) {
                    (Some(p), Some(m)) => Some(format!("{p}: {m}")),
                    (Some(p), None) => Some(p),
                    (None, Some(m)) => Some(m),
                    (None, None) => None,
                }
            })
            .collect();
        if !fields.is_empty() {
            let list = fields.join("; ");
            message = Some(match message {
                Some(m) => format!("{m} [{list}]"),
                None => list,
            });
        }
    }
    let code = code.map(|c| redact::redact(&c, key, 64)).filter(|c| !c.is_empty());
    let message = message.map(|m| redact::redact(&m, key, MESSAGE_CHARS)).filter(|m| !m.is_empty());
    (code, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(1), Duration::from_millis(100));
        assert_eq!(backoff(2), Duration::from_millis(200));
        assert_eq!(backoff(30), Duration::from_secs(2));
    }

    #[test]
    fn gateway_errors_are_found() {
        let body = br#"{"success":false,"gateway_response":{"code":"ERR0400","message":"Validation failed."},
            "errors":[{"path":"card.number","message":"bad"}]}"#;
        let (code, message) = gateway_error(body, &[]);
        assert_eq!(code.as_deref(), Some("ERR0400"));
        assert_eq!(message.as_deref(), Some("Validation failed. [card.number: bad]"));
        assert_eq!(gateway_error(b"<html>502</html>", &[]), (None, None));
        let (code, message) = gateway_error(br#"{"error":"card 5200000000001005 refused","code":7}"#, &[]);
        assert_eq!(code.as_deref(), Some("7"));
        assert_eq!(message.as_deref(), Some("card [PAN] refused"));
    }
}
