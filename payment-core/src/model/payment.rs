//! The paymentv2 request: [`PaymentRequest`] with its [`Card`], [`ReturnUrl`], [`Address`] and
//! [`BrowserInfo`].
//!
//! Which fields are required is our reading of the published page (which marks none): amount, currency,
//! the whole card, merchant_txn_ref, customer_ip, merchant_id, return_url (success and decline URLs) and
//! billing_address; shipping_address, browser_info, time_zone and the webhook URL are optional.

use std::net::IpAddr;

use crate::wire::Invalid;
use crate::{
    Amount, Builder, CardNumber, Country, Currency, Cvc, Email, Expiry, MerchantId, Phone, Url, WebhookUrl,
};

/// A paymentv2 purchase: `POST /api/v1/server-to-server-interface/paymentv2`.
///
/// Build it with [`PaymentRequest::builder`]; `.build()` compiles only once every required field is set,
/// and every value in it has passed its rule. The wire JSON (the published example, with a webhook URL):
///
/// ```json
/// {
///   "amount": "1000",
///   "currency": "JPY",
///   "card": { "cvc": "100", "expiry_month": "12", "expiry_year": "24", "name": "John Doe",
///             "number": "5200000000001005" },
///   "merchant_txn_ref": "qwe",
///   "customer_ip": "127.0.0.1",
///   "merchant_id": "< Merchant ID >",
///   "return_url": { "webhook_url": "https://www.webhookurl.com/", "success_url": "http://www.successurl.com/",
///                   "decline_url": "http://www.declineurl.com/" },
///   "billing_address": { "country": "JP", "email": "billing@testemail.com", "phone_number": "8112345678",
///                        "address1": "1-2-3 Shinjuku", "city": "Shinjuku-ku", "state": "Tokyo",
///                        "postal_code": "1600022" },
///   "shipping_address": { ... same shape ... },
///   "browser_info": { "acceptHeader": "text/html", "screenColorDepth": "48", "javaEnabled": false,
///                     "language": "en", "screenHeight": "1200", "screenWidth": "1600",
///                     "challengeWindow": "4", "userAgent": "Mozilla/4.0 (MSIE 6.0; Windows NT 5.0)" },
///   "time_zone": "Asia/Kuala_Lumpur"
/// }
/// ```
#[derive(Builder, Clone, Debug, PartialEq, Eq)]
// `box_values`: the builder's values are over 600 bytes, which every setter would copy (BENCHMARKS.md).
#[payment(collect_errors, schema, box_values, money(amount = amount, currency = currency))]
pub struct PaymentRequest {
    /// The amount in minor units of `currency` (`1000` JPY is ¥1000; `1000` USD is $10.00), sent as a
    /// string. Set it with the currency from one value: `.money(money!(12.50 USD))` (see
    /// [`Money`](crate::Money) for the unit's open question).
    amount: Amount,
    /// The ISO 4217 currency.
    currency: Currency,
    /// The card to charge.
    #[payment(nested)]
    card: Card,
    /// Your reference for this payment, 1 to 45 characters; echoed in the response.
    #[payment(length(min = 1, max = 45), text)]
    merchant_txn_ref: String,
    /// The shopper's IP address (IPv4 or IPv6).
    customer_ip: IpAddr,
    /// Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
    merchant_id: MerchantId,
    /// Where the shopper's browser and the gateway's notification go after the payment.
    #[payment(nested)]
    return_url: ReturnUrl,
    /// The billing address.
    #[payment(nested)]
    billing_address: Address,
    /// The shipping address, if any.
    #[payment(nested)]
    shipping_address: Option<Address>,
    /// The shopper's browser, for 3-D Secure.
    #[payment(nested)]
    browser_info: Option<BrowserInfo>,
    /// The shopper's time zone, an IANA name such as `Asia/Kuala_Lumpur` (at most 128 characters).
    #[payment(custom = time_zone)]
    time_zone: Option<String>,
}

/// `card`: the card to charge. Its expiry is sent as two keys, `expiry_month` and `expiry_year`.
///
/// ```json
/// { "cvc": "100", "expiry_month": "12", "expiry_year": "24", "name": "John Doe", "number": "5200000000001005" }
/// ```
#[derive(Builder, Clone, Debug, PartialEq, Eq)]
#[payment(collect_errors, schema)]
pub struct Card {
    /// The card number (secret: printed masked, zeroized on drop).
    number: CardNumber,
    /// The card verification code (secret: never printed, zeroized on drop).
    cvc: Cvc,
    /// The expiry month and year.
    #[payment(flatten)]
    expiry: Expiry,
    /// The cardholder's name as printed on the card.
    #[payment(length(min = 1, max = 128), text)]
    name: String,
}

