//! The unvalidated serde twin of `PaymentRequest` for reading: the same keys, every value a `String`, no
//! rules. Shared by `payment-core/benches/parse.rs` and `benches/runtime/` (included by `#[path]`).

use serde::Deserialize;

/// The unvalidated twin of `PaymentRequest`: the same keys, every value kept as the string it was sent as.
#[derive(Deserialize)]
#[allow(dead_code)] // read only by serde
pub(crate) struct TwinRequest {
    pub(crate) amount: String,
    pub(crate) currency: String,
    pub(crate) card: TwinCard,
    pub(crate) merchant_txn_ref: String,
    pub(crate) customer_ip: String,
    pub(crate) merchant_id: String,
    pub(crate) return_url: TwinReturnUrl,
    pub(crate) billing_address: TwinAddress,
    pub(crate) shipping_address: Option<TwinAddress>,
    pub(crate) browser_info: Option<TwinBrowserInfo>,
    pub(crate) time_zone: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub(crate) struct TwinCard {
    pub(crate) number: String,
    pub(crate) cvc: String,
    pub(crate) expiry_month: String,
    pub(crate) expiry_year: String,
    pub(crate) name: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub(crate) struct TwinReturnUrl {
    pub(crate) webhook_url: Option<String>,
    pub(crate) success_url: String,
    pub(crate) decline_url: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub(crate) struct TwinAddress {
    pub(crate) country: String,
    pub(crate) email: String,
    pub(crate) phone_number: Option<String>,
    pub(crate) address1: String,
    pub(crate) city: String,
    pub(crate) state: Option<String>,
    pub(crate) postal_code: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TwinBrowserInfo {
    pub(crate) accept_header: String,
    pub(crate) screen_color_depth: String,
    pub(crate) java_enabled: bool,
    pub(crate) language: String,
    pub(crate) screen_height: String,
    pub(crate) screen_width: String,
    pub(crate) challenge_window: String,
    pub(crate) user_agent: String,
}
