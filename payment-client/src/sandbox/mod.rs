//! An offline sandbox of the gateway (feature `sandbox`): the same endpoints on `127.0.0.1`, with
//! deterministic test cards, for examples and integration tests that need no network.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use payment_client::sandbox::{self, Sandbox, TestCard};
//! use payment_client::Client;
//!
//! let sandbox = Sandbox::start().await?;
//! let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
//!
//! let err = client.purchase(&sandbox::sample_request(TestCard::InsufficientFunds)?).await.unwrap_err();
//! assert!(err.is_declined());
//!
//! // The sandbox recorded what it received.
//! let received = sandbox.received();
//! assert_eq!(received.len(), 1);
//! assert_eq!(received[0].path, "/api/v1/server-to-server-interface/paymentv2");
//! assert_eq!(received[0].header("x-api-key"), Some(sandbox.api_key().expose_secret()));
//! sandbox.shutdown().await;
//! # Ok(())
//! # }
//! ```
//!
//! # What it serves
//!
//! Under `/api/v1/server-to-server-interface/`: `POST paymentv2`, `POST payment` (stored cards),
//! `POST capture`, `POST refund`, `POST void` and `GET transaction/status/{id}`, answering in the
//! gateway's shapes (the published examples). Every request:
//!
//! - is recorded first ([`Sandbox::received`]), whatever happens next;
//! - must carry `Authorization: Basic <key>` **and** `x-api-key: <key>` with the sandbox's key
//!   ([`Sandbox::api_key`]), or gets `401` with a gateway-style error;
//! - with a body must say `Content-Type: application/json` (`415` otherwise), and its body is validated
//!   like the gateway would: `PaymentRequest::from_json`, `CaptureRequest::from_json`, ... A rejected body
//!   gets `400` with `gateway_response.code` `ERR0400`, a message naming every invalid field and an
//!   `errors` list of `{path, code, message}`.
//!
//! Error bodies look like `{"success": false, "status_code": 401, "is_live": false, "gateway_response":
//! {"version": "1", "type": "ERROR", "message": "...", "code": "ERR0401"}}`.
//!
//! # Test cards
//!
//! The card number decides a purchase's outcome (see [`TestCard`]); any other valid number is approved.
//!
//! | number | outcome |
//! | --- | --- |
//! | `5200000000001005` | approved: 201, `PRE_AUTH`, `INFO0000`, `response_code` 0 |
//! | `4000002500003155` | 3-D Secure: 200 `{url, statusCode, success, redirect_url}`, then the page (below) |
//! | `4000000000000515` | declined, insufficient funds: 201, `success: false`, `response_code` 51 |
//! | `4000000000000549` | declined, expired card: 201, `success: false`, `response_code` 54 |
//! | `4000000000000598` | declined, suspected fraud: 201, `success: false`, `response_code` 59 |
//! | `4000000000005001` | 500 with a gateway-style error (`ERR0500`) |
//! | `4000000000009995` | approved after [`SandboxBuilder::slow_delay`] (default 35 s: longer than the client's default 30 s time-out) |
//!
//! # 3-D Secure and webhooks
//!
//! The 3-D Secure card's `redirect_url` is a page of the sandbox (`GET /integration/3ds?_token=..`, no
//! API key: the shopper's browser opens it) with an **Approve** and a **Decline** link (and **Cancel**
//! when the request has a `cancel_url`). Approve books the payment approved, Decline books it declined
//! (`response_code` 5); either then posts the payment's answer (the paymentv2 201 shape) as the
//! notification, and sends the browser on with a `303` to `success_url` or `decline_url`. Cancel books
//! nothing and sends it to `cancel_url`. Each page works once.
//!
//! A request's `webhook_url` is a [`WebhookUrl`](payment_core::WebhookUrl), `https` to a public host,
//! validated like any other field: the sandbox never reaches out to the network, so it never calls that
//! URL. To receive the notifications on this machine, forward them, like `stripe listen --forward-to`:
//! [`SandboxBuilder::forward_webhooks_to`] takes a [`LoopbackUrl`], and every notification of a request
//! that has a `webhook_url` is posted there instead. Without it the sandbox posts no notification at all.
//! A notification is posted once, before the browser is redirected; a failing endpoint is ignored.
//! Verify what arrives with [`Client::verify_webhook`](crate::Client::verify_webhook).
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use payment_client::sandbox::Sandbox;
//!
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! let hooks = format!("http://{}/hooks/payment", listener.local_addr()?).parse()?;
//! let sandbox = Sandbox::builder().forward_webhooks_to(hooks).start().await?;
//! // ... serve `listener` with your webhook handler, send 3-D Secure purchases with any public
//! // `webhook_url`: their notifications arrive on `listener`.
//! # drop(listener);
//! sandbox.shutdown().await;
//! # Ok(())
//! # }
//! ```
//!
//! # Stored cards
//!
//! `POST payment` with a card (`StoredCardRequest` with [`PaymentSource::StoreCard`]) charges it like a
//! purchase, books it as a sale (`CAPTURE`, as the gateway's page shows), and, when approved, stores the
//! card under a new token returned in `transaction_details.stored_payment_method_id` (the published
//! tokenisation card `4000000000001091` is approved, like any valid number). With a token
//! ([`PaymentSource::StoredCard`]) it charges the stored card as if it had been sent, test-card outcomes
//! included. Tokens live as long as the sandbox. An unknown token is a decline (201, `success: false`,
//! `response_code` 14, `ERR0014`), not an error: **the gateway does not document its answer**, so this
//! is the sandbox's choice.
//!
//! # Transactions
//!
//! The sandbox keeps every purchase it processed. An approved one can be captured (in parts, up to the
//! authorised amount), refunded (in parts, up to the authorised amount) and voided (if nothing was captured
//! or refunded); going over is `400` `ERR0422`; an unknown transaction id (or one of another merchant id)
//! is `404` `ERR0404`. Every answer carries a fresh transaction id (UUID v4), and
//! `GET transaction/status/{id}` shows any of them.

