//! The sandbox's test kit as a user's tests use it: a 3-D Secure step answered from test code (no HTML)
//! with its webhook received, each forced failure kind with the client's error kind and exactly one
//! POST (never resent), the order reference through `PaymentResponse::merchant_txn_ref` on every
//! response shape, what a purchase's status shows after a capture, and the blocking sandbox.

use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use payment_client::model::{
    CaptureRequest, PaymentOutcome, PaymentResponse, ThreeDsRedirect, TransactionType,
};
use payment_client::sandbox::{self, BlockingSandbox, Failure, Sandbox, TestCard};
use payment_client::{Client, Error, UnknownCause, blocking};
use payment_core::{amount, merchant_id};
use tokio::sync::mpsc;

type TestResult = Result<(), Box<dyn std::error::Error>>;

const PURCHASE_PATH: &str = "/api/v1/server-to-server-interface/paymentv2";

/// A client that would retry "not sent" failures three times, with a short time-out.
fn client_of(sandbox: &Sandbox) -> Result<Client, Box<dyn std::error::Error>> {
    Ok(Client::builder()
        .api_key(sandbox.api_key())
        .base_url(sandbox.base_url())
        .timeout(Duration::from_millis(500))
        .retry_not_sent(3)
        .build()?)
}

/// How many POSTs to the purchase path the sandbox received.
fn purchases(sandbox: &Sandbox) -> usize {
    sandbox.received().iter().filter(|r| r.method == "POST" && r.path == PURCHASE_PATH).count()
}

async fn redirect_of(
    client: &Client,
    reference: &str,
) -> Result<ThreeDsRedirect, Box<dyn std::error::Error>> {
    let request = sandbox::sample_request_with(TestCard::ThreeDSecure.number(), reference)?;
    match client.purchase(&request).await? {
        PaymentOutcome::ThreeDsRedirect(redirect) => Ok(redirect),
        PaymentOutcome::Completed(_) => Err("the 3-D Secure card answers with a redirect".into()),
    }
}

/// A webhook handler on this machine that verifies each notification and reports its order reference.
async fn webhook(
    State((client, tx)): State<(Client, mpsc::UnboundedSender<String>)>,
    body: Bytes,
) -> StatusCode {
    match client.verify_webhook(&body).await {
        Ok(verified) => {
            let _ = tx.send(verified.status.merchant_txn_ref().unwrap_or("none").to_owned());
            StatusCode::OK
        }
        Err(_) => StatusCode::BAD_REQUEST,
    }
}

#[tokio::test]
async fn a_3ds_payment_completes_with_the_kit_and_its_webhook_arrives_before_the_call_returns() -> TestResult
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let hooks = format!("http://{}/hooks", listener.local_addr()?).parse()?;
    let sandbox = Sandbox::builder().forward_webhooks_to(hooks).start().await?;
    let client = client_of(&sandbox)?;
    let (tx, mut rx) = mpsc::unbounded_channel();
    let app =
        axum::Router::new().route("/hooks", axum::routing::post(webhook)).with_state((client.clone(), tx));
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    let redirect = redirect_of(&client, "order-3ds-1").await?;
    let paid = sandbox.approve_3ds(&redirect).await?;
    assert!(paid.response_code().is_approved());
    assert_eq!(paid.merchant_txn_ref(), Some("order-3ds-1"), "3-D Secure completion");
    // Posted and answered before `approve_3ds` returned: no waiting here.
    assert_eq!(rx.try_recv()?, "order-3ds-1", "the verified webhook, read through the status answer");
    assert!(sandbox.approve_3ds(&redirect).await.is_err(), "a step is answered once");

    let declined = sandbox.decline_3ds(&redirect_of(&client, "order-3ds-2").await?).await?;
    assert_eq!(declined.response_code().raw(), 5);
    assert_eq!(rx.try_recv()?, "order-3ds-2");

    let other = Sandbox::start().await?;
    assert!(other.approve_3ds(&redirect_of(&client, "order-3ds-3").await?).await.is_err(), "not its step");
    other.shutdown().await;
    server.abort();
    sandbox.shutdown().await;
    Ok(())
}

