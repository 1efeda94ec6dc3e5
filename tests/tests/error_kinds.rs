//! What each kind of error tells its caller: the predicates a caller branches on (`is_retryable`,
//! `is_outcome_unknown`, `is_not_sent`, `is_timeout`, `is_declined`) and `status()`, for each way a call
//! can fail, seen through the client against a scripted server.
//!
//! | answer | retry? | outcome unknown? |
//! | --- | --- | --- |
//! | 429 to a payment | yes: the gateway refused it | no |
//! | 4xx to a payment | no: fix the request | no: the gateway refused it |
//! | 5xx to a payment | no | yes: settle with the status call |
//! | 5xx to the status call | yes: it changes nothing | no |
//! | no TCP connection before the connect time-out | yes: nothing was sent | no |

#[path = "support/capture.rs"]
mod capture;
#[path = "support/fault_server.rs"]
mod fault_server;

use std::time::Duration;

use fault_server::{Fault, FaultServer, json_response};
use payment_client::model::{PaymentRequest, TransactionId};
use payment_client::sandbox::{self, TestCard};
use payment_client::{Client, Error, InvalidResponseKind, Operation};
use serde_json::Value;

type TestResult = Result<(), Box<dyn std::error::Error>>;

const KEY: &str = "sk_error_kinds_key_41c2";
const RESPONSE_201: &str = include_str!("../fixtures/paymentv2-response-201.json");

fn request() -> Result<PaymentRequest, Box<dyn std::error::Error>> {
    Ok(sandbox::sample_request_with(TestCard::Approved.number(), "error-kinds-1")?)
}

fn client(base_url: &str) -> Result<Client, Box<dyn std::error::Error>> {
    Ok(Client::builder().api_key(KEY).base_url(base_url).timeout(Duration::from_secs(5)).build()?)
}

async fn purchase_answered(
    status: u16,
    reason: &str,
    body: &str,
) -> Result<Error, Box<dyn std::error::Error>> {
    let server = FaultServer::always(Fault::Respond(json_response(status, reason, body))).await?;
    Ok(gives_up(client(&server.base_url())?.purchase(&request()?)).await.expect_err("an error answer"))
}

/// A call that has not given up after 15 s (a client resending forever) fails the test instead of
/// hanging it.
async fn gives_up<T>(call: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(15), call).await.expect("the call must give up on its own")
}

/// The predicates of one error, in one line for the assertion messages.
fn kinds(err: &Error) -> [bool; 5] {
    [err.is_retryable(), err.is_outcome_unknown(), err.is_not_sent(), err.is_timeout(), err.is_declined()]
}

