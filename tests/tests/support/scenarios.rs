//! Sandbox scenarios shared by the async client's tests (`client_sandbox.rs`) and the blocking client's
//! (`blocking.rs`): each is written once against [`Gateway`], which both clients implement, and
//! [`for_each!`] lists them so that each test file runs every one.

use std::future::Future;

use payment_client::model::{
    CaptureRequest, DeclineReason, PaymentOutcome, PaymentRequest, PaymentResponse, RefundRequest,
    StoredCardRequest, StoredCardToken, TransactionId, TransactionType, VoidRequest,
};
use payment_client::sandbox::{self, Sandbox, TestCard};
use payment_client::{Error, Operation, blocking};
use payment_core::{amount, merchant_id};

pub(crate) type TestResult = Result<(), Box<dyn std::error::Error>>;

const PAYMENT_PATH: &str = "/api/v1/server-to-server-interface/payment";
const STORED_TOKEN: &str = "094db781-fabc-4c6d-8fcd-18bee06a527a";

/// Calls `$m!` with the name of every scenario: each test file turns them into tests.
macro_rules! for_each {
    ($m:ident) => {
        $m!(
            three_d_secure_card_returns_the_redirect,
            declining_cards_give_their_typed_reason,
            server_error_card_is_an_http_error_with_the_gateway_code,
            purchase_capture_refund_status_chain,
            void_then_nothing_more,
            unknown_transactions_are_404,
            tokenise_then_pay_with_the_token_sending_no_card,
            an_unknown_token_is_a_decline_that_does_not_show_the_token,
            a_declined_card_is_not_stored,
            a_stored_three_d_secure_card_still_redirects
        );
    };
}
pub(crate) use for_each;

/// The client's operations, as both clients offer them.
pub(crate) trait Gateway {
    fn purchase(&self, r: &PaymentRequest) -> impl Future<Output = Result<PaymentOutcome, Error>>;
    fn stored_card_payment(
        &self,
        r: &StoredCardRequest,
    ) -> impl Future<Output = Result<PaymentOutcome, Error>>;
    fn capture(&self, r: &CaptureRequest) -> impl Future<Output = Result<PaymentResponse, Error>>;
    fn refund(&self, r: &RefundRequest) -> impl Future<Output = Result<PaymentResponse, Error>>;
    fn void(&self, r: &VoidRequest) -> impl Future<Output = Result<PaymentResponse, Error>>;
    fn status(&self, id: &TransactionId) -> impl Future<Output = Result<PaymentResponse, Error>>;
}

impl Gateway for payment_client::Client {
    async fn purchase(&self, r: &PaymentRequest) -> Result<PaymentOutcome, Error> {
        payment_client::Client::purchase(self, r).await
    }
    async fn stored_card_payment(&self, r: &StoredCardRequest) -> Result<PaymentOutcome, Error> {
        payment_client::Client::stored_card_payment(self, r).await
    }
    async fn capture(&self, r: &CaptureRequest) -> Result<PaymentResponse, Error> {
        payment_client::Client::capture(self, r).await
    }
    async fn refund(&self, r: &RefundRequest) -> Result<PaymentResponse, Error> {
        payment_client::Client::refund(self, r).await
    }
    async fn void(&self, r: &VoidRequest) -> Result<PaymentResponse, Error> {
        payment_client::Client::void(self, r).await
    }
    async fn status(&self, id: &TransactionId) -> Result<PaymentResponse, Error> {
        payment_client::Client::status(self, id).await
    }
}

/// The blocking client: each call blocks when it is made and returns a future that is already done.
impl Gateway for blocking::Client {
    fn purchase(&self, r: &PaymentRequest) -> impl Future<Output = Result<PaymentOutcome, Error>> {
        std::future::ready(blocking::Client::purchase(self, r))
    }
    fn stored_card_payment(
        &self,
        r: &StoredCardRequest,
    ) -> impl Future<Output = Result<PaymentOutcome, Error>> {
        std::future::ready(blocking::Client::stored_card_payment(self, r))
    }
    fn capture(&self, r: &CaptureRequest) -> impl Future<Output = Result<PaymentResponse, Error>> {
        std::future::ready(blocking::Client::capture(self, r))
    }
    fn refund(&self, r: &RefundRequest) -> impl Future<Output = Result<PaymentResponse, Error>> {
        std::future::ready(blocking::Client::refund(self, r))
    }
    fn void(&self, r: &VoidRequest) -> impl Future<Output = Result<PaymentResponse, Error>> {
        std::future::ready(blocking::Client::void(self, r))
    }
    fn status(&self, id: &TransactionId) -> impl Future<Output = Result<PaymentResponse, Error>> {
        std::future::ready(blocking::Client::status(self, id))
    }
}

