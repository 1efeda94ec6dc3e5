use payment_core::model::PaymentRequest;
use payment_core::{amount, money};

fn main() {
    let _ = PaymentRequest::builder().amount(amount!(1250)).money(money!(12.50 USD));
}
