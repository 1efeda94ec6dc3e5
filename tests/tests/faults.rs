//! Fault injection: one test per way the gateway (or a proxy in front of it) can misbehave, each asserting
//! the client's error variant **and** that the server received exactly one POST, so that no fault ever
//! makes the client send a payment twice.
//!
//! Every client here has `retry_not_sent(3)` turned on (except where the test says otherwise): a fault
//! after the request may have reached the server must still not be retried.
//!
//! | fault | error |
//! | --- | --- |
//! | connection reset (RST) after the request was read | `OutcomeUnknown { cause: ConnectionLost }` (purchase and stored-card payment) |
//! | connection closed (FIN) after the request was read | `OutcomeUnknown { cause: ConnectionLost }` |
//! | no answer until the client's time-out | `OutcomeUnknown { cause: Timeout }` |
//! | head sent, body stalls until the time-out | `OutcomeUnknown { cause: Timeout }` |
//! | 500 with a gateway-style JSON error | `Http { status: 500, code, message }` |
//! | 502 with an HTML page | `Http { status: 502, snippet }` (short, redacted) |
//! | 201 with invalid JSON | `InvalidResponse { kind: Malformed }` |
//! | 201 with a body cut short of its Content-Length | `InvalidResponse { kind: Truncated }` |
//! | 201 `success: false`, `response_code` 51 | `Declined` (reason `InsufficientFunds`) |
//! | a body over the cap (announced, or endless) | `InvalidResponse { kind: TooLarge }` |
//! | a redirect | `Http { status: 302 }`, not followed |
//! | not HTTP at all | `OutcomeUnknown { cause: ConnectionLost }` |
//! | a kept-alive connection lost after the next request | `OutcomeUnknown { cause: ConnectionLost }`, not resent on a new connection |
//! | connection refused | `NotSent`, the one case retried (only when asked) |
//!
//! And a property: whatever a hostile server answers (any status, any bytes, a wrong `Content-Length`),
//! the client does not panic, sends exactly one POST and prints no secret (`PAYMENT_FAULT_CASES` sets the
//! number of cases, 48 by default).

#[path = "support/capture.rs"]
mod capture;
#[path = "support/fault_server.rs"]
mod fault_server;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use capture::Capture;
use fault_server::{Fault, FaultServer, json_response, keep_alive_json_response, response};
use payment_client::model::{DeclineReason, PaymentRequest};
use payment_client::sandbox::{self, TestCard};
use payment_client::{Client, Error, InvalidResponseKind, Operation, UnknownCause};
use proptest::prelude::*;
use serde_json::Value;

type TestResult = Result<(), Box<dyn std::error::Error>>;

const PAN: &str = "5200000000001005";
const KEY: &str = "sk_fault_test_key_7f3a";
const TXN_REF: &str = "fault-order-1";
const PURCHASE_PATH: &str = "/api/v1/server-to-server-interface/paymentv2";
const RESPONSE_201: &str = include_str!("../fixtures/paymentv2-response-201.json");
/// Short enough to keep the suite fast, long enough for a loaded 2-core CI machine to answer a loopback
/// request that is answered.
const SHORT_TIMEOUT: Duration = Duration::from_millis(300);

fn request() -> Result<PaymentRequest, Box<dyn std::error::Error>> {
    Ok(sandbox::sample_request_with(TestCard::Approved.number(), TXN_REF)?)
}

/// A client of `server` that would retry "not sent" failures three times.
fn client(server: &FaultServer) -> Result<Client, Box<dyn std::error::Error>> {
    Ok(Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .timeout(Duration::from_secs(5))
        .retry_not_sent(3)
        .build()?)
}

/// Sends the purchase to a server that always plays `fault` and returns the error and the server.
async fn purchase_against(fault: Fault) -> Result<(Error, FaultServer), Box<dyn std::error::Error>> {
    let server = FaultServer::always(fault).await?;
    let err =
        gives_up(client(&server)?.purchase(&request()?)).await.expect_err("the fault must fail the purchase");
    Ok((err, server))
}

/// The server read exactly one request head, a POST to the purchase path, on one connection.
/// Every call ends on its own: a client that kept resending would send a payment twice, so a call that
/// has not given up after 15 s fails the test instead of hanging it.
async fn gives_up<T>(call: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(15), call).await.expect("the call must give up on its own")
}

