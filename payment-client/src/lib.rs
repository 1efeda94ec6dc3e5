//! # payment-client
//!
//! An async client for the paymentv2 server-to-server API, and an offline sandbox of the gateway.
//!
//! The client takes only the models of [`payment_core`], which can only hold complete, valid requests, so
//! what reaches the network has passed every rule. It answers with the gateway's typed responses, and
//! every failure is an [`Error`] variant that tells you what to do next.
//!
//! ## A tour
//!
//! Build a client once and share it (it is cheap to clone):
//!
//! ```
//! use payment_client::Client;
//!
//! let client = Client::builder()
//!     .api_key("sk_test_123")                                // sent as `Authorization: Basic <key>` and `x-api-key`
//!     .base_url("https://api-dev.paymentoptions.com")        // the default; any https URL, or http to loopback
//!     .build()?;
//! # let _ = client;
//! # Ok::<(), payment_client::ConfigError>(())
//! ```
//!
//! Send a purchase, and handle each outcome. This runs against the [`sandbox`], which serves the same
//! endpoints on `127.0.0.1`:
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use payment_client::sandbox::{Sandbox, TestCard};
//! use payment_client::{Client, Error};
//! use payment_core::model::{PaymentOutcome, PaymentRequest};
//! use payment_core::{card_number, country, cvc, email, expiry, ip, merchant_id, money, url};
//!
//! let sandbox = Sandbox::start().await?;
//! let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
//!
//! let request = PaymentRequest::builder()
//!     .money(money!(1000 JPY))
//!     .card(|c| c.number(card_number!("5200 0000 0000 1005")).cvc(cvc!("100")).expiry(expiry!("12/30")).name("John Doe"))?
//!     .merchant_txn_ref("order-42")?
//!     .customer_ip(ip!("127.0.0.1"))
//!     .merchant_id(merchant_id!("my-merchant"))
//!     .return_url(|r| r.success_url(url!("https://shop.example/ok")).decline_url(url!("https://shop.example/ko")))
//!     .billing_address(|a| {
//!         a.country(country!("JP")).email(email!("a@b.example")).address1("1-2-3 Shinjuku")?
//!             .city("Shinjuku-ku")?.postal_code("1600022")
//!     })?
//!     .build();
//!
//! match client.purchase(&request).await {
//!     Ok(PaymentOutcome::Completed(payment)) => {
//!         // Approved: keep the id to capture, refund, void or look it up.
//!         println!("approved: {}", payment.transaction_id());
//!     }
//!     Ok(PaymentOutcome::ThreeDsRedirect(redirect)) => {
//!         // 3-D Secure: send the shopper's browser there; the result arrives on the webhook.
//!         println!("redirect the shopper to {}", redirect.redirect_url);
//!     }
//!     Err(Error::Declined(declined)) => println!("declined: {declined}"),
//!     Err(e) if e.is_outcome_unknown() => {
//!         // The gateway may have taken the money: never resend, settle with `status` or the webhook.
//!         eprintln!("{e}");
//!     }
//!     Err(e) if e.is_retryable() => eprintln!("not sent, safe to retry: {e}"),
//!     Err(e) => return Err(e.into()),
//! }
//! # sandbox.shutdown().await;
//! # Ok(())
//! # }
//! ```
//!
//! Then [`Client::capture`], [`Client::refund`], [`Client::void`] and [`Client::status`] work on the
//! transaction id; each has a runnable example.
//!
//! Beyond purchases:
//!
//! - **Stored cards**: [`Client::stored_card_payment`] pays and stores a card, or pays with the token of
//!   one stored earlier ([`model::StoredCardRequest`]: the card or the token, chosen at compile time).
//! - **Webhooks**: the gateway signs nothing, so [`Client::verify_webhook`] confirms a notification with
//!   the status call before you act on it ([`webhook`]).
//! - **Without an async runtime**: [`blocking::Client`] (feature `blocking`).
//!
//! ## Errors, and the no-double-charge rule
//!
//! | variant | when | what to do |
//! | --- | --- | --- |
//! | [`Error::NotSent`] | DNS, connection refused, TLS handshake, connect time-out | safe to retry ([`ClientBuilder::retry_not_sent`] does it for you) |
//! | [`Error::OutcomeUnknown`] | time-out or connection lost after the request may have been sent | do **not** resend; settle with [`Client::status`] or the webhook |
//! | [`Error::Http`] | an error status, with the gateway's code and message (or a redacted snippet of the body) | 4xx: fix the request; 5xx on a payment: settle first |
//! | [`Error::InvalidResponse`] | the answer is not JSON, truncated, or over the body cap | as for an unknown outcome |
//! | [`Error::Declined`] | `success: false` or a non-zero `response_code`, with a typed reason | tell the shopper |
//! | [`Error::Webhook`] | a notification the status call did not confirm | answer with an error; never act on it |
//! | [`Error::Config`] | the builder's checks | fix the configuration |
//!
//! A payment request is never sent twice once its bytes may have reached the gateway: the client retries
//! only [`Error::NotSent`], and only when asked to. There is no idempotency key in this API, so a resend
//! could charge twice.
//!
//! ## Security
//!
//! The API key ([`ApiKey`]) and card data never appear in `Debug` or `Display` output, in errors or in
//! traces: the key and card numbers are masked, response bodies quoted in errors are cut short and
//! stripped of anything that looks like a card number or a secret, the authentication headers are marked
//! sensitive. The key is zeroized when the last clone of the client is dropped (the header values built from it are
//! plain memory inside reqwest). Redirects are not
//! followed (the key would travel with them) and plain `http://` is refused except to loopback.
//!
//! ## Features
//!
//! - `rustls` (default): TLS through rustls with the *ring* provider and the bundled webpki roots (all
//!   Rust); build an HTTP client of your own from [`http_client_builder`].
//! - `native-tls`: TLS through the platform's library instead (turn off default features).
//! - `sandbox`: the offline [`sandbox`] (axum on `127.0.0.1`).
//! - `blocking`: the [`blocking`] client, for code without an async runtime (no second HTTP stack).
//! - `tracing`: one span per request with the operation, `merchant_txn_ref`, HTTP status and latency;
//!   never card data or the key.
//!
//! ## The examples
//!
//! `cargo run -p payment-client --example purchase` sends the published example request to the sandbox and
//! prints the typed result; with `PAYMENT_BASE_URL` and `PAYMENT_API_KEY` set (and `PAYMENT_MERCHANT_ID`,
//! optional) it sends it to that server instead. The examples `stored_card`, `webhook_handler` (axum) and
//! `blocking` run against the sandbox too.

#![cfg_attr(docsrs, feature(doc_cfg))]
// The tour links to the `sandbox` module, which exists only with the feature.
#![cfg_attr(not(feature = "sandbox"), allow(rustdoc::broken_intra_doc_links))]

mod builder;
mod client;
mod error;
mod exchange;
mod operations;
mod redact;
mod secret;
mod tls;
mod trace;
mod transport;
pub mod webhook;

#[cfg(feature = "sandbox")]
#[cfg_attr(docsrs, doc(cfg(feature = "sandbox")))]
pub mod sandbox;

#[cfg(feature = "blocking")]
#[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
pub mod blocking;

pub use builder::{
    ClientBuilder, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT,
};
pub use client::Client;
pub use error::{ConfigError, Declined, Error, InvalidResponseKind, UnknownCause};
pub use operations::Operation;
pub use secret::ApiKey;
pub use tls::http_client_builder;

/// The reqwest version the client is built on, for [`ClientBuilder::http_client`].
pub use reqwest;

/// The models the client sends and receives, re-exported from [`payment_core::model`].
pub use payment_core::model;
