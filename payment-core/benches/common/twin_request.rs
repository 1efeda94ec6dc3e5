//! The strict serde twin of the paymentv2 fixture request: the same keys in the same order, no rules;
//! value fields are `Cow<'static, str>` (constants, as the literal macros embed them) and free text
//! `String`s. Shared by `payment-core/benches/builder.rs` and `benches/runtime/` (included by `#[path]`),
//! so both measure against one twin.

use std::borrow::Cow;

use serde::Serialize;

/// A wire string that is a constant in the twin (where the model has a value type built by a literal
/// macro).
pub(crate) type Text = Cow<'static, str>;

/// The unvalidated twin of `PaymentRequest`: same keys, same order, no rules.
#[derive(Serialize)]
pub(crate) struct TwinRequest {
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
pub(crate) struct TwinCard {
    number: Text,
    cvc: Text,
    expiry_month: Text,
    expiry_year: Text,
    name: String,
}

#[derive(Serialize)]
pub(crate) struct TwinReturnUrl {
    #[serde(skip_serializing_if = "Option::is_none")]
    webhook_url: Option<Text>,
    success_url: Text,
    decline_url: Text,
}

#[derive(Serialize)]
pub(crate) struct TwinAddress {
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
pub(crate) struct TwinBrowserInfo {
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

/// The fixture as a struct literal of the twin; `t` makes the value fields (constants or owned).
pub(crate) fn twin_with(t: fn(&'static str) -> Text) -> TwinRequest {
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
