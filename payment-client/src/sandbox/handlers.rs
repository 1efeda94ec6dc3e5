//! The sandbox's one handler: records the request, checks the headers and routes it to its operation
//! (payments, follow-ups, the 3-D Secure page), which validates the body like the gateway would.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::Response;
use serde_json::Value;

use super::answers::{gateway_error, not_found};
use super::connection::Connection;
use super::follow_ups::{self, FollowUp, follow_up};
use super::payments;
use super::recorded::RecordedRequest;
use super::state::{Shared, lock};
use super::three_ds;
use crate::operations::PATH_PREFIX;

/// Every request goes through here.
pub(crate) async fn handle(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(conn): ConnectInfo<Connection>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    record(&shared, &method, &uri, &headers, &body);

    // The 3-D Secure pages are the shopper's browser's, without an API key.
    if method == Method::GET && uri.path().starts_with(three_ds::PATH) {
        return three_ds::page(&shared, &uri).await;
    }

    if !authorised(&shared, &headers) {
        return gateway_error(
            StatusCode::UNAUTHORIZED,
            "ERR0401",
            "Unauthorized: missing or invalid API key.",
        );
    }
    let Some(op) = uri.path().strip_prefix(PATH_PREFIX) else {
        return not_found();
    };
    if method == Method::GET {
        return match op.strip_prefix("transaction/status/") {
            Some(id) => follow_ups::status(&shared, id),
            None if is_post_op(op) => method_not_allowed(),
            None => not_found(),
        };
    }
    if method != Method::POST {
        return if is_post_op(op) || op.starts_with("transaction/status/") {
            method_not_allowed()
        } else {
            not_found()
        };
    }
    if !is_post_op(op) {
        return if op.starts_with("transaction/status/") { method_not_allowed() } else { not_found() };
    }
    let json_content = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().to_ascii_lowercase().starts_with("application/json"));
    if !json_content {
        return gateway_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "ERR0415",
            "The body must be JSON (Content-Type: application/json).",
        );
    }
    let Ok(text) = std::str::from_utf8(&body) else {
        return gateway_error(StatusCode::BAD_REQUEST, "ERR0400", "The body is not UTF-8.");
    };
    match op {
        "paymentv2" => payments::purchase(&shared, &conn, text).await,
        "payment" => payments::stored_card_payment(&shared, &conn, text).await,
        "capture" => follow_up(&shared, FollowUp::Capture, text),
        "refund" => follow_up(&shared, FollowUp::Refund, text),
        _ => follow_up(&shared, FollowUp::Void, text),
    }
}

fn is_post_op(op: &str) -> bool {
    matches!(op, "paymentv2" | "payment" | "capture" | "refund" | "void")
}

fn record(shared: &Shared, method: &Method, uri: &Uri, headers: &HeaderMap, body: &Bytes) {
    let body = if body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(body)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(body).into_owned()))
    };
    let headers = headers
        .iter()
        .map(|(name, value)| {
            (name.as_str().to_owned(), String::from_utf8_lossy(value.as_bytes()).into_owned())
        })
        .collect();
    let path = uri.path_and_query().map_or_else(|| uri.path().to_owned(), |pq| pq.as_str().to_owned());
    lock(&shared.received).push(RecordedRequest { method: method.as_str().to_owned(), path, headers, body });
}

/// Both `Authorization: Basic <key>` and `x-api-key: <key>` must be there and right.
fn authorised(shared: &Shared, headers: &HeaderMap) -> bool {
    let key = shared.api_key.expose_secret();
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let basic = header("authorization").and_then(|v| v.strip_prefix("Basic "));
    basic == Some(key) && header("x-api-key") == Some(key)
}

fn method_not_allowed() -> Response {
    gateway_error(StatusCode::METHOD_NOT_ALLOWED, "ERR0405", "Method not allowed.")
}