/// Runs a scenario of the blocking client: its futures are all ready, so one poll finishes it, on the
/// calling thread and outside any runtime (where the blocking client may block).
#[allow(dead_code, reason = "used by the blocking tests only")]
pub(crate) fn run_blocking(scenario: impl Future<Output = TestResult>) -> TestResult {
    let mut scenario = std::pin::pin!(scenario);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match scenario.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(result) => result,
        std::task::Poll::Pending => panic!("a blocking scenario waited on something that is not ready"),
    }
}

fn completed(outcome: PaymentOutcome) -> Result<Box<PaymentResponse>, String> {
    match outcome {
        PaymentOutcome::Completed(payment) => Ok(payment),
        PaymentOutcome::ThreeDsRedirect(r) => {
            Err(format!("unexpected 3-D Secure redirect to {}", r.redirect_url))
        }
    }
}

fn posts(sandbox: &Sandbox) -> usize {
    sandbox.received().iter().filter(|r| r.method == "POST").count()
}

pub(crate) async fn three_d_secure_card_returns_the_redirect(
    client: &impl Gateway,
    sandbox: &Sandbox,
) -> TestResult {
    match client.purchase(&sandbox::sample_request(TestCard::ThreeDSecure)?).await? {
        PaymentOutcome::ThreeDsRedirect(redirect) => {
            assert!(redirect.success);
            assert_eq!(redirect.status_code, 200);
            assert!(
                redirect.redirect_url.as_str().starts_with(sandbox.base_url()),
                "{}",
                redirect.redirect_url
            );
        }
        other => panic!("expected a 3-D Secure redirect, got {other:?}"),
    }
    Ok(())
}

pub(crate) async fn declining_cards_give_their_typed_reason(
    client: &impl Gateway,
    _sandbox: &Sandbox,
) -> TestResult {
    let cases = [
        (TestCard::InsufficientFunds, DeclineReason::InsufficientFunds, 51),
        (TestCard::ExpiredCard, DeclineReason::ExpiredCard, 54),
        (TestCard::SuspectedFraud, DeclineReason::SuspectedFraud, 59),
    ];
    for (card, reason, code) in cases {
        let err = client.purchase(&sandbox::sample_request(card)?).await.expect_err("declined");
        let Error::Declined(declined) = &err else { panic!("{card}: expected Declined, got {err:?}") };
        assert_eq!(declined.reason(), Some(reason), "{card}");
        assert_eq!(declined.response_code().raw(), code, "{card}");
        assert_eq!(declined.operation(), Operation::Purchase);
        assert_eq!(declined.merchant_txn_ref(), Some("qwe"));
        assert!(!declined.response().success);
        assert!(err.is_declined() && !err.is_retryable() && !err.is_outcome_unknown());
        for text in [err.to_string(), format!("{err:?}")] {
            assert!(!text.contains(card.as_str()), "{card}: card number in {text}");
        }
        // The declined payment can still be looked up.
        let status = client.status(&declined.transaction_id()).await?;
        assert_eq!(status.response_code().raw(), code);
    }
    Ok(())
}

pub(crate) async fn server_error_card_is_an_http_error_with_the_gateway_code(
    client: &impl Gateway,
    sandbox: &Sandbox,
) -> TestResult {
    let err = client.purchase(&sandbox::sample_request(TestCard::ServerError)?).await.expect_err("500");
    match &err {
        Error::Http { status: 500, code, message, snippet, operation: Operation::Purchase } => {
            assert_eq!(code.as_deref(), Some("ERR0500"));
            assert!(message.is_some());
            assert!(snippet.is_none());
        }
        other => panic!("expected Http 500, got {other:?}"),
    }
    assert!(err.is_outcome_unknown(), "a 5xx on a payment must be settled before any retry");
    assert!(!err.is_retryable());
    assert_eq!(posts(sandbox), 1);
    Ok(())
}

