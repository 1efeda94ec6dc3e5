//! The blocking client (feature `blocking`): the same operations and guarantees, with no async code in
//! the caller. The sandbox itself is async, so it runs on a runtime of its own here.
//!
//! ```text
//! cargo run -p payment-client --example blocking
//! ```

use std::error::Error as StdError;

use payment_client::model::PaymentOutcome;
use payment_client::sandbox::{self, Sandbox, TestCard};
use payment_client::{Client, blocking};

fn main() -> Result<(), Box<dyn StdError>> {
    let runtime = tokio::runtime::Runtime::new()?;
    let sandbox = runtime.block_on(Sandbox::start())?;

    let client = blocking::Client::new(
        Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?,
    )?;
    let PaymentOutcome::Completed(payment) =
        client.purchase(&sandbox::sample_request(TestCard::Approved)?)?
    else {
        return Err("no 3-D Secure for this card".into());
    };
    let status = client.status(&payment.transaction_id())?;
    println!("approved {}: status says {:?}", payment.transaction_id(), status.response_code().outcome());
    runtime.block_on(sandbox.shutdown());
    Ok(())
}