/// `return_url`: where the gateway sends the shopper and its notification.
///
/// ```json
/// { "webhook_url": "https://www.webhookurl.com/", "success_url": "http://www.successurl.com/",
///   "decline_url": "http://www.declineurl.com/", "cancel_url": "http://www.cancelurl.com/" }
/// ```
///
/// `cancel_url` comes from the gateway's webhook page (the paymentv2 page shows the other three); like
/// `webhook_url` it is optional and left out of the JSON when not set.
#[derive(Builder, Clone, Debug, PartialEq, Eq)]
#[payment(collect_errors, schema)]
pub struct ReturnUrl {
    /// Where the gateway posts the result (needed to learn the outcome of a 3-D Secure payment): https to
    /// a public host (the offline sandbox never calls it, and forwards its notifications instead).
    webhook_url: Option<WebhookUrl>,
    /// Where the shopper goes after an approved payment.
    success_url: Url,
    /// Where the shopper goes after a declined payment.
    decline_url: Url,
    /// Where the shopper goes after cancelling the payment (the gateway's webhook page; optional).
    cancel_url: Option<Url>,
}

/// `billing_address` / `shipping_address`.
///
/// ```json
/// { "country": "JP", "email": "billing@testemail.com", "phone_number": "8112345678",
///   "address1": "1-2-3 Shinjuku", "city": "Shinjuku-ku", "state": "Tokyo", "postal_code": "1600022" }
/// ```
#[derive(Builder, Clone, Debug, PartialEq, Eq)]
#[payment(collect_errors, schema)]
pub struct Address {
    /// The ISO 3166-1 alpha-2 country.
    country: Country,
    /// The contact email.
    email: Email,
    /// The phone number in international form, 7 to 15 digits (sent without `+`).
    phone_number: Option<Phone>,
    /// The street address.
    #[payment(text)]
    address1: String,
    /// The city.
    #[payment(text)]
    city: String,
    /// The state, prefecture or region.
    #[payment(text)]
    state: Option<String>,
    /// The postal code.
    #[payment(text)]
    postal_code: String,
}

/// `browser_info`: the shopper's browser, for 3-D Secure (EMV 3DS browser fields). Keys are camelCase and
/// numbers are sent as strings.
///
/// ```json
/// { "acceptHeader": "text/html", "screenColorDepth": "48", "javaEnabled": false, "language": "en",
///   "screenHeight": "1200", "screenWidth": "1600", "challengeWindow": "4",
///   "userAgent": "Mozilla/4.0 (MSIE 6.0; Windows NT 5.0)" }
/// ```
#[derive(Builder, Clone, Debug, PartialEq, Eq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub struct BrowserInfo {
    /// The browser's `Accept` header.
    #[payment(text)]
    accept_header: String,
    /// Screen colour depth in bits: one of the EMV 3-D Secure values 1, 4, 8, 15, 16, 24, 32, 48.
    #[payment(string, custom = color_depth)]
    screen_color_depth: u8,
    /// Whether Java is enabled.
    java_enabled: bool,
    /// The browser language (IETF BCP 47, e.g. `en`).
    #[payment(text)]
    language: String,
    /// Screen height in pixels (positive).
    #[payment(string, range(min = 1))]
    screen_height: u32,
    /// Screen width in pixels (positive).
    #[payment(string, range(min = 1))]
    screen_width: u32,
    /// The 3-D Secure challenge window size, 1 to 5 (`01` 250x400 ... `05` full screen).
    #[payment(string, range(min = 1, max = 5))]
    challenge_window: u8,
    /// The browser's `User-Agent`.
    #[payment(text)]
    user_agent: String,
}

/// The EMV 3-D Secure screen colour depths.
const COLOR_DEPTHS: [u8; 8] = [1, 4, 8, 15, 16, 24, 32, 48];

/// `screenColorDepth` must be one of the EMV 3-D Secure values.
fn color_depth(depth: &u8) -> Result<(), Invalid> {
    if COLOR_DEPTHS.contains(depth) {
        Ok(())
    } else {
        Err(Invalid::new("color_depth", "must be one of 1, 4, 8, 15, 16, 24, 32, 48"))
    }
}

/// `time_zone`: an IANA zone name (`Area/Location`, `UTC`): at most 128 characters of letters, digits and
/// `/ _ - +`, no empty segment. The zone database itself is not shipped, so unknown but well-formed names
/// pass.
pub(super) fn time_zone(zone: &str) -> Result<(), Invalid> {
    let well_formed = !zone.is_empty()
        && zone.len() <= 128
        && zone.split('/').all(|seg| {
            !seg.is_empty()
                && seg.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+'))
        });
    if well_formed {
        Ok(())
    } else {
        Err(Invalid::new("time_zone", "must be an IANA time zone name such as `Asia/Kuala_Lumpur`"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_zone_names() {
        for ok in ["Asia/Kuala_Lumpur", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+9"] {
            assert!(time_zone(ok).is_ok(), "{ok}");
        }
        for bad in ["", "Asia//Tokyo", "/UTC", "Asia/Tōkyō", "a b", &"x".repeat(129)] {
            assert!(time_zone(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn color_depths() {
        assert!(color_depth(&48).is_ok());
        assert!(color_depth(&0).is_err());
        assert!(color_depth(&30).is_err());
    }
}