fn assert_exactly_one_post(server: &FaultServer, err: &Error) {
    let heads = server.heads();
    assert_eq!(heads.len(), 1, "expected exactly one request, got {heads:?} (error: {err:?})");
    assert_eq!(heads[0].method, "POST");
    assert_eq!(heads[0].path, PURCHASE_PATH);
    assert_eq!(server.posts(), 1);
    assert_eq!(server.connections(), 1, "a second connection means a retry was attempted");
}

/// The error says the payment may have gone through: do not resend, settle it.
fn assert_says_do_not_retry(err: &Error) {
    assert!(err.is_outcome_unknown(), "{err:?}");
    assert!(!err.is_retryable(), "{err:?}");
    assert!(!err.is_not_sent(), "{err:?}");
    assert_eq!(err.operation(), Some(Operation::Purchase));
}

/// Nothing secret in the error, however it is printed.
fn assert_no_secret(err: &Error) {
    for text in [err.to_string(), format!("{err:?}"), format!("{err:#?}")] {
        assert!(!text.contains(PAN), "the PAN leaks: {text}");
        assert!(!text.contains(KEY), "the key leaks: {text}");
    }
}

#[tokio::test]
async fn reset_after_the_request_is_outcome_unknown_and_not_retried() -> TestResult {
    capture::init();
    let (err, server) = purchase_against(Fault::Reset).await?;
    match &err {
        Error::OutcomeUnknown { cause: UnknownCause::ConnectionLost, merchant_txn_ref, .. } => {
            assert_eq!(merchant_txn_ref.as_deref(), Some(TXN_REF));
        }
        other => panic!("expected OutcomeUnknown(ConnectionLost), got {other:?}"),
    }
    assert_says_do_not_retry(&err);
    assert!(err.to_string().contains("do not resend"), "{err}");
    assert!(err.to_string().contains(TXN_REF), "the error names the payment to settle: {err}");
    assert_exactly_one_post(&server, &err);
    assert_no_secret(&err);
    Ok(())
}

#[tokio::test]
async fn a_stored_card_payment_lost_after_sending_is_outcome_unknown_and_not_retried() -> TestResult {
    capture::init();
    const TOKEN: &str = "094db781-fabc-4c6d-8fcd-18bee06a527a";
    let server = FaultServer::always(Fault::Reset).await?;
    let token: payment_client::model::StoredCardToken = TOKEN.parse()?;
    let request = sandbox::sample_stored_card_request(token)?;
    let err = gives_up(client(&server)?.stored_card_payment(&request)).await.expect_err("the reset fails it");
    assert!(matches!(err, Error::OutcomeUnknown { cause: UnknownCause::ConnectionLost, .. }), "{err:?}");
    assert!(!err.is_retryable(), "{err:?}");
    assert_eq!(err.operation(), Some(Operation::StoredCardPayment));
    let heads = server.heads();
    assert_eq!(heads.len(), 1, "{heads:?}");
    assert_eq!(heads[0].path, "/api/v1/server-to-server-interface/payment");
    assert_eq!((server.posts(), server.connections()), (1, 1), "a second request means a resend");
    for text in [err.to_string(), format!("{err:?}")] {
        assert!(!text.contains(TOKEN), "the token leaks: {text}");
    }
    Ok(())
}

#[tokio::test]
async fn close_after_the_request_is_outcome_unknown_and_not_retried() -> TestResult {
    capture::init();
    let (err, server) = purchase_against(Fault::Close).await?;
    assert!(matches!(err, Error::OutcomeUnknown { cause: UnknownCause::ConnectionLost, .. }), "{err:?}");
    assert_says_do_not_retry(&err);
    assert_exactly_one_post(&server, &err);
    Ok(())
}

