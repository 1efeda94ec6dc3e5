//! Booking payments: the transaction a payment becomes, its stored card, its answer's body.

use serde_json::Value;
use uuid::Uuid;

use super::answers::{View, transaction_json};
use super::state::{CardEcho, Charge, Merchant, Shared, Transaction, lock};

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
pub(super) fn book(
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

pub(super) fn str_at<'a>(v: &'a Value, path: &[&str]) -> &'a str {
    path.iter().try_fold(v, |v, key| v.get(key)).and_then(Value::as_str).unwrap_or_default()
}
