//! The client against the offline sandbox: every operation, every test card, the exact bytes on the wire,
//! a chained purchase -> capture -> refund -> status, authentication, configuration checks, redirects and
//! the body cap.

#[path = "support/scenarios.rs"]
mod scenarios;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use payment_client::model::{PaymentOutcome, PaymentResponse, TransactionType};
use payment_client::sandbox::{self, Sandbox, TestCard};
use payment_client::{Client, ConfigError, Error, InvalidResponseKind, Operation, UnknownCause};
use payment_tests::fixture_request;

/// A call that has not given up after 15 s (a client resending forever) fails the test instead of
/// hanging it.
async fn gives_up<T>(call: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(15), call).await.expect("the call must give up on its own")
}
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const PAN: &str = "5200000000001005";
const FIXTURE_REQUEST: &str = include_str!("../fixtures/paymentv2-request.json");

type TestResult = Result<(), Box<dyn std::error::Error>>;

async fn sandbox_and_client() -> Result<(Sandbox, Client), Box<dyn std::error::Error>> {
    let sandbox = Sandbox::start().await?;
    let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    Ok((sandbox, client))
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

/// The scenarios shared with the blocking client's tests (`support/scenarios.rs`), each on a fresh sandbox.
macro_rules! async_scenarios {
    ($($name:ident),*) => {$(
        #[tokio::test]
        async fn $name() -> TestResult {
            let (sandbox, client) = sandbox_and_client().await?;
            scenarios::$name(&client, &sandbox).await?;
            sandbox.shutdown().await;
            Ok(())
        }
    )*};
}
scenarios::for_each!(async_scenarios);

#[tokio::test]
async fn the_sandbox_takes_a_cancel_url() -> TestResult {
    let (sandbox, client) = sandbox_and_client().await?;
    let payment = completed(client.purchase(&sandbox::sample_request(TestCard::Approved)?).await?)?;
    assert_eq!(payment.response_code().outcome(), payment_client::model::Outcome::Approved);
    let received = sandbox.received();
    assert_eq!(received[0].body["return_url"]["cancel_url"], "http://www.cancelurl.com/");
    sandbox.shutdown().await;
    Ok(())
}

#[test]
fn client_is_send_sync_clone() {
    fn assert<T: Send + Sync + Clone + 'static>() {}
    assert::<Client>();
    fn assert_error<T: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<Error>();
}

#[tokio::test]
async fn purchase_sends_the_fixture_bytes_with_the_right_headers_and_path() -> TestResult {
    let (sandbox, client) = sandbox_and_client().await?;
    let payment = completed(client.purchase(&fixture_request()?).await?)?;

    let received = sandbox.received();
    assert_eq!(received.len(), 1, "{received:?}");
    let r = &received[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, "/api/v1/server-to-server-interface/paymentv2");
    let key = sandbox.api_key();
    assert_eq!(r.header("authorization"), Some(format!("Basic {}", key.expose_secret()).as_str()));
    assert_eq!(r.header("x-api-key"), Some(key.expose_secret()));
    assert_eq!(r.header("content-type"), Some("application/json"));
    let ua = r.header("user-agent").unwrap_or_default();
    assert_eq!(ua, concat!("payment-client/", env!("CARGO_PKG_VERSION")));
    let fixture: serde_json::Value = serde_json::from_str(FIXTURE_REQUEST)?;
    assert_eq!(r.body, fixture);

    // The typed answer.
    assert!(payment.success);
    assert_eq!(payment.status_code, 201);
    assert_eq!(payment.transaction_type, TransactionType::PreAuth);
    assert_eq!(payment.gateway_response.code, "INFO0000");
    assert!(payment.response_code().is_approved());
    assert_eq!(payment.payment_details.amount.minor_units(), 1000);
    assert_eq!(payment.transaction_details.merchant_txn_ref.as_deref(), Some("qwe"));
    let card = payment.payment_details.card.as_ref().ok_or("no card echoed")?;
    assert_eq!(card.number.to_string(), "520000******1005");
    assert!(!format!("{payment:?}").contains(PAN));
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn every_answer_has_a_fresh_transaction_id() -> TestResult {
    let (sandbox, client) = sandbox_and_client().await?;
    let request = sandbox::sample_request(TestCard::Approved)?;
    let a = completed(client.purchase(&request).await?)?;
    let b = completed(client.purchase(&request).await?)?;
    assert_ne!(a.transaction_id(), b.transaction_id());
    assert_eq!(a.transaction_id().as_uuid().get_version_num(), 4);
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn slow_card_times_out_as_outcome_unknown_after_exactly_one_post() -> TestResult {
    let sandbox = Sandbox::builder().slow_delay(Duration::from_secs(3)).start().await?;
    let client = Client::builder()
        .api_key(sandbox.api_key())
        .base_url(sandbox.base_url())
        .timeout(Duration::from_millis(300))
        .retry_not_sent(3)
        .build()?;
    let err =
        gives_up(client.purchase(&sandbox::sample_request(TestCard::Slow)?)).await.expect_err("time-out");
    match &err {
        Error::OutcomeUnknown { cause: UnknownCause::Timeout, merchant_txn_ref, operation, .. } => {
            assert_eq!(merchant_txn_ref.as_deref(), Some("qwe"));
            assert_eq!(*operation, Operation::Purchase);
        }
        other => panic!("expected OutcomeUnknown(Timeout), got {other:?}"),
    }
    assert!(err.is_outcome_unknown() && err.is_timeout() && !err.is_retryable());
    assert!(err.to_string().contains("do not resend"), "{err}");
    assert_eq!(posts(&sandbox), 1, "a payment whose outcome is unknown must never be resent");
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn wrong_or_missing_key_is_401() -> TestResult {
    let sandbox = Sandbox::start().await?;
    let client = Client::builder().api_key("not-the-key").base_url(sandbox.base_url()).build()?;
    let err =
        gives_up(client.purchase(&sandbox::sample_request(TestCard::Approved)?)).await.expect_err("401");
    match &err {
        Error::Http { status: 401, code, .. } => assert_eq!(code.as_deref(), Some("ERR0401")),
        other => panic!("expected 401, got {other:?}"),
    }
    assert!(!err.to_string().contains("not-the-key"));

    // No headers at all, and each header alone, are refused too.
    let key = sandbox.api_key();
    let key = key.expose_secret();
    for headers in [String::new(), format!("x-api-key: {key}\r\n"), format!("Authorization: Basic {key}\r\n")]
    {
        let (status, body) = raw_post(sandbox.addr(), "paymentv2", &headers, "{}").await?;
        assert_eq!(status, 401, "{headers:?}: {body}");
        let body: serde_json::Value = serde_json::from_str(&body)?;
        assert_eq!(body["gateway_response"]["code"], "ERR0401");
    }
    assert_eq!(sandbox.transaction_count(), 0);
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn sandbox_validates_bodies_like_the_gateway() -> TestResult {
    let sandbox = Sandbox::start().await?;
    let key = sandbox.api_key();
    let auth = format!("Authorization: Basic {0}\r\nx-api-key: {0}\r\n", key.expose_secret());
    let mut bad: serde_json::Value = serde_json::from_str(FIXTURE_REQUEST)?;
    bad["currency"] = "JPX".into();
    bad["card"]["number"] = "5200000000001006".into();
    bad["billing_address"]["country"] = "XX".into();
    let (status, body) = raw_post(sandbox.addr(), "paymentv2", &auth, &bad.to_string()).await?;
    assert_eq!(status, 400, "{body}");
    let body: serde_json::Value = serde_json::from_str(&body)?;
    assert_eq!(body["gateway_response"]["code"], "ERR0400");
    let paths: Vec<&str> =
        body["errors"].as_array().ok_or("errors")?.iter().filter_map(|e| e["path"].as_str()).collect();
    for path in ["currency", "card.number", "billing_address.country"] {
        assert!(paths.contains(&path), "{path} not in {paths:?}");
    }
    assert!(!body.to_string().contains("5200000000001006"), "a rejected value must not be echoed");

    let (status, _) =
        raw_post(sandbox.addr(), "capture", &auth, r#"{"transactionId":"x","amount":"1"}"#).await?;
    assert_eq!(status, 400);
    assert_eq!(sandbox.transaction_count(), 0);
    sandbox.shutdown().await;
    Ok(())
}

#[test]
fn plain_http_only_to_loopback() {
    for url in ["http://api-dev.paymentoptions.com", "http://10.0.0.1:8080", "http://localhost.example"] {
        match Client::builder().api_key("k").base_url(url).build() {
            Err(ConfigError::InsecureBaseUrl { .. }) => {}
            other => panic!("{url}: expected InsecureBaseUrl, got {other:?}"),
        }
    }
    for url in
        ["https://api-dev.paymentoptions.com", "http://127.0.0.1:1", "http://[::1]:1", "http://localhost:1"]
    {
        assert!(Client::builder().api_key("k").base_url(url).build().is_ok(), "{url}");
    }
    let err = Client::builder().api_key("k").base_url("http://gateway.example").build().unwrap_err();
    assert!(err.to_string().contains("https"), "{err}");
}

#[tokio::test]
async fn connection_refused_is_not_sent_and_retried_only_when_asked() -> TestResult {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    drop(listener);
    let client =
        Client::builder().api_key("k").base_url(format!("http://{addr}")).retry_not_sent(2).build()?;
    let started = std::time::Instant::now();
    let err =
        gives_up(client.purchase(&sandbox::sample_request(TestCard::Approved)?)).await.expect_err("refused");
    assert!(matches!(err, Error::NotSent { operation: Operation::Purchase, .. }), "{err:?}");
    assert!(err.is_retryable() && err.is_not_sent() && !err.is_outcome_unknown());
    // Two retries: 100 ms + 200 ms of back-off.
    assert!(started.elapsed() >= Duration::from_millis(300));
    Ok(())
}

/// A server that answers every request with `response` and counts the requests.
async fn canned_server(response: Vec<u8>) -> Result<(SocketAddr, Arc<AtomicUsize>), std::io::Error> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let count = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&count);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let response = response.clone();
            let counter = Arc::clone(&counter);
            tokio::spawn(async move {
                if read_request(&mut stream).await.is_ok() {
                    counter.fetch_add(1, Ordering::SeqCst);
                    let _ = stream.write_all(&response).await;
                    let _ = stream.shutdown().await;
                }
            });
        }
    });
    Ok((addr, count))
}

/// Reads one HTTP/1.1 request (head and Content-Length body).
async fn read_request(stream: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(buf);
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let len = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if buf.len() >= end + 4 + len {
                return Ok(buf);
            }
        }
    }
}