#[tokio::test]
async fn no_answer_until_the_timeout_is_outcome_unknown_and_not_retried() -> TestResult {
    capture::init();
    let server = FaultServer::always(Fault::Hang).await?;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .timeout(SHORT_TIMEOUT)
        .retry_not_sent(3)
        .build()?;
    let started = Instant::now();
    let err = gives_up(client.purchase(&request()?)).await.expect_err("no answer");
    let elapsed = started.elapsed();
    assert!(matches!(err, Error::OutcomeUnknown { cause: UnknownCause::Timeout, .. }), "{err:?}");
    assert!(err.is_timeout());
    assert!(err.to_string().contains("outcome unknown (timed out waiting for the answer)"), "{err}");
    assert_says_do_not_retry(&err);
    assert!(elapsed >= SHORT_TIMEOUT, "gave up after {elapsed:?}, before the time-out");
    assert!(elapsed < Duration::from_secs(3), "the time-out was not honoured: {elapsed:?}");
    assert_exactly_one_post(&server, &err);
    Ok(())
}

#[tokio::test]
async fn a_body_that_stalls_until_the_timeout_is_outcome_unknown() -> TestResult {
    capture::init();
    let head = b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 2000\r\nConnection: close\r\n\r\n{\"success\":true,".to_vec();
    let server = FaultServer::always(Fault::RespondThenHang(head)).await?;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .timeout(SHORT_TIMEOUT)
        .retry_not_sent(3)
        .build()?;
    let err = gives_up(client.purchase(&request()?)).await.expect_err("stalled body");
    assert!(matches!(err, Error::OutcomeUnknown { cause: UnknownCause::Timeout, .. }), "{err:?}");
    assert_says_do_not_retry(&err);
    assert_exactly_one_post(&server, &err);
    Ok(())
}

#[tokio::test]
async fn gateway_500_json_is_an_http_error_with_the_gateway_code() -> TestResult {
    capture::init();
    let body = format!(
        r#"{{"success":false,"status_code":500,"is_live":false,"gateway_response":{{"version":"1","type":"ERROR","message":"Internal error while charging card {PAN}.","code":"ERR0500"}}}}"#
    );
    let (err, server) =
        purchase_against(Fault::Respond(json_response(500, "Internal Server Error", &body))).await?;
    match &err {
        Error::Http { status: 500, code, message, snippet, .. } => {
            assert_eq!(code.as_deref(), Some("ERR0500"));
            let message = message.as_deref().unwrap_or_default();
            assert!(message.starts_with("Internal error while charging card"), "{message}");
            assert!(snippet.is_none(), "the gateway's code and message replace the snippet");
        }
        other => panic!("expected Http 500, got {other:?}"),
    }
    assert_eq!(err.status(), Some(500));
    // A 5xx to a payment does not say whether the gateway acted.
    assert_says_do_not_retry(&err);
    assert!(err.to_string().contains("ERR0500"), "{err}");
    assert_exactly_one_post(&server, &err);
    assert_no_secret(&err);
    Ok(())
}

#[tokio::test]
async fn gateway_502_html_is_an_http_error_with_a_short_redacted_snippet() -> TestResult {
    capture::init();
    let html = format!(
        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><h1>Bad Gateway</h1>\
         <p>upstream rejected card {PAN} (also 4111-1111-1111-1111) with x-api-key {KEY}</p>{}</body></html>",
        "<p>padding</p>".repeat(400)
    );
    let (err, server) =
        purchase_against(Fault::Respond(response(502, "Bad Gateway", "text/html", html.as_bytes()))).await?;
    let Error::Http { status: 502, code: None, message: None, snippet: Some(snippet), .. } = &err else {
        panic!("expected Http 502 with a snippet, got {err:?}");
    };
    assert!(snippet.contains("502 Bad Gateway"), "the snippet shows what answered: {snippet}");
    assert!(snippet.chars().count() <= 201, "the snippet is short: {} chars", snippet.chars().count());
    assert!(!snippet.contains('\n'), "{snippet}");
    for text in [err.to_string(), format!("{err:?}"), format!("{err:#?}")] {
        assert!(!text.contains("4111-1111-1111-1111") && !text.contains("4111111111111111"), "{text}");
    }
    assert_no_secret(&err);
    assert_says_do_not_retry(&err);
    assert_exactly_one_post(&server, &err);
    Ok(())
}

#[tokio::test]
async fn created_with_invalid_json_is_an_invalid_response() -> TestResult {
    capture::init();
    let body = format!(r#"{{"success": true, "payment_details": {{"card": {{"number": "{PAN}""#);
    let (err, server) = purchase_against(Fault::Respond(json_response(201, "Created", &body))).await?;
    assert!(
        matches!(
            err,
            Error::InvalidResponse { kind: InvalidResponseKind::Malformed(_), status: Some(201), .. }
        ),
        "{err:?}"
    );
    assert_says_do_not_retry(&err);
    assert_exactly_one_post(&server, &err);
    assert_no_secret(&err);
    Ok(())
}

#[tokio::test]
async fn created_with_a_truncated_body_is_an_invalid_response() -> TestResult {
    capture::init();
    // Content-Length announces the whole fixture; a third of it is sent, then the connection closes.
    let cut = &RESPONSE_201[..RESPONSE_201.len() / 3];
    let mut bytes = format!(
        "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        RESPONSE_201.len()
    )
    .into_bytes();
    bytes.extend_from_slice(cut.as_bytes());
    let (err, server) = purchase_against(Fault::Respond(bytes)).await?;
    assert!(
        matches!(err, Error::InvalidResponse { kind: InvalidResponseKind::Truncated, status: Some(201), .. }),
        "{err:?}"
    );
    assert_says_do_not_retry(&err);
    assert_exactly_one_post(&server, &err);
    Ok(())
}

#[tokio::test]
async fn created_with_success_false_and_code_51_is_declined_with_its_reason() -> TestResult {
    capture::init();
    let mut body: Value = serde_json::from_str(RESPONSE_201)?;
    body["success"] = Value::Bool(false);
    body["payment_details"]["response_code"] = Value::from(51);
    body["gateway_response"]["message"] = Value::from("Insufficient funds.");
    body["gateway_response"]["code"] = Value::from("ERR0051");
    let (err, server) =
        purchase_against(Fault::Respond(json_response(201, "Created", &body.to_string()))).await?;
    let declined = err.declined().unwrap_or_else(|| panic!("expected Declined, got {err:?}"));
    assert_eq!(declined.reason(), Some(DeclineReason::InsufficientFunds));
    assert_eq!(declined.response_code().raw(), 51);
    assert_eq!(declined.gateway_code(), "ERR0051");
    assert_eq!(declined.http_status(), Some(201));
    assert_eq!(declined.transaction_id().to_string(), "ab8444e7-fec0-40dd-994d-0ad813785f74");
    assert!(err.is_declined() && !err.is_retryable() && !err.is_outcome_unknown(), "{err:?}");
    // The echoed PAN is in the response the error holds, and masked when printed.
    assert_no_secret(&err);
    assert_exactly_one_post(&server, &err);
    Ok(())
}

#[tokio::test]
async fn a_body_announced_over_the_default_cap_is_too_large() -> TestResult {
    capture::init();
    let big = 2 * 1024 * 1024;
    let mut bytes = format!(
        "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: {big}\r\nConnection: close\r\n\r\n"
    )
    .into_bytes();
    bytes.resize(bytes.len() + big, b' ');
    let (err, server) = purchase_against(Fault::Respond(bytes)).await?;
    assert!(
        matches!(
            err,
            Error::InvalidResponse {
                kind: InvalidResponseKind::TooLarge { limit: payment_client::DEFAULT_MAX_RESPONSE_BYTES },
                status: Some(201),
                ..
            }
        ),
        "{err:?}"
    );
    assert_says_do_not_retry(&err);
    assert_exactly_one_post(&server, &err);
    Ok(())
}

#[tokio::test]
async fn an_endless_body_stops_at_the_cap() -> TestResult {
    capture::init();
    // No Content-Length: the body runs until the connection closes, and the server would send 64 MiB.
    let head =
        b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n".to_vec();
    let server =
        FaultServer::always(Fault::Endless { head, chunk: vec![b' '; 16 * 1024], max: 64 * 1024 * 1024 })
            .await?;
    let cap = 64 * 1024;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .max_response_bytes(cap)
        .timeout(Duration::from_secs(5))
        .retry_not_sent(3)
        .build()?;
    let started = Instant::now();
    let err = gives_up(client.purchase(&request()?)).await.expect_err("endless body");
    assert!(
        matches!(err, Error::InvalidResponse { kind: InvalidResponseKind::TooLarge { limit }, .. } if limit == cap),
        "{err:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(3), "the client read far past the cap");
    assert_says_do_not_retry(&err);
    assert_exactly_one_post(&server, &err);
    Ok(())
}

#[tokio::test]
async fn a_redirect_is_not_followed() -> TestResult {
    capture::init();
    const ELSEWHERE: &str = "/api/v1/server-to-server-interface/elsewhere";
    let server = FaultServer::start(|head| {
        if head.path == ELSEWHERE {
            Fault::Respond(json_response(201, "Created", RESPONSE_201))
        } else {
            Fault::Respond(
                format!("HTTP/1.1 302 Found\r\nLocation: {ELSEWHERE}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .into_bytes(),
            )
        }
    })
    .await?;
    let err =
        gives_up(client(&server)?.purchase(&request()?)).await.expect_err("a redirect is not a success");
    match &err {
        Error::Http { status: 302, message, .. } => {
            let message = message.as_deref().unwrap_or_default();
            assert!(message.contains("not followed") && message.contains(ELSEWHERE), "{message}");
        }
        other => panic!("expected Http 302, got {other:?}"),
    }
    assert!(!err.is_retryable(), "{err:?}");
    assert!(server.heads().iter().all(|h| h.path != ELSEWHERE), "the redirect was followed");
    assert_exactly_one_post(&server, &err);
    Ok(())
}

#[tokio::test]
async fn an_answer_that_is_not_http_is_outcome_unknown() -> TestResult {
    capture::init();
    let (err, server) = purchase_against(Fault::Respond(b"SSH-2.0-OpenSSH_9.6\r\n\r\n".to_vec())).await?;
    assert!(matches!(err, Error::OutcomeUnknown { .. }), "{err:?}");
    assert_says_do_not_retry(&err);
    assert_exactly_one_post(&server, &err);
    Ok(())
}

#[tokio::test]
async fn a_pooled_connection_lost_after_the_next_request_is_not_resent() -> TestResult {
    capture::init();
    // The first purchase is answered on a kept-alive connection; the second, sent on that pooled
    // connection, is read and then the connection is lost. A client (or its pool) that resent it on a
    // fresh connection would show up as a third request and a second connection.
    for lost in [Fault::Reset, Fault::Close] {
        let served = AtomicUsize::new(0);
        let approved = keep_alive_json_response(201, "Created", RESPONSE_201);
        let fault = lost.clone();
        let server = FaultServer::start(move |_| {
            if served.fetch_add(1, Ordering::SeqCst) == 0 {
                Fault::KeepAlive(approved.clone())
            } else {
                fault.clone()
            }
        })
        .await?;
        let client = client(&server)?;
        client.purchase(&request()?).await.map_err(|e| format!("{lost:?}: the first purchase: {e}"))?;
        let err = gives_up(client.purchase(&request()?)).await.expect_err("the connection was lost");
        assert!(
            matches!(err, Error::OutcomeUnknown { cause: UnknownCause::ConnectionLost, .. }),
            "{lost:?}: {err:?}"
        );
        assert_says_do_not_retry(&err);
        assert_eq!(server.posts(), 2, "{lost:?}: one POST per purchase: {:?}", server.heads());
        assert_eq!(server.connections(), 1, "{lost:?}: the lost request was resent on a new connection");
    }
    Ok(())
}

/// A port nothing listens on: bind one, note it, close it.
async fn refused_base_url() -> Result<String, std::io::Error> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    drop(listener);
    Ok(format!("http://{addr}"))
}

/// How many attempts the client made, from its `tracing` events (one "request failed" per attempt).
fn attempts(trace: &str) -> usize {
    trace.lines().filter(|l| l.contains("request failed")).count()
}

#[tokio::test(flavor = "current_thread")]
async fn connection_refused_is_not_sent_with_exactly_one_attempt_when_retry_is_off() -> TestResult {
    capture::init();
    let (capture, _guard) = Capture::install();
    let client = Client::builder().api_key(KEY).base_url(refused_base_url().await?).build()?;
    let err = gives_up(client.purchase(&request()?)).await.expect_err("nothing listens");
    assert!(matches!(err, Error::NotSent { operation: Operation::Purchase, .. }), "{err:?}");
    assert!(err.is_not_sent() && err.is_retryable() && !err.is_outcome_unknown(), "{err:?}");
    assert!(err.to_string().contains("safe to retry"), "{err}");
    let trace = capture.text();
    assert_eq!(attempts(&trace), 1, "{trace}");
    assert!(!trace.contains("retrying"), "{trace}");
    assert_no_secret(&err);
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn connection_refused_is_retried_only_as_often_as_asked() -> TestResult {
    capture::init();
    let (capture, _guard) = Capture::install();
    let client =
        Client::builder().api_key(KEY).base_url(refused_base_url().await?).retry_not_sent(2).build()?;
    let started = Instant::now();
    let err = gives_up(client.purchase(&request()?)).await.expect_err("nothing listens");
    assert!(err.is_not_sent(), "{err:?}");
    let trace = capture.text();
    assert_eq!(attempts(&trace), 3, "one attempt and two retries:\n{trace}");
    // The back-off between them: 100 ms, then 200 ms.
    assert!(started.elapsed() >= Duration::from_millis(300), "{:?}", started.elapsed());
    Ok(())
}

/// Cases per run of the hostile-server property (each is a real exchange over loopback). The default
/// keeps CI fast; `PAYMENT_FAULT_CASES=5000 cargo test -p payment-tests --test faults hostile` runs more.
fn hostile_config() -> ProptestConfig {
    let cases = std::env::var("PAYMENT_FAULT_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(48);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// An answer from a hostile or broken server: any status, any content type, a body that is random bytes
/// or the fixture spliced with garbage (and the PAN and key echoed in it), and a `Content-Length` that is
/// right, short, long or absent.
fn hostile_answer() -> impl Strategy<Value = Vec<u8>> {
    let body = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        (any::<usize>(), 0usize..64, "\\PC{0,12}").prop_map(|(at, len, insert)| {
            let at = at % (RESPONSE_201.len() + 1);
            let at = (0..=at).rev().find(|i| RESPONSE_201.is_char_boundary(*i)).unwrap_or(0);
            let end = (at + len).min(RESPONSE_201.len());
            let end = (end..=RESPONSE_201.len())
                .find(|i| RESPONSE_201.is_char_boundary(*i))
                .unwrap_or(RESPONSE_201.len());
            format!("{}{insert}{PAN} {KEY}{}", &RESPONSE_201[..at], &RESPONSE_201[end..]).into_bytes()
        }),
    ];
    let content_type =
        prop_oneof![Just("application/json"), Just("text/html"), Just("application/octet-stream")];
    let length =
        prop_oneof![Just(None), Just(Some(0i64)), Just(Some(-1)), Just(Some(7)), Just(Some(100_000))];
    (100u16..1000, content_type, body, length).prop_map(|(status, content_type, body, length)| {
        let announced = match length {
            None => String::new(),
            Some(0) => format!("Content-Length: {}\r\n", body.len()),
            Some(delta) => format!("Content-Length: {}\r\n", (body.len() as i64 + delta).max(0)),
        };
        let mut out =
            format!("HTTP/1.1 {status} Whatever\r\nContent-Type: {content_type}\r\n{announced}Connection: close\r\n\r\n")
                .into_bytes();
        out.extend_from_slice(&body);
        out
    })
}

proptest! {
    #![proptest_config(hostile_config())]

    /// Whatever a server answers: no panic, a typed result, exactly one POST, and no secret in the error.
    #[test]
    fn hostile_answers_never_panic_resend_or_leak(answer in hostile_answer()) {
        capture::init();
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
        runtime.block_on(async {
            let server = FaultServer::always(Fault::Respond(answer)).await.expect("a loopback port");
            let client = Client::builder()
                .api_key(KEY)
                .base_url(server.base_url())
                .timeout(Duration::from_secs(2))
                .max_response_bytes(64 * 1024)
                .retry_not_sent(3)
                .build()
                .expect("a valid configuration");
            let result = client.purchase(&request().expect("a valid request")).await;
            if let Err(err) = &result {
                prop_assert!(!err.is_not_sent(), "the request was sent: {err:?}");
                assert_no_secret(err);
            }
            prop_assert_eq!(server.posts(), 1, "{:?}", result.as_ref().err());
            prop_assert_eq!(server.connections(), 1);
            Ok(())
        })?;
    }
}
