//! The sandbox's one handler: records the request, checks the headers, validates the body like the gateway
//! would, and answers in the gateway's shapes.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use payment_core::model::{CaptureRequest, RefundRequest, VoidRequest};
use payment_core::wire::ValidationReport;
use serde_json::{Value, json};
use uuid::Uuid;

use super::RecordedRequest;
use super::payments::{self, auth_code, now};
use super::state::{Shared, Store, Transaction, lock};
use super::three_ds;
use crate::operations::PATH_PREFIX;

/// The merchant's legal name in every answer.
pub(super) const LEGAL_NAME: &str = "Sandbox Merchant";

/// Every request goes through here.
pub(crate) async fn handle(
    State(shared): State<Arc<Shared>>,
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
            Some(id) => status(&shared, id),
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
        "paymentv2" => payments::purchase(&shared, text).await,
        "payment" => payments::stored_card_payment(&shared, text).await,
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

/// `{ success: false, status_code, is_live, gateway_response: { version, type: "ERROR", message, code } }`.
fn error_body(status: StatusCode, code: &str, message: &str) -> Value {
    json!({
        "success": false,
        "status_code": status.as_u16(),
        "is_live": false,
        "gateway_response": { "version": "1", "type": "ERROR", "message": message, "code": code },
    })
}

pub(crate) fn gateway_error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(error_body(status, code, message))).into_response()
}

fn not_found() -> Response {
    gateway_error(StatusCode::NOT_FOUND, "ERR0404", "Not found.")
}

fn method_not_allowed() -> Response {
    gateway_error(StatusCode::METHOD_NOT_ALLOWED, "ERR0405", "Method not allowed.")
}

/// 400 listing every invalid field: `errors: [{ path, code, message }]`.
pub(super) fn validation_error(report: &ValidationReport) -> Response {
    let paths: Vec<&str> = report.paths().collect();
    let message = format!("Validation failed: {}.", paths.join(", "));
    let mut body = error_body(StatusCode::BAD_REQUEST, "ERR0400", &message);
    let errors: Vec<Value> = report
        .errors()
        .iter()
        .map(|e| json!({ "path": e.path(), "code": e.code(), "message": e.message() }))
        .collect();
    body["errors"] = Value::Array(errors);
    (StatusCode::BAD_REQUEST, Json(body)).into_response()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FollowUp {
    Capture,
    Refund,
    Void,
}

fn follow_up(shared: &Shared, op: FollowUp, text: &str) -> Response {
    // The typed request: every field checked, every problem reported at once.
    let parsed = match op {
        FollowUp::Capture => CaptureRequest::from_json(text)
            .map(|r| (*r.transaction_id().as_uuid(), r.amount().minor_units(), r.merchant_id().clone())),
        FollowUp::Refund => RefundRequest::from_json(text)
            .map(|r| (*r.transaction_id().as_uuid(), r.amount().minor_units(), r.merchant_id().clone())),
        FollowUp::Void => {
            VoidRequest::from_json(text).map(|r| (*r.transaction_id().as_uuid(), 0, r.merchant_id().clone()))
        }
    };
    let (id, amount, merchant_id) = match parsed {
        Ok(parsed) => parsed,
        Err(report) => return validation_error(&report),
    };

    let mut store = lock(&shared.store);
    let Some(original) = store.transactions.get(&id).cloned() else {
        return gateway_error(StatusCode::NOT_FOUND, "ERR0404", "Transaction not found.");
    };
    if original.merchant.merchant_id != merchant_id.as_str() {
        return gateway_error(StatusCode::NOT_FOUND, "ERR0404", "Transaction not found for this merchant.");
    }
    match settle(&mut store, original.payment_id, op, amount) {
        Ok(amount) => {
            let (kind, code, message) = match op {
                FollowUp::Capture => ("CAPTURE", "INFO0001", "Amount successfully captured."),
                FollowUp::Refund => ("REFUND", "INFO0002", "Amount successfully refunded."),
                FollowUp::Void => ("VOID", "INFO0003", "Transaction successfully voided."),
            };
            let id = Uuid::new_v4();
            let t = Transaction {
                id,
                payment_id: original.payment_id,
                reference: store.next_ref(),
                timestamp: now(),
                kind,
                amount,
                response_code: 0,
                auth_code: Some(auth_code()),
                message: message.to_owned(),
                code: code.to_owned(),
                merchant: original.merchant,
                card: original.card,
                stored_token: None,
            };
            let body = transaction_json(&t, View::FollowUp);
            store.insert(t);
            (StatusCode::CREATED, Json(body)).into_response()
        }
        Err(message) => gateway_error(StatusCode::BAD_REQUEST, "ERR0422", message),
    }
}

/// Applies a capture, refund or void to the authorisation's balance; returns the amount it moved.
fn settle(store: &mut Store, payment_id: Uuid, op: FollowUp, amount: u64) -> Result<u64, &'static str> {
    let Some(balance) = store.payments.get_mut(&payment_id) else {
        return Err("The transaction was not approved.");
    };
    if balance.voided {
        return Err("The transaction was voided.");
    }
    match op {
        FollowUp::Capture => {
            if amount > balance.authorised.saturating_sub(balance.captured) {
                return Err("The amount exceeds what is left to capture.");
            }
            balance.captured += amount;
            Ok(amount)
        }
        FollowUp::Refund => {
            if amount > balance.authorised.saturating_sub(balance.refunded) {
                return Err("The amount exceeds what is left to refund.");
            }
            balance.refunded += amount;
            Ok(amount)
        }
        FollowUp::Void => {
            if balance.captured > 0 || balance.refunded > 0 {
                return Err("A captured or refunded transaction cannot be voided.");
            }
            balance.voided = true;
            Ok(balance.authorised)
        }
    }
}