pub(crate) async fn purchase_capture_refund_status_chain(
    client: &impl Gateway,
    sandbox: &Sandbox,
) -> TestResult {
    let payment = completed(client.purchase(&sandbox::sample_request(TestCard::Approved)?).await?)?;
    let id = payment.transaction_id();

    let capture = CaptureRequest::builder()
        .transaction_id(id)
        .amount(amount!(600))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .notes("first shipment")?
        .build();
    let captured = client.capture(&capture).await?;
    assert_eq!(captured.transaction_type, TransactionType::Capture);
    assert_eq!(captured.gateway_response.code, "INFO0001");
    assert_eq!(captured.payment_details.amount.minor_units(), 600);
    assert_ne!(captured.transaction_id(), id);

    // More than is left to capture (400 left) is refused.
    let too_much = CaptureRequest::builder()
        .transaction_id(id)
        .amount(amount!(401))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .build();
    match client.capture(&too_much).await {
        Err(Error::Http { status: 400, code, .. }) => assert_eq!(code.as_deref(), Some("ERR0422")),
        other => panic!("expected 400, got {other:?}"),
    }

    let refund = RefundRequest::builder()
        .transaction_id(captured.transaction_id())
        .amount(amount!(250))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .build();
    let refunded = client.refund(&refund).await?;
    assert_eq!(refunded.transaction_type, TransactionType::Refund);
    assert_eq!(refunded.gateway_response.code, "INFO0002");

    let status = client.status(&refunded.transaction_id()).await?;
    assert_eq!(status.status_code, 200);
    assert_eq!(status.transaction_type, TransactionType::Refund);
    assert_eq!(status.payment_details.amount.minor_units(), 250);
    assert!(status.payment_details.response_description.is_some());
    assert!(status.risk_details().is_some());
    let original = client.status(&id).await?;
    assert_eq!(original.transaction_type, TransactionType::PreAuth);

    // A captured payment cannot be voided.
    let void = VoidRequest::builder().transaction_id(id).merchant_id(merchant_id!("< Merchant ID >")).build();
    assert!(matches!(client.void(&void).await, Err(Error::Http { status: 400, .. })));

    let paths: Vec<String> =
        sandbox.received().into_iter().map(|r| format!("{} {}", r.method, r.path)).collect();
    let prefix = "/api/v1/server-to-server-interface";
    assert_eq!(paths[0], format!("POST {prefix}/paymentv2"));
    assert_eq!(paths[1], format!("POST {prefix}/capture"));
    assert_eq!(paths[3], format!("POST {prefix}/refund"));
    assert_eq!(paths[4], format!("GET {prefix}/transaction/status/{}", refunded.transaction_id()));
    // The capture body is the documented shape, amount as a number.
    let body = &sandbox.received()[1].body;
    assert_eq!(
        body,
        &serde_json::json!({ "transactionId": id, "amount": 600, "merchant_id": "< Merchant ID >", "notes": "first shipment" })
    );
    Ok(())
}

pub(crate) async fn void_then_nothing_more(client: &impl Gateway, sandbox: &Sandbox) -> TestResult {
    let payment = completed(client.purchase(&sandbox::sample_request(TestCard::Approved)?).await?)?;
    let void = VoidRequest::builder()
        .transaction_id(payment.transaction_id())
        .merchant_id(merchant_id!("< Merchant ID >"))
        .build();
    let voided = client.void(&void).await?;
    assert_eq!(voided.transaction_type, TransactionType::Void);
    assert_eq!(voided.gateway_response.code, "INFO0003");
    assert_eq!(
        sandbox.received()[1].body,
        serde_json::json!({ "transactionId": payment.transaction_id(), "merchant_id": "< Merchant ID >" })
    );

    let capture = CaptureRequest::builder()
        .transaction_id(payment.transaction_id())
        .amount(amount!(1))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .build();
    assert!(matches!(client.capture(&capture).await, Err(Error::Http { status: 400, .. })));
    assert!(matches!(client.void(&void).await, Err(Error::Http { status: 400, .. })));
    Ok(())
}

