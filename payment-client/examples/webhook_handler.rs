//! A webhook handler with axum that answers 200 only after the notification is verified with the
//! status call, and the whole 3-D Secure flow that feeds it, against the offline sandbox.
//!
//! ```text
//! cargo run -p payment-client --example webhook_handler
//! ```
//!
//! The gateway signs nothing, so the body alone proves nothing: [`Client::verify_webhook`] asks the
//! gateway. The handler answers 200 once the notification is verified, 400 when it is refused (forged,
//! garbled, contradicted: the sender should not retry it), and 503 when the status call itself failed
//! (a transient error: let the gateway deliver it again). Only then would it compare the verified amount
//! and currency with the order and fulfil it, idempotently, since deliveries repeat.

use std::error::Error as StdError;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use payment_client::model::{PaymentOutcome, PaymentRequest};
use payment_client::sandbox::{LoopbackUrl, Sandbox, TestCard};
use payment_client::{Client, Error};
use payment_core::{country, cvc, email, expiry, ip, merchant_id, money, url, webhook_url};
use tokio::sync::mpsc;

/// What the handler needs: the client, and where to report what it verified (in a shop: the orders).
#[derive(Clone)]
struct Handler {
    client: Client,
    verified: mpsc::UnboundedSender<String>,
}

/// `POST /webhooks/payment`.
async fn webhook(State(h): State<Handler>, body: Bytes) -> StatusCode {
    match h.client.verify_webhook(&body).await {
        Ok(verified) => {
            let p = &verified.status.payment_details;
            // Here: find the order by its reference, check that amount and currency are the order's, and
            // fulfil it once. The status answer carries the reference in `merchant_details` only: read it
            // with `merchant_txn_ref()`, which finds it wherever the gateway put it.
            let order = verified.status.merchant_txn_ref().unwrap_or("-");
            let line = format!(
                "verified {} for order {order}: response code {}, {} {} (minor units)",
                verified.status.transaction_id(),
                p.response_code.raw(),
                p.amount.minor_units(),
                p.currency.code()
            );
            let _ = h.verified.send(line);
            StatusCode::OK
        }
        Err(Error::Webhook(refused)) => {
            eprintln!("refused a notification: {refused}");
            StatusCode::BAD_REQUEST
        }
        Err(e) => {
            eprintln!("could not verify a notification yet: {e}");
            StatusCode::SERVICE_UNAVAILABLE
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn StdError>> {
    // The merchant's web server, on this machine. The gateway would post to the request's public
    // `webhook_url`; the sandbox never reaches the network, and forwards its notifications here instead
    // (like `stripe listen --forward-to`).
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let forward_to: LoopbackUrl = format!("http://{}/webhooks/payment", listener.local_addr()?).parse()?;
    let sandbox = Sandbox::builder().forward_webhooks_to(forward_to).start().await?;
    let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;

    let (verified, mut verified_rx) = mpsc::unbounded_channel();
    let app = axum::Router::new()
        .route("/webhooks/payment", post(webhook))
        .with_state(Handler { client: client.clone(), verified });
    tokio::spawn(async move { axum::serve(listener, app).await });

    // A purchase with the 3-D Secure test card: the answer is a redirect for the shopper's browser.
    let request = PaymentRequest::builder()
        .money(money!(12.50 USD))
        .card(|c| {
            c.number(TestCard::ThreeDSecure.number())
                .cvc(cvc!("100"))
                .expiry(expiry!("12/30"))
                .name("John Doe")
        })?
        .merchant_txn_ref("order-42")?
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .return_url(|r| {
            r.webhook_url(webhook_url!("https://shop.example/webhooks/payment"))
                .success_url(url!("https://shop.example/paid"))
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
    let PaymentOutcome::ThreeDsRedirect(redirect) = client.purchase(&request).await? else {
        return Err("the 3-D Secure card answers with a redirect".into());
    };
    println!("send the shopper to {}", redirect.redirect_url);

    // A shop stores the order under its `merchant_txn_ref` meanwhile: the redirect carries no transaction
    // id, the notification does. Here the shopper approves, as the sandbox's page would let them.
    let paid = sandbox.approve_3ds(&redirect).await?;
    println!("the shopper approved: transaction {}", paid.transaction_id());

    // The notification reached the handler and was verified.
    let line = tokio::time::timeout(std::time::Duration::from_secs(10), verified_rx.recv()).await?;
    println!("{}", line.ok_or("the handler stopped")?);
    sandbox.shutdown().await;
    Ok(())
}
