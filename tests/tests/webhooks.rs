//! The 3-D Secure flow end to end against the sandbox, and webhook verification: a purchase with the
//! 3-D Secure card, the shopper's browser following the redirect and approving (or declining), the
//! notification arriving on a loopback listener, `verify_webhook` confirming it with the status call;
//! and forged notifications (unknown transaction, changed amount, garbage) refused.

use std::time::Duration;

use payment_client::model::{PaymentOutcome, PaymentRequest, ThreeDsRedirect};
use payment_client::reqwest;
use payment_client::sandbox::{Sandbox, TestCard};
use payment_client::webhook::WebhookError;
use payment_client::{Client, Error};
use payment_core::{WebhookUrl, country, cvc, email, expiry, ip, merchant_id, money, url};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A loopback HTTP listener that answers every POST with 200 and hands over its body.
async fn webhook_listener() -> std::io::Result<(String, mpsc::UnboundedReceiver<Vec<u8>>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/hooks/payment", listener.local_addr()?);
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let tx = tx.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                let body = loop {
                    let Ok(n) = stream.read(&mut chunk).await else { return };
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else { continue };
                    let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
                    let length: usize = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0);
                    if buf.len() >= end + 4 + length {
                        break buf[end + 4..end + 4 + length].to_vec();
                    }
                };
                let _ = stream
                    .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                    .await;
                let _ = tx.send(body);
            });
        }
    });
    Ok((url, rx))
}

fn request(webhook: &str, reference: &str) -> Result<PaymentRequest, Box<dyn std::error::Error>> {
    Ok(PaymentRequest::builder()
        .money(money!(12.50 USD))
        .card(|c| {
            c.number(TestCard::ThreeDSecure.number())
                .cvc(cvc!("100"))
                .expiry(expiry!("12/30"))
                .name("John Doe")
        })?
        .merchant_txn_ref(reference)?
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .return_url(|r| {
            r.webhook_url(WebhookUrl::loopback(webhook).expect("a loopback URL"))
                .success_url(url!("https://shop.example/paid"))
                .decline_url(url!("https://shop.example/declined"))
                .cancel_url(url!("https://shop.example/cancelled"))
        })
        .billing_address(|a| {
            a.country(country!("JP"))
                .email(email!("billing@testemail.com"))
                .address1("1-2-3 Shinjuku")?
                .city("Shinjuku-ku")?
                .postal_code("1600022")
        })?
        .build())
}

async fn setup()
-> Result<(Sandbox, Client, String, mpsc::UnboundedReceiver<Vec<u8>>), Box<dyn std::error::Error>> {
    let sandbox = Sandbox::start().await?;
    let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    let (webhook, rx) = webhook_listener().await?;
    Ok((sandbox, client, webhook, rx))
}

async fn redirect(
    client: &Client,
    request: &PaymentRequest,
) -> Result<ThreeDsRedirect, Box<dyn std::error::Error>> {
    match client.purchase(request).await? {
        PaymentOutcome::ThreeDsRedirect(redirect) => Ok(redirect),
        other => Err(format!("expected a 3-D Secure redirect, got {other:?}").into()),
    }
}

/// The shopper's browser: opens the redirect page, clicks the link with `id`, and returns the page's
/// HTML and where the click sent it (the `Location` of the 303).
async fn shopper_clicks(
    sandbox: &Sandbox,
    redirect: &ThreeDsRedirect,
    id: &str,
) -> Result<(String, String), Box<dyn std::error::Error>> {
    let browser = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    let page = browser.get(redirect.redirect_url.clone()).send().await?;
    assert_eq!(page.status(), 200);
    let html = page.text().await?;
    let marker = format!("id=\"{id}\" href=\"");
    let start = html.find(&marker).ok_or_else(|| format!("no {id} link in {html}"))? + marker.len();
    let href = &html[start..start + html[start..].find('"').ok_or("an unterminated link")?];
    let clicked = browser.get(format!("{}{href}", sandbox.base_url())).send().await?;
    assert_eq!(clicked.status(), 303);
    let location = clicked.headers().get("location").ok_or("a Location")?.to_str()?.to_owned();
    Ok((html, location))
}

async fn next_notification(
    rx: &mut mpsc::UnboundedReceiver<Vec<u8>>,
) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    Ok(tokio::time::timeout(Duration::from_secs(10), rx.recv()).await?.ok_or("the listener stopped")?)
}