mod cards;
mod handlers;
mod loopback;
mod payments;
mod state;
mod three_ds;

use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use payment_core::model::{Card, PaymentRequest, PaymentSource, StoredCardRequest};
use payment_core::wire::FieldError;
use payment_core::{
    CardNumber, country, cvc, email, expiry, ip, merchant_id, money, phone, url, webhook_url,
};

pub use cards::TestCard;
pub use loopback::LoopbackUrl;

use crate::secret::ApiKey;
use state::{Shared, Store, lock};

/// The sandbox's API key unless [`SandboxBuilder::api_key`] sets another.
pub const DEFAULT_API_KEY: &str = "sandbox_test_key";
/// How long the [`TestCard::Slow`] card waits unless [`SandboxBuilder::slow_delay`] says otherwise: 35 s,
/// longer than the client's default 30 s time-out.
pub const DEFAULT_SLOW_DELAY: Duration = Duration::from_secs(35);

/// A running sandbox. Stops on [`Sandbox::shutdown`] or when dropped.
pub struct Sandbox {
    shared: Arc<Shared>,
    base_url: String,
    addr: SocketAddr,
    stop: tokio::sync::watch::Sender<bool>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sandbox")
            .field("base_url", &self.base_url)
            .field("api_key", &self.shared.api_key)
            .field("slow_delay", &self.shared.slow_delay)
            .field("forward_webhooks_to", &self.shared.forward_webhooks_to)
            .finish_non_exhaustive()
    }
}

impl Sandbox {
    /// Starts a sandbox with the defaults on `127.0.0.1` and a free port.
    ///
    /// # Errors
    ///
    /// When no loopback port can be bound.
    pub async fn start() -> io::Result<Sandbox> {
        Self::builder().start().await
    }

    /// Configures a sandbox: key, slow delay, address, where notifications are forwarded.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }

    /// The base URL to give the client: `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The address the sandbox listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The API key the sandbox accepts.
    pub fn api_key(&self) -> ApiKey {
        self.shared.api_key.clone()
    }

