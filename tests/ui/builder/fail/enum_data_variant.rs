use payment_core::Builder;

// Without serde's `tag` or `untagged`, an enum is a string enum, whose variants are unit variants; one
// with data is refused, each such variant named.
#[derive(Builder)]
pub enum PaymentMethod {
    Paypal,
    Scheme { number: String },
    Ideal(String),
}

fn main() {}