#[tokio::test]
async fn approve_on_the_three_d_secure_page_then_verify_the_webhook() -> TestResult {
    let (sandbox, client, webhook, mut rx) = setup().await?;
    let redirect = redirect(&client, &request(&webhook, "order-<b>42</b>")?).await?;
    let (html, location) = shopper_clicks(&sandbox, &redirect, "approve").await?;
    assert!(html.contains("order-&lt;b&gt;42&lt;/b&gt;") && !html.contains("<b>42"), "escaped: {html}");
    assert!(html.contains("1250 USD"), "{html}");
    assert_eq!(location, "https://shop.example/paid");

    let body = next_notification(&mut rx).await?;
    let verified = client.verify_webhook(&body).await?;
    assert!(verified.status.success && verified.status.response_code().is_approved());
    assert_eq!(verified.status.payment_details.amount.minor_units(), 1250);
    assert_eq!(verified.status.payment_details.currency.code(), "USD");
    assert_eq!(verified.notification.transaction_id(), verified.status.transaction_id());
    // What the notification kept is scrubbed of the card number.
    assert!(!verified.notification.body().to_string().contains(TestCard::ThreeDSecure.as_str()));
    // The status call agrees, and a repeated delivery verifies again (nothing is kept in the client).
    assert!(client.status(&verified.status.transaction_id()).await?.response_code().is_approved());
    assert!(client.verify_webhook(&body).await.is_ok());
    // The page's link works once.
    let browser = reqwest::Client::new();
    assert_eq!(browser.get(redirect.redirect_url.clone()).send().await?.status(), 404);
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn decline_on_the_page_sends_the_shopper_to_decline_url_and_verifies_as_declined() -> TestResult {
    let (sandbox, client, webhook, mut rx) = setup().await?;
    let redirect = redirect(&client, &request(&webhook, "order-43")?).await?;
    let (_, location) = shopper_clicks(&sandbox, &redirect, "decline").await?;
    assert_eq!(location, "https://shop.example/declined");
    let verified = client.verify_webhook(&next_notification(&mut rx).await?).await?;
    assert!(!verified.status.success);
    assert_eq!(verified.status.response_code().raw(), 5);
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn cancel_books_nothing_and_sends_the_shopper_to_cancel_url() -> TestResult {
    let (sandbox, client, webhook, mut rx) = setup().await?;
    let redirect = redirect(&client, &request(&webhook, "order-44")?).await?;
    let before = sandbox.transaction_count();
    let (_, location) = shopper_clicks(&sandbox, &redirect, "cancel").await?;
    assert_eq!(location, "https://shop.example/cancelled");
    assert_eq!(sandbox.transaction_count(), before);
    assert!(tokio::time::timeout(Duration::from_millis(300), rx.recv()).await.is_err(), "no notification");
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn forged_notifications_are_refused() -> TestResult {
    let (sandbox, client, webhook, mut rx) = setup().await?;
    let redirect = redirect(&client, &request(&webhook, "order-45")?).await?;
    shopper_clicks(&sandbox, &redirect, "approve").await?;
    let genuine: Value = serde_json::from_slice(&next_notification(&mut rx).await?)?;

    // An id the gateway does not know.
    let mut unknown = genuine.clone();
    unknown["transaction_details"]["id"] = "00000000-0000-4000-8000-000000000000".into();
    match client.verify_webhook(unknown.to_string().as_bytes()).await {
        Err(Error::Webhook(WebhookError::UnknownTransaction { .. })) => {}
        other => panic!("expected UnknownTransaction, got {other:?}"),
    }

    // The genuine id with a changed amount and outcome.
    let mut changed = genuine.clone();
    changed["payment_details"]["amount"] = 125_000.into();
    changed["payment_details"]["response_code"] = 0.into();
    changed["transaction_details"]["merchant_txn_ref"] = "order-99".into();
    match client.verify_webhook(changed.to_string().as_bytes()).await {
        Err(Error::Webhook(WebhookError::Disagrees { fields, status, .. })) => {
            assert_eq!(fields, ["payment_details.amount", "merchant_txn_ref"]);
            assert_eq!(status.payment_details.amount.minor_units(), 1250);
        }
        other => panic!("expected Disagrees, got {other:?}"),
    }

    // Garbage, an empty body, a body without an id.
    for body in [&b"\x00\xff garbage"[..], b"", br#"{"success": true}"#] {
        match client.verify_webhook(body).await {
            Err(e @ Error::Webhook(WebhookError::Unreadable { .. })) => assert!(!e.is_retryable()),
            other => panic!("expected Unreadable, got {other:?}"),
        }
    }
    sandbox.shutdown().await;
    Ok(())
}
