//! Builder group, bon peer: the strict twin's shape (same fields, types, keys and order) with
//! `#[derive(bon::Builder)]`, built with bon's setter chain and serialized into the reused buffer.
//!
//! `on(Text, into)` and `on(String, into)` let the setters take `&'static str`, as a bon user writes
//! them: value fields stay borrowed constants, free-text fields allocate their `String`, as in the twin.
//! Optional fields are set with bon's plain setters (`Some` is implied).

// clippy reads bon's `on(Text, into), on(String, into)` as a duplicated `into` attribute (it is not).
#![allow(clippy::duplicated_attributes)]

use std::hint::black_box;

use serde::Serialize;

use crate::builder::Text;

/// bon: build with the setter chain, serialize into `buf`.
pub(crate) fn bon(buf: &mut Vec<u8>) -> usize {
    buf.clear();
    let request = BonRequest::builder()
        .amount("1000")
        .currency("JPY")
        .card(
            BonCard::builder()
                .cvc("100")
                .expiry_month("12")
                .expiry_year("24")
                .name("John Doe")
                .number("5200000000001005")
                .build(),
        )
        .merchant_txn_ref("qwe")
        .customer_ip("127.0.0.1")
        .merchant_id("< Merchant ID >")
        .return_url(
            BonReturnUrl::builder()
                .webhook_url("https://www.webhookurl.com/")
                .success_url("http://www.successurl.com/")
                .decline_url("http://www.declineurl.com/")
                .build(),
        )
        .billing_address(
            BonAddress::builder()
                .country("JP")
                .email("billing@testemail.com")
                .phone_number("8112345678")
                .address1("1-2-3 Shinjuku")
                .city("Shinjuku-ku")
                .state("Tokyo")
                .postal_code("1600022")
                .build(),
        )
        .shipping_address(
            BonAddress::builder()
                .country("JP")
                .email("shipping@testemail.com")
                .phone_number("8112345678")
                .address1("1-2-3 Shinjuku")
                .city("Shinjuku-ku")
                .state("Tokyo")
                .postal_code("1600022")
                .build(),
        )
        .browser_info(
            BonBrowserInfo::builder()
                .accept_header("text/html")
                .screen_color_depth("48")
                .java_enabled(false)
                .language("en")
                .screen_height("1200")
                .screen_width("1600")
                .challenge_window("4")
                .user_agent("Mozilla/4.0 (MSIE 6.0; Windows NT 5.0)")
                .build(),
        )
        .time_zone("Asia/Kuala_Lumpur")
        .build();
    serde_json::to_writer(&mut *buf, black_box(&request)).unwrap();
    buf.len()
}

#[derive(Serialize, bon::Builder)]
#[builder(on(Text, into), on(String, into))]
struct BonRequest {
    amount: Text,
    currency: Text,
    card: BonCard,
    merchant_txn_ref: String,
    customer_ip: Text,
    merchant_id: String,
    return_url: BonReturnUrl,
    billing_address: BonAddress,
    #[serde(skip_serializing_if = "Option::is_none")]
    shipping_address: Option<BonAddress>,
    #[serde(skip_serializing_if = "Option::is_none")]
    browser_info: Option<BonBrowserInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    time_zone: Option<String>,
}

#[derive(Serialize, bon::Builder)]
#[builder(on(Text, into), on(String, into))]
struct BonCard {
    number: Text,
    cvc: Text,
    expiry_month: Text,
    expiry_year: Text,
    name: String,
}

#[derive(Serialize, bon::Builder)]
#[builder(on(Text, into))]
struct BonReturnUrl {
    #[serde(skip_serializing_if = "Option::is_none")]
    webhook_url: Option<Text>,
    success_url: Text,
    decline_url: Text,
}

#[derive(Serialize, bon::Builder)]
#[builder(on(Text, into), on(String, into))]
struct BonAddress {
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

#[derive(Serialize, bon::Builder)]
#[builder(on(Text, into), on(String, into))]
#[serde(rename_all = "camelCase")]
struct BonBrowserInfo {
    accept_header: String,
    screen_color_depth: Text,
    java_enabled: bool,
    language: String,
    screen_height: Text,
    screen_width: Text,
    challenge_window: Text,
    user_agent: String,
}
