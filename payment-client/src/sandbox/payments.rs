//! Payments in the sandbox: paymentv2 purchases and the v1 `payment` path (store a card while paying,
//! or pay with a stored card). The card number picks the outcome ([`TestCard`]).

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use payment_core::model::{PaymentRequest, PaymentSource, StoredCardRequest};
use serde_json::{Value, json};

use super::answers::{created, gateway_error, validation_error};
use super::cards::{TestCard, scheme_of};
use super::connection::Connection;
use super::failure::Failure;
use super::ledger::{book, complete, str_at};
use super::state::{CardEcho, Charge, Pending, Shared, lock};
use super::three_ds;

/// `POST paymentv2`: an authorisation (`PRE_AUTH`) of the request's card.
pub(super) async fn purchase(shared: &Shared, conn: &Connection, text: &str) -> Response {
    if let Err(report) = PaymentRequest::from_json(text) {
        return validation_error(&report);
    }
    let json = parsed(text);
    let how = Charge { kind: "PRE_AUTH", store: false, token: None, notify: has_webhook(&json) };
    charge(shared, conn, &json, card_of(&json), how).await
}

/// Whether the (validated) request has a `return_url.webhook_url`: its payment is then notified, to
/// the forward target if the sandbox has one.
fn has_webhook(json: &Value) -> bool {
    json["return_url"]["webhook_url"].is_string()
}

/// `POST payment`: a sale (`CAPTURE`, as the gateway's page shows) of the card sent, which is then
/// stored under a new token, or of the card stored under the token sent. An unknown token is declined
/// with response code 14 (invalid card): what the gateway answers is not documented.
pub(super) async fn stored_card_payment(shared: &Shared, conn: &Connection, text: &str) -> Response {
    let request = match StoredCardRequest::from_json(text) {
        Ok(request) => request,
        Err(report) => return validation_error(&report),
    };
    let json = parsed(text);
    let notify = has_webhook(&json);
    match request.payment_source() {
        PaymentSource::StoreCard(_) => {
            let how = Charge { kind: "CAPTURE", store: true, token: None, notify };
            charge(shared, conn, &json, card_of(&json), how).await
        }
        PaymentSource::StoredCard(token) => {
            let token = token.expose_uuid();
            let stored = lock(&shared.store).tokens.get(&token).cloned();
            match stored {
                Some(card) => {
                    let how = Charge { kind: "CAPTURE", store: false, token: Some(token), notify };
                    charge(shared, conn, &json, card, how).await
                }
                None => created(book(shared, &json, unknown_card(), "CAPTURE", 14, None)),
            }
        }
    }
}

/// `from_json` accepted the text, so it is JSON with every required field valid.
fn parsed(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

/// The request's card, as the gateway echoes it.
fn card_of(json: &Value) -> CardEcho {
    let number: String = str_at(json, &["card", "number"]).chars().filter(char::is_ascii_digit).collect();
    let (scheme, payment_method) = scheme_of(&number);
    CardEcho {
        name: str_at(json, &["card", "name"]).to_owned(),
        exp_month: str_at(json, &["card", "expiry_month"]).to_owned(),
        exp_year: str_at(json, &["card", "expiry_year"]).to_owned(),
        number,
        scheme,
        payment_method,
    }
}

/// The echo of a payment whose stored card is unknown: no card data.
fn unknown_card() -> CardEcho {
    CardEcho {
        name: String::new(),
        number: String::new(),
        exp_month: String::new(),
        exp_year: String::new(),
        scheme: "UNKNOWN",
        payment_method: "CARD-SSL",
    }
}

/// Charges `card`: a failure the test asked for, the 3-D Secure redirect, the error or slow card, or a
/// booked transaction.
async fn charge(shared: &Shared, conn: &Connection, json: &Value, card: CardEcho, how: Charge) -> Response {
    let failure = lock(&shared.failures).take(&card.number);
    if let Some(failure) = failure {
        return fail(shared, conn, json, card, &how, failure).await;
    }
    let test_card = TestCard::from_number(&card.number);
    match test_card {
        Some(TestCard::ThreeDSecure) => {
            let url = three_ds::start(shared, Pending { json: json.clone(), card, how });
            return (
                StatusCode::OK,
                Json(json!({ "url": url, "statusCode": 200, "success": true, "redirect_url": url })),
            )
                .into_response();
        }
        Some(TestCard::ServerError) => return fail_status(500),
        // The slow card is approved once the delay is over (unless the sandbox shuts down first).
        Some(TestCard::Slow) if !wait(shared, Some(shared.slow_delay)).await => return shutting_down(),
        _ => {}
    }
    let response_code = test_card.and_then(TestCard::response_code).unwrap_or(0);
    created(complete(shared, json, card, &how, response_code))
}

/// Plays `failure` (see [`Failure`]).
async fn fail(
    shared: &Shared,
    conn: &Connection,
    json: &Value,
    card: CardEcho,
    how: &Charge,
    failure: Failure,
) -> Response {
    match failure {
        Failure::Decline(code) => created(complete(shared, json, card, how, code)),
        Failure::Status(status) => fail_status(status),
        Failure::Timeout => {
            complete(shared, json, card, how, 0);
            wait(shared, None).await;
            shutting_down()
        }
        Failure::DropConnection => {
            complete(shared, json, card, how, 0);
            conn.drop_before_answer();
            shutting_down()
        }
    }
}

/// Waits `delay` (forever with `None`); `false` when the sandbox shut down first.
async fn wait(shared: &Shared, delay: Option<std::time::Duration>) -> bool {
    let mut shutdown = shared.shutdown.clone();
    let sleep = async {
        match delay {
            Some(delay) => tokio::time::sleep(delay).await,
            None => std::future::pending().await,
        }
    };
    tokio::select! {
        () = sleep => true,
        _ = shutdown.wait_for(|stop| *stop) => false,
    }
}

fn shutting_down() -> Response {
    gateway_error(StatusCode::SERVICE_UNAVAILABLE, "ERR0503", "The sandbox is shutting down.")
}

/// A gateway-style error with `status` (500 for a status that is not an error).
fn fail_status(status: u16) -> Response {
    let status = StatusCode::from_u16(status)
        .ok()
        .filter(|s| s.is_client_error() || s.is_server_error())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let message = match status {
        StatusCode::TOO_MANY_REQUESTS => "Too many requests: slow down.",
        StatusCode::INTERNAL_SERVER_ERROR => "Internal server error.",
        _ => "The gateway failed.",
    };
    gateway_error(status, &format!("ERR0{}", status.as_u16()), message)
}
