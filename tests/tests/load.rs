//! Load: 1,000 purchases, 64 in flight, through clones of one `Client` against the sandbox. All are
//! approved, and none is lost or sent twice: the sandbox recorded exactly 1,000 POSTs carrying 1,000
//! distinct `merchant_txn_ref`s, and the answers carry 1,000 distinct transaction ids.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use payment_client::Client;
use payment_client::model::PaymentOutcome;
use payment_client::sandbox::{self, Sandbox, TestCard};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

const PURCHASES: usize = 1_000;
const IN_FLIGHT: usize = 64;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_purchases_64_in_flight_none_lost_none_duplicated()
-> Result<(), Box<dyn std::error::Error>> {
    let sandbox = Sandbox::start().await?;
    let client = Client::builder()
        .api_key(sandbox.api_key())
        .base_url(sandbox.base_url())
        .timeout(Duration::from_secs(30))
        .build()?;

    // At most IN_FLIGHT at once, by the harness's own semaphore (so nothing about it is asserted: only
    // what the client and the sandbox did is).
    let permits = Arc::new(Semaphore::new(IN_FLIGHT));
    let mut tasks = JoinSet::new();
    let started = Instant::now();
    for i in 0..PURCHASES {
        let permit = Arc::clone(&permits).acquire_owned().await?;
        let client = client.clone();
        let txn_ref = format!("load-{i:04}");
        tasks.spawn(async move {
            let _permit = permit;
            let request = sandbox::sample_request_with(TestCard::Approved.number(), &txn_ref)
                .map_err(|e| format!("{txn_ref}: {e}"))?;
            match client.purchase(&request).await {
                Ok(PaymentOutcome::Completed(payment)) => Ok((txn_ref, payment)),
                Ok(PaymentOutcome::ThreeDsRedirect(_)) => Err(format!("{txn_ref}: unexpected 3-D Secure")),
                Err(e) => Err(format!("{txn_ref}: {e}")),
            }
        });
    }

    let mut transaction_ids = HashSet::new();
    let mut echoed_refs = HashSet::new();
    while let Some(joined) = tasks.join_next().await {
        let (txn_ref, payment) = joined??;
        assert!(payment.success && payment.response_code().is_approved(), "{txn_ref} not approved");
        assert_eq!(payment.transaction_details.merchant_txn_ref.as_deref(), Some(txn_ref.as_str()));
        assert!(transaction_ids.insert(payment.transaction_id()), "{txn_ref}: transaction id seen twice");
        echoed_refs.insert(txn_ref);
    }
    let elapsed = started.elapsed();
    assert_eq!(transaction_ids.len(), PURCHASES, "every answer carries its own transaction id");

    let received = sandbox.received();
    assert_eq!(received.len(), PURCHASES, "the sandbox received {} requests", received.len());
    let mut sent_refs = HashSet::new();
    for request in &received {
        assert_eq!(request.method, "POST");
        assert_eq!(request.path, "/api/v1/server-to-server-interface/paymentv2");
        let txn_ref =
            request.body["merchant_txn_ref"].as_str().ok_or("a request without merchant_txn_ref")?;
        assert!(sent_refs.insert(txn_ref.to_owned()), "{txn_ref} was received twice");
    }
    assert_eq!(sent_refs, echoed_refs, "what was received is what was answered");
    assert_eq!(sandbox.transaction_count(), PURCHASES);
    sandbox.shutdown().await;
    eprintln!("{PURCHASES} purchases, at most {IN_FLIGHT} in flight: {elapsed:?}");
    Ok(())
}
