//! Untrusted-JSON group, validator peer: the unvalidated twin's shape (every value a `String`) deriving
//! `validator::Validate` with the model's rules: `length` where the model has `length` (validator counts
//! characters, as the model does), `nested` for the nested objects, and every other rule as
//! `custom(function = ...)` calling the same `payment_rules` function (`crate::rules`). The expiry horizon
//! needs both keys, so it is a struct-level `schema` function on the card. Then `serde_json::from_str`
//! and `.validate()`.

use std::hint::black_box;

use serde::Deserialize;
use validator::{Validate, ValidationError};

use crate::parse::FIXTURE;
use crate::rules;

/// validator: serde into the twin, then `.validate()`.
pub(crate) fn validator(_: &mut Vec<u8>) -> usize {
    let request: VRequest = serde_json::from_str(black_box(FIXTURE)).unwrap();
    request.validate().unwrap();
    black_box(&request).card.name.len()
}

/// Whether `json` reads into the twin and passes `.validate()`.
pub(crate) fn accepts(json: &str) -> bool {
    serde_json::from_str::<VRequest>(json).is_ok_and(|r| r.validate().is_ok())
}

/// One `fn(&str) -> Result<(), ValidationError>` per rule, as validator's `custom` wants.
macro_rules! custom {
    ($($rule:ident),* $(,)?) => {$(
        pub(super) fn $rule(s: &str) -> Result<(), ValidationError> {
            rules::$rule(s).map_err(ValidationError::new)
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
        expiry_year,
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

fn card_expiry(card: &VCard) -> Result<(), ValidationError> {
    rules::expiry_horizon(&card.expiry_month, &card.expiry_year).map_err(ValidationError::new)
}

#[derive(Deserialize, Validate)]
struct VRequest {
    #[validate(custom(function = "check::amount"))]
    amount: String,
    #[validate(custom(function = "check::currency"))]
    currency: String,
    #[validate(nested)]
    card: VCard,
    #[validate(length(min = 1, max = 45), custom(function = "check::text"))]
    merchant_txn_ref: String,
    #[validate(custom(function = "check::ip"))]
    customer_ip: String,
    #[validate(custom(function = "check::merchant_id"))]
    merchant_id: String,
    #[validate(nested)]
    return_url: VReturnUrl,
    #[validate(nested)]
    billing_address: VAddress,
    #[validate(nested)]
    shipping_address: Option<VAddress>,
    #[validate(nested)]
    browser_info: Option<VBrowserInfo>,
    #[validate(custom(function = "check::time_zone"))]
    time_zone: Option<String>,
}

#[derive(Deserialize, Validate)]
#[validate(schema(function = "card_expiry"))]
struct VCard {
    #[validate(custom(function = "check::card_number"))]
    number: String,
    #[validate(custom(function = "check::cvc"))]
    cvc: String,
    #[validate(custom(function = "check::expiry_month"))]
    expiry_month: String,
    #[validate(custom(function = "check::expiry_year"))]
    expiry_year: String,
    #[validate(length(min = 1, max = 128), custom(function = "check::text"))]
    name: String,
}

#[derive(Deserialize, Validate)]
struct VReturnUrl {
    #[validate(custom(function = "check::webhook_url"))]
    webhook_url: Option<String>,
    #[validate(custom(function = "check::url"))]
    success_url: String,
    #[validate(custom(function = "check::url"))]
    decline_url: String,
}

#[derive(Deserialize, Validate)]
struct VAddress {
    #[validate(custom(function = "check::country"))]
    country: String,
    #[validate(custom(function = "check::email"))]
    email: String,
    #[validate(custom(function = "check::phone"))]
    phone_number: Option<String>,
    #[validate(custom(function = "check::text"))]
    address1: String,
    #[validate(custom(function = "check::text"))]
    city: String,
    #[validate(custom(function = "check::text"))]
    state: Option<String>,
    #[validate(custom(function = "check::text"))]
    postal_code: String,
}

#[derive(Deserialize, Validate)]
#[serde(rename_all = "camelCase")]
struct VBrowserInfo {
    #[validate(custom(function = "check::text"))]
    accept_header: String,
    #[validate(custom(function = "check::color_depth"))]
    screen_color_depth: String,
    #[allow(dead_code)] // read only by serde: no rule
    java_enabled: bool,
    #[validate(custom(function = "check::text"))]
    language: String,
    #[validate(custom(function = "check::pixels"))]
    screen_height: String,
    #[validate(custom(function = "check::pixels"))]
    screen_width: String,
    #[validate(custom(function = "check::challenge_window"))]
    challenge_window: String,
    #[validate(custom(function = "check::text"))]
    user_agent: String,
}
