//! `#[payment(money(..))]` on a user's struct: `.money(..)` sets the amount and its currency together.
use payment_core::{Amount, Builder, Currency, Money, currency, money};

#[derive(Builder, Debug)]
#[payment(money(amount = total, currency = currency))]
pub struct Invoice {
    total: Amount,
    currency: Currency,
    #[payment(text)]
    note: Option<String>,
}

fn main() {
    let invoice = Invoice::builder().money(money!(12.50 USD)).build();
    assert_eq!((invoice.total().minor_units(), *invoice.currency()), (1250, Currency::USD));
    assert_eq!(serde_json::to_string(&invoice).unwrap(), r#"{"total":"1250","currency":"USD"}"#);
    let from_order = Money::from_major("1.234", currency!("BHD")).unwrap();
    let invoice = Invoice::builder().money(from_order).note("thanks").unwrap().build();
    assert_eq!(invoice.total().minor_units(), 1234);
}
