use payment_core::Builder;

#[derive(Builder)]
pub struct Card {
    number: String,
    cvc: String,
    name: String,
    nickname: Option<String>,
}

fn main() {
    let _card = Card::builder().nickname("work").build();
}
