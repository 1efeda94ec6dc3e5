use payment_core::Builder;

/// A card.
#[derive(Builder, Debug, PartialEq)]
#[payment(rename_all = "camelCase")]
pub struct Card {
    /// The card number.
    card_number: String,
    /// The holder.
    #[payment(length(min = 1, max = 45))]
    holder_name: String,
    nickname: Option<String>,
    #[payment(string)]
    attempts: u32,
}

fn main() {
    let card = Card::builder()
        .card_number("4111111111111111")
        .holder_name("Jane")
        .unwrap()
        .nickname("work")
        .attempts(3u32)
        .build();
    assert_eq!(card.holder_name(), "Jane");
    let json = serde_json::to_string(&card).unwrap();
    assert_eq!(
        json,
        r#"{"cardNumber":"4111111111111111","holderName":"Jane","nickname":"work","attempts":"3"}"#
    );
    assert_eq!(Card::from_json(&json).unwrap(), card);
}
