//! What the sandbox remembers: the requests it received and the transactions it processed.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde_json::Value;
use uuid::Uuid;

use super::failure::Failures;
use super::loopback::LoopbackUrl;
use super::recorded::RecordedRequest;
use crate::secret::ApiKey;

/// The sandbox's shared state, behind an `Arc` in every handler.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) api_key: ApiKey,
    pub(crate) slow_delay: Duration,
    /// Where notifications are posted (none without `SandboxBuilder::forward_webhooks_to`).
    pub(crate) forward_webhooks_to: Option<LoopbackUrl>,
    pub(crate) base_url: String,
    pub(crate) received: Mutex<Vec<RecordedRequest>>,
    pub(crate) store: Mutex<Store>,
    /// The failures a test asked for.
    pub(crate) failures: Mutex<Failures>,
    /// Flips to `true` on shutdown, so a slow answer stops waiting.
    pub(crate) shutdown: tokio::sync::watch::Receiver<bool>,
}

/// Locks a mutex, carrying on after a panic elsewhere (the data is plain records).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Every transaction processed, by id.
#[derive(Debug, Default)]
pub(crate) struct Store {
    next_ref: i64,
    pub(crate) transactions: HashMap<Uuid, Transaction>,
    /// The balances of each authorisation, by the authorisation's id.
    pub(crate) payments: HashMap<Uuid, Balance>,
    /// The stored cards, by token.
    pub(crate) tokens: HashMap<Uuid, CardEcho>,
    /// The payments waiting on their 3-D Secure page, by the page's token.
    pub(crate) pending_3ds: HashMap<Uuid, Pending>,
}

/// One transaction as the status call shows it.
#[derive(Clone, Debug)]
pub(crate) struct Transaction {
    pub(crate) id: Uuid,
    /// The authorisation this transaction belongs to (its own id for a purchase).
    pub(crate) payment_id: Uuid,
    pub(crate) reference: i64,
    pub(crate) timestamp: String,
    /// `PRE_AUTH`, `CAPTURE`, `REFUND` or `VOID`.
    pub(crate) kind: &'static str,
    pub(crate) amount: u64,
    pub(crate) response_code: i64,
    pub(crate) auth_code: Option<String>,
    pub(crate) message: String,
    pub(crate) code: String,
    pub(crate) merchant: Merchant,
    pub(crate) card: CardEcho,
    /// The stored card's token, for a payment that stored a card or was paid with one.
    pub(crate) stored_token: Option<Uuid>,
}

/// What a transaction echoes of the merchant and the shopper.
#[derive(Clone, Debug)]
pub(crate) struct Merchant {
    pub(crate) merchant_id: String,
    pub(crate) merchant_txn_ref: String,
    pub(crate) customer_ip: String,
    pub(crate) currency: String,
    pub(crate) billing_address: Value,
    pub(crate) shipping_address: Option<Value>,
}

/// The card as the gateway echoes it (in full: the gateway does).
#[derive(Clone, Debug)]
pub(crate) struct CardEcho {
    pub(crate) name: String,
    pub(crate) number: String,
    pub(crate) exp_month: String,
    pub(crate) exp_year: String,
    pub(crate) scheme: &'static str,
    pub(crate) payment_method: &'static str,
}

/// How a payment is booked.
#[derive(Clone, Debug)]
pub(crate) struct Charge {
    /// `PRE_AUTH` (paymentv2) or `CAPTURE` (the v1 path).
    pub(crate) kind: &'static str,
    /// Store the card under a new token when approved.
    pub(crate) store: bool,
    /// The token the card was charged through.
    pub(crate) token: Option<Uuid>,
    /// The request has a `webhook_url`: notify the payment when its 3-D Secure page is answered (to
    /// the sandbox's forward target; the request's own URL is never called).
    pub(crate) notify: bool,
}

/// A payment waiting for the shopper's 3-D Secure answer.
#[derive(Clone, Debug)]
pub(crate) struct Pending {
    /// The request, as validated.
    pub(crate) json: Value,
    /// The card it charges.
    pub(crate) card: CardEcho,
    /// How it is booked once answered.
    pub(crate) how: Charge,
}

/// What is left of an authorisation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Balance {
    pub(crate) authorised: u64,
    pub(crate) captured: u64,
    pub(crate) refunded: u64,
    pub(crate) voided: bool,
}

impl Store {
    /// The next gateway reference number.
    pub(crate) fn next_ref(&mut self) -> i64 {
        self.next_ref += 1;
        70_000 + self.next_ref
    }

    /// Keeps a transaction (and opens the balance of an approved payment: an authorisation, or a sale
    /// of the v1 path, which is captured as it is made).
    pub(crate) fn insert(&mut self, t: Transaction) {
        if t.payment_id == t.id && t.response_code == 0 {
            let captured = if t.kind == "CAPTURE" { t.amount } else { 0 };
            self.payments
                .insert(t.id, Balance { authorised: t.amount, captured, refunded: 0, voided: false });
        }
        self.transactions.insert(t.id, t);
    }
}
