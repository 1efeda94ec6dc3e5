//! The blocking client (feature `blocking`) against the sandbox and a fault server: the same operations,
//! errors and guarantees as the async client it drives. The sandbox scenarios are the async client's
//! own (`support/scenarios.rs`), run through the blocking API.

#[path = "support/fault_server.rs"]
mod fault_server;
#[path = "support/scenarios.rs"]
mod scenarios;

use std::time::Duration;

use fault_server::{Fault, FaultServer};
use payment_client::sandbox::{self, Sandbox, TestCard};
use payment_client::{Client, Error, UnknownCause, blocking};

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

/// The scenarios shared with the async client's tests (`support/scenarios.rs`), each on a fresh sandbox.
macro_rules! blocking_scenarios {
    ($($name:ident),*) => {$(
        #[test]
        fn $name() -> TestResult {
            let (runtime, sandbox, client) = sandbox_and_client()?;
            scenarios::run_blocking(scenarios::$name(&client, &sandbox))?;
            runtime.block_on(sandbox.shutdown());
            Ok(())
        }
    )*};
}
scenarios::for_each!(blocking_scenarios);

/// Runs `call` on a thread of its own: a call that has not given up after 15 s (a client resending
/// forever) fails the test instead of hanging it.
fn gives_up<T: Send + 'static>(call: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(call());
    });
    rx.recv_timeout(Duration::from_secs(15)).expect("the call must give up on its own")
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
    let client = std::sync::Arc::new(client);
    let request = sandbox::sample_request(TestCard::Approved)?;
    let err = gives_up({
        let client = std::sync::Arc::clone(&client);
        move || client.purchase(&request)
    })
    .expect_err("no answer");
    assert!(matches!(err, Error::OutcomeUnknown { cause: UnknownCause::Timeout, .. }), "{err:?}");
    assert_eq!(server.posts(), 1, "a payment whose bytes may have left is never resent");
    assert!(!format!("{err} {err:?} {client:?}").contains("sk_blocking_test_key"));
    Ok(())
}
