//! `tracing` spans (feature `tracing`); no-ops without the feature.
//!
//! Each attempt of a request is one span `payment_client.request` with the fields `operation`,
//! `merchant_txn_ref` (purchases), `transaction_id` (capture, refund, void, status), `attempt`,
//! `http.status`, `latency_ms` and `outcome` (the error variant, or `ok`). Nothing else is recorded:
//! no header, no body, so never card data or the API key.

use std::future::Future;
use std::time::Duration;

use crate::error::Error;
use crate::exchange::{Meta, RawResponse};
use crate::operations::Operation;

#[cfg(feature = "tracing")]
pub(crate) type Span = tracing::Span;
#[cfg(not(feature = "tracing"))]
/// Without the `tracing` feature a request has no span: a marker of its own (a `()` would make the
/// caller's `let span = ..` a unit binding).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Span;

#[cfg(feature = "tracing")]
pub(crate) fn request_span(op: Operation, meta: Meta<'_>, attempt: u32) -> Span {
    tracing::info_span!(
        "payment_client.request",
        operation = op.as_str(),
        merchant_txn_ref = meta.merchant_txn_ref,
        transaction_id = meta.transaction_id.map(tracing::field::display),
        attempt,
        http.status = tracing::field::Empty,
        latency_ms = tracing::field::Empty,
        outcome = tracing::field::Empty,
    )
}

#[cfg(not(feature = "tracing"))]
pub(crate) fn request_span(_op: Operation, _meta: Meta<'_>, _attempt: u32) -> Span {
    Span
}

#[cfg(feature = "tracing")]
pub(crate) async fn in_span<F: Future>(span: Span, fut: F) -> F::Output {
    use tracing::Instrument;
    fut.instrument(span).await
}

#[cfg(not(feature = "tracing"))]
pub(crate) async fn in_span<F: Future>(_span: Span, fut: F) -> F::Output {
    fut.await
}

/// Records the status, the latency and the outcome on the current span, and logs one event.
#[cfg(feature = "tracing")]
pub(crate) fn finish(result: &Result<RawResponse, Error>, latency: Duration) {
    let span = tracing::Span::current();
    let latency_ms = u64::try_from(latency.as_millis()).unwrap_or(u64::MAX);
    span.record("latency_ms", latency_ms);
    match result {
        Ok(raw) => {
            span.record("http.status", raw.status.as_u16());
            span.record("outcome", "answered");
            tracing::debug!(http.status = raw.status.as_u16(), latency_ms, "answer received");
        }
        Err(e) => {
            if let Some(status) = e.status() {
                span.record("http.status", status);
            }
            let outcome = outcome_name(e);
            span.record("outcome", outcome);
            tracing::warn!(outcome, latency_ms, error = %e, "request failed");
        }
    }
}

#[cfg(not(feature = "tracing"))]
pub(crate) fn finish(_result: &Result<RawResponse, Error>, _latency: Duration) {}

/// Logs that a "not sent" failure is retried.
#[cfg(feature = "tracing")]
pub(crate) fn retry(op: Operation, attempt: u32) {
    tracing::info!(operation = op.as_str(), attempt, "request not sent; retrying");
}

#[cfg(not(feature = "tracing"))]
pub(crate) fn retry(_op: Operation, _attempt: u32) {}

/// Logs the final result of an operation, once the answer was interpreted (declines included).
#[cfg(feature = "tracing")]
pub(crate) fn result<T>(op: Operation, result: &Result<T, Error>) {
    match result {
        Ok(_) => tracing::info!(operation = op.as_str(), outcome = "ok", "operation succeeded"),
        Err(e) => {
            tracing::info!(operation = op.as_str(), outcome = outcome_name(e), error = %e, "operation failed")
        }
    }
}

#[cfg(not(feature = "tracing"))]
pub(crate) fn result<T>(_op: Operation, _result: &Result<T, Error>) {}

#[cfg(feature = "tracing")]
fn outcome_name(e: &Error) -> &'static str {
    match e {
        Error::NotSent { .. } => "not_sent",
        Error::OutcomeUnknown { .. } => "outcome_unknown",
        Error::Http { .. } => "http_error",
        Error::InvalidResponse { .. } => "invalid_response",
        Error::Declined(_) => "declined",
        Error::Serialize { .. } => "serialize",
        Error::Webhook(_) => "webhook_refused",
        Error::Config(_) => "config",
    }
}