#[tokio::test]
async fn a_429_to_a_payment_may_be_retried_and_did_nothing() -> TestResult {
    capture::init();
    let err = purchase_answered(429, "Too Many Requests", r#"{"success":false}"#).await?;
    assert!(matches!(err, Error::Http { status: 429, operation: Operation::Purchase, .. }), "{err:?}");
    // retryable, not unknown, not "not sent" (it was sent and refused), no time-out, no decline
    assert_eq!(kinds(&err), [true, false, false, false, false], "{err:?}");
    assert_eq!(err.status(), Some(429));
    Ok(())
}

#[tokio::test]
async fn a_4xx_to_a_payment_is_neither_retried_nor_unknown() -> TestResult {
    capture::init();
    for status in [400, 401, 404, 422] {
        let err = purchase_answered(status, "Client Error", r#"{"success":false}"#).await?;
        assert_eq!(kinds(&err), [false; 5], "HTTP {status}: {err:?}");
        assert_eq!(err.status(), Some(status));
    }
    Ok(())
}

#[tokio::test]
async fn a_5xx_to_the_status_call_may_be_retried_and_is_not_unknown() -> TestResult {
    capture::init();
    let server = FaultServer::always(Fault::Respond(json_response(503, "Service Unavailable", "{}"))).await?;
    let id: TransactionId = "ab8444e7-fec0-40dd-994d-0ad813785f74".parse()?;
    let err = gives_up(client(&server.base_url())?.status(&id)).await.expect_err("503");
    assert!(matches!(err, Error::Http { status: 503, operation: Operation::Status, .. }), "{err:?}");
    assert_eq!(kinds(&err), [true, false, false, false, false], "{err:?}");
    // The same answer to a payment: settle it, do not resend.
    let err = purchase_answered(503, "Service Unavailable", "{}").await?;
    assert_eq!(kinds(&err), [false, true, false, false, false], "{err:?}");
    Ok(())
}

#[tokio::test]
async fn an_unreadable_answer_and_a_decline_report_the_status_they_came_with() -> TestResult {
    capture::init();
    let err = purchase_answered(201, "Created", r#"{"success": tru"#).await?;
    assert!(matches!(err, Error::InvalidResponse { .. }), "{err:?}");
    assert_eq!(err.status(), Some(201));
    assert_eq!(kinds(&err), [false, true, false, false, false], "{err:?}");

    let mut body: Value = serde_json::from_str(RESPONSE_201)?;
    body["success"] = Value::Bool(false);
    body["payment_details"]["response_code"] = Value::from(51);
    let err = purchase_answered(201, "Created", &body.to_string()).await?;
    assert!(err.declined().is_some(), "{err:?}");
    assert_eq!(err.status(), Some(201));
    assert_eq!(kinds(&err), [false, false, false, false, true], "{err:?}");
    Ok(())
}

/// The messages a log or a support ticket shows: what happened, with the gateway's own words, and what
/// the HTTP status was.
#[tokio::test]
async fn the_messages_name_the_operation_the_outcome_and_the_gateway_words() -> TestResult {
    capture::init();
    let err = purchase_answered(201, "Created", r#"{"success": tru"#).await?;
    assert_eq!(
        err.to_string(),
        "paymentv2: the gateway's answer (HTTP 201) could not be read: the body is not a valid answer \
         (EOF while parsing a value at line 1 column 15)"
    );
    let mut body: Value = serde_json::from_str(RESPONSE_201)?;
    body["success"] = Value::Bool(false);
    body["gateway_response"]["message"] = Value::from("Insufficient funds.");
    body["gateway_response"]["code"] = Value::from("ERR0051");
    let txn = "transaction ab8444e7-fec0-40dd-994d-0ad813785f74";
    for (code, outcome) in [
        (51, "declined: insufficient funds (response code 51)".to_owned()),
        (-1, "not approved: gateway error (response code -1)".to_owned()),
        (0, "not approved (success: false, response code 0)".to_owned()),
    ] {
        body["payment_details"]["response_code"] = Value::from(code);
        let err = purchase_answered(201, "Created", &body.to_string()).await?;
        assert_eq!(
            err.to_string(),
            format!("paymentv2: {outcome}; gateway ERR0051: Insufficient funds.; {txn}")
        );
        assert_eq!(err.declined().map(|d| d.gateway_message()), Some("Insufficient funds."));
    }
    Ok(())
}

#[tokio::test]
async fn a_refused_connection_is_not_sent_and_no_time_out() -> TestResult {
    capture::init();
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let base_url = format!("http://{}", listener.local_addr()?);
    drop(listener);
    let err = gives_up(client(&base_url)?.purchase(&request()?)).await.expect_err("refused");
    assert_eq!(kinds(&err), [true, false, true, false, false], "{err:?}");
    assert_eq!(err.status(), None);
    Ok(())
}

/// A server whose accept queue is full drops new connection attempts, so the TCP connect itself runs
/// out of time: nothing was sent, and the error says it was a time-out.
#[tokio::test]
async fn a_connect_time_out_is_not_sent_and_a_time_out() -> TestResult {
    capture::init();
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.bind("127.0.0.1:0".parse()?)?;
    let listener = socket.listen(1)?;
    let addr = listener.local_addr()?;
    // Fill the accept queue (nothing accepts): once a plain connect times out, so will the client's.
    let mut held = Vec::new();
    loop {
        match std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
            Ok(stream) => held.push(stream),
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => break,
            Err(e) => return Err(e.into()),
        }
        assert!(held.len() < 64, "the accept queue never filled");
    }
    let client = Client::builder()
        .api_key(KEY)
        .base_url(format!("http://{addr}"))
        .connect_timeout(Duration::from_millis(200))
        .timeout(Duration::from_secs(5))
        .build()?;
    let err = gives_up(client.purchase(&request()?)).await.expect_err("connect time-out");
    assert!(matches!(err, Error::NotSent { .. }), "{err:?}");
    assert_eq!(kinds(&err), [true, false, true, true, false], "{err:?}");
    drop(held);
    Ok(())
}

/// A client whose answers may be at most `cap` bytes.
fn capped_client(base_url: &str, cap: usize) -> Result<Client, Box<dyn std::error::Error>> {
    Ok(Client::builder()
        .api_key(KEY)
        .base_url(base_url)
        .timeout(Duration::from_secs(5))
        .max_response_bytes(cap)
        .build()?)
}

/// A 201 whose body is `len` bytes of JSON (the fixture answer, padded with spaces), with its length
/// announced or not (then the body ends when the connection closes).
fn padded_answer(len: usize, announce: bool) -> Vec<u8> {
    let mut body = RESPONSE_201.trim_end().as_bytes().to_vec();
    assert!(body.len() <= len, "the fixture answer is {} bytes", body.len());
    body.resize(len, b' ');
    let length = if announce { format!("Content-Length: {len}\r\n") } else { String::new() };
    let mut out = format!(
        "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n{length}Connection: close\r\n\r\n"
    )
    .into_bytes();
    out.extend_from_slice(&body);
    out
}

/// The cap is inclusive: an answer of exactly `cap` bytes is read, one byte more is refused, whether the
/// length is announced or the body arrives in one piece without it.
#[tokio::test]
async fn an_answer_of_exactly_the_cap_is_read_and_one_byte_more_is_not() -> TestResult {
    capture::init();
    let cap = RESPONSE_201.len() + 100;
    for announce in [true, false] {
        let server = FaultServer::always(Fault::Respond(padded_answer(cap, announce))).await?;
        let paid = gives_up(capped_client(&server.base_url(), cap)?.purchase(&request()?)).await;
        assert!(paid.is_ok(), "{cap} bytes (announced: {announce}): {paid:?}");
        let server = FaultServer::always(Fault::Respond(padded_answer(cap + 1, announce))).await?;
        let err = gives_up(capped_client(&server.base_url(), cap)?.purchase(&request()?))
            .await
            .expect_err("one byte over the cap");
        assert!(
            matches!(err, Error::InvalidResponse { kind: InvalidResponseKind::TooLarge { limit }, .. } if limit == cap),
            "{} bytes (announced: {announce}): {err:?}",
            cap + 1
        );
    }
    Ok(())
}

/// An announced length over the cap is refused at once, without waiting for a body that may never come.
#[tokio::test]
async fn an_announced_length_over_the_cap_is_refused_without_waiting_for_the_body() -> TestResult {
    capture::init();
    let head = b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{"
        .to_vec();
    let server = FaultServer::always(Fault::RespondThenHang(head)).await?;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .timeout(Duration::from_secs(5))
        .max_response_bytes(1000)
        .build()?;
    let err = gives_up(client.purchase(&request()?)).await.expect_err("over the cap");
    assert!(
        matches!(err, Error::InvalidResponse { kind: InvalidResponseKind::TooLarge { limit: 1000 }, .. }),
        "refused at once, not timed out: {err:?}"
    );
    Ok(())
}

/// An error body with the gateway's code (or message) is shown as that code (or message), not as a
/// snippet of the body; an empty code is no code.
#[tokio::test]
async fn an_error_body_with_only_a_code_shows_the_code_and_no_snippet() -> TestResult {
    capture::init();
    let err = purchase_answered(400, "Bad Request", r#"{"code":"ERR0400"}"#).await?;
    let Error::Http { status: 400, code, message, snippet, .. } = &err else { panic!("{err:?}") };
    assert_eq!((code.as_deref(), message.as_deref(), snippet.as_deref()), (Some("ERR0400"), None, None));
    let err = purchase_answered(400, "Bad Request", r#"{"message":"amount is required"}"#).await?;
    let Error::Http { code, message, snippet, .. } = &err else { panic!("{err:?}") };
    assert_eq!(
        (code.as_deref(), message.as_deref(), snippet.as_deref()),
        (None, Some("amount is required"), None)
    );
    let body = r#"{"gateway_response":{"code":"","message":""},"code":"ERR0401","message":"bad key"}"#;
    let err = purchase_answered(401, "Unauthorized", body).await?;
    let Error::Http { code, message, .. } = &err else { panic!("{err:?}") };
    assert_eq!((code.as_deref(), message.as_deref()), (Some("ERR0401"), Some("bad key")));
    Ok(())
}
