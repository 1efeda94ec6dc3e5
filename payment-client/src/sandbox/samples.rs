//! Ready-made valid requests with the test cards: the published example's values.

use payment_core::model::{Address, Card, PaymentRequest, PaymentSource, ReturnUrl, StoredCardRequest};
use payment_core::wire::FieldError;
use payment_core::{
    CardNumber, Email, Url, country, cvc, email, expiry, ip, merchant_id, money, phone, url, webhook_url,
};

use super::cards::TestCard;

/// The published example request (the seed's values) with a test card, a future expiry (12/30) and the
/// `merchant_txn_ref` `"qwe"`: a quick valid [`PaymentRequest`] for tests and examples.
///
/// # Errors
///
/// Never in practice: the values are fixed and valid; the builder's checked setters return `Result`.
pub fn sample_request(card: TestCard) -> Result<PaymentRequest, FieldError> {
    sample_request_with(card.number(), "qwe")
}

/// The sample card with a test card's number: cvc 100, expiry 12/30, holder "John Doe".
///
/// # Errors
///
/// Never in practice: the values are fixed and valid.
pub fn sample_card(card: TestCard) -> Result<Card, FieldError> {
    Ok(Card::builder()
        .number(card.number())
        .cvc(cvc!("100"))
        .expiry(expiry!("12/30"))
        .name("John Doe")?
        .build())
}

/// The published stored-card request (`stored-card-payment-request.json`'s values) paying with `source`:
/// a [`Card`] to store ([`sample_card`]) or a stored card's token.
///
/// # Errors
///
/// Never in practice: the values are fixed and valid.
pub fn sample_stored_card_request(source: impl Into<PaymentSource>) -> Result<StoredCardRequest, FieldError> {
    let request = StoredCardRequest::builder()
        .money(money!(1000 JPY))
        .payment_source(source)
        .merchant_txn_ref("qwe")?
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .return_url_value(sample_return_url())
        .billing_address_value(sample_address(email!("billing@testemail.com"))?)
        .time_zone("Asia/Kuala_Lumpur")?
        .build();
    Ok(request)
}

/// [`sample_request`] with any card number and `merchant_txn_ref` (1 to 45 characters).
///
/// # Errors
///
/// When `merchant_txn_ref` is empty or longer than 45 characters.
pub fn sample_request_with(card: CardNumber, merchant_txn_ref: &str) -> Result<PaymentRequest, FieldError> {
    let request = PaymentRequest::builder()
        .money(money!(1000 JPY))
        .card(|c| c.number(card).cvc(cvc!("100")).expiry(expiry!("12/30")).name("John Doe"))?
        .merchant_txn_ref(merchant_txn_ref)?
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .return_url_value(return_urls(Some(url!("http://www.cancelurl.com/"))))
        .billing_address_value(sample_address(email!("billing@testemail.com"))?)
        .time_zone("Asia/Kuala_Lumpur")?
        .build();
    Ok(request)
}

/// The published example's address (`billing_address` of the seed, and its `shipping_address` with
/// another email): Shinjuku, Tokyo, JP, phone 8112345678.
///
/// # Errors
///
/// Never in practice: the values are fixed and valid.
pub fn sample_address(email: Email) -> Result<Address, FieldError> {
    Ok(Address::builder()
        .country(country!("JP"))
        .email(email)
        .phone_number(phone!("8112345678"))
        .address1("1-2-3 Shinjuku")?
        .city("Shinjuku-ku")?
        .state("Tokyo")?
        .postal_code("1600022")?
        .build())
}

/// The published example's `return_url`: its webhook, success and decline URLs (no cancel URL).
pub fn sample_return_url() -> ReturnUrl {
    return_urls(None)
}

/// [`sample_return_url`] with a cancel URL or not.
fn return_urls(cancel: Option<Url>) -> ReturnUrl {
    ReturnUrl::builder()
        .webhook_url(webhook_url!("https://www.webhookurl.com/"))
        .success_url(url!("http://www.successurl.com/"))
        .decline_url(url!("http://www.declineurl.com/"))
        .maybe_cancel_url(cancel)
        .build()
}
