//! [`Sandbox`] and [`SandboxBuilder`]: starting, inspecting and stopping the sandbox, and the test kit
//! (forced failures, answering a 3-D Secure step from test code).

use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use payment_core::CardNumber;
use payment_core::model::{PaymentResponse, ThreeDsRedirect};

use super::connection::{Connection, DroppableListener};
use super::failure::{Failure, Failures};
use super::handlers;
use super::loopback::LoopbackUrl;
use super::recorded::RecordedRequest;
use super::state::{Shared, Store, lock};
use super::three_ds::{self, Answer};
use crate::secret::ApiKey;

/// The sandbox's API key unless [`SandboxBuilder::api_key`] sets another.
pub const DEFAULT_API_KEY: &str = "sandbox_test_key";
/// How long the [`TestCard::Slow`](super::TestCard::Slow) card waits unless [`SandboxBuilder::slow_delay`] says otherwise: 35 s,
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

    /// Makes the next payment (`POST paymentv2` or `POST payment`) fail with `failure` instead of being
    /// answered (see [`Failure`] for each kind and the client's error). Calls queue up: each failure is
    /// used by one payment, in order, before any card's ([`SandboxBuilder::fail_card`]).
    pub fn fail_next(&self, failure: Failure) {
        lock(&self.shared.failures).push(failure);
    }

    /// [`SandboxBuilder::fail_card`] on a running sandbox: every later payment of the card `number` fails
    /// with `failure`.
    pub fn fail_card(&self, number: &CardNumber, failure: Failure) {
        lock(&self.shared.failures).set_card(number.expose_secret().to_owned(), failure);
    }

    /// Approves a 3-D Secure step from test code, as the shopper would on the `redirect_url` page (no
    /// HTML involved): books the payment approved and, when the request had a `webhook_url` and the
    /// sandbox forwards notifications ([`SandboxBuilder::forward_webhooks_to`]), posts the notification
    /// and waits for your handler's answer (at most 5 s) before returning. Returns the booked payment,
    /// the answer the notification carried.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use payment_client::model::PaymentOutcome;
    /// use payment_client::sandbox::{self, Sandbox, TestCard};
    /// use payment_client::Client;
    ///
    /// let sandbox = Sandbox::start().await?;
    /// let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    /// let outcome = client.purchase(&sandbox::sample_request(TestCard::ThreeDSecure)?).await?;
    /// let PaymentOutcome::ThreeDsRedirect(redirect) = outcome else { panic!("a redirect") };
    /// let paid = sandbox.approve_3ds(&redirect).await?;
    /// assert!(paid.response_code().is_approved());
    /// assert_eq!(client.status(&paid.transaction_id()).await?.merchant_txn_ref(), Some("qwe"));
    /// assert!(sandbox.approve_3ds(&redirect).await.is_err(), "a step is answered once");
    /// sandbox.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// When no step of this sandbox waits under the redirect (another sandbox's, or answered already).
    pub async fn approve_3ds(&self, redirect: &ThreeDsRedirect) -> Result<PaymentResponse, UnknownRedirect> {
        self.answer_3ds(redirect, Answer::Approve).await
    }

    /// Declines a 3-D Secure step from test code, as the shopper would: books the payment declined
    /// (`response_code` 5, do not honour) and posts its notification like [`Sandbox::approve_3ds`].
    ///
    /// # Errors
    ///
    /// When no step of this sandbox waits under the redirect (another sandbox's, or answered already).
    pub async fn decline_3ds(&self, redirect: &ThreeDsRedirect) -> Result<PaymentResponse, UnknownRedirect> {
        self.answer_3ds(redirect, Answer::Decline).await
    }

    async fn answer_3ds(
        &self,
        redirect: &ThreeDsRedirect,
        answer: Answer,
    ) -> Result<PaymentResponse, UnknownRedirect> {
        let url = &redirect.redirect_url;
        let ours = url.as_str().starts_with(&format!("{}{}", self.base_url, three_ds::PATH));
        let token = three_ds::token_of(url.query()).filter(|_| ours).ok_or(UnknownRedirect)?;
        let answered = three_ds::answer_pending(&self.shared, token, answer).await.ok_or(UnknownRedirect)?;
        let body = answered.body.ok_or(UnknownRedirect)?;
        serde_json::from_value(body).map_err(|_| UnknownRedirect)
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
    failing_cards: Vec<(CardNumber, Failure)>,
}

impl Default for SandboxBuilder {
    fn default() -> Self {
        Self {
            api_key: ApiKey::new(DEFAULT_API_KEY),
            slow_delay: DEFAULT_SLOW_DELAY,
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            forward_webhooks_to: None,
            failing_cards: Vec::new(),
        }
    }
}

impl SandboxBuilder {
    /// The API key the sandbox accepts (default [`DEFAULT_API_KEY`]).
    pub fn api_key(mut self, key: impl Into<ApiKey>) -> Self {
        self.api_key = key.into();
        self
    }

    /// How long the [`TestCard::Slow`](super::TestCard::Slow) card waits before it is approved (default
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

    /// Makes every payment of the card `number` fail with `failure` (see [`Failure`]), for the sandbox's
    /// lifetime; [`Sandbox::fail_card`] does the same on a running sandbox. Any valid card number can be
    /// made to fail, a test card included; a failure queued with [`Sandbox::fail_next`] comes first.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use payment_client::sandbox::{self, Failure, Sandbox, TestCard};
    /// use payment_client::Client;
    ///
    /// let sandbox =
    ///     Sandbox::builder().fail_card(TestCard::Approved.number(), Failure::Decline(14)).start().await?;
    /// let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    /// let err = client.purchase(&sandbox::sample_request(TestCard::Approved)?).await.unwrap_err();
    /// assert_eq!(err.declined().map(|d| d.response_code().raw()), Some(14));
    /// sandbox.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    pub fn fail_card(mut self, number: CardNumber, failure: Failure) -> Self {
        self.failing_cards.push((number, failure));
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
        let mut failures = Failures::default();
        for (number, failure) in self.failing_cards {
            failures.set_card(number.expose_secret().to_owned(), failure);
        }
        let shared = Arc::new(Shared {
            api_key: self.api_key,
            slow_delay: self.slow_delay,
            forward_webhooks_to: self.forward_webhooks_to,
            base_url: base_url.clone(),
            received: Mutex::new(Vec::new()),
            store: Mutex::new(Store::default()),
            failures: Mutex::new(failures),
            shutdown: stopped.clone(),
        });
        let app = axum::Router::new()
            .fallback(handlers::handle)
            .with_state(Arc::clone(&shared))
            .into_make_service_with_connect_info::<Connection>();
        let mut stopped = stopped;
        let task = tokio::spawn(async move {
            let serve = axum::serve(DroppableListener(listener), app).with_graceful_shutdown(async move {
                let _ = stopped.wait_for(|stop| *stop).await;
            });
            // A serve error ends the sandbox; requests then fail with "not sent" in the client.
            let _ = serve.await;
        });
        Ok(Sandbox { shared, base_url, addr, stop, task: Some(task) })
    }
}

/// No 3-D Secure step of this sandbox waits under a redirect ([`Sandbox::approve_3ds`]): the redirect is
/// another sandbox's, or its step was answered already (each is answered once).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "no 3-D Secure step of this sandbox waits under this redirect (another sandbox's, or answered already)"
)]
#[non_exhaustive]
pub struct UnknownRedirect;
