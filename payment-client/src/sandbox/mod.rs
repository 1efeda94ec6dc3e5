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
//! The card number decides a purchase's outcome (see [`TestCard`]); **any other valid number is
//! approved**. Other failures are forced per request or per card: see [below](#forced-failures).
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
//! # Forced failures
//!
//! A test makes the next payment fail as it needs with [`Sandbox::fail_next`], or every payment of a
//! card with [`SandboxBuilder::fail_card`] / [`Sandbox::fail_card`]: a decline with any response code,
//! a time-out after the request was read, a dropped connection, an HTTP 5xx or 429 ([`Failure`], with
//! the client's error for each).
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
//! Tests answer the step without a browser: [`Sandbox::approve_3ds`] and [`Sandbox::decline_3ds`] take
//! the client's [`ThreeDsRedirect`](payment_core::model::ThreeDsRedirect), book the payment and return
//! once the notification was posted (and answered), with the booked payment.
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
//! `POST payment` with a card (`StoredCardRequest` with [`PaymentSource::StoreCard`](payment_core::model::PaymentSource::StoreCard)) charges it like a
//! purchase, books it as a sale (`CAPTURE`, as the gateway's page shows), and, when approved, stores the
//! card under a new token returned in `transaction_details.stored_payment_method_id` (the published
//! tokenisation card `4000000000001091` is approved, like any valid number). With a token
//! ([`PaymentSource::StoredCard`](payment_core::model::PaymentSource::StoredCard)) it charges the stored card as if it had been sent, test-card outcomes
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
//!
//! The status of a transaction shows it **as it was booked**: after a capture, refund or void, the
//! purchase's own id still shows the `PRE_AUTH` of the authorised amount, and the capture, refund or
//! void is read under the id its answer carried (`CAPTURE`, `REFUND`, `VOID`, with the amount it moved).
//! The gateway's page says only that each operation returns a new transaction id, so this is the
//! sandbox's choice: do not rely on the status of the purchase's id changing.
//!
//! # Without an async runtime
//!
//! [`BlockingSandbox`] (features `sandbox` and `blocking`) serves from a thread of its own, for tests of
//! the [`blocking::Client`](crate::blocking::Client) that start no runtime.

mod answers;
#[cfg(feature = "blocking")]
mod blocking;
mod cards;
mod connection;
mod failure;
mod follow_ups;
mod handlers;
mod ledger;
mod loopback;
mod payments;
mod recorded;
mod samples;
mod server;
mod state;
mod three_ds;

#[cfg(feature = "blocking")]
pub use blocking::BlockingSandbox;
pub use cards::TestCard;
pub use failure::Failure;
pub use loopback::LoopbackUrl;
pub use recorded::RecordedRequest;
pub use samples::{
    sample_address, sample_card, sample_request, sample_request_with, sample_return_url,
    sample_stored_card_request,
};
pub use server::{DEFAULT_API_KEY, DEFAULT_SLOW_DELAY, Sandbox, SandboxBuilder, UnknownRedirect};
