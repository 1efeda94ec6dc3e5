use payment_core::Builder;

// A string enum's variants are unit variants; a union of variants with data (serde's `tag`, `untagged`)
// is refused, each such variant named.
#[derive(Builder)]
pub enum PaymentMethod {
    Paypal,
    Scheme { number: String },
    Ideal(String),
}

fn main() {}
