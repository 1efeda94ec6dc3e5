//! `PaymentResponse::merchant_txn_ref()`, one test per response shape: the gateway's published answers
//! (purchase and capture carry the reference in both places, status in `merchant_details` only) and the
//! sandbox's 3-D Secure completion and stored-card answers.

use payment_client::Client;
use payment_client::model::{PaymentOutcome, PaymentResponse};
use payment_client::sandbox::{self, Sandbox, TestCard};
use payment_tests::fixtures;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn read(json: &str) -> Result<PaymentResponse, serde_json::Error> {
    serde_json::from_str(json)
}

#[test]
fn the_purchase_answer() -> TestResult {
    let purchase = read(fixtures::PAYMENT_RESPONSE_201)?;
    assert_eq!(purchase.merchant_txn_ref(), Some("qwe"));
    Ok(())
}

#[test]
fn the_status_answer_carries_it_in_merchant_details_only() -> TestResult {
    let status = read(fixtures::STATUS_RESPONSE_200)?;
    assert_eq!(status.transaction_details.merchant_txn_ref, None);
    assert_eq!(status.merchant_txn_ref(), Some("qwe"));
    Ok(())
}

#[test]
fn the_capture_answer() -> TestResult {
    assert_eq!(read(fixtures::CAPTURE_RESPONSE_201)?.merchant_txn_ref(), Some("qwe"));
    Ok(())
}

#[test]
fn either_place_alone_is_found() -> TestResult {
    let mut only_transaction: serde_json::Value = serde_json::from_str(fixtures::PAYMENT_RESPONSE_201)?;
    only_transaction["merchant_details"]["merchant_txn_ref"] = serde_json::Value::Null;
    only_transaction["transaction_details"]["merchant_txn_ref"] = "order-7".into();
    assert_eq!(
        serde_json::from_value::<PaymentResponse>(only_transaction)?.merchant_txn_ref(),
        Some("order-7")
    );
    Ok(())
}

async fn client_of(sandbox: &Sandbox) -> Result<Client, Box<dyn std::error::Error>> {
    Ok(Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?)
}

#[tokio::test]
async fn the_3ds_completion_and_its_status() -> TestResult {
    let sandbox = Sandbox::start().await?;
    let client = client_of(&sandbox).await?;
    let request = sandbox::sample_request_with(TestCard::ThreeDSecure.number(), "order-3ds")?;
    let PaymentOutcome::ThreeDsRedirect(redirect) = client.purchase(&request).await? else {
        return Err("a redirect".into());
    };
    let paid = sandbox.approve_3ds(&redirect).await?;
    assert_eq!(paid.merchant_txn_ref(), Some("order-3ds"));
    assert_eq!(client.status(&paid.transaction_id()).await?.merchant_txn_ref(), Some("order-3ds"));
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn the_stored_card_answer() -> TestResult {
    let sandbox = Sandbox::start().await?;
    let client = client_of(&sandbox).await?;
    let request = sandbox::sample_stored_card_request(sandbox::sample_card(TestCard::Approved)?)?;
    let PaymentOutcome::Completed(stored) = client.stored_card_payment(&request).await? else {
        return Err("a completed payment".into());
    };
    assert_eq!(stored.merchant_txn_ref(), Some("qwe"));
    let token = stored.stored_card_token().ok_or("a token")?.clone();
    let PaymentOutcome::Completed(again) =
        client.stored_card_payment(&sandbox::sample_stored_card_request(token)?).await?
    else {
        return Err("a completed payment".into());
    };
    assert_eq!(again.merchant_txn_ref(), Some("qwe"));
    sandbox.shutdown().await;
    Ok(())
}
