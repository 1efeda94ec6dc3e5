//! The sandbox's 3-D Secure step: the `redirect_url` page with approve, decline (and cancel) links,
//! which book the payment, post its notification to the forward target
//! (`SandboxBuilder::forward_webhooks_to`), and send the shopper's browser to `success_url`,
//! `decline_url` (or `cancel_url`).

use std::time::Duration;

use axum::http::{StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use serde_json::Value;
use uuid::Uuid;

use super::ledger::complete;
use super::loopback::LoopbackUrl;
use super::state::{Pending, Shared, lock};

/// Where the 3-D Secure pages live (outside the API prefix: the shopper's browser opens them, with no
/// API key).
pub(super) const PATH: &str = "/integration/3ds";

/// The response code of a payment the shopper declined on the 3-D Secure page (5, do not honour).
const DECLINED_BY_SHOPPER: i64 = 5;

/// How long the sandbox waits for the webhook to answer.
const WEBHOOK_TIMEOUT: Duration = Duration::from_secs(5);

/// Keeps a pending payment; returns its `redirect_url`.
pub(super) fn start(shared: &Shared, pending: Pending) -> String {
    let token = Uuid::new_v4();
    lock(&shared.store).pending_3ds.insert(token, pending);
    format!("{}{PATH}?_token={token}", shared.base_url)
}

/// `GET /integration/3ds[/approve|/decline|/cancel]?_token=...`.
pub(super) async fn page(shared: &Shared, uri: &Uri) -> Response {
    let token = token_of(uri.query());
    let action = uri.path().strip_prefix(PATH).unwrap_or_default();
    let Some(token) = token else { return unknown() };
    if action.is_empty() {
        let pending = lock(&shared.store).pending_3ds.get(&token).cloned();
        return match pending {
            Some(p) => challenge(token, &p),
            None => unknown(),
        };
    }
    let answer = match action {
        "/approve" => Answer::Approve,
        "/decline" => Answer::Decline,
        "/cancel" => Answer::Cancel,
        _ => return unknown(),
    };
    match answer_pending(shared, token, answer).await {
        Some(Answered { to: Some(to), .. }) => {
            (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response()
        }
        _ => unknown(),
    }
}

/// The shopper's answer on the 3-D Secure page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Answer {
    /// Books the payment approved.
    Approve,
    /// Books it declined (`response_code` 5).
    Decline,
    /// Books nothing.
    Cancel,
}

/// What answering a pending payment did.
#[derive(Debug)]
pub(super) struct Answered {
    /// The booked payment's answer (the paymentv2 201 shape), unless cancelled.
    pub(super) body: Option<Value>,
    /// Where the shopper's browser goes next.
    pub(super) to: Option<String>,
}

/// The redirect token of a `redirect_url` (`...?_token=<uuid>`).
pub(super) fn token_of(query: Option<&str>) -> Option<Uuid> {
    query
        .and_then(|q| q.split('&').find_map(|pair| pair.strip_prefix("_token=")))
        .and_then(|t| t.parse::<Uuid>().ok())
}

/// Answers the payment waiting under `token` (once: `None` when none waits): books it, and posts its
/// notification to the forward target before returning.
pub(super) async fn answer_pending(shared: &Shared, token: Uuid, answer: Answer) -> Option<Answered> {
    let pending = lock(&shared.store).pending_3ds.remove(&token)?;
    let url = |key: &str| pending.json["return_url"][key].as_str().map(str::to_owned);
    let (code, to) = match answer {
        Answer::Approve => (Some(0), url("success_url")),
        Answer::Decline => (Some(DECLINED_BY_SHOPPER), url("decline_url")),
        Answer::Cancel => (None, url("cancel_url").or_else(|| url("decline_url"))),
    };
    let mut body = None;
    if let Some(code) = code {
        let booked = complete(shared, &pending.json, pending.card.clone(), &pending.how, code);
        if pending.how.notify
            && let Some(target) = &shared.forward_webhooks_to
        {
            notify(target, &booked).await;
        }
        body = Some(booked);
    }
    Some(Answered { body, to })
}

/// Posts the booked payment's answer to the forward target; a failure is ignored, as a gateway
/// ignores a merchant's broken endpoint (the status call still reports the payment). No proxy and no
/// redirect is followed, so the post stays on this machine.
async fn notify(target: &LoopbackUrl, body: &Value) {
    let client = crate::tls::http_client_builder()
        .timeout(WEBHOOK_TIMEOUT)
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build();
    let Ok(client) = client else { return };
    let _ = client.post(target.as_url().clone()).json(body).send().await;
}

/// The challenge page: the amount, and a link per answer.
fn challenge(token: Uuid, p: &Pending) -> Response {
    let text = |key: &str| escape(p.json[key].as_str().unwrap_or_default());
    let cancel = if p.json["return_url"]["cancel_url"].is_string() {
        format!("<li><a id=\"cancel\" href=\"{PATH}/cancel?_token={token}\">Cancel</a></li>")
    } else {
        String::new()
    };
    Html(format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>3-D Secure (sandbox)</title></head>\n\
         <body><h1>3-D Secure (sandbox)</h1>\n<p>Payment {reference}: {amount} {currency} (minor units).</p>\n\
         <ul><li><a id=\"approve\" href=\"{PATH}/approve?_token={token}\">Approve</a></li>\n\
         <li><a id=\"decline\" href=\"{PATH}/decline?_token={token}\">Decline</a></li>{cancel}</ul></body></html>\n",
        reference = text("merchant_txn_ref"),
        amount = text("amount"),
        currency = text("currency"),
    ))
    .into_response()
}

fn unknown() -> Response {
    (StatusCode::NOT_FOUND, Html("<!doctype html>\n<p>No 3-D Secure step is waiting under this link.</p>\n"))
        .into_response()
}

/// Escapes text for HTML.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}
