// `.number(text.parse()?)` in checked mode: a setter of a value type is generic over its input (it takes
// the text itself in `.collect_errors()` mode), so rustc cannot infer what `parse` should make. The
// note says to name the type; `.parse::<CardNumber>()?` compiles (the second function).
use payment_core::model::Card;
use payment_core::{CardNumber, cvc, expiry};

fn inferred(number: &str) -> Result<Card, Box<dyn std::error::Error>> {
    Ok(Card::builder().number(number.parse()?).cvc(cvc!("100")).expiry(expiry!("12/30")).name("Jane")?.build())
}

fn named(number: &str) -> Result<Card, Box<dyn std::error::Error>> {
    Ok(Card::builder()
        .number(number.parse::<CardNumber>()?)
        .cvc(cvc!("100"))
        .expiry(expiry!("12/30"))
        .name("Jane")?
        .build())
}

fn main() {
    let _ = (inferred("5200000000001005"), named("5200000000001005"));
}
