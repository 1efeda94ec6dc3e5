//! [`BlockingSandbox`]: the sandbox for tests of the blocking client, with no async runtime in the
//! test's code (features `sandbox` and `blocking`).

use std::fmt;
use std::io;
use std::ops::Deref;

use payment_core::model::{PaymentResponse, ThreeDsRedirect};

use super::server::{Sandbox, SandboxBuilder, UnknownRedirect};

/// A [`Sandbox`] serving from a thread of its own, for code without an async runtime: the
/// [`blocking::Client`](crate::blocking::Client)'s tests, a synchronous service's.
///
/// It dereferences to the [`Sandbox`], so `base_url()`, `api_key()`, `received()`, `fail_next(..)` and
/// the others are there; the async calls have blocking twins here. Stops when dropped (drop it outside
/// any async runtime).
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use payment_client::model::PaymentOutcome;
/// use payment_client::sandbox::{self, BlockingSandbox, Failure, TestCard};
/// use payment_client::{blocking, Client};
///
/// let sandbox = BlockingSandbox::start()?;
/// let client = blocking::Client::new(
///     Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?,
/// )?;
/// let PaymentOutcome::ThreeDsRedirect(redirect) =
///     client.purchase(&sandbox::sample_request(TestCard::ThreeDSecure)?)?
/// else {
///     return Err("a 3-D Secure card answers with a redirect".into());
/// };
/// let paid = sandbox.approve_3ds(&redirect)?;
/// assert!(paid.response_code().is_approved());
///
/// sandbox.fail_next(Failure::Status(429));
/// let err = client.purchase(&sandbox::sample_request(TestCard::Approved)?).unwrap_err();
/// assert!(err.is_retryable());
/// # Ok(())
/// # }
/// ```
pub struct BlockingSandbox {
    // Dropped first: stops serving before the runtime goes.
    sandbox: Sandbox,
    runtime: tokio::runtime::Runtime,
}

impl fmt::Debug for BlockingSandbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("BlockingSandbox").field(&self.sandbox).finish()
    }
}

impl BlockingSandbox {
    /// Starts a sandbox with the defaults ([`Sandbox::start`]) on a runtime thread of its own.
    ///
    /// # Errors
    ///
    /// When the runtime cannot start or no loopback port can be bound.
    pub fn start() -> io::Result<Self> {
        Self::start_with(Sandbox::builder())
    }

    /// Starts the sandbox `builder` configures on a runtime thread of its own:
    /// `BlockingSandbox::start_with(Sandbox::builder().fail_card(..))`.
    ///
    /// # Errors
    ///
    /// When the runtime cannot start or the address cannot be bound.
    pub fn start_with(builder: SandboxBuilder) -> io::Result<Self> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("payment-sandbox")
            .enable_all()
            .build()?;
        let sandbox = runtime.block_on(builder.start())?;
        Ok(Self { sandbox, runtime })
    }

    /// [`Sandbox::approve_3ds`], blocking.
    ///
    /// # Errors
    ///
    /// When no step of this sandbox waits under the redirect.
    pub fn approve_3ds(&self, redirect: &ThreeDsRedirect) -> Result<PaymentResponse, UnknownRedirect> {
        self.runtime.block_on(self.sandbox.approve_3ds(redirect))
    }

    /// [`Sandbox::decline_3ds`], blocking.
    ///
    /// # Errors
    ///
    /// When no step of this sandbox waits under the redirect.
    pub fn decline_3ds(&self, redirect: &ThreeDsRedirect) -> Result<PaymentResponse, UnknownRedirect> {
        self.runtime.block_on(self.sandbox.decline_3ds(redirect))
    }
}

impl Deref for BlockingSandbox {
    type Target = Sandbox;
    fn deref(&self) -> &Sandbox {
        &self.sandbox
    }
}
