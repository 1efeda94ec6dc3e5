//! `paymentv2 send` and `paymentv2 status`: the client, once per call, printing the typed outcome.

use std::process::ExitCode;

use payment_client::model::{PaymentOutcome, PaymentRequest, TransactionId};
use payment_client::sandbox::Sandbox;
use payment_client::{ApiKey, Client, Error};

use crate::cli::{RequestType, Send, Status};
use crate::validate::{check, read, shown};

/// Exit status of a 3-D Secure redirect: not approved yet, not declined.
const REDIRECT: u8 = 3;

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
            eprintln!("{name}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    let checked = check(&text, RequestType::Purchase, false);
    for w in &checked.warnings {
        eprintln!("{name}: {}: warning: {}", w.path(), w.message());
    }
    if !checked.errors.is_empty() {
        for e in &checked.errors {
            eprintln!("{name}: {}: {}", e.path(), e.message());
        }
        eprintln!("{name}: not sent");
        return ExitCode::from(1);
    }
    let request = match PaymentRequest::from_json(&text) {
        Ok(request) => request,
        Err(report) => {
            eprintln!("{name}: {report}");
            return ExitCode::from(1);
        }
    };
    let sandbox = if args.sandbox {
        match Sandbox::start().await {
            Ok(sandbox) => Some(sandbox),
            Err(e) => {
                eprintln!("paymentv2: cannot start the sandbox: {e}");
                return ExitCode::from(2);
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
            eprintln!("paymentv2: {e}");
            return ExitCode::from(2);
        }
    };
    // Sent at most once: the client never resends a payment whose bytes may have left.
    let code = match client.purchase(&request).await {
        Ok(PaymentOutcome::Completed(payment)) => {
            println!(
                "approved: transaction {} ({}, response code {})",
                payment.transaction_id(),
                payment.gateway_response.code,
                payment.response_code().raw()
            );
            ExitCode::SUCCESS
        }
        Ok(PaymentOutcome::ThreeDsRedirect(redirect)) => {
            println!("3-D Secure: send the shopper to {}", redirect.redirect_url);
            ExitCode::from(REDIRECT)
        }
        Err(Error::Declined(declined)) => {
            println!("declined: {declined}");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("paymentv2: {e}");
            ExitCode::from(1)
        }
    };
    if let Some(sandbox) = sandbox {
        sandbox.shutdown().await;
    }
    code
}

pub(crate) async fn status(args: &Status) -> ExitCode {
    let Ok(id) = args.transaction_id.parse::<TransactionId>() else {
        eprintln!("paymentv2: a transaction id is a UUID, e.g. e0b0731e-7170-4b64-8a21-7d835eebd641");
        return ExitCode::from(2);
    };
    let client = match client_from_env() {
        Ok(client) => client,
        Err(e) => {
            eprintln!("paymentv2: {e}");
            return ExitCode::from(2);
        }
    };
    match client.status(&id).await {
        Ok(status) => {
            let p = &status.payment_details;
            println!(
                "transaction {}: {:?}, {:?} (response code {}), {} {} in minor units",
                status.transaction_id(),
                status.transaction_type,
                status.response_code().outcome(),
                p.response_code.raw(),
                p.amount.minor_units(),
                p.currency.code()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("paymentv2: {e}");
            ExitCode::from(1)
        }
    }
}
