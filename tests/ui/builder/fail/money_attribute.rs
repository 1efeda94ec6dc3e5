use payment_core::{Amount, Builder, Currency};

#[derive(Builder)]
#[payment(money(amount = total, currency = code))]
pub struct Price {
    amount: Amount,
    code: String,
}

#[derive(Builder)]
#[payment(money(amount = amount, currency = currency))]
pub struct Optional {
    amount: Option<Amount>,
    currency: Currency,
}

fn main() {}
