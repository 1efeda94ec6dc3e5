use payment_core::Builder;

#[derive(Builder)]
pub struct Card {
    number: String,
    name: String,
}

fn main() {
    let _card = Card::builder().number("4111").name("Jane").number("5200").build();
}
