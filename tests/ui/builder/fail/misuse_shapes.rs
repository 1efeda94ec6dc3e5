use payment_core::Builder;

#[derive(Builder)]
pub enum Method {
    Card(String),
    Wallet,
}

#[derive(Builder)]
pub struct Pair(String, u32);

#[derive(Builder)]
pub struct Nothing;

#[derive(Builder)]
pub union Bits {
    a: u32,
    b: f32,
}

fn main() {}
