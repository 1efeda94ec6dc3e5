//! The type-state markers are sealed: declaring a missing field "set" would let `build()` run without it.
use payment_core::Builder;
use payment_core::builder::Unset;

#[derive(Builder)]
pub struct Order {
    reference: String,
}

impl order_builder::reference_is_set for Unset {}

fn main() {
    let _ = Order::builder().build();
}
