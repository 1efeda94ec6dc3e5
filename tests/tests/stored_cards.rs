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

mod against_the_sandbox {
    use payment_client::model::{PaymentOutcome, PaymentResponse, RefundRequest, TransactionType};
    use payment_client::sandbox::{self, Sandbox, TestCard};
    use payment_client::{Client, Error};
    use payment_core::model::DeclineReason;
    use payment_core::{amount, merchant_id};

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    const PAYMENT_PATH: &str = "/api/v1/server-to-server-interface/payment";

    async fn sandbox_and_client() -> Result<(Sandbox, Client), Box<dyn std::error::Error>> {
        let sandbox = Sandbox::start().await?;
        let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
        Ok((sandbox, client))
    }

    fn completed(outcome: PaymentOutcome) -> Result<Box<PaymentResponse>, String> {
        match outcome {
            PaymentOutcome::Completed(payment) => Ok(payment),
            PaymentOutcome::ThreeDsRedirect(r) => Err(format!("unexpected redirect to {}", r.redirect_url)),
        }
    }

    #[tokio::test]
    async fn tokenise_then_pay_with_the_token_sending_no_card() -> TestResult {
        let (sandbox, client) = sandbox_and_client().await?;
        let card = sandbox::sample_card(TestCard::Approved)?;
        let first =
            completed(client.stored_card_payment(&sandbox::sample_stored_card_request(card)?).await?)?;
        assert_eq!(first.transaction_type, TransactionType::Capture);
        let token = first.stored_card_token().ok_or("the answer carries the token")?.clone();

        let second = completed(
            client.stored_card_payment(&sandbox::sample_stored_card_request(token.clone())?).await?,
        )?;
        assert!(second.response_code().is_approved());
        assert_ne!(second.transaction_id(), first.transaction_id());
        // Charged as the card it stands for: the echo names the stored card.
        assert_eq!(second.payment_details.card.as_ref().and_then(|c| c.number.last4()), Some("1005"));

        let received = sandbox.received();
        assert_eq!(received.len(), 2);
        assert!(received.iter().all(|r| r.method == "POST" && r.path == PAYMENT_PATH));
        assert!(received[0].body.get("card").is_some());
        assert!(received[1].body.get("card").is_none(), "a stored-card payment sends no card");
        assert_eq!(received[1].body["payment_method"]["stored_payment_method_id"], token.expose_secret());

        // The status call and a refund work on the stored-card sale like on any payment.
        assert!(client.status(&second.transaction_id()).await?.response_code().is_approved());
        let refund = RefundRequest::builder()
            .transaction_id(second.transaction_id())
            .amount(amount!(400))
            .merchant_id(merchant_id!("< Merchant ID >"))
            .build();
        assert_eq!(client.refund(&refund).await?.transaction_type, TransactionType::Refund);
        sandbox.shutdown().await;
        Ok(())
    }

    #[tokio::test]
    async fn an_unknown_token_is_a_decline_that_does_not_show_the_token() -> TestResult {
        let (sandbox, client) = sandbox_and_client().await?;
        let token = super::token();
        let err = client.stored_card_payment(&sandbox::sample_stored_card_request(token)?).await.unwrap_err();
        let Error::Declined(declined) = &err else { panic!("expected a decline, got {err:?}") };
        assert_eq!(declined.reason(), Some(DeclineReason::InvalidCard));
        for shown in [err.to_string(), format!("{err:?}")] {
            assert!(!shown.contains(super::TOKEN), "{shown}");
        }
        sandbox.shutdown().await;
        Ok(())
    }

    #[tokio::test]
    async fn a_declined_card_is_not_stored() -> TestResult {
        let (sandbox, client) = sandbox_and_client().await?;
        let card = sandbox::sample_card(TestCard::InsufficientFunds)?;
        let err = client.stored_card_payment(&sandbox::sample_stored_card_request(card)?).await.unwrap_err();
        let Error::Declined(declined) = &err else { panic!("expected a decline, got {err:?}") };
        assert_eq!(declined.reason(), Some(DeclineReason::InsufficientFunds));
        assert_eq!(declined.response().stored_card_token(), None);
        sandbox.shutdown().await;
        Ok(())
    }

    #[tokio::test]
    async fn a_stored_three_d_secure_card_still_redirects() -> TestResult {
        let (sandbox, client) = sandbox_and_client().await?;
        // A 3-D Secure card redirects when it is first paid, so it is never stored: its payment is the
        // redirect, whatever the source.
        let card = sandbox::sample_card(TestCard::ThreeDSecure)?;
        let outcome = client.stored_card_payment(&sandbox::sample_stored_card_request(card)?).await?;
        assert!(matches!(outcome, PaymentOutcome::ThreeDsRedirect(_)), "{outcome:?}");
        sandbox.shutdown().await;
        Ok(())
    }
}
