use payment_core::Builder;

#[derive(Builder)]
pub struct Card {
    number: String,
    cvc: String,
    name: String,
}

#[derive(Builder)]
pub struct Payment {
    amount: u64,
    #[payment(nested)]
    card: Card,
}

fn main() {
    let _payment = Payment::builder().amount(10u64).card(|c| c.name("Jane")).build();
}
