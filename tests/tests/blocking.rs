//! The blocking client (feature `blocking`) against the sandbox and a fault server: the same operations,
//! errors and guarantees as the async client it drives.

#[path = "support/fault_server.rs"]
mod fault_server;

use std::time::Duration;

use fault_server::{Fault, FaultServer};
use payment_client::model::{
    CaptureRequest, DeclineReason, Outcome, PaymentOutcome, RefundRequest, TransactionType, VoidRequest,
};
use payment_client::sandbox::{self, Sandbox, TestCard};
use payment_client::{Client, Error, UnknownCause, blocking};
use payment_core::{amount, merchant_id};

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// The sandbox on a runtime of its own (it is async), and a blocking client of it.
fn sandbox_and_client()
-> Result<(tokio::runtime::Runtime, Sandbox, blocking::Client), Box<dyn std::error::Error>> {
    let runtime = tokio::runtime::Runtime::new()?;
    let sandbox = runtime.block_on(Sandbox::start())?;
    let client = blocking::Client::new(
        Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?,
    )?;
    Ok((runtime, sandbox, client))
}

#[test]
fn every_operation_against_the_sandbox() -> TestResult {
    let (runtime, sandbox, client) = sandbox_and_client()?;
    let PaymentOutcome::Completed(payment) =
        client.purchase(&sandbox::sample_request(TestCard::Approved)?)?
    else {
        return Err("expected a completed payment".into());
    };
    assert_eq!(payment.response_code().outcome(), Outcome::Approved);
    let id = payment.transaction_id();
    let capture = CaptureRequest::builder()
        .transaction_id(id)
        .amount(amount!(600))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .build();
    assert_eq!(client.capture(&capture)?.transaction_type, TransactionType::Capture);
    let refund = RefundRequest::builder()
        .transaction_id(id)
        .amount(amount!(100))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .build();
    assert_eq!(client.refund(&refund)?.transaction_type, TransactionType::Refund);
    assert_eq!(client.status(&id)?.transaction_id(), id);

    let PaymentOutcome::ThreeDsRedirect(_) =
        client.purchase(&sandbox::sample_request(TestCard::ThreeDSecure)?)?
    else {
        return Err("expected a 3-D Secure redirect".into());
    };
    let declined = client.purchase(&sandbox::sample_request(TestCard::InsufficientFunds)?).unwrap_err();
    assert!(
        matches!(&declined, Error::Declined(d) if d.reason() == Some(DeclineReason::InsufficientFunds)),
        "{declined:?}"
    );

    let PaymentOutcome::Completed(other) = client.purchase(&sandbox::sample_request(TestCard::Approved)?)?
    else {
        return Err("expected a completed payment".into());
    };
    let void = VoidRequest::builder()
        .transaction_id(other.transaction_id())
        .merchant_id(merchant_id!("< Merchant ID >"))
        .build();
    assert_eq!(client.void(&void)?.transaction_type, TransactionType::Void);
    runtime.block_on(sandbox.shutdown());
    Ok(())
}

#[test]
fn a_payment_without_an_answer_is_outcome_unknown_and_never_resent() -> TestResult {
    let runtime = tokio::runtime::Runtime::new()?;
    let server = runtime.block_on(FaultServer::always(Fault::Hang))?;
    let client = blocking::Client::new(
        Client::builder()
            .api_key("sk_blocking_test_key")
            .base_url(server.base_url())
            .timeout(Duration::from_millis(300))
            .retry_not_sent(3)
            .build()?,
    )?;
    let err = client.purchase(&sandbox::sample_request(TestCard::Approved)?).expect_err("no answer");
    assert!(matches!(err, Error::OutcomeUnknown { cause: UnknownCause::Timeout, .. }), "{err:?}");
    assert_eq!(server.posts(), 1, "a payment whose bytes may have left is never resent");
    assert!(!format!("{err} {err:?} {client:?}").contains("sk_blocking_test_key"));
    Ok(())
}