    /// Every request received so far, in order, unredacted (test-only data).
    pub fn received(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.received).clone()
    }

    /// Forgets the requests received so far.
    pub fn clear_received(&self) {
        lock(&self.shared.received).clear();
    }

    /// How many transactions the sandbox has processed (purchases approved or declined, captures,
    /// refunds, voids).
    pub fn transaction_count(&self) -> usize {
        lock(&self.shared.store).transactions.len()
    }

    /// Stops the sandbox: in-flight answers (a slow one included) end at once, open connections are
    /// closed. Waits at most a second for that.
    pub async fn shutdown(mut self) {
        self.stop_server().await;
    }

    async fn stop_server(&mut self) {
        let _ = self.stop.send(true);
        if let Some(mut task) = self.task.take()
            && tokio::time::timeout(Duration::from_secs(1), &mut task).await.is_err()
        {
            task.abort();
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// Configures a [`Sandbox`]. Made by [`Sandbox::builder`].
#[derive(Clone, Debug)]
#[must_use]
pub struct SandboxBuilder {
    api_key: ApiKey,
    slow_delay: Duration,
    addr: SocketAddr,
    forward_webhooks_to: Option<LoopbackUrl>,
}

impl Default for SandboxBuilder {
    fn default() -> Self {
        Self {
            api_key: ApiKey::new(DEFAULT_API_KEY),
            slow_delay: DEFAULT_SLOW_DELAY,
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            forward_webhooks_to: None,
        }
    }
}

impl SandboxBuilder {
    /// The API key the sandbox accepts (default [`DEFAULT_API_KEY`]).
    pub fn api_key(mut self, key: impl Into<ApiKey>) -> Self {
        self.api_key = key.into();
        self
    }

    /// How long the [`TestCard::Slow`] card waits before it is approved (default
    /// [`DEFAULT_SLOW_DELAY`]). Set it just above the client time-out of a test to keep the test fast.
    pub fn slow_delay(mut self, delay: Duration) -> Self {
        self.slow_delay = delay;
        self
    }

    /// The address to listen on (default `127.0.0.1:0`: loopback, a free port). Another address serves
    /// the sandbox to other machines, with its well-known test key: only on a network you trust.
    pub fn bind(mut self, addr: SocketAddr) -> Self {
        self.addr = addr;
        self
    }

    /// Posts every notification to `url` instead, like `stripe listen --forward-to` (default: none, and
    /// the sandbox posts no notification at all).
    ///
    /// A notification is due when a payment of a request with a `return_url.webhook_url` is answered on
    /// its 3-D Secure page (approved or declined): the sandbox posts the payment's answer (the paymentv2
    /// 201 shape) to `url` as it is, path and query included, whatever the request's `webhook_url` says;
    /// a request without a `webhook_url` gets none, as at the gateway. It is posted once, before the
    /// shopper's browser is redirected; an endpoint that fails or does not answer within 5 s is ignored,
    /// as the gateway ignores a merchant's broken endpoint (the status call still shows the payment).
    pub fn forward_webhooks_to(mut self, url: LoopbackUrl) -> Self {
        self.forward_webhooks_to = Some(url);
        self
    }

    /// Binds the address (default `127.0.0.1:0`) and starts serving on the current tokio runtime.
    ///
    /// # Errors
    ///
    /// When the address cannot be bound.
    pub async fn start(self) -> io::Result<Sandbox> {
        let listener = tokio::net::TcpListener::bind(self.addr).await?;
        let addr = listener.local_addr()?;
        let base_url = format!("http://{addr}");
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let shared = Arc::new(Shared {
            api_key: self.api_key,
            slow_delay: self.slow_delay,
            forward_webhooks_to: self.forward_webhooks_to,
            base_url: base_url.clone(),
            received: Mutex::new(Vec::new()),
            store: Mutex::new(Store::default()),
            shutdown: stopped.clone(),
        });
        let app = axum::Router::new().fallback(handlers::handle).with_state(Arc::clone(&shared));
        let mut stopped = stopped;
        let task = tokio::spawn(async move {
            let serve = axum::serve(listener, app).with_graceful_shutdown(async move {
                let _ = stopped.wait_for(|stop| *stop).await;
            });
            // A serve error ends the sandbox; requests then fail with "not sent" in the client.
            let _ = serve.await;
        });
        Ok(Sandbox { shared, base_url, addr, stop, task: Some(task) })
    }
}

/// One request the sandbox received, as it came (nothing redacted: test data only).
///
/// `Debug` shows the method, the path and the header names only: the body holds card data and the
/// headers the key.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path and query, e.g. `/api/v1/server-to-server-interface/paymentv2`.
    pub path: String,
    /// Every header as received, names in lower case, in order.
    pub headers: Vec<(String, String)>,
    /// The body as JSON (`Null` when empty; a JSON string holding the text when it is not JSON).
    pub body: serde_json::Value,
}

impl RecordedRequest {
    /// The first value of a header (the name in any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

impl fmt::Debug for RecordedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("RecordedRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("header_names", &names)
            .field("body", &format_args!("[{} bytes of JSON, not shown]", self.body.to_string().len()))
            .finish()
    }
}

/// The published example request (the seed's values) with a test card, a future expiry (12/30) and the
/// `merchant_txn_ref` `"qwe"`: a quick valid [`PaymentRequest`] for tests and examples.
///
/// # Errors
///
/// Never in practice: the values are fixed and valid; the builder's checked setters return `Result`.
pub fn sample_request(card: TestCard) -> Result<PaymentRequest, FieldError> {
    sample_request_with(card.number(), "qwe")
}

/// The sample card with a test card's number: cvc 100, expiry 12/30, holder "John Doe".
///
/// # Errors
///
/// Never in practice: the values are fixed and valid.
pub fn sample_card(card: TestCard) -> Result<Card, FieldError> {
    Ok(Card::builder()
        .number(card.number())
        .cvc(cvc!("100"))
        .expiry(expiry!("12/30"))
        .name("John Doe")?
        .build())
}

/// The published stored-card request (`stored-card-payment-request.json`'s values) paying with `source`:
/// a [`Card`] to store ([`sample_card`]) or a stored card's token.
///
/// # Errors
///
/// Never in practice: the values are fixed and valid.
pub fn sample_stored_card_request(source: impl Into<PaymentSource>) -> Result<StoredCardRequest, FieldError> {
    let request = StoredCardRequest::builder()
        .money(money!(1000 JPY))
        .payment_source(source)
        .merchant_txn_ref("qwe")?
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .return_url(|r| {
            r.webhook_url(webhook_url!("https://www.webhookurl.com/"))
                .success_url(url!("http://www.successurl.com/"))
                .decline_url(url!("http://www.declineurl.com/"))
        })
        .billing_address(|a| {
            a.country(country!("JP"))
                .email(email!("billing@testemail.com"))
                .phone_number(phone!("8112345678"))
                .address1("1-2-3 Shinjuku")?
                .city("Shinjuku-ku")?
                .state("Tokyo")?
                .postal_code("1600022")
        })?
        .time_zone("Asia/Kuala_Lumpur")?
        .build();
    Ok(request)
}

/// [`sample_request`] with any card number and `merchant_txn_ref` (1 to 45 characters).
///
/// # Errors
///
/// When `merchant_txn_ref` is empty or longer than 45 characters.
pub fn sample_request_with(card: CardNumber, merchant_txn_ref: &str) -> Result<PaymentRequest, FieldError> {
    let request = PaymentRequest::builder()
        .money(money!(1000 JPY))
        .card(|c| c.number(card).cvc(cvc!("100")).expiry(expiry!("12/30")).name("John Doe"))?
        .merchant_txn_ref(merchant_txn_ref)?
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .return_url(|r| {
            r.webhook_url(webhook_url!("https://www.webhookurl.com/"))
                .success_url(url!("http://www.successurl.com/"))
                .decline_url(url!("http://www.declineurl.com/"))
                .cancel_url(url!("http://www.cancelurl.com/"))
        })
        .billing_address(|a| {
            a.country(country!("JP"))
                .email(email!("billing@testemail.com"))
                .phone_number(phone!("8112345678"))
                .address1("1-2-3 Shinjuku")?
                .city("Shinjuku-ku")?
                .state("Tokyo")?
                .postal_code("1600022")
        })?
        .time_zone("Asia/Kuala_Lumpur")?
        .build();
    Ok(request)
}
