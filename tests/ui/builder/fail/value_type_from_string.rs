use payment_core::model::PaymentRequest;

fn main() {
    let currency_code = String::from("USD");
    let _ = PaymentRequest::builder().currency(currency_code);
    let _ = PaymentRequest::builder().currency("USD");
    let _ = PaymentRequest::builder().amount(1250);
}
