use payment_core::model::{Card, PaymentRequest};

fn pay(card: Card) {
    let _ = PaymentRequest::builder().card(card);
}

fn main() {}
