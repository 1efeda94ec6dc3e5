//! The published paymentv2 request built with the builder and the literal macros (the chain of
//! `tests/tests/models_wire.rs`). Shared by `payment-core/benches/builder.rs` and `benches/runtime/`
//! (included by `#[path]`), so both time the same chain.

use payment_core::model::PaymentRequest;
use payment_core::wire::FieldError;
use payment_core::{
    amount, card_number, country, currency, cvc, email, expiry, ip, merchant_id, phone, url, webhook_url,
};

/// The fixture request with the builder (the same chain as `tests/tests/models_wire.rs`).
pub(crate) fn build() -> Result<PaymentRequest, FieldError> {
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
