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

#[path = "../../../payment-core/benches/common/twin_request.rs"]
mod twin_request;

pub(crate) use twin_request::Text;
use twin_request::twin_with;
