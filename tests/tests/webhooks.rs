//! The 3-D Secure flow end to end against the sandbox, and webhook verification: a purchase with the
//! 3-D Secure card and a public `webhook_url`, the shopper's browser following the redirect and approving
//! (or declining), the notification forwarded to a loopback listener (`forward_webhooks_to`),
//! `verify_webhook` confirming it with the status call; no notification without forwarding or without a
//! `webhook_url`; a loopback `webhook_url` refused like any invalid field; and forged notifications
//! (unknown transaction, changed amount, garbage) refused.

use std::time::Duration;

use payment_client::model::{PaymentOutcome, PaymentRequest, ThreeDsRedirect};
use payment_client::reqwest;
use payment_client::sandbox::{self, LoopbackUrl, Sandbox, TestCard};
use payment_client::webhook::WebhookError;
use payment_client::{Client, Error};
use payment_core::{WebhookUrl, country, cvc, email, expiry, ip, merchant_id, money, url, webhook_url};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// The request's `webhook_url`: public, as the gateway requires; the sandbox never calls it.
const PUBLIC_WEBHOOK: &str = "https://www.webhookurl.com/hooks/payment";

/// One POST the listener received.
struct Posted {
    /// `POST /forwarded/payment?shop=1 HTTP/1.1`.
    request_line: String,
    body: Vec<u8>,
}

/// A loopback HTTP listener on `/forwarded/payment?shop=1` that answers every POST with 200 and hands
/// over what it received.
async fn webhook_listener() -> std::io::Result<(LoopbackUrl, mpsc::UnboundedReceiver<Posted>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/forwarded/payment?shop=1", listener.local_addr()?)
        .parse()
        .map_err(std::io::Error::other)?;
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
                    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
                    let length: usize = head
                        .to_ascii_lowercase()
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0);
                    if buf.len() >= end + 4 + length {
                        let request_line = head.lines().next().unwrap_or_default().to_owned();
                        break Posted { request_line, body: buf[end + 4..end + 4 + length].to_vec() };
                    }
                };
                // Handed over before the answer, so a notification the sandbox waited for is here by the
                // time the shopper's browser is redirected.
                let _ = tx.send(body);
                let _ = stream
                    .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                    .await;
            });
        }
    });
    Ok((url, rx))
}

/// A 3-D Secure purchase with the public [`PUBLIC_WEBHOOK`].
fn request(reference: &str) -> Result<PaymentRequest, Box<dyn std::error::Error>> {
    request_with(reference, Some(webhook_url!("https://www.webhookurl.com/hooks/payment")))
}

