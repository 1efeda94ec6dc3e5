//! Stored cards: pay once with the card and keep the token the gateway returns, then pay again with the
//! token alone, against the offline sandbox.
//!
//! ```text
//! cargo run -p payment-client --example stored_card
//! ```

use std::error::Error as StdError;

use payment_client::Client;
use payment_client::model::{Card, PaymentOutcome, PaymentSource, StoredCardRequest};
use payment_client::sandbox::Sandbox;
use payment_core::wire::FieldError;
use payment_core::{card_number, country, cvc, email, expiry, ip, merchant_id, money, url};

/// The shop's order as a stored-card request: `source` is a `Card` (charge and store it) or a
/// `StoredCardToken` (charge the stored card). Exactly one, checked when this compiles.
fn order(source: impl Into<PaymentSource>, reference: &str) -> Result<StoredCardRequest, FieldError> {
    let request = StoredCardRequest::builder()
        .money(money!(10.00 USD))
        .payment_source(source)
        .merchant_txn_ref(reference)?
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .return_url(|r| {
            r.success_url(url!("https://shop.example/paid"))
                .decline_url(url!("https://shop.example/declined"))
        })
        .billing_address(|a| {
            a.country(country!("JP"))
                .email(email!("billing@testemail.com"))
                .address1("1-2-3 Shinjuku")?
                .city("Shinjuku-ku")?
                .postal_code("1600022")
        })?
        .build();
    Ok(request)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn StdError>> {
    let sandbox = Sandbox::start().await?;
    let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    let card: Card = Card::builder()
        .number(card_number!("4000000000001091"))
        .cvc(cvc!("100"))
        .expiry(expiry!("12/30"))
        .name("John Doe")?
        .build();

    // First payment: the card is charged and stored; the answer carries its token.
    let PaymentOutcome::Completed(paid) = client.stored_card_payment(&order(card, "order-1")?).await? else {
        return Err("no 3-D Secure for this card".into());
    };
    let token = paid.stored_card_token().ok_or("the card was stored")?.clone();
    // Keep `token.expose_secret()` with the customer, protected like card data.

    // Later payments: the token alone, no card data.
    let PaymentOutcome::Completed(again) = client.stored_card_payment(&order(token, "order-2")?).await?
    else {
        return Err("a stored card is charged directly".into());
    };
    println!("stored the card in {}, charged it again in {}", paid.transaction_id(), again.transaction_id());
    sandbox.shutdown().await;
    Ok(())
}
