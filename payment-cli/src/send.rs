//! `paymentv2 send` and `paymentv2 status`: the client, once per call, printing the typed outcome.

use std::process::ExitCode;

use payment_client::model::{Outcome, PaymentOutcome, PaymentRequest, TransactionId};
use payment_client::sandbox::Sandbox;
use payment_client::{ApiKey, Client, Error};

use crate::cli::{RequestType, Send, Status};
use crate::exit;
use crate::validate::{check, read, shown};

/// A client of the server the environment names: `PAYMENT_BASE_URL` and `PAYMENT_API_KEY`.
fn client_from_env() -> Result<Client, String> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let (Some(base_url), Some(key)) = (var("PAYMENT_BASE_URL"), var("PAYMENT_API_KEY")) else {
        return Err("set PAYMENT_BASE_URL and PAYMENT_API_KEY (or use --sandbox)".to_owned());
    };
    Client::builder().api_key(ApiKey::new(key)).base_url(base_url).build().map_err(|e| e.to_string())
}

pub(crate) async fn send(args: &Send) -> ExitCode {
    let name = shown(&args.file);
    let text = match read(&args.file) {
        Ok(text) => text,
        Err(e) => {
            err!("{name}: cannot read: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let checked = check(&text, RequestType::Purchase, false);
    for w in &checked.warnings {
        err!("{name}: {}: warning: {}", w.path(), w.message());
    }
    if !checked.errors.is_empty() {
        for e in &checked.errors {
            err!("{name}: {}: {}", e.path(), e.message());
        }
        err!("{name}: not sent");
        return ExitCode::from(exit::FAILED);
    }
    let request = match PaymentRequest::from_json(&text) {
        Ok(request) => request,
        Err(report) => {
            err!("{name}: {report}");
            return ExitCode::from(exit::FAILED);
        }
    };
    let sandbox = if args.sandbox {
        match Sandbox::start().await {
            Ok(sandbox) => Some(sandbox),
            Err(e) => {
                err!("paymentv2: cannot start the sandbox: {e}");
                return ExitCode::from(exit::USAGE);
            }
        }
    } else {
        None
    };
    let client = match &sandbox {
        Some(s) => {
            Client::builder().api_key(s.api_key()).base_url(s.base_url()).build().map_err(|e| e.to_string())
        }
        None => client_from_env(),
    };
    let client = match client {
        Ok(client) => client,
        Err(e) => {
            err!("paymentv2: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    // Sent at most once: the client never resends a payment whose bytes may have left.
    let code = match client.purchase(&request).await {
        Ok(PaymentOutcome::Completed(payment)) => {
            out!(
                "approved: transaction {} ({}, response code {})",
                payment.transaction_id(),
                payment.gateway_response.code,
                payment.response_code().raw()
            );
            ExitCode::from(exit::OK)
        }
        Ok(PaymentOutcome::ThreeDsRedirect(redirect)) => {
            out!("3-D Secure: send the shopper to {}", redirect.redirect_url);
            out!(
                "the transaction id arrives with the webhook; until then the order is merchant_txn_ref {:?}",
                request.merchant_txn_ref()
            );
            ExitCode::from(exit::REDIRECT)
        }
        // `Declined` prints as `declined: <reason> ...`: no prefix of ours.
        Err(Error::Declined(declined)) => {
            out!("{declined}");
            ExitCode::from(exit::FAILED)
        }
        Err(e) => failed(&e),
    };
    if let Some(sandbox) = sandbox {
        sandbox.shutdown().await;
    }
    code
}

pub(crate) async fn status(args: &Status) -> ExitCode {
    let Ok(id) = args.transaction_id.parse::<TransactionId>() else {
        err!("paymentv2: a transaction id is a UUID, e.g. e0b0731e-7170-4b64-8a21-7d835eebd641");
        return ExitCode::from(exit::USAGE);
    };
    let client = match client_from_env() {
        Ok(client) => client,
        Err(e) => {
            err!("paymentv2: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    match client.status(&id).await {
        Ok(status) => {
            let p = &status.payment_details;
            out!(
                "transaction {}: {}, {} (response code {}, gateway {}), {} {} in minor units, merchant_txn_ref {}",
                status.transaction_id(),
                status.transaction_type,
                outcome_words(status.response_code().outcome()),
                p.response_code.raw(),
                status.gateway_response.code,
                p.amount.minor_units(),
                p.currency.code(),
                status.merchant_txn_ref().map_or_else(|| "-".to_owned(), |r| format!("{r:?}")),
            );
            ExitCode::from(exit::OK)
        }
        Err(e) => failed(&e),
    }
}

/// A response code's outcome in the gateway's words: `approved`, `declined: insufficient funds`, ...
fn outcome_words(outcome: Outcome) -> String {
    match outcome {
        Outcome::Approved => "approved".to_owned(),
        Outcome::Declined(reason) => format!("declined: {reason}"),
        Outcome::GatewayError => "gateway error".to_owned(),
        _ => "not approved".to_owned(),
    }
}

/// Reports a failed call: the error (which starts with the operation, `paymentv2: ...`), what to do
/// next, and the exit status of its kind.
fn failed(e: &Error) -> ExitCode {
    let (code, advice) = exit::of(e);
    err!("error: {e}");
    if let Some(advice) = advice {
        err!("{advice}");
    }
    ExitCode::from(code)
}
