//! Payments in the sandbox: paymentv2 purchases and the v1 `payment` path (store a card while paying,
//! or pay with a stored card). The card number picks the outcome ([`TestCard`]).

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use payment_core::model::{PaymentRequest, PaymentSource, StoredCardRequest};
use serde_json::{Value, json};
use uuid::Uuid;

use super::cards::{TestCard, scheme_of};
use super::handlers::{View, gateway_error, transaction_json, validation_error};
use super::state::{CardEcho, Merchant, Shared, Transaction, lock};
use super::three_ds::{self, Pending};

/// `POST paymentv2`: an authorisation (`PRE_AUTH`) of the request's card.
pub(super) async fn purchase(shared: &Shared, text: &str) -> Response {
    if let Err(report) = PaymentRequest::from_json(text) {
        return validation_error(&report);
    }
    let json = parsed(text);
    let how = Charge { kind: "PRE_AUTH", store: false, token: None, notify: has_webhook(&json) };
    charge(shared, &json, card_of(&json), how).await
}

/// Whether the (validated) request has a `return_url.webhook_url`: its payment is then notified, to
/// the forward target if the sandbox has one.
fn has_webhook(json: &Value) -> bool {
    json["return_url"]["webhook_url"].is_string()
}

/// `POST payment`: a sale (`CAPTURE`, as the gateway's page shows) of the card sent, which is then
/// stored under a new token, or of the card stored under the token sent. An unknown token is declined
/// with response code 14 (invalid card): what the gateway answers is not documented.
pub(super) async fn stored_card_payment(shared: &Shared, text: &str) -> Response {
    let request = match StoredCardRequest::from_json(text) {
        Ok(request) => request,
        Err(report) => return validation_error(&report),
    };
    let json = parsed(text);
    let notify = has_webhook(&json);
    match request.payment_source() {
        PaymentSource::StoreCard(_) => {
            let how = Charge { kind: "CAPTURE", store: true, token: None, notify };
            charge(shared, &json, card_of(&json), how).await
        }
        PaymentSource::StoredCard(token) => {
            let token = token.expose_uuid();
            let stored = lock(&shared.store).tokens.get(&token).cloned();
            match stored {
                Some(card) => {
                    let how = Charge { kind: "CAPTURE", store: false, token: Some(token), notify };
                    charge(shared, &json, card, how).await
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

fn str_at<'a>(v: &'a Value, path: &[&str]) -> &'a str {
    path.iter().try_fold(v, |v, key| v.get(key)).and_then(Value::as_str).unwrap_or_default()
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

/// How a payment is booked.
#[derive(Clone, Debug)]
pub(super) struct Charge {
    /// `PRE_AUTH` (paymentv2) or `CAPTURE` (the v1 path).
    pub(super) kind: &'static str,
    /// Store the card under a new token when approved.
    pub(super) store: bool,
    /// The token the card was charged through.
    pub(super) token: Option<Uuid>,
    /// The request has a `webhook_url`: notify the payment when its 3-D Secure page is answered (to
    /// the sandbox's forward target; the request's own URL is never called).
    pub(super) notify: bool,
}

/// Charges `card`: the 3-D Secure redirect, the error or slow card, or a booked transaction.
async fn charge(shared: &Shared, json: &Value, card: CardEcho, how: Charge) -> Response {
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
        Some(TestCard::ServerError) => {
            return gateway_error(StatusCode::INTERNAL_SERVER_ERROR, "ERR0500", "Internal server error.");
        }
        Some(TestCard::Slow) => {
            let mut shutdown = shared.shutdown.clone();
            tokio::select! {
                () = tokio::time::sleep(shared.slow_delay) => {}
                _ = shutdown.wait_for(|stop| *stop) => {
                    return gateway_error(StatusCode::SERVICE_UNAVAILABLE, "ERR0503", "The sandbox is shutting down.");
                }
            }
        }
        _ => {}
    }
    let response_code = test_card.and_then(TestCard::response_code).unwrap_or(0);
    created(complete(shared, json, card, &how, response_code))
}

/// 201 with a booked payment's answer.
fn created(body: Value) -> Response {
    (StatusCode::CREATED, Json(body)).into_response()
}

/// Books a payment with its outcome, storing the card first when asked and approved; returns the
/// answer's body.
pub(super) fn complete(
    shared: &Shared,
    json: &Value,
    card: CardEcho,
    how: &Charge,
    response_code: i64,
) -> Value {
    let token = match (how.store, response_code) {
        (true, 0) => {
            let token = Uuid::new_v4();
            lock(&shared.store).tokens.insert(token, card.clone());
            Some(token)
        }
        _ => how.token,
    };
    book(shared, json, card, how.kind, response_code, token)
}

/// Books a processed payment; returns the answer's body.
fn book(
    shared: &Shared,
    json: &Value,
    card: CardEcho,
    kind: &'static str,
    response_code: i64,
    stored_token: Option<Uuid>,
) -> Value {
    let (code, message) = match response_code {
        0 => ("INFO0000", "Payment Successful."),
        14 => ("ERR0014", "Invalid card: no card is stored under this token."),
        51 => ("ERR0051", "Insufficient funds."),
        54 => ("ERR0054", "Expired card."),
        59 => ("ERR0059", "Suspected fraud."),
        _ => ("ERR0005", "Do not honour."),
    };
    let mut store = lock(&shared.store);
    let id = Uuid::new_v4();
    let t = Transaction {
        id,
        payment_id: id,
        reference: store.next_ref(),
        timestamp: now(),
        kind,
        amount: str_at(json, &["amount"]).parse::<u64>().unwrap_or_default(),
        response_code,
        auth_code: (response_code == 0).then(auth_code),
        message: message.to_owned(),
        code: code.to_owned(),
        merchant: Merchant {
            merchant_id: str_at(json, &["merchant_id"]).to_owned(),
            merchant_txn_ref: str_at(json, &["merchant_txn_ref"]).to_owned(),
            customer_ip: str_at(json, &["customer_ip"]).to_owned(),
            currency: str_at(json, &["currency"]).to_owned(),
            billing_address: json.get("billing_address").cloned().unwrap_or(Value::Null),
            shipping_address: json.get("shipping_address").filter(|v| v.is_object()).cloned(),
        },
        card,
        stored_token,
    };
    let body = transaction_json(&t, View::Purchase);
    store.insert(t);
    body
}

/// The gateway's timestamp form, `2024-05-02T07:10:41.123Z`.
pub(super) fn now() -> String {
    let t = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.millisecond()
    )
}

/// Six digits taken from a fresh random id.
pub(super) fn auth_code() -> String {
    let id = Uuid::new_v4();
    let b = id.as_bytes();
    format!("{:06}", u32::from_le_bytes([b[0], b[1], b[2], b[3]]) % 1_000_000)
}