/// POSTs `body` to an operation of the server at `addr` with the given extra header lines.
async fn raw_post(
    addr: SocketAddr,
    op: &str,
    headers: &str,
    body: &str,
) -> Result<(u16, String), std::io::Error> {
    let mut stream = TcpStream::connect(addr).await?;
    let request = format!(
        "POST /api/v1/server-to-server-interface/{op} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await?;
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    Ok((status, body))
}

#[tokio::test]
async fn redirects_are_not_followed() -> TestResult {
    let sandbox = Sandbox::start().await?;
    let location = format!("{}/api/v1/server-to-server-interface/paymentv2", sandbox.base_url());
    let response = format!(
        "HTTP/1.1 307 Temporary Redirect\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    let (addr, count) = canned_server(response.into_bytes()).await?;
    let client = Client::builder().api_key(sandbox.api_key()).base_url(format!("http://{addr}")).build()?;
    let err =
        gives_up(client.purchase(&sandbox::sample_request(TestCard::Approved)?)).await.expect_err("redirect");
    match &err {
        Error::Http { status: 307, message, .. } => {
            assert!(message.as_deref().unwrap_or_default().contains("not followed"), "{err}");
        }
        other => panic!("expected Http 307, got {other:?}"),
    }
    assert_eq!(count.load(Ordering::SeqCst), 1);
    assert!(sandbox.received().is_empty(), "the redirect must not be followed");

    // A user-supplied client that follows redirects: reported as an unknown outcome, never as success.
    let following = Client::builder()
        .api_key(sandbox.api_key())
        .base_url(format!("http://{addr}"))
        .http_client(reqwest_default_client()?)
        .build()?;
    let err = gives_up(following.purchase(&sandbox::sample_request(TestCard::Approved)?))
        .await
        .expect_err("followed");
    assert!(matches!(err, Error::OutcomeUnknown { cause: UnknownCause::FollowedRedirect, .. }), "{err:?}");
    sandbox.shutdown().await;
    Ok(())
}

fn reqwest_default_client() -> Result<payment_client::reqwest::Client, Box<dyn std::error::Error>> {
    Ok(payment_client::http_client_builder().build()?)
}

#[tokio::test]
async fn bodies_over_the_cap_are_rejected() -> TestResult {
    // Announced by Content-Length.
    let big = 2 * 1024 * 1024;
    let response = format!(
        "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: {big}\r\nConnection: close\r\n\r\n"
    );
    let mut bytes = response.into_bytes();
    bytes.extend(std::iter::repeat_n(b' ', big));
    let (addr, count) = canned_server(bytes).await?;
    let client = Client::builder().api_key("k").base_url(format!("http://{addr}")).build()?;
    let err = gives_up(client.purchase(&sandbox::sample_request(TestCard::Approved)?))
        .await
        .expect_err("too large");
    assert!(
        matches!(
            err,
            Error::InvalidResponse { kind: InvalidResponseKind::TooLarge { limit: 1_048_576 }, .. }
        ),
        "{err:?}"
    );
    assert!(err.is_outcome_unknown());
    assert_eq!(count.load(Ordering::SeqCst), 1);

    // Not announced (chunked): the reading stops at the cap.
    let mut chunked =
        b"HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".to_vec();
    for _ in 0..64 {
        chunked.extend_from_slice(b"400\r\n");
        chunked.extend(std::iter::repeat_n(b'x', 1024));
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let (addr, _) = canned_server(chunked).await?;
    let client = Client::builder()
        .api_key("k")
        .base_url(format!("http://{addr}"))
        .max_response_bytes(16 * 1024)
        .build()?;
    let err = gives_up(client.purchase(&sandbox::sample_request(TestCard::Approved)?))
        .await
        .expect_err("too large");
    assert!(
        matches!(err, Error::InvalidResponse { kind: InvalidResponseKind::TooLarge { limit: 16_384 }, .. }),
        "{err:?}"
    );

    // The sandbox's own answer (about 1.5 KiB) is over a 512-byte cap.
    let (sandbox, _) = sandbox_and_client().await?;
    let small = Client::builder()
        .api_key(sandbox.api_key())
        .base_url(sandbox.base_url())
        .max_response_bytes(512)
        .build()?;
    let err =
        gives_up(small.purchase(&sandbox::sample_request(TestCard::Approved)?)).await.expect_err("too large");
    assert!(
        matches!(err, Error::InvalidResponse { kind: InvalidResponseKind::TooLarge { .. }, .. }),
        "{err:?}"
    );
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn html_error_pages_become_a_short_redacted_snippet() -> TestResult {
    let html = format!(
        "<html><head><title>502 Bad Gateway</title></head><body>upstream said card {PAN} cvc \"cvc\": \"100\" {}</body></html>",
        "x".repeat(5000)
    );
    let response = format!(
        "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{html}",
        html.len()
    );
    let (addr, _) = canned_server(response.into_bytes()).await?;
    let client = Client::builder().api_key("k").base_url(format!("http://{addr}")).build()?;
    let err =
        gives_up(client.purchase(&sandbox::sample_request(TestCard::Approved)?)).await.expect_err("502");
    let Error::Http { status: 502, code: None, message: None, snippet: Some(snippet), .. } = &err else {
        panic!("expected Http 502 with a snippet, got {err:?}");
    };
    assert!(snippet.starts_with("<html><head><title>502 Bad Gateway"), "{snippet}");
    assert!(snippet.chars().count() <= 201, "{snippet}");
    for text in [err.to_string(), format!("{err:?}")] {
        assert!(!text.contains(PAN), "{text}");
    }
    Ok(())
}

#[tokio::test]
async fn debug_output_never_shows_the_key_or_the_card() -> TestResult {
    let (sandbox, client) = sandbox_and_client().await?;
    let _ = client.purchase(&sandbox::sample_request(TestCard::Approved)?).await?;
    let key = sandbox.api_key();
    let key = key.expose_secret().to_owned();
    let texts = [
        format!("{client:?}"),
        format!("{sandbox:?}"),
        format!("{:?}", sandbox.received()),
        format!("{:?}", Client::builder().api_key(key.as_str())),
        format!("{:?}", sandbox::sample_request(TestCard::Approved)?),
    ];
    for text in texts {
        assert!(!text.contains(&key), "{text}");
        assert!(!text.contains(PAN), "{text}");
    }
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn answers_that_cannot_be_read_map_to_their_variants() -> TestResult {
    let request = sandbox::sample_request(TestCard::Approved)?;

    // The connection closes after the request was read: the gateway may have acted.
    let (addr, count) = canned_server(Vec::new()).await?;
    let client =
        Client::builder().api_key("k").base_url(format!("http://{addr}")).retry_not_sent(3).build()?;
    let err = gives_up(client.purchase(&request)).await.expect_err("closed");
    assert!(matches!(err, Error::OutcomeUnknown { cause: UnknownCause::ConnectionLost, .. }), "{err:?}");
    assert_eq!(count.load(Ordering::SeqCst), 1, "never resent");

    // Content-Length larger than what is sent.
    let truncated = b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n{\"success\":true".to_vec();
    let (addr, count) = canned_server(truncated).await?;
    let client = Client::builder().api_key("k").base_url(format!("http://{addr}")).build()?;
    let err = gives_up(client.purchase(&request)).await.expect_err("truncated");
    assert!(
        matches!(err, Error::InvalidResponse { kind: InvalidResponseKind::Truncated, status: Some(201), .. }),
        "{err:?}"
    );
    assert!(err.is_outcome_unknown());
    assert_eq!(count.load(Ordering::SeqCst), 1);

    // 201 with a body that is not JSON, or not the expected JSON.
    for body in ["not json", r#"{"success": true}"#] {
        let response = format!(
            "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        let (addr, _) = canned_server(response.into_bytes()).await?;
        let client = Client::builder().api_key("k").base_url(format!("http://{addr}")).build()?;
        let err = gives_up(client.purchase(&request)).await.expect_err("malformed");
        assert!(
            matches!(
                err,
                Error::InvalidResponse { kind: InvalidResponseKind::Malformed(_), status: Some(201), .. }
            ),
            "{body}: {err:?}"
        );
    }
    Ok(())
}
