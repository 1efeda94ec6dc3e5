use payment_core::Builder;

#[derive(Builder, Debug, PartialEq)]
pub struct Card {
    number: String,
    #[payment(length(min = 1, max = 45))]
    name: String,
}

#[derive(Builder, Debug, PartialEq)]
pub struct Payment {
    amount: u64,
    #[payment(nested)]
    card: Card,
    #[payment(nested)]
    backup: Option<Card>,
}

fn main() -> Result<(), payment_core::wire::FieldError> {
    // A closure returning `Result` (validating setters with `?`) makes the outer setter return one.
    let p = Payment::builder()
        .amount(10u64)
        .card(|c| Ok(c.number("4111").name("Jane")?))?
        .build();
    assert_eq!(p.card().name(), "Jane");

    // A ready value, and an optional nested field set with a closure.
    let card = Card::builder().number("5200").name("Joe")?.build();
    let q = Payment::builder()
        .card_value(card)
        .backup(|c| Ok(c.name("Ann")?.number("1")))?
        .amount(1u64)
        .build();
    assert_eq!(q.backup().map(|c| c.number().as_str()), Some("1"));

    let e = Payment::builder().card(|c| Ok(c.number("1").name("")?)).unwrap_err();
    assert_eq!(e.path(), "card.name");
    Ok(())
}
