//! The `tracing` feature: one span per request with the operation, `merchant_txn_ref`, status and latency,
//! and never the card data or the key, even at TRACE level.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use payment_client::Client;
use payment_client::sandbox::{self, Sandbox, TestCard};
use tracing_subscriber::fmt::MakeWriter;

/// Collects everything the subscriber writes.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Capture {
    type Writer = Capture;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test(flavor = "current_thread")]
async fn spans_carry_the_operation_and_status_but_no_secret() -> Result<(), Box<dyn std::error::Error>> {
    let capture = Capture::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(capture.clone())
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let sandbox =
        Sandbox::builder().api_key("sk_trace_secret_key").slow_delay(Duration::from_secs(2)).start().await?;
    let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    client.purchase(&sandbox::sample_request_with(TestCard::Approved.number(), "order-trace-1")?).await?;
    let _ = client.purchase(&sandbox::sample_request(TestCard::InsufficientFunds)?).await;
    let _ = client.purchase(&sandbox::sample_request(TestCard::ServerError)?).await;
    let short = Client::builder()
        .api_key(sandbox.api_key())
        .base_url(sandbox.base_url())
        .timeout(Duration::from_millis(200))
        .build()?;
    // The time-out ends the call: a client that kept resending would fail here instead of hanging.
    let slow = sandbox::sample_request(TestCard::Slow)?;
    let call = tokio::time::timeout(Duration::from_secs(15), short.purchase(&slow));
    let _ = call.await.expect("the call must give up on its own");
    sandbox.shutdown().await;

    let out = String::from_utf8(capture.0.lock().map_err(|e| e.to_string())?.clone())?;
    assert!(out.contains("payment_client.request"), "{out}");
    assert!(out.contains("operation=\"paymentv2\""), "{out}");
    assert!(out.contains("merchant_txn_ref=\"order-trace-1\""), "{out}");
    assert!(out.contains("http.status=201"), "{out}");
    assert!(out.contains("http.status=500"), "{out}");
    assert!(out.contains("latency_ms="), "{out}");
    assert!(out.contains("outcome=\"outcome_unknown\""), "{out}");
    for card in TestCard::ALL {
        assert!(!out.contains(card.as_str()), "card {card} in the trace:\n{out}");
    }
    assert!(!out.contains("sk_trace_secret_key"), "the key in the trace:\n{out}");
    Ok(())
}
