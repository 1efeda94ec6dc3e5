//! Builder group, typed-builder peer: the strict twin's shape (same fields, types, keys and order) with
//! `#[derive(typed_builder::TypedBuilder)]`, built with bon's setter chain and serialized into the reused buffer.
//!
//! `field_defaults(setter(into))` lets the setters take `&'static str`, as a typed-builder user writes
//! them: value fields stay borrowed constants, free-text fields allocate their `String`, as in the twin.
//! Optional fields are `default, setter(strip_option)` (the setter takes the value, `Some` is
//! implied), as bon does by default.

use std::hint::black_box;

use serde::Serialize;

use crate::builder::Text;

/// typed-builder: build with the setter chain, serialize into `buf`.
pub(crate) fn typed_builder(buf: &mut Vec<u8>) -> usize {
    buf.clear();
    let request = TbRequest::builder()
        .amount("1000")
        .currency("JPY")
        .card(
            TbCard::builder()
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
            TbReturnUrl::builder()
                .webhook_url("https://www.webhookurl.com/")
                .success_url("http://www.successurl.com/")
                .decline_url("http://www.declineurl.com/")
                .build(),
        )
        .billing_address(
            TbAddress::builder()
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
            TbAddress::builder()
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
            TbBrowserInfo::builder()
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

#[derive(Serialize, typed_builder::TypedBuilder)]
#[builder(field_defaults(setter(into)))]
struct TbRequest {
    amount: Text,
    currency: Text,
    card: TbCard,
    merchant_txn_ref: String,
    customer_ip: Text,
    merchant_id: String,
    return_url: TbReturnUrl,
    billing_address: TbAddress,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(default, setter(strip_option))]
    shipping_address: Option<TbAddress>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(default, setter(strip_option))]
    browser_info: Option<TbBrowserInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(default, setter(strip_option))]
    time_zone: Option<String>,
}

#[derive(Serialize, typed_builder::TypedBuilder)]
#[builder(field_defaults(setter(into)))]
struct TbCard {
    number: Text,
    cvc: Text,
    expiry_month: Text,
    expiry_year: Text,
    name: String,
}

#[derive(Serialize, typed_builder::TypedBuilder)]
#[builder(field_defaults(setter(into)))]
struct TbReturnUrl {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(default, setter(strip_option))]
    webhook_url: Option<Text>,
    success_url: Text,
    decline_url: Text,
}

#[derive(Serialize, typed_builder::TypedBuilder)]
#[builder(field_defaults(setter(into)))]
struct TbAddress {
    country: Text,
    email: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(default, setter(strip_option))]
    phone_number: Option<Text>,
    address1: String,
    city: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(default, setter(strip_option))]
    state: Option<String>,
    postal_code: String,
}

#[derive(Serialize, typed_builder::TypedBuilder)]
#[builder(field_defaults(setter(into)))]
#[serde(rename_all = "camelCase")]
struct TbBrowserInfo {
    accept_header: String,
    screen_color_depth: Text,
    java_enabled: bool,
    language: String,
    screen_height: Text,
    screen_width: Text,
    challenge_window: Text,
    user_agent: String,
}
