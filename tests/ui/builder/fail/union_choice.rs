// A union's builder chooses one variant at compile time: a second choice, no choice, a missing field
// inside the chosen variant, and a variant that does not exist are each a compile error.
use payment_core::Builder;

#[derive(Builder)]
pub struct IdealDetails {
    issuer: String,
}

#[derive(Builder)]
pub struct SchemeDetails {
    number: String,
    cvc: String,
}

#[derive(Builder)]
#[payment(tag = "type", rename_all = "lowercase")]
pub enum PaymentMethod {
    Scheme(SchemeDetails),
    Ideal(IdealDetails),
    PayPal,
}

#[derive(Builder)]
pub struct Payment {
    #[payment(nested)]
    payment_method: PaymentMethod,
}

fn main() {
    // Two variants.
    let _ = PaymentMethod::builder().pay_pal().ideal(|i| i.issuer("ING"));
    // No variant.
    let _ = PaymentMethod::builder().build();
    let _ = Payment::builder().payment_method(|m| m).build();
    // A missing field inside the chosen variant.
    let _ = Payment::builder().payment_method(|m| m.scheme(|s| s.number("4111"))).build();
    // A variant that does not exist.
    let _ = PaymentMethod::builder().sheme(|s| s);
}
