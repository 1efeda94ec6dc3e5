//! A blocking client (feature `blocking`), for scripts, command-line tools and synchronous services that
//! have no async runtime.
//!
//! It is the async [`Client`](crate::Client) driven by a runtime of its own (one thread, the calling
//! one), so it has the same operations, the same [`Error`], and the same guarantees: a payment whose
//! bytes may have left is never resent, secrets are masked, the time-outs and the response cap apply. No
//! second HTTP stack is built.
//!
//! Do not call it from inside an async runtime (a `#[tokio::main]` function, an axum handler): blocking
//! there would stall the runtime, so it panics, naming the async [`Client`](crate::Client) to use there.
//! A thread of `tokio::task::spawn_blocking` is made for blocking calls: the blocking client works there.
//! Its sandbox without an async runtime of your own: [`sandbox::BlockingSandbox`](crate::sandbox::BlockingSandbox)
//! (features `blocking` and `sandbox`).
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use payment_client::blocking;
//! use payment_client::sandbox::{self, Sandbox, TestCard};
//! use payment_core::model::PaymentOutcome;
//!
//! // The sandbox is async; a test keeps it on a runtime of its own.
//! let runtime = tokio::runtime::Runtime::new()?;
//! let sandbox = runtime.block_on(Sandbox::start())?;
//!
//! let client = blocking::Client::new(
//!     payment_client::Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?,
//! )?;
//! let outcome = client.purchase(&sandbox::sample_request(TestCard::Approved)?)?;
//! let PaymentOutcome::Completed(payment) = outcome else { return Err("no 3-D Secure here".into()) };
//! assert_eq!(client.status(&payment.transaction_id())?.transaction_id(), payment.transaction_id());
//! # runtime.block_on(sandbox.shutdown());
//! # Ok(())
//! # }
//! ```

use std::fmt;

use payment_core::model::{
    CaptureRequest, PaymentOutcome, PaymentRequest, PaymentResponse, RefundRequest, StoredCardRequest,
    TransactionId, VoidRequest,
};

use crate::Error;

/// The panic of a blocking call made on a thread that runs async tasks.
const INSIDE_ASYNC: &str = "payment_client::blocking::Client was called inside an async runtime, where \
    blocking would stall it: use the async payment_client::Client there (`client.as_async().purchase(..).await`), \
    or move the blocking call to `tokio::task::spawn_blocking`";

/// The blocking paymentv2 client: each method runs the async [`Client`](crate::Client)'s and waits for
/// it. Build it from a configured async client with [`Client::new`].
pub struct Client {
    inner: crate::Client,
    runtime: tokio::runtime::Runtime,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("blocking::Client").field(&self.inner).finish()
    }
}

impl Client {
    /// A blocking client sending through `client` (its base URL, key, time-outs and retry rule).
    ///
    /// # Errors
    ///
    /// When the operating system refuses what the runtime needs (a timer, an I/O driver).
    pub fn new(client: crate::Client) -> std::io::Result<Self> {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        Ok(Self { inner: client, runtime })
    }

    /// Runs `call` to completion on the client's own runtime. tokio refuses to start a runtime on a
    /// thread that is running async tasks, with a panic that names no way out: that panic is caught and
    /// replaced by one naming the async client.
    fn block_on<T>(&self, call: impl Future<Output = T>) -> T {
        if tokio::runtime::Handle::try_current().is_err() {
            return self.runtime.block_on(call);
        }
        // On a runtime's thread: allowed on a `spawn_blocking` thread, refused on an async one. tokio
        // decides before it polls `call`.
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.runtime.block_on(call))) {
            Ok(value) => value,
            Err(payload) => {
                let text = payload
                    .downcast_ref::<&str>()
                    .copied()
                    .or_else(|| payload.downcast_ref::<String>().map(String::as_str));
                if text.is_some_and(|t| t.contains("Cannot start a runtime from within a runtime")) {
                    panic!("{INSIDE_ASYNC}");
                }
                std::panic::resume_unwind(payload)
            }
        }
    }

    /// The async client it drives.
    pub fn as_async(&self) -> &crate::Client {
        &self.inner
    }

    /// [`Client::purchase`](crate::Client::purchase), blocking.
    ///
    /// # Errors
    ///
    /// As the async call: never resent once its bytes may have left ([`Error::is_outcome_unknown`]).
    pub fn purchase(&self, request: &PaymentRequest) -> Result<PaymentOutcome, Error> {
        self.block_on(self.inner.purchase(request))
    }

    /// [`Client::stored_card_payment`](crate::Client::stored_card_payment), blocking.
    ///
    /// # Errors
    ///
    /// As the async call: never resent once its bytes may have left ([`Error::is_outcome_unknown`]).
    pub fn stored_card_payment(&self, request: &StoredCardRequest) -> Result<PaymentOutcome, Error> {
        self.block_on(self.inner.stored_card_payment(request))
    }

    /// [`Client::capture`](crate::Client::capture), blocking.
    ///
    /// # Errors
    ///
    /// As the async call.
    pub fn capture(&self, request: &CaptureRequest) -> Result<PaymentResponse, Error> {
        self.block_on(self.inner.capture(request))
    }

    /// [`Client::refund`](crate::Client::refund), blocking.
    ///
    /// # Errors
    ///
    /// As the async call.
    pub fn refund(&self, request: &RefundRequest) -> Result<PaymentResponse, Error> {
        self.block_on(self.inner.refund(request))
    }

    /// [`Client::void`](crate::Client::void), blocking.
    ///
    /// # Errors
    ///
    /// As the async call.
    pub fn void(&self, request: &VoidRequest) -> Result<PaymentResponse, Error> {
        self.block_on(self.inner.void(request))
    }

    /// [`Client::verify_webhook`](crate::Client::verify_webhook), blocking.
    ///
    /// # Errors
    ///
    /// As the async call.
    pub fn verify_webhook(&self, body: &[u8]) -> Result<crate::webhook::VerifiedWebhook, Error> {
        self.block_on(self.inner.verify_webhook(body))
    }

    /// [`Client::status`](crate::Client::status), blocking.
    ///
    /// # Errors
    ///
    /// As the async call (every error of it is safe to retry).
    pub fn status(&self, transaction_id: &TransactionId) -> Result<PaymentResponse, Error> {
        self.block_on(self.inner.status(transaction_id))
    }
}
