//! `PaymentRequest`, the body of `POST /payments`.

use std::collections::BTreeMap;
use std::net::IpAddr;

use payment_core::{Builder, Country, Email, ShopperReturnUrl};
use time::{Date, OffsetDateTime};

use crate::methods::PaymentMethod;
use crate::parts::*;
use crate::rules;

/// `PaymentRequest`, the body of `POST /payments` (the five keys the spec requires are required here).
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase", box_values)]
pub struct PaymentRequest {
    /// A second amount (the spec's `additionalAmount`).
    #[payment(nested)]
    additional_amount: Option<Amount>,
    /// Key-value data for particular payments (`additionalData`: an object of strings).
    additional_data: Option<BTreeMap<String, String>>,
    /// The amount.
    #[payment(nested)]
    amount: Amount,
    /// 3-D Secure options.
    #[payment(nested)]
    authentication_data: Option<AuthenticationData>,
    /// The billing address.
    #[payment(nested)]
    billing_address: Option<BillingAddress>,
    /// The shopper's browser, for 3-D Secure 2.
    #[payment(nested)]
    browser_info: Option<BrowserInfo>,
    /// Hours between authorisation and automatic capture: "Maximum value: 672 (28 days)".
    #[payment(range(min = 0, max = 672))]
    capture_delay_hours: Option<i32>,
    /// The platform.
    channel: Option<Channel>,
    /// The SDK's checkout attempt.
    #[payment(length(max = 256), text)]
    checkout_attempt_id: Option<String>,
    /// The shopper's country (ISO 3166-1 alpha-2).
    country_code: Option<Country>,
    /// The shopper's date of birth, `YYYY-MM-DD`.
    #[payment(custom = rules::date_of_birth)]
    date_of_birth: Option<Date>,
    /// When the goods are delivered, RFC 3339.
    deliver_at: Option<OffsetDateTime>,
    /// The delivery address.
    #[payment(nested)]
    delivery_address: Option<DeliveryAddress>,
    /// The device fingerprint.
    #[payment(length(max = 5000))]
    device_fingerprint: Option<String>,
    /// Offer one-click storage.
    enable_one_click: Option<bool>,
    /// Tokenize for payouts.
    enable_pay_out: Option<bool>,
    /// Store for recurring payments.
    enable_recurring: Option<bool>,
    /// A person or a company.
    entity_type: Option<EntityType>,
    /// Added to the fraud score (may be negative).
    fraud_offset: Option<i32>,
    /// The reason for an amount update.
    industry_usage: Option<IndustryUsage>,
    /// The items bought.
    #[payment(nested)]
    line_items: Option<Vec<LineItem>>,
    /// The shopper statement in a local character set.
    #[payment(values(text))]
    localized_shopper_statement: Option<BTreeMap<String, String>>,
    /// The merchant category code.
    #[payment(custom = rules::mcc)]
    mcc: Option<String>,
    /// The merchant account.
    #[payment(length(min = 1), text)]
    merchant_account: String,
    /// Links the payments of one order.
    #[payment(length(max = 1000), text)]
    merchant_order_reference: Option<String>,
    /// At most 20 entries, keys of at most 20 characters, values of at most 80.
    #[payment(length(max = 20), keys(length(min = 1, max = 20), text), values(length(max = 80), text))]
    metadata: Option<BTreeMap<String, String>>,
    /// The first payment's `pspReference` (partial payments).
    #[payment(text)]
    order_reference: Option<String>,
    /// The page's origin, for 3-D Secure 2 on the web.
    #[payment(length(max = 80), custom = rules::origin)]
    origin: Option<String>,
    /// How to pay.
    #[payment(nested)]
    payment_method: PaymentMethod,
    /// Chargebacks on a platform.
    #[payment(nested)]
    platform_chargeback_logic: Option<PlatformChargebackLogic>,
    /// No authorisations after this date (3-D Secure 2).
    #[payment(text)]
    recurring_expiry: Option<String>,
    /// Minimum days between authorisations (3-D Secure 2).
    #[payment(text)]
    recurring_frequency: Option<String>,
    /// The recurring payment type.
    recurring_processing_model: Option<RecurringProcessingModel>,
    /// The HTTP method back from the issuer.
    #[payment(text)]
    redirect_from_issuer_method: Option<String>,
    /// The HTTP method to the issuer.
    #[payment(text)]
    redirect_to_issuer_method: Option<String>,
    /// Your reference: "Maximum length: 80 characters".
    #[payment(length(min = 1, max = 80), text)]
    reference: String,
    /// Where the shopper returns: a web page or an app's URL (`my-app://adyen/return`), sent as given;
    /// "Maximum length: 8000 characters".
    #[payment(length(max = 8000))]
    return_url: ShopperReturnUrl,
    /// Until when the session is valid.
    session_validity: Option<OffsetDateTime>,
    /// Links the requests of one checkout session.
    #[payment(length(max = 256), text)]
    shopper_conversion_id: Option<String>,
    /// The shopper's email.
    shopper_email: Option<Email>,
    /// How the shopper takes part.
    shopper_interaction: Option<ShopperInteraction>,
    /// The shopper's IP address (the spec's key is `shopperIP`).
    #[payment(rename = "shopperIP")]
    shopper_ip: Option<IpAddr>,
    /// The language of the payment pages (`nl-NL`; the spec's Klarna example sends `en_US`).
    #[payment(length(max = 35), text)]
    shopper_locale: Option<String>,
    /// The shopper's name.
    #[payment(nested)]
    shopper_name: Option<ShopperName>,
    /// Your shopper id: 3 to 256 characters.
    #[payment(length(min = 3, max = 256), text)]
    shopper_reference: Option<String>,
    /// The text on the shopper's statement.
    #[payment(length(max = 10000), custom = rules::statement)]
    shopper_statement: Option<String>,
    /// The shopper's social security number.
    #[payment(text)]
    social_security_number: Option<String>,
    /// How the payment is split.
    #[payment(nested)]
    splits: Option<Vec<Split>>,
    /// The store: 1 to 64 characters.
    #[payment(length(min = 1, max = 64), text)]
    store: Option<String>,
    /// Store the details for later payments.
    store_payment_method: Option<bool>,
    /// The shopper's phone, with its `+` (E.164).
    #[payment(custom = rules::telephone)]
    telephone_number: Option<String>,
    /// Authentication only (deprecated in v69 for `authenticationData.authenticationOnly`; default
    /// `false`, left off the wire when false).
    #[payment(rename = "threeDSAuthenticationOnly", default, skip_serializing_if = "std::ops::Not::not")]
    three_ds_authentication_only: bool,
    /// Route to a trusted MID.
    trusted_shopper: Option<bool>,
}
