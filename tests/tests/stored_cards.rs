//! Stored cards on the wire: the two published v1 `payment` requests, built and read, and every way a
//! request can get the payment source wrong, read from untrusted JSON.

use payment_core::model::{Card, PaymentSource, StoredCardRequest, StoredCardToken};
use payment_core::{
    card_number, country, cvc, email, expiry, ip, merchant_id, money, phone, url, webhook_url,
};
use payment_tests::fixtures::{STORED_CARD_REQUEST, TOKENIZE_REQUEST};
use serde_json::{Value, json};

const TOKEN: &str = "094db781-fabc-4c6d-8fcd-18bee06a527a";

fn json(s: &str) -> Value {
    serde_json::from_str(s).expect("fixture is JSON")
}

/// The fixtures' request, value for value, with the given source.
fn request(source: impl Into<PaymentSource>) -> Result<StoredCardRequest, Box<dyn std::error::Error>> {
    Ok(StoredCardRequest::builder()
        .money(money!(1000 JPY))
        .payment_source(source)
        .merchant_txn_ref("qwe")?
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .return_url(|r| {
            r.webhook_url(webhook_url!("https://www.webhookurl.com/"))
                .success_url(url!("http://www.successurl.com/"))
                .decline_url(url!("http://www.declineurl.com/"))
        })
        .billing_address(|a| {
            a.country(country!("JP"))
                .email(email!("billing@testemail.com"))
                .phone_number(phone!("8112345678"))
                .address1("1-2-3 Shinjuku")?
                .city("Shinjuku-ku")?
                .state("Tokyo")?
                .postal_code("1600022")
        })?
        .shipping_address(|a| {
            a.country(country!("JP"))
                .email(email!("shipping@testemail.com"))
                .phone_number(phone!("8112345678"))
                .address1("1-2-3 Shinjuku")?
                .city("Shinjuku-ku")?
                .state("Tokyo")?
                .postal_code("1600022")
        })?
        .time_zone("Asia/Kuala_Lumpur")?
        .build())
}

fn card() -> Card {
    Card::builder()
        .number(card_number!("4000000000001091"))
        .cvc(cvc!("100"))
        .expiry(expiry!("12/24"))
        .name("John Doe")
        .expect("a valid name")
        .build()
}

fn token() -> StoredCardToken {
    TOKEN.parse().expect("the fixture's token is a UUID")
}

#[test]
fn tokenise_request_matches_the_fixture_both_ways() {
    let built = request(card()).unwrap();
    assert_eq!(serde_json::to_value(&built).unwrap(), json(TOKENIZE_REQUEST));
    let read = StoredCardRequest::from_json(TOKENIZE_REQUEST).expect("the fixture is valid");
    assert_eq!(read, built);
    assert!(matches!(read.payment_source(), PaymentSource::StoreCard(c) if c.number().last4() == "1091"));
}

#[test]
fn stored_card_request_matches_the_fixture_both_ways() {
    let built = request(token()).unwrap();
    let written = serde_json::to_string(&built).unwrap();
    assert_eq!(serde_json::from_str::<Value>(&written).unwrap(), json(STORED_CARD_REQUEST));
    // Key order as published: amount, currency, payment_method, merchant_txn_ref, ...
    let at = |key: &str| written.find(&format!("\"{key}\":")).expect(key);
    assert!(at("amount") < at("currency"));
    assert!(at("currency") < at("payment_method"));
    assert!(at("payment_method") < at("merchant_txn_ref"));
    let read = StoredCardRequest::from_json(STORED_CARD_REQUEST).expect("the fixture is valid");
    assert_eq!(read, built);
    assert_eq!(read.payment_source(), &PaymentSource::StoredCard(token()));
}

#[test]
fn debug_shows_neither_the_token_nor_the_card() {
    let shown = format!("{:?} {:?}", request(token()).unwrap(), request(card()).unwrap());
    assert!(!shown.contains(TOKEN) && !shown.contains("527a"), "{shown}");
    assert!(!shown.contains("4000000000001091"), "{shown}");
    assert!(shown.contains("StoredCardToken(***)"), "{shown}");
}

/// `from_json` of the stored-card fixture after `edit`: the paths of every error, in order.
fn refused(edit: impl FnOnce(&mut Value)) -> Vec<(String, &'static str)> {
    let mut v = json(STORED_CARD_REQUEST);
    edit(&mut v);
    let report = StoredCardRequest::from_json(&v.to_string()).expect_err("the edit makes it invalid");
    report.errors().iter().map(|e| (e.path().to_owned(), e.code())).collect()
}

#[test]
fn a_card_and_a_token_together_are_refused_at_card() {
    let card = json(TOKENIZE_REQUEST)["card"].clone();
    assert_eq!(refused(|v| v["card"] = card), [("card".to_owned(), "payment_source")]);
}

#[test]
fn neither_a_card_nor_a_token_is_refused_at_card() {
    let errors = refused(|v| {
        v["payment_method"].as_object_mut().unwrap().remove("stored_payment_method_id");
    });
    assert_eq!(errors, [("card".to_owned(), "payment_source")]);
}

#[test]
fn payment_method_is_required_and_checked_key_by_key() {
    let errors = refused(|v| {
        v.as_object_mut().unwrap().remove("payment_method");
    });
    assert_eq!(errors, [("payment_method".to_owned(), "missing")]);

    let mut errors = refused(|v| {
        v["payment_method"] =
            json!({ "type": "paypal", "store_payment_method": false, "stored_payment_method_id": "x-1" });
    });
    errors.sort();
    assert_eq!(
        errors,
        [
            ("payment_method.store_payment_method".to_owned(), "store_payment_method"),
            ("payment_method.stored_payment_method_id".to_owned(), "uuid"),
            ("payment_method.type".to_owned(), "scheme"),
        ]
    );
}

#[test]
fn a_stored_card_request_reports_its_card_errors_with_the_source_error() {
    let mut card = json(TOKENIZE_REQUEST)["card"].clone();
    card["number"] = json!("4000000000001092");
    let errors = refused(|v| v["card"] = card);
    assert!(errors.contains(&("card.number".to_owned(), "card.luhn")), "{errors:?}");
}
