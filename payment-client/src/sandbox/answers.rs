//! The gateway's answer shapes: errors, validation reports and transactions (see the fixtures).

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use payment_core::wire::ValidationReport;
use serde_json::{Value, json};

use super::state::Transaction;

/// The merchant's legal name in every answer.
const LEGAL_NAME: &str = "Sandbox Merchant";

/// `{ success: false, status_code, is_live, gateway_response: { version, type: "ERROR", message, code } }`.
fn error_body(status: StatusCode, code: &str, message: &str) -> Value {
    json!({
        "success": false,
        "status_code": status.as_u16(),
        "is_live": false,
        "gateway_response": { "version": "1", "type": "ERROR", "message": message, "code": code },
    })
}

pub(super) fn gateway_error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(error_body(status, code, message))).into_response()
}

pub(super) fn not_found() -> Response {
    gateway_error(StatusCode::NOT_FOUND, "ERR0404", "Not found.")
}

/// 201 with a booked transaction's answer.
pub(super) fn created(body: Value) -> Response {
    (StatusCode::CREATED, Json(body)).into_response()
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
