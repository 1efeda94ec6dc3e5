//! The `purchase` example runs in CI: its code is compiled into this test and run against the sandbox,
//! and the example binary that `cargo test` built is run as a user would run it.

use std::path::PathBuf;
use std::process::Command;

use payment_client::model::PaymentOutcome;
use payment_client::sandbox::Sandbox;

#[path = "../examples/purchase.rs"]
#[allow(dead_code)]
mod purchase;

const PAN: &str = "5200000000001005";

#[tokio::test]
async fn the_example_purchase_is_approved_by_the_sandbox() -> Result<(), Box<dyn std::error::Error>> {
    let (outcome, to) = purchase::run(purchase::Target::Sandbox).await?;
    assert!(to.starts_with("http://127.0.0.1:"), "{to}");
    let PaymentOutcome::Completed(payment) = outcome else { panic!("expected an approved payment") };
    let text = purchase::describe(&payment);
    assert!(text.contains("520000******1005"), "{text}");
    assert!(text.contains("INFO0000 Payment Successful."), "{text}");
    assert!(text.contains(&payment.transaction_id().to_string()), "{text}");
    assert!(!text.contains(PAN), "{text}");
    Ok(())
}

#[test]
fn the_seed_request_uses_a_future_expiry_and_the_seed_values() -> Result<(), Box<dyn std::error::Error>> {
    let request = purchase::seed_request(&payment_core::merchant_id!("< Merchant ID >"), "qwe")?;
    let json: serde_json::Value = serde_json::to_value(&request)?;
    let mut seed: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/fixtures/paymentv2-request.json"))?;
    seed["card"]["expiry_year"] = "30".into();
    assert_eq!(json, seed);
    Ok(())
}

/// The example binary cargo built next to this test (`target/<profile>/examples/purchase`). `cargo test`
/// builds a package's examples with its tests; run alone (`--test example`) it may not have, and then the
/// tests fail saying so rather than pass without running.
fn example_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).expect("target/<profile>/deps");
    let bin = profile_dir.join("examples").join(format!("purchase{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.is_file(),
        "the example binary {} was not built: run `cargo test -p payment-client` (which builds the examples), \
         or `cargo build -p payment-client --example purchase` first",
        bin.display()
    );
    bin
}

#[test]
fn the_example_binary_exits_zero_against_the_embedded_sandbox() {
    let out = Command::new(example_binary())
        .env_remove("PAYMENT_BASE_URL")
        .env_remove("PAYMENT_API_KEY")
        .env_remove("PAYMENT_MERCHANT_ID")
        .output()
        .expect("the example runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}\nstdout: {stdout}\nstderr: {stderr}", out.status);
    assert!(stdout.contains("payment approved"), "{stdout}");
    assert!(stdout.contains("520000******1005"), "{stdout}");
    assert!(!stdout.contains(PAN) && !stderr.contains(PAN));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_binary_talks_to_the_server_named_by_the_environment() {
    let bin = example_binary();
    let sandbox = Sandbox::builder().api_key("env-key").start().await.expect("sandbox");
    let run = |key: &'static str| {
        let bin = bin.clone();
        let base = sandbox.base_url().to_owned();
        tokio::task::spawn_blocking(move || {
            Command::new(bin)
                .env("PAYMENT_BASE_URL", base)
                .env("PAYMENT_API_KEY", key)
                .env("PAYMENT_MERCHANT_ID", "env-merchant")
                .output()
                .expect("the example runs")
        })
    };

    let ok = run("env-key").await.expect("joined");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let received = sandbox.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].body["merchant_id"], "env-merchant");

    let denied = run("wrong-key").await.expect("joined");
    assert!(!denied.status.success());
    let stderr = String::from_utf8_lossy(&denied.stderr);
    assert!(stderr.contains("HTTP 401"), "{stderr}");
    assert!(!stderr.contains("wrong-key"), "{stderr}");
    sandbox.shutdown().await;
}