pub(crate) async fn unknown_transactions_are_404(client: &impl Gateway, __sandbox: &Sandbox) -> TestResult {
    let id = "00000000-0000-0000-0000-000000000000".parse()?;
    match client.status(&id).await {
        Err(e @ Error::Http { status: 404, .. }) => {
            assert!(!e.is_outcome_unknown() && !e.is_retryable(), "{e}");
        }
        other => panic!("expected 404, got {other:?}"),
    }
    let capture = CaptureRequest::builder()
        .transaction_id(id)
        .amount(amount!(1))
        .merchant_id(merchant_id!("m"))
        .build();
    match client.capture(&capture).await {
        Err(Error::Http { status: 404, code, operation: Operation::Capture, .. }) => {
            assert_eq!(code.as_deref(), Some("ERR0404"));
        }
        other => panic!("expected 404, got {other:?}"),
    }
    Ok(())
}

pub(crate) async fn tokenise_then_pay_with_the_token_sending_no_card(
    client: &impl Gateway,
    sandbox: &Sandbox,
) -> TestResult {
    let card = sandbox::sample_card(TestCard::Approved)?;
    let first = completed(client.stored_card_payment(&sandbox::sample_stored_card_request(card)?).await?)?;
    assert_eq!(first.transaction_type, TransactionType::Capture);
    let token = first.stored_card_token().ok_or("the answer carries the token")?.clone();

    let second =
        completed(client.stored_card_payment(&sandbox::sample_stored_card_request(token.clone())?).await?)?;
    assert!(second.response_code().is_approved());
    assert_ne!(second.transaction_id(), first.transaction_id());
    // Charged as the card it stands for: the echo names the stored card.
    assert_eq!(second.payment_details.card.as_ref().and_then(|c| c.number.last4()), Some("1005"));

    let received = sandbox.received();
    assert_eq!(received.len(), 2);
    assert!(received.iter().all(|r| r.method == "POST" && r.path == PAYMENT_PATH));
    assert!(received[0].body.get("card").is_some());
    assert!(received[1].body.get("card").is_none(), "a stored-card payment sends no card");
    assert_eq!(received[1].body["payment_method"]["stored_payment_method_id"], token.expose_secret());

    // The status call and a refund work on the stored-card sale like on any payment.
    assert!(client.status(&second.transaction_id()).await?.response_code().is_approved());
    let refund = RefundRequest::builder()
        .transaction_id(second.transaction_id())
        .amount(amount!(400))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .build();
    assert_eq!(client.refund(&refund).await?.transaction_type, TransactionType::Refund);
    Ok(())
}

pub(crate) async fn an_unknown_token_is_a_decline_that_does_not_show_the_token(
    client: &impl Gateway,
    _sandbox: &Sandbox,
) -> TestResult {
    let token = STORED_TOKEN.parse::<StoredCardToken>()?;
    let err = client.stored_card_payment(&sandbox::sample_stored_card_request(token)?).await.unwrap_err();
    let Error::Declined(declined) = &err else { panic!("expected a decline, got {err:?}") };
    assert_eq!(declined.reason(), Some(DeclineReason::InvalidCard));
    for shown in [err.to_string(), format!("{err:?}")] {
        assert!(!shown.contains(STORED_TOKEN), "{shown}");
    }
    Ok(())
}

pub(crate) async fn a_declined_card_is_not_stored(client: &impl Gateway, _sandbox: &Sandbox) -> TestResult {
    let card = sandbox::sample_card(TestCard::InsufficientFunds)?;
    let err = client.stored_card_payment(&sandbox::sample_stored_card_request(card)?).await.unwrap_err();
    let Error::Declined(declined) = &err else { panic!("expected a decline, got {err:?}") };
    assert_eq!(declined.reason(), Some(DeclineReason::InsufficientFunds));
    assert_eq!(declined.response().stored_card_token(), None);
    Ok(())
}

pub(crate) async fn a_stored_three_d_secure_card_still_redirects(
    client: &impl Gateway,
    _sandbox: &Sandbox,
) -> TestResult {
    // A 3-D Secure card redirects when it is first paid, so it is never stored: its payment is the
    // redirect, whatever the source.
    let card = sandbox::sample_card(TestCard::ThreeDSecure)?;
    let outcome = client.stored_card_payment(&sandbox::sample_stored_card_request(card)?).await?;
    assert!(matches!(outcome, PaymentOutcome::ThreeDsRedirect(_)), "{outcome:?}");
    Ok(())
}