/// Sends one approved-card purchase with `failure` forced, and returns the error and how many POSTs
/// the sandbox received.
async fn forced(failure: Failure) -> Result<(Error, usize, usize), Box<dyn std::error::Error>> {
    let sandbox = Sandbox::start().await?;
    let client = client_of(&sandbox)?;
    sandbox.fail_next(failure);
    let request = sandbox::sample_request(TestCard::Approved)?;
    let call = client.purchase(&request);
    let err = tokio::time::timeout(Duration::from_secs(10), call).await?.expect_err("the failure");
    let (posts, booked) = (purchases(&sandbox), sandbox.transaction_count());
    // The next payment is answered again.
    assert!(client.purchase(&sandbox::sample_request(TestCard::Approved)?).await.is_ok(), "{failure:?}");
    sandbox.shutdown().await;
    Ok((err, posts, booked))
}

#[tokio::test]
async fn a_forced_decline_is_declined_with_its_code() -> TestResult {
    let (err, posts, booked) = forced(Failure::Decline(51)).await?;
    assert!(err.is_declined() && !err.is_retryable() && !err.is_outcome_unknown(), "{err}");
    assert_eq!(err.declined().map(|d| d.response_code().raw()), Some(51));
    assert_eq!(err.declined().and_then(|d| d.merchant_txn_ref()), Some("qwe"));
    assert_eq!((posts, booked), (1, 1));
    Ok(())
}

#[tokio::test]
async fn a_forced_timeout_is_outcome_unknown_and_not_resent() -> TestResult {
    let (err, posts, booked) = forced(Failure::Timeout).await?;
    assert!(err.is_outcome_unknown() && err.is_timeout() && !err.is_retryable(), "{err}");
    assert!(matches!(err, Error::OutcomeUnknown { cause: UnknownCause::Timeout, .. }), "{err:?}");
    assert_eq!((posts, booked), (1, 1), "sent once; booked approved, as the gateway may have");
    Ok(())
}

#[tokio::test]
async fn a_dropped_connection_is_outcome_unknown_and_not_resent() -> TestResult {
    let (err, posts, booked) = forced(Failure::DropConnection).await?;
    assert!(matches!(err, Error::OutcomeUnknown { cause: UnknownCause::ConnectionLost, .. }), "{err:?}");
    assert!(err.is_outcome_unknown() && !err.is_retryable());
    assert_eq!((posts, booked), (1, 1));
    Ok(())
}

#[tokio::test]
async fn a_forced_5xx_is_outcome_unknown_and_not_resent() -> TestResult {
    for status in [500, 502, 503] {
        let (err, posts, booked) = forced(Failure::Status(status)).await?;
        assert_eq!(err.status(), Some(status));
        assert!(err.is_outcome_unknown() && !err.is_retryable() && !err.is_declined(), "{err}");
        assert_eq!((posts, booked), (1, 0), "{status}");
    }
    Ok(())
}

#[tokio::test]
async fn a_forced_429_is_retryable_and_not_resent_by_the_client() -> TestResult {
    let (err, posts, booked) = forced(Failure::Status(429)).await?;
    assert_eq!(err.status(), Some(429));
    assert!(err.is_retryable() && !err.is_outcome_unknown(), "{err}");
    assert_eq!((posts, booked), (1, 0));
    Ok(())
}

#[tokio::test]
async fn a_failing_card_fails_every_payment_and_queued_failures_come_first() -> TestResult {
    let sandbox =
        Sandbox::builder().fail_card(TestCard::Approved.number(), Failure::Status(429)).start().await?;
    let client = client_of(&sandbox)?;
    let request = sandbox::sample_request(TestCard::Approved)?;
    sandbox.fail_next(Failure::Decline(54));
    assert_eq!(
        client.purchase(&request).await.expect_err("queued").declined().map(|d| d.response_code().raw()),
        Some(54)
    );
    for _ in 0..2 {
        assert_eq!(client.purchase(&request).await.expect_err("the card's").status(), Some(429));
    }
    sandbox.fail_card(&TestCard::Approved.number(), Failure::Decline(5));
    assert!(client.purchase(&request).await.expect_err("changed").is_declined());
    assert!(client.purchase(&sandbox::sample_request_with("4111111111111111".parse()?, "o")?).await.is_ok());
    assert_eq!(purchases(&sandbox), 5);
    sandbox.shutdown().await;
    Ok(())
}

