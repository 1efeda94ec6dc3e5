//! The blocking client (feature `blocking`): the same operations and guarantees, with no async code in
//! the caller. The sandbox serves from a thread of its own (`BlockingSandbox`): no runtime here either.
//!
//! ```text
//! cargo run -p payment-client --example blocking
//! ```

use std::error::Error as StdError;

use payment_client::model::PaymentOutcome;
use payment_client::sandbox::{self, BlockingSandbox, TestCard};
use payment_client::{Client, blocking};

fn main() -> Result<(), Box<dyn StdError>> {
    let sandbox = BlockingSandbox::start()?;
    let client = blocking::Client::new(
        Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?,
    )?;
    let PaymentOutcome::Completed(payment) =
        client.purchase(&sandbox::sample_request(TestCard::Approved)?)?
    else {
        return Err("no 3-D Secure for this card".into());
    };
    let status = client.status(&payment.transaction_id())?;
    let order = status.merchant_txn_ref().unwrap_or("-");
    println!("approved {}: status {}, order {order}", payment.transaction_id(), status.transaction_type);
    Ok(())
}