fn request_with(
    reference: &str,
    webhook: Option<WebhookUrl>,
) -> Result<PaymentRequest, Box<dyn std::error::Error>> {
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
            r.maybe_webhook_url(webhook)
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

/// A sandbox forwarding its notifications to a fresh listener, a client, and the listener's receiver.
async fn setup() -> Result<(Sandbox, Client, mpsc::UnboundedReceiver<Posted>), Box<dyn std::error::Error>> {
    let (forward_to, rx) = webhook_listener().await?;
    let sandbox = Sandbox::builder().forward_webhooks_to(forward_to).start().await?;
    let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    Ok((sandbox, client, rx))
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
    let browser =
        payment_client::http_client_builder().redirect(reqwest::redirect::Policy::none()).build()?;
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

async fn next_post(rx: &mut mpsc::UnboundedReceiver<Posted>) -> Result<Posted, Box<dyn std::error::Error>> {
    Ok(tokio::time::timeout(Duration::from_secs(10), rx.recv()).await?.ok_or("the listener stopped")?)
}

async fn next_notification(
    rx: &mut mpsc::UnboundedReceiver<Posted>,
) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    Ok(next_post(rx).await?.body)
}

/// Nothing arrives on the listener for a while.
async fn nothing_posted(rx: &mut mpsc::UnboundedReceiver<Posted>) -> bool {
    tokio::time::timeout(Duration::from_millis(300), rx.recv()).await.is_err()
}

#[tokio::test]
async fn approve_on_the_three_d_secure_page_then_verify_the_webhook() -> TestResult {
    let (sandbox, client, mut rx) = setup().await?;
    let redirect = redirect(&client, &request("order-<b>42</b>")?).await?;
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
    let browser = payment_client::http_client_builder().build()?;
    assert_eq!(browser.get(redirect.redirect_url.clone()).send().await?.status(), 404);
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn decline_on_the_page_sends_the_shopper_to_decline_url_and_verifies_as_declined() -> TestResult {
    let (sandbox, client, mut rx) = setup().await?;
    let redirect = redirect(&client, &request("order-43")?).await?;
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
    let (sandbox, client, mut rx) = setup().await?;
    let redirect = redirect(&client, &request("order-44")?).await?;
    let before = sandbox.transaction_count();
    let (_, location) = shopper_clicks(&sandbox, &redirect, "cancel").await?;
    assert_eq!(location, "https://shop.example/cancelled");
    assert_eq!(sandbox.transaction_count(), before);
    assert!(nothing_posted(&mut rx).await, "no notification");
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn forged_notifications_are_refused() -> TestResult {
    let (sandbox, client, mut rx) = setup().await?;
    let redirect = redirect(&client, &request("order-45")?).await?;
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

#[tokio::test]
async fn a_public_webhook_urls_notification_is_posted_to_the_forward_target() -> TestResult {
    let (sandbox, client, mut rx) = setup().await?;
    let redirect = redirect(&client, &request("order-46")?).await?;
    // The request went out, and was validated, with its public webhook_url as it is.
    let sent = sandbox.received();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].body["return_url"]["webhook_url"], PUBLIC_WEBHOOK);
    assert!(nothing_posted(&mut rx).await, "nothing before the shopper answers");

    let (_, location) = shopper_clicks(&sandbox, &redirect, "approve").await?;
    assert_eq!(location, "https://shop.example/paid");
    // Posted before the redirect (the sandbox waited for the answer): it is already there, at the
    // forward target's path and query.
    let posted = rx.try_recv()?;
    assert_eq!(posted.request_line, "POST /forwarded/payment?shop=1 HTTP/1.1");
    let verified = client.verify_webhook(&posted.body).await?;
    assert!(verified.status.response_code().is_approved());
    assert_eq!(verified.status.merchant_details.merchant_txn_ref.as_deref(), Some("order-46"));
    assert!(nothing_posted(&mut rx).await, "posted once");
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn a_stored_card_payments_notification_is_forwarded_too() -> TestResult {
    let (sandbox, client, mut rx) = setup().await?;
    let request = sandbox::sample_stored_card_request(sandbox::sample_card(TestCard::ThreeDSecure)?)?;
    let PaymentOutcome::ThreeDsRedirect(redirect) = client.stored_card_payment(&request).await? else {
        return Err("the 3-D Secure card answers with a redirect".into());
    };
    shopper_clicks(&sandbox, &redirect, "approve").await?;
    let verified = client.verify_webhook(&next_notification(&mut rx).await?).await?;
    assert!(verified.status.response_code().is_approved());
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn without_forwarding_the_sandbox_posts_no_notification() -> TestResult {
    // The listener exists, but the sandbox is not told about it: nothing may reach it, nor the public
    // webhook_url (the sandbox never reaches out to the network).
    let (_, mut rx) = webhook_listener().await?;
    let sandbox = Sandbox::start().await?;
    let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    let redirect = redirect(&client, &request("order-47")?).await?;
    let (_, location) = shopper_clicks(&sandbox, &redirect, "approve").await?;
    assert_eq!(location, "https://shop.example/paid");
    assert!(nothing_posted(&mut rx).await, "no notification");
    assert_eq!(sandbox.transaction_count(), 1, "booked all the same");
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn a_request_without_webhook_url_is_not_notified_even_when_forwarding() -> TestResult {
    let (sandbox, client, mut rx) = setup().await?;
    let silent = redirect(&client, &request_with("order-48", None)?).await?;
    shopper_clicks(&sandbox, &silent, "approve").await?;
    assert!(nothing_posted(&mut rx).await, "no webhook_url, no notification");
    assert_eq!(sandbox.transaction_count(), 1, "booked all the same");
    // The same sandbox still forwards for a request that has one.
    let notified = redirect(&client, &request("order-49")?).await?;
    shopper_clicks(&sandbox, &notified, "approve").await?;
    let verified = client.verify_webhook(&next_notification(&mut rx).await?).await?;
    assert_eq!(verified.status.merchant_details.merchant_txn_ref.as_deref(), Some("order-49"));
    sandbox.shutdown().await;
    Ok(())
}

#[tokio::test]
async fn a_loopback_webhook_url_in_a_request_is_refused_like_any_invalid_field() -> TestResult {
    let (sandbox, _client, mut rx) = setup().await?;
    let mut body = serde_json::to_value(sandbox::sample_request(TestCard::ThreeDSecure)?)?;
    body["return_url"]["webhook_url"] = "http://127.0.0.1:9/hooks/payment".into();
    let key = sandbox.api_key();
    let answer = payment_client::http_client_builder()
        .build()?
        .post(format!("{}/api/v1/server-to-server-interface/paymentv2", sandbox.base_url()))
        .header("Authorization", format!("Basic {}", key.expose_secret()))
        .header("x-api-key", key.expose_secret())
        .json(&body)
        .send()
        .await?;
    assert_eq!(answer.status(), 400);
    let answer: Value = answer.json().await?;
    assert_eq!(answer["errors"][0]["path"], "return_url.webhook_url", "{answer}");
    assert_eq!(answer["errors"].as_array().map(Vec::len), Some(1), "{answer}");
    assert_eq!(sandbox.transaction_count(), 0);
    assert!(nothing_posted(&mut rx).await);
    sandbox.shutdown().await;
    Ok(())
}
