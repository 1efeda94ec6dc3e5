//! Untrusted-JSON group, garde peer: the unvalidated twin's shape (every value a `String`) deriving
//! `garde::Validate` with the model's rules: `length(chars, ...)` where the model has `length` (the
//! model counts characters; garde's default mode would count bytes), `dive` for the nested objects,
//! `inner(...)` for the rules of `Option` fields, and every other rule as `custom(...)` calling the same
//! `payment_rules` function (`crate::rules`). The expiry horizon needs both keys: the year's rule is a
//! closure over `&self.expiry_month`. Then `serde_json::from_str` and `.validate()`.

use std::hint::black_box;

use garde::Validate;
use serde::Deserialize;

use crate::parse::FIXTURE;
use crate::rules;

/// garde: serde into the twin, then `.validate()`.
pub(crate) fn garde(_: &mut Vec<u8>) -> usize {
    let request: GRequest = serde_json::from_str(black_box(FIXTURE)).unwrap();
    request.validate().unwrap();
    black_box(&request).card.name.len()
}

/// Whether `json` reads into the twin and passes `.validate()`.
pub(crate) fn accepts(json: &str) -> bool {
    serde_json::from_str::<GRequest>(json).is_ok_and(|r| r.validate().is_ok())
}

/// One `fn(&str, &()) -> garde::Result` per rule, as garde's `custom` wants.
macro_rules! custom {
    ($($rule:ident),* $(,)?) => {$(
        pub(super) fn $rule(s: &str, _: &()) -> garde::Result {
            rules::$rule(s).map_err(garde::Error::new)
        }
    )*};
}

mod check {
    use super::*;

    custom!(
        amount,
        currency,
        country,
        card_number,
        cvc,
        expiry_month,
        ip,
        merchant_id,
        email,
        phone,
        url,
        webhook_url,
        text,
        time_zone,
        color_depth,
        pixels,
        challenge_window,
    );
}

/// The year's own rule, then the horizon with the month.
fn year_then_horizon(month: &str) -> impl FnOnce(&str, &()) -> garde::Result + '_ {
    move |year, _| {
        rules::expiry_year(year).and_then(|()| rules::expiry_horizon(month, year)).map_err(garde::Error::new)
    }
}

#[derive(Deserialize, Validate)]
struct GRequest {
    #[garde(custom(check::amount))]
    amount: String,
    #[garde(custom(check::currency))]
    currency: String,
    #[garde(dive)]
    card: GCard,
    #[garde(length(chars, min = 1, max = 45), custom(check::text))]
    merchant_txn_ref: String,
    #[garde(custom(check::ip))]
    customer_ip: String,
    #[garde(custom(check::merchant_id))]
    merchant_id: String,
    #[garde(dive)]
    return_url: GReturnUrl,
    #[garde(dive)]
    billing_address: GAddress,
    #[garde(dive)]
    shipping_address: Option<GAddress>,
    #[garde(dive)]
    browser_info: Option<GBrowserInfo>,
    #[garde(inner(custom(check::time_zone)))]
    time_zone: Option<String>,
}

#[derive(Deserialize, Validate)]
struct GCard {
    #[garde(custom(check::card_number))]
    number: String,
    #[garde(custom(check::cvc))]
    cvc: String,
    #[garde(custom(check::expiry_month))]
    expiry_month: String,
    #[garde(custom(year_then_horizon(&self.expiry_month)))]
    expiry_year: String,
    #[garde(length(chars, min = 1, max = 128), custom(check::text))]
    name: String,
}

#[derive(Deserialize, Validate)]
struct GReturnUrl {
    #[garde(inner(custom(check::webhook_url)))]
    webhook_url: Option<String>,
    #[garde(custom(check::url))]
    success_url: String,
    #[garde(custom(check::url))]
    decline_url: String,
}

#[derive(Deserialize, Validate)]
struct GAddress {
    #[garde(custom(check::country))]
    country: String,
    #[garde(custom(check::email))]
    email: String,
    #[garde(inner(custom(check::phone)))]
    phone_number: Option<String>,
    #[garde(custom(check::text))]
    address1: String,
    #[garde(custom(check::text))]
    city: String,
    #[garde(inner(custom(check::text)))]
    state: Option<String>,
    #[garde(custom(check::text))]
    postal_code: String,
}

#[derive(Deserialize, Validate)]
#[serde(rename_all = "camelCase")]
struct GBrowserInfo {
    #[garde(custom(check::text))]
    accept_header: String,
    #[garde(custom(check::color_depth))]
    screen_color_depth: String,
    #[garde(skip)]
    #[allow(dead_code)] // read only by serde: no rule
    java_enabled: bool,
    #[garde(custom(check::text))]
    language: String,
    #[garde(custom(check::pixels))]
    screen_height: String,
    #[garde(custom(check::pixels))]
    screen_width: String,
    #[garde(custom(check::challenge_window))]
    challenge_window: String,
    #[garde(custom(check::text))]
    user_agent: String,
}
