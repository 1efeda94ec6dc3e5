//! The main job: build the published example request with the typed builder and the literal macros, send
//! it, print the typed result.
//!
//! ```text
//! cargo run -p payment-client --example purchase
//! ```
//!
//! By default it starts the offline sandbox on 127.0.0.1 and sends the purchase there. With
//! `PAYMENT_BASE_URL` and `PAYMENT_API_KEY` set (and `PAYMENT_MERCHANT_ID`, optional) it sends it to that
//! server instead. Exit status 0 when the payment is approved; otherwise 1, with the error on stderr.

use std::error::Error as StdError;
use std::process::ExitCode;

use payment_client::model::{PaymentOutcome, PaymentRequest, PaymentResponse};
use payment_client::sandbox::Sandbox;
use payment_client::{ApiKey, Client, Error};
use payment_core::MerchantId;
use payment_core::wire::FieldError;
use payment_core::{card_number, country, cvc, email, expiry, ip, money, phone, url, webhook_url};

/// Where the purchase goes: the embedded sandbox, or the server named by the environment.
pub(crate) enum Target {
    Sandbox,
    Remote { base_url: String, api_key: ApiKey, merchant_id: String },
}

impl Target {
    /// `PAYMENT_BASE_URL` + `PAYMENT_API_KEY` (+ `PAYMENT_MERCHANT_ID`) name a server; otherwise the sandbox.
    pub(crate) fn from_env() -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        match (var("PAYMENT_BASE_URL"), var("PAYMENT_API_KEY")) {
            (Some(base_url), Some(api_key)) => Target::Remote {
                base_url,
                api_key: ApiKey::new(api_key),
                merchant_id: var("PAYMENT_MERCHANT_ID").unwrap_or_else(|| SEED_MERCHANT_ID.to_owned()),
            },
            (None, None) => Target::Sandbox,
            (url, _) => {
                let missing = if url.is_none() { "PAYMENT_BASE_URL" } else { "PAYMENT_API_KEY" };
                eprintln!("note: {missing} is not set; using the embedded sandbox");
                Target::Sandbox
            }
        }
    }
}

/// The seed's merchant id placeholder; any non-empty id of at most 128 characters is valid.
const SEED_MERCHANT_ID: &str = "< Merchant ID >";

/// The published example request (`api/paymentv2-seed.txt`), with a future expiry (12/30) and a real
/// webhook URL in place of the placeholder.
pub(crate) fn seed_request(
    merchant_id: &MerchantId,
    merchant_txn_ref: &str,
) -> Result<PaymentRequest, FieldError> {
    Ok(PaymentRequest::builder()
        .money(money!(1000 JPY))
        .card(|c| {
            c.number(card_number!("5200000000001005"))
                .cvc(cvc!("100"))
                .expiry(expiry!("12/30"))
                .name("John Doe")
        })?
        .merchant_txn_ref(merchant_txn_ref)?
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id.clone())
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
        .browser_info(|b| -> Result<_, FieldError> {
            b.accept_header("text/html")?
                .screen_color_depth(48u8)?
                .java_enabled(false)
                .language("en")?
                .screen_height(1200u32)?
                .screen_width(1600u32)?
                .challenge_window(4u8)?
                .user_agent("Mozilla/4.0 (MSIE 6.0; Windows NT 5.0)")
        })?
        .time_zone("Asia/Kuala_Lumpur")?
        .build())
}

/// Sends the seed's purchase to `target`; returns the answer and where it went.
pub(crate) async fn run(target: Target) -> Result<(PaymentOutcome, String), Box<dyn StdError>> {
    let (client, merchant_id, merchant_txn_ref, sandbox) = match target {
        Target::Sandbox => {
            let sandbox = Sandbox::start().await?;
            let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
            (client, SEED_MERCHANT_ID.to_owned(), "qwe".to_owned(), Some(sandbox))
        }
        Target::Remote { base_url, api_key, merchant_id } => {
            let client = Client::builder().api_key(api_key).base_url(base_url).build()?;
            // A fresh reference per run, so that a real gateway does not see a duplicate.
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            (client, merchant_id, format!("example-{nanos}"), None)
        }
    };
    let merchant_id: MerchantId = merchant_id.parse()?; // PAYMENT_MERCHANT_ID: 1 to 128 characters
    let request = seed_request(&merchant_id, &merchant_txn_ref)?;
    let result = client.purchase(&request).await;
    if let Some(sandbox) = sandbox {
        sandbox.shutdown().await;
    }
    Ok((result?, client.base_url().to_string()))
}

/// The lines printed for an approved payment: id, status, masked card, gateway code and message.
pub(crate) fn describe(payment: &PaymentResponse) -> String {
    let details = &payment.payment_details;
    let card = details.card.as_ref();
    let masked = card.map_or_else(|| "(not echoed)".to_owned(), |c| c.number.to_string());
    let gateway = &payment.gateway_response;
    format!(
        "transaction id: {}\n\
         status:         {} (success: {}, status_code: {}, response_code: {})\n\
         amount:         {} {}\n\
         card:           {masked}{}\n\
         gateway:        {} {}\n\
         reference:      {}",
        payment.transaction_id(),
        payment.transaction_type,
        payment.success,
        payment.status_code,
        payment.response_code(),
        details.amount.minor_units(),
        details.currency,
        details.scheme.as_ref().map(|s| format!(" ({s})")).unwrap_or_default(),
        gateway.code,
        gateway.message,
        payment.merchant_txn_ref().unwrap_or("-"),
    )
}

/// Prints an error and the chain of its causes to stderr.
fn report(e: &dyn StdError) {
    eprintln!("error: {e}");
    let mut source = e.source();
    while let Some(cause) = source {
        eprintln!("  caused by: {cause}");
        source = cause.source();
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    match run(Target::from_env()).await {
        Ok((PaymentOutcome::Completed(payment), to)) => {
            println!("payment approved by {to}\n{}", describe(&payment));
            ExitCode::SUCCESS
        }
        Ok((PaymentOutcome::ThreeDsRedirect(redirect), _)) => {
            eprintln!(
                "not approved yet: the card needs 3-D Secure; send the shopper to {}",
                redirect.redirect_url
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            if let Some(Error::Declined(declined)) = e.downcast_ref::<Error>() {
                eprintln!("payment declined: {:?}", declined.reason());
            }
            report(&*e);
            ExitCode::FAILURE
        }
    }
}
