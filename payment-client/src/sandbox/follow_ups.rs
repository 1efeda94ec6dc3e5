//! Capture, refund and void of a booked payment, and the status call.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use payment_core::model::{CaptureRequest, RefundRequest, VoidRequest};
use uuid::Uuid;

use super::answers::{View, created, gateway_error, transaction_json, validation_error};
use super::ledger::{auth_code, now};
use super::state::{Shared, Store, Transaction, lock};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum FollowUp {
    Capture,
    Refund,
    Void,
}

pub(super) fn follow_up(shared: &Shared, op: FollowUp, text: &str) -> Response {
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
            created(body)
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

/// `GET transaction/status/{id}`: any transaction as it was booked.
pub(super) fn status(shared: &Shared, id: &str) -> Response {
    let Ok(id) = id.parse::<Uuid>() else {
        return gateway_error(StatusCode::NOT_FOUND, "ERR0404", "Transaction not found.");
    };
    let store = lock(&shared.store);
    match store.transactions.get(&id) {
        Some(t) => (StatusCode::OK, Json(transaction_json(t, View::Status))).into_response(),
        None => gateway_error(StatusCode::NOT_FOUND, "ERR0404", "Transaction not found."),
    }
}
