// A field whose type implements serde's `Deserialize` but not `Collect`: the message names
// `#[payment(serde)]` as the way out.
use payment_core::Builder;

#[derive(Builder)]
pub struct Event {
    payload: serde_json::Value,
}

fn main() {}