fn completed(outcome: PaymentOutcome) -> Result<Box<PaymentResponse>, Box<dyn std::error::Error>> {
    match outcome {
        PaymentOutcome::Completed(payment) => Ok(payment),
        PaymentOutcome::ThreeDsRedirect(_) => Err("a completed payment".into()),
    }
}

#[tokio::test]
async fn the_order_reference_is_read_the_same_way_from_every_answer() -> TestResult {
    let sandbox = Sandbox::start().await?;
    let client = client_of(&sandbox)?;
    let purchase = completed(
        client.purchase(&sandbox::sample_request_with(TestCard::Approved.number(), "o-1")?).await?,
    )?;
    assert_eq!(purchase.merchant_txn_ref(), Some("o-1"), "purchase");

    let status = client.status(&purchase.transaction_id()).await?;
    assert_eq!(status.transaction_details.merchant_txn_ref, None, "status: only in merchant_details");
    assert_eq!(status.merchant_txn_ref(), Some("o-1"), "status");

    let stored = sandbox::sample_stored_card_request(sandbox::sample_card(TestCard::Approved)?)?;
    let stored = completed(client.stored_card_payment(&stored).await?)?;
    assert_eq!(stored.merchant_txn_ref(), Some("qwe"), "stored card");

    let capture = CaptureRequest::builder()
        .transaction_id(purchase.transaction_id())
        .amount(amount!(400))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .build();
    let captured = client.capture(&capture).await?;
    assert_eq!(captured.merchant_txn_ref(), Some("o-1"), "capture");

    // The status of a purchase shows it as booked: still the authorisation, for the whole amount; the
    // capture is read under its own id.
    let after = client.status(&purchase.transaction_id()).await?;
    assert_eq!(after.transaction_type, TransactionType::PreAuth);
    assert_eq!(after.payment_details.amount.minor_units(), 1000);
    let capture_status = client.status(&captured.transaction_id()).await?;
    assert_eq!(capture_status.transaction_type, TransactionType::Capture);
    assert_eq!(capture_status.payment_details.amount.minor_units(), 400);
    assert_eq!(capture_status.merchant_txn_ref(), Some("o-1"));
    sandbox.shutdown().await;
    Ok(())
}

#[test]
fn the_blocking_client_with_the_blocking_sandbox_needs_no_runtime_of_the_tests() -> TestResult {
    let sandbox = BlockingSandbox::start_with(
        Sandbox::builder().fail_card(TestCard::ExpiredCard.number(), Failure::DropConnection),
    )?;
    let client = blocking::Client::new(
        Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?,
    )?;
    let PaymentOutcome::ThreeDsRedirect(redirect) =
        client.purchase(&sandbox::sample_request(TestCard::ThreeDSecure)?)?
    else {
        return Err("a redirect".into());
    };
    let paid = sandbox.approve_3ds(&redirect)?;
    assert_eq!(client.status(&paid.transaction_id())?.merchant_txn_ref(), Some("qwe"));
    let err = client.purchase(&sandbox::sample_request(TestCard::ExpiredCard)?).expect_err("dropped");
    assert!(err.is_outcome_unknown(), "{err}");
    assert_eq!(purchases(&sandbox), 2);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_blocking_client_names_the_async_client_inside_a_runtime_and_works_in_spawn_blocking()
-> TestResult {
    let sandbox = Sandbox::start().await?;
    let async_client = client_of(&sandbox)?;
    let client = std::sync::Arc::new(blocking::Client::new(async_client.clone())?);
    let request = sandbox::sample_request(TestCard::Approved)?;

    // On a thread that runs async tasks: a panic naming the async client, nothing sent.
    let inside = {
        let (client, request) = (client.clone(), request.clone());
        tokio::spawn(async move { client.purchase(&request).map(|_| ()) }).await
    };
    let panic = inside.expect_err("a panic").into_panic();
    let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(message.contains("use the async payment_client::Client"), "{message}");
    assert!(message.contains("spawn_blocking"), "{message}");
    assert_eq!(purchases(&sandbox), 0);

    // On a spawn_blocking thread: allowed.
    let outcome = tokio::task::spawn_blocking(move || client.purchase(&request).map(|_| ())).await?;
    assert!(outcome.is_ok(), "{outcome:?}");
    assert_eq!(purchases(&sandbox), 1);
    sandbox.shutdown().await;
    Ok(())
}
