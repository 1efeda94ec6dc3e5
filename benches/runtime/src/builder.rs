//! Builder group, ours and the baseline: the fixture request built with our type-state builder (the chain
//! of `payment-core/benches/builder.rs`), and the strict serde twin of that file (value fields
//! `Cow<'static, str>` constants, free-text fields `String`) built as a struct literal. Each variant then
//! serializes with `serde_json::to_writer` into the caller's reused buffer.

use std::borrow::Cow;
use std::hint::black_box;

use payment_core::model::PaymentRequest;
use payment_core::wire::FieldError;
use payment_core::{
    amount, card_number, country, currency, cvc, email, expiry, ip, merchant_id, phone, url, webhook_url,
};
use serde::Serialize;

/// The fixture request with our builder (the same chain as `payment-core/benches/builder.rs`).
fn build() -> Result<PaymentRequest, FieldError> {
    Ok(PaymentRequest::builder()
        .amount(amount!(1000))
        .currency(currency!("JPY"))
        .card(|c| {
            Ok(c.cvc(cvc!("100"))
                .expiry(expiry!("12/24"))
                .name("John Doe")?
                .number(card_number!("5200000000001005")))
        })?
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
        .browser_info(|b| {
            b.accept_header("text/html")?
                .screen_color_depth(48)?
                .java_enabled(false)
                .language("en")?
                .screen_height(1200)?
                .screen_width(1600)?
                .challenge_window(4)?
                .user_agent("Mozilla/4.0 (MSIE 6.0; Windows NT 5.0)")
        })?
        .time_zone("Asia/Kuala_Lumpur")?
        .build())
}

/// Ours: build with the builder, serialize into `buf`.
pub(crate) fn ours(buf: &mut Vec<u8>) -> usize {
    buf.clear();
    let request = build().unwrap();
    serde_json::to_writer(&mut *buf, black_box(&request)).unwrap();
    buf.len()
}

/// Baseline: the strict twin as a struct literal, serialize into `buf`.
pub(crate) fn twin(buf: &mut Vec<u8>) -> usize {
    buf.clear();
    let request = twin_with(Cow::Borrowed);
    serde_json::to_writer(&mut *buf, black_box(&request)).unwrap();
    buf.len()
}

/// A wire string that is a constant in the twin (where the model has a value type built by a literal
/// macro). Also the value-field type of the bon and typed-builder twins.
pub(crate) type Text = Cow<'static, str>;

// The strict twin, copied from `payment-core/benches/builder.rs`: same keys, same order, no rules.

#[derive(Serialize)]
struct TwinRequest {
    amount: Text,
    currency: Text,
    card: TwinCard,
    merchant_txn_ref: String,
    customer_ip: Text,
    merchant_id: String,
    return_url: TwinReturnUrl,
    billing_address: TwinAddress,
    #[serde(skip_serializing_if = "Option::is_none")]
    shipping_address: Option<TwinAddress>,
    #[serde(skip_serializing_if = "Option::is_none")]
    browser_info: Option<TwinBrowserInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    time_zone: Option<String>,
}

#[derive(Serialize)]
struct TwinCard {
    number: Text,
    cvc: Text,
    expiry_month: Text,
    expiry_year: Text,
    name: String,
}

#[derive(Serialize)]
struct TwinReturnUrl {
    #[serde(skip_serializing_if = "Option::is_none")]
    webhook_url: Option<Text>,
    success_url: Text,
    decline_url: Text,
}

#[derive(Serialize)]
struct TwinAddress {
    country: Text,
    email: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone_number: Option<Text>,
    address1: String,
    city: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    state: Option<String>,
    postal_code: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TwinBrowserInfo {
    accept_header: String,
    screen_color_depth: Text,
    java_enabled: bool,
    language: String,
    screen_height: Text,
    screen_width: Text,
    challenge_window: Text,
    user_agent: String,
}

fn twin_address(t: fn(&'static str) -> Text, email: &'static str) -> TwinAddress {
    TwinAddress {
        country: t("JP"),
        email: t(email),
        phone_number: Some(t("8112345678")),
        address1: "1-2-3 Shinjuku".to_owned(),
        city: "Shinjuku-ku".to_owned(),
        state: Some("Tokyo".to_owned()),
        postal_code: "1600022".to_owned(),
    }
}

/// The fixture as a struct literal of the twin; `t` makes the value fields (here: constants).
fn twin_with(t: fn(&'static str) -> Text) -> TwinRequest {
    TwinRequest {
        amount: t("1000"),
        currency: t("JPY"),
        card: TwinCard {
            number: t("5200000000001005"),
            cvc: t("100"),
            expiry_month: t("12"),
            expiry_year: t("24"),
            name: "John Doe".to_owned(),
        },
        merchant_txn_ref: "qwe".to_owned(),
        customer_ip: t("127.0.0.1"),
        merchant_id: "< Merchant ID >".to_owned(),
        return_url: TwinReturnUrl {
            webhook_url: Some(t("https://www.webhookurl.com/")),
            success_url: t("http://www.successurl.com/"),
            decline_url: t("http://www.declineurl.com/"),
        },
        billing_address: twin_address(t, "billing@testemail.com"),
        shipping_address: Some(twin_address(t, "shipping@testemail.com")),
        browser_info: Some(TwinBrowserInfo {
            accept_header: "text/html".to_owned(),
            screen_color_depth: t("48"),
            java_enabled: false,
            language: "en".to_owned(),
            screen_height: t("1200"),
            screen_width: t("1600"),
            challenge_window: t("4"),
            user_agent: "Mozilla/4.0 (MSIE 6.0; Windows NT 5.0)".to_owned(),
        }),
        time_zone: Some("Asia/Kuala_Lumpur".to_owned()),
    }
}