fn status(shared: &Shared, id: &str) -> Response {
    let Ok(id) = id.parse::<Uuid>() else {
        return gateway_error(StatusCode::NOT_FOUND, "ERR0404", "Transaction not found.");
    };
    let store = lock(&shared.store);
    match store.transactions.get(&id) {
        Some(t) => (StatusCode::OK, Json(transaction_json(t, View::Status))).into_response(),
        None => gateway_error(StatusCode::NOT_FOUND, "ERR0404", "Transaction not found."),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum View {
    /// The paymentv2 answer (201): addresses in `merchant_details`, `risk-details`.
    Purchase,
    /// The capture / refund / void answer (201).
    FollowUp,
    /// The status answer (200): addresses in `transaction_details`, `responseDescription`, `risk_details`.
    Status,
}

/// A transaction in the gateway's common shape (see the fixtures).
pub(super) fn transaction_json(t: &Transaction, view: View) -> Value {
    let approved = t.response_code == 0;
    let m = &t.merchant;
    let mut merchant =
        json!({ "legal_name": LEGAL_NAME, "mid": m.merchant_id, "merchant_txn_ref": m.merchant_txn_ref });
    let mut addresses = json!({ "billing_address": m.billing_address });
    if let Some(shipping) = &m.shipping_address {
        addresses["shipping_address"] = shipping.clone();
    }
    let mut payment = json!({
        "amount": t.amount,
        "response_code": t.response_code,
        "auth_code": t.auth_code,
        "currency": m.currency,
        "payment_method": t.card.payment_method,
        "scheme": t.card.scheme,
        "card": {
            "name": t.card.name,
            "number": t.card.number,
            "exp_month": t.card.exp_month,
            "exp_year": t.card.exp_year,
        },
        "additional_data": { "payment_data_source": { "type": "card" } },
    });
    let mut details = json!({ "id": t.id, "ref": t.reference, "timestamp": t.timestamp });
    let mut body = json!({
        "success": approved,
        "status_code": if view == View::Status { 200 } else { 201 },
        "is_live": false,
        "transaction_type": t.kind,
        "gateway_response": {
            "version": "1",
            "type": if approved { "INFO" } else { "ERROR" },
            "message": t.message,
            "code": t.code,
        },
    });
    match view {
        View::Purchase => {
            merchant["billing_details"] = addresses;
            merchant["device_details"] = json!({ "visited_ip": "127.0.0.1", "customer_ip": m.customer_ip });
            details["merchant_txn_ref"] = json!(m.merchant_txn_ref);
            details["stored_payment_method_id"] = t.stored_token.map_or(Value::Null, |token| json!(token));
        }
        View::FollowUp => {
            details["merchant_txn_ref"] = json!(m.merchant_txn_ref);
        }
        View::Status => {
            payment["responseDescription"] = json!(if approved {
                "The transaction was completed successfully."
            } else {
                "The transaction was declined."
            });
            details["billing_details"] = addresses;
        }
    }
    body["merchant_details"] = merchant;
    body["payment_details"] = payment;
    body["transaction_details"] = details;
    match view {
        View::Purchase => body["risk-details"] = json!({ "risk_score": null }),
        View::Status => body["risk_details"] = json!({ "risk_score": null }),
        View::FollowUp => {}
    }
    body
}
