//! Adyen Checkout v71 `POST /payments` `PaymentRequest`, from Adyen's OpenAPI
//! (`tests/fixtures/adyen/payment-request-schema.json`; its README cites the upstream commit). Only
//! `#[derive(Builder)]` and its attributes: no hand-written `Serialize`, `Deserialize`, `Collect` or
//! `Flatten`. Lengths and ranges are the spec's `maxLength` / `minLength` or the limits its descriptions
//! state; `custom` rules are in `rules.rs`.

use std::collections::BTreeMap;
use std::net::IpAddr;

use payment_core::{Builder, CardNumber, Country, Currency, Cvc, Email};
use time::{Date, OffsetDateTime};

use super::rules;

/// `Amount`: a currency and a value in minor units.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema)]
pub(crate) struct Amount {
    /// ISO 4217, upper case (`currency`: `minLength` = `maxLength` = 3).
    currency: Currency,
    /// Minor units; Adyen takes zero (a card check), which the crate's `Amount` refuses.
    #[payment(range(min = 0))]
    value: i64,
}

/// `SplitAmount`: the currency is optional (the payment's by default).
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema)]
pub(crate) struct SplitAmount {
    /// ISO 4217.
    currency: Option<Currency>,
    /// Minor units.
    #[payment(range(min = 0))]
    value: i64,
}

/// `shopperInteraction`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema)]
pub(crate) enum ShopperInteraction {
    /// Online, the cardholder present.
    Ecommerce,
    /// Card on file or subscription.
    ContAuth,
    /// Mail or telephone order.
    Moto,
    /// Point of sale.
    #[payment(rename = "POS")]
    Pos,
}

/// `recurringProcessingModel`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema)]
pub(crate) enum RecurringProcessingModel {
    /// One-click or stored card details.
    CardOnFile,
    /// A fixed schedule.
    Subscription,
    /// A non-fixed schedule or variable amounts.
    UnscheduledCardOnFile,
}

/// `channel`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema)]
pub(crate) enum Channel {
    /// An iOS app.
    #[payment(rename = "iOS")]
    Ios,
    /// An Android app.
    Android,
    /// A web page.
    Web,
}

/// `entityType`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema)]
pub(crate) enum EntityType {
    /// A person.
    NaturalPerson,
    /// A company.
    CompanyName,
}

/// `industryUsage`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema, rename_all = "camelCase")]
pub(crate) enum IndustryUsage {
    /// A charge after the stay.
    DelayedCharge,
    /// An instalment.
    Installment,
    /// A no-show fee.
    NoShow,
}

/// `fundingSource` of a card or wallet.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema, rename_all = "lowercase")]
pub(crate) enum FundingSource {
    /// Credit.
    Credit,
    /// Debit.
    Debit,
    /// Prepaid.
    Prepaid,
}

/// A billing address (`BillingAddress`): all five keys but `stateOrProvince` required.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct BillingAddress {
    /// City.
    #[payment(length(max = 3000), text)]
    city: String,
    /// ISO 3166-1 alpha-2, or `ZZ` when unknown.
    #[payment(custom = rules::country_or_zz)]
    country: String,
    /// House number or name.
    #[payment(length(max = 3000), text)]
    house_number_or_name: String,
    /// "A maximum of five digits for an address in the US, or a maximum of ten characters".
    #[payment(length(max = 10), text)]
    postal_code: String,
    /// ISO 3166-2 subdivision.
    #[payment(length(max = 1000), text)]
    state_or_province: Option<String>,
    /// Street, without the house number.
    #[payment(length(max = 3000), text)]
    street: String,
}

/// A delivery address (`DeliveryAddress`): a billing address with a recipient's name.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct DeliveryAddress {
    /// City.
    #[payment(length(max = 3000), text)]
    city: String,
    /// ISO 3166-1 alpha-2, or `ZZ` when unknown.
    #[payment(custom = rules::country_or_zz)]
    country: String,
    /// The recipient's first name.
    #[payment(text)]
    first_name: Option<String>,
    /// House number or name.
    #[payment(length(max = 3000), text)]
    house_number_or_name: String,
    /// The recipient's last name.
    #[payment(text)]
    last_name: Option<String>,
    /// Postal code.
    #[payment(length(max = 10), text)]
    postal_code: String,
    /// ISO 3166-2 subdivision.
    #[payment(length(max = 1000), text)]
    state_or_province: Option<String>,
    /// Street.
    #[payment(length(max = 3000), text)]
    street: String,
}

/// `BrowserInfo`, for 3-D Secure 2: every key but `javaScriptEnabled` required.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct BrowserInfo {
    /// The `Accept` header.
    #[payment(text)]
    accept_header: String,
    /// Bits per pixel. (The spec lists 1, 4, 8, 15, 16, 24, 30, 32, 48, but its own example sends 10, so
    /// no rule beyond the sign.)
    #[payment(range(min = 1))]
    color_depth: i32,
    /// Java.
    java_enabled: bool,
    /// JavaScript (absent means true; kept absent when absent).
    java_script_enabled: Option<bool>,
    /// `navigator.language`.
    #[payment(length(max = 35), text)]
    language: String,
    /// Pixels.
    #[payment(range(min = 0))]
    screen_height: i32,
    /// Pixels.
    #[payment(range(min = 0))]
    screen_width: i32,
    /// Minutes from UTC.
    #[payment(range(min = -840, max = 840))]
    time_zone_offset: i32,
    /// The `User-Agent` header.
    #[payment(text)]
    user_agent: String,
}

/// `LineItem`: every key optional.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct LineItem {
    /// Minor units.
    #[payment(range(min = 0))]
    amount_excluding_tax: Option<i64>,
    /// Minor units.
    #[payment(range(min = 0))]
    amount_including_tax: Option<i64>,
    /// Brand.
    #[payment(text)]
    brand: Option<String>,
    /// Colour.
    #[payment(text)]
    color: Option<String>,
    /// Description.
    #[payment(length(max = 10000), text)]
    description: Option<String>,
    /// Your id of the item.
    #[payment(text)]
    id: Option<String>,
    /// A link to a picture (the spec's example sends a placeholder, not a URL).
    #[payment(text)]
    image_url: Option<String>,
    /// Category (PayPal, Ratepay).
    #[payment(text)]
    item_category: Option<String>,
    /// Manufacturer.
    #[payment(text)]
    manufacturer: Option<String>,
    /// Marketplace seller.
    #[payment(text)]
    marketplace_seller_id: Option<String>,
    /// A link to the item (a placeholder in the spec's example).
    #[payment(text)]
    product_url: Option<String>,
    /// Number of items.
    #[payment(range(min = 0))]
    quantity: Option<i64>,
    /// Email for a gift card.
    receiver_email: Option<Email>,
    /// Size.
    #[payment(text)]
    size: Option<String>,
    /// Stock keeping unit.
    #[payment(text)]
    sku: Option<String>,
    /// Minor units.
    #[payment(range(min = 0))]
    tax_amount: Option<i64>,
    /// Basis points (2100 is 21 %).
    #[payment(range(min = 0, max = 10000))]
    tax_percentage: Option<i64>,
    /// Universal Product Code.
    #[payment(text)]
    upc: Option<String>,
}

/// A split's `type`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema)]
#[allow(missing_docs)]
pub(crate) enum SplitType {
    AcquiringFees,
    AdyenCommission,
    AdyenFees,
    AdyenMarkup,
    BalanceAccount,
    Commission,
    Default,
    Interchange,
    MarketPlace,
    PaymentFee,
    Remainder,
    SchemeFee,
    Surcharge,
    Tip,
    TopUp,
    #[payment(rename = "VAT")]
    Vat,
}

/// `Split`: a part of the payment booked to an account (only `type` required).
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct Split {
    /// The account booked to.
    #[payment(text)]
    account: Option<String>,
    /// The amount booked.
    #[payment(nested)]
    amount: Option<SplitAmount>,
    /// Your description.
    #[payment(text)]
    description: Option<String>,
    /// Your reference.
    #[payment(text)]
    reference: Option<String>,
    /// What the part is.
    #[payment(rename = "type")]
    kind: SplitType,
}

/// `platformChargebackLogic.behavior`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema, rename_all = "camelCase")]
#[allow(clippy::enum_variant_names)] // the spec's names, all `deduct..`
pub(crate) enum ChargebackBehavior {
    /// One balance account pays.
    DeductFromOneBalanceAccount,
    /// As the split.
    DeductAccordingToSplitRatio,
    /// The liable account pays.
    DeductFromLiableAccount,
}

/// `PlatformChargebackLogic`.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct PlatformChargebackLogic {
    /// How a chargeback is handled.
    behavior: Option<ChargebackBehavior>,
    /// Where the fees are booked.
    #[payment(text)]
    cost_allocation_account: Option<String>,
    /// Where the disputed amount is booked.
    #[payment(text)]
    target_account: Option<String>,
}

/// `ShopperName`.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct ShopperName {
    /// First name.
    #[payment(length(max = 80), text)]
    first_name: String,
    /// Last name.
    #[payment(length(max = 80), text)]
    last_name: String,
}

/// `authenticationData.attemptAuthentication`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema, rename_all = "lowercase")]
pub(crate) enum AttemptAuthentication {
    /// Always.
    Always,
    /// Never.
    Never,
}

/// `threeDSRequestData.challengeWindowSize`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema)]
pub(crate) enum ChallengeWindowSize {
    /// 250x400.
    #[payment(rename = "01")]
    W250H400,
    /// 390x400.
    #[payment(rename = "02")]
    W390H400,
    /// 500x600.
    #[payment(rename = "03")]
    W500H600,
    /// 600x400.
    #[payment(rename = "04")]
    W600H400,
    /// Full screen.
    #[payment(rename = "05")]
    FullScreen,
}

/// `threeDSRequestData.dataOnly`: a boolean written as a string enum.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema, rename_all = "lowercase")]
pub(crate) enum DataOnly {
    /// `"false"`.
    False,
    /// `"true"`.
    True,
}

/// `threeDSRequestData.nativeThreeDS`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema, rename_all = "lowercase")]
pub(crate) enum NativeThreeDs {
    /// Native when available.
    Preferred,
    /// Redirect.
    Disabled,
}

/// `threeDSRequestData.threeDSVersion`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema)]
pub(crate) enum ThreeDsVersion {
    /// 2.1.0.
    #[payment(rename = "2.1.0")]
    V210,
    /// 2.2.0.
    #[payment(rename = "2.2.0")]
    V220,
}

/// `ThreeDSRequestData`.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct ThreeDsRequestData {
    /// The challenge window's size.
    challenge_window_size: Option<ChallengeWindowSize>,
    /// The data-only flow.
    data_only: Option<DataOnly>,
    /// Native 3-D Secure.
    #[payment(rename = "nativeThreeDS")]
    native_three_ds: Option<NativeThreeDs>,
    /// The version.
    #[payment(rename = "threeDSVersion")]
    three_ds_version: Option<ThreeDsVersion>,
}

/// `AuthenticationData`.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct AuthenticationData {
    /// When to attempt 3-D Secure.
    attempt_authentication: Option<AttemptAuthentication>,
    /// The authentication-only flow (spec default `false`; kept absent when absent).
    authentication_only: Option<bool>,
    /// More 3-D Secure parameters.
    #[payment(nested, rename = "threeDSRequestData")]
    three_ds_request_data: Option<ThreeDsRequestData>,
}

/// `CardDetails` (`type` `scheme` or `bcmc`): raw card details, encrypted ones, or a stored token.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct CardDetails {
    /// The sequence number of a subscription's debit.
    #[payment(text)]
    billing_sequence_number: Option<String>,
    /// A secondary brand.
    #[payment(text)]
    brand: Option<String>,
    /// The checkout attempt.
    #[payment(text)]
    checkout_attempt_id: Option<String>,
    /// The card number, raw (Luhn and the scheme's length checked by `CardNumber`).
    #[payment(card_number)]
    number: Option<CardNumber>,
    /// `01` to `12`. (A flattened `Expiry` cannot be used: it writes `expiry_month` and a two-digit year.)
    #[payment(custom = rules::expiry_month)]
    expiry_month: Option<String>,
    /// Four digits.
    #[payment(custom = rules::expiry_year)]
    expiry_year: Option<String>,
    /// The security code.
    #[payment(cvc)]
    cvc: Option<Cvc>,
    /// JWE-encrypted card details.
    #[payment(length(max = 40000))]
    encrypted_card: Option<String>,
    /// Encrypted card number.
    #[payment(length(max = 15000))]
    encrypted_card_number: Option<String>,
    /// Encrypted expiry month.
    #[payment(length(max = 15000))]
    encrypted_expiry_month: Option<String>,
    /// Encrypted expiry year.
    #[payment(length(max = 15000))]
    encrypted_expiry_year: Option<String>,
    /// Encrypted one-time password.
    #[payment(length(max = 15000))]
    encrypted_password: Option<String>,
    /// Encrypted security code.
    #[payment(length(max = 15000))]
    encrypted_security_code: Option<String>,
    /// Credit, debit or prepaid.
    funding_source: Option<FundingSource>,
    /// The card holder.
    #[payment(length(max = 15000), text)]
    holder_name: Option<String>,
    /// The scheme's transaction id.
    #[payment(text)]
    network_payment_reference: Option<String>,
    /// SDK parameters, base64.
    #[payment(length(max = 50000))]
    sdk_data: Option<String>,
    /// India's recurring notification.
    #[payment(text)]
    shopper_notification_reference: Option<String>,
    /// A stored card's token.
    #[payment(length(max = 64), text)]
    stored_payment_method_id: Option<String>,
    /// The 3-D Secure 2 mobile SDK's version.
    #[payment(rename = "threeDS2SdkVersion", length(max = 12), text)]
    three_ds2_sdk_version: Option<String>,
}

/// `IdealDetails`: every key optional (the bank is chosen on iDEAL's page).
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct IdealDetails {
    /// The checkout attempt.
    #[payment(text)]
    checkout_attempt_id: Option<String>,
    /// A preselected bank.
    #[payment(text)]
    issuer: Option<String>,
    /// SDK parameters, base64.
    #[payment(length(max = 50000))]
    sdk_data: Option<String>,
    /// A stored token.
    #[payment(length(max = 64), text)]
    stored_payment_method_id: Option<String>,
}

/// `payPal.subtype`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema, rename_all = "lowercase")]
pub(crate) enum PayPalSubtype {
    /// Express checkout.
    Express,
    /// Redirect.
    Redirect,
    /// The SDK.
    Sdk,
}

/// `PayPalDetails`.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct PayPalDetails {
    /// The checkout attempt.
    #[payment(text)]
    checkout_attempt_id: Option<String>,
    /// PayPal's order id.
    #[payment(rename = "orderID", text)]
    order_id: Option<String>,
    /// `IMMEDIATE_PAYMENT_REQUIRED` or `UNRESTRICTED`.
    #[payment(text)]
    payee_preferred: Option<String>,
    /// PayPal's payer id.
    #[payment(rename = "payerID", text)]
    payer_id: Option<String>,
    /// `PAYPAL` or `PAYPAL_CREDIT`.
    #[payment(text)]
    payer_selected: Option<String>,
    /// SDK parameters, base64.
    #[payment(length(max = 50000))]
    sdk_data: Option<String>,
    /// A stored token.
    #[payment(length(max = 64), text)]
    stored_payment_method_id: Option<String>,
    /// The flow.
    subtype: Option<PayPalSubtype>,
}

/// `ApplePayDetails`.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct ApplePayDetails {
    /// Apple's `paymentData`, base64.
    #[payment(length(min = 1, max = 10000))]
    apple_pay_token: String,
    /// The checkout attempt.
    #[payment(text)]
    checkout_attempt_id: Option<String>,
    /// Credit, debit or prepaid.
    funding_source: Option<FundingSource>,
    /// SDK parameters, base64.
    #[payment(length(max = 50000))]
    sdk_data: Option<String>,
    /// A stored token.
    #[payment(length(max = 64), text)]
    stored_payment_method_id: Option<String>,
}

/// `GooglePayDetails` (`type` `googlepay`).
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct GooglePayDetails {
    /// The checkout attempt.
    #[payment(text)]
    checkout_attempt_id: Option<String>,
    /// Credit, debit or prepaid.
    funding_source: Option<FundingSource>,
    /// The card network chosen.
    #[payment(text)]
    google_pay_card_network: Option<String>,
    /// Google's token.
    #[payment(length(min = 1, max = 10000))]
    google_pay_token: String,
    /// SDK parameters, base64.
    #[payment(length(max = 50000))]
    sdk_data: Option<String>,
    /// A stored token.
    #[payment(length(max = 64), text)]
    stored_payment_method_id: Option<String>,
    /// The 3-D Secure 2 mobile SDK's version.
    #[payment(rename = "threeDS2SdkVersion", length(max = 12), text)]
    three_ds2_sdk_version: Option<String>,
}

/// `PayWithGoogleDetails` (`type` `paywithgoogle`, which the spec's Google Pay example sends): Google
/// Pay's older tag, whose token is at most 5000 characters.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct PayWithGoogleDetails {
    /// The checkout attempt.
    #[payment(text)]
    checkout_attempt_id: Option<String>,
    /// Credit, debit or prepaid.
    funding_source: Option<FundingSource>,
    /// Google's token.
    #[payment(length(min = 1, max = 5000))]
    google_pay_token: String,
    /// SDK parameters, base64.
    #[payment(length(max = 50000))]
    sdk_data: Option<String>,
    /// A stored token.
    #[payment(length(max = 64), text)]
    stored_payment_method_id: Option<String>,
    /// The 3-D Secure 2 mobile SDK's version.
    #[payment(rename = "threeDS2SdkVersion", length(max = 12), text)]
    three_ds2_sdk_version: Option<String>,
}

/// `KlarnaDetails` (`type` `klarna`, `klarna_account`, ..).
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct KlarnaDetails {
    /// The invoice address, as a string.
    #[payment(text)]
    billing_address: Option<String>,
    /// The checkout attempt.
    #[payment(text)]
    checkout_attempt_id: Option<String>,
    /// The delivery address, as a string.
    #[payment(text)]
    delivery_address: Option<String>,
    /// Name, date of birth, phone, email, as a string.
    #[payment(text)]
    personal_details: Option<String>,
    /// SDK parameters, base64.
    #[payment(length(max = 50000))]
    sdk_data: Option<String>,
    /// A stored token.
    #[payment(length(max = 64), text)]
    stored_payment_method_id: Option<String>,
    /// The flow.
    #[payment(text)]
    subtype: Option<String>,
}

/// `SepaDirectDebitDetails`.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub(crate) struct SepaDirectDebitDetails {
    /// The checkout attempt.
    #[payment(text)]
    checkout_attempt_id: Option<String>,
    /// When the account is charged.
    #[payment(text)]
    due_date: Option<String>,
    /// The IBAN (the spec's example sends a placeholder, so no IBAN rule).
    #[payment(length(min = 1, max = 34), text)]
    iban: String,
    /// The account holder.
    #[payment(length(min = 1), text)]
    owner_name: String,
    /// SDK parameters, base64.
    #[payment(length(max = 50000))]
    sdk_data: Option<String>,
    /// A stored token.
    #[payment(length(max = 64), text)]
    stored_payment_method_id: Option<String>,
    /// A verified transfer instrument (top-ups).
    #[payment(text)]
    transfer_instrument_id: Option<String>,
}

/// `paymentMethod`: one of the spec's `oneOf`, chosen by `type`.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(tag = "type", rename_all = "lowercase", collect_errors, schema)]
pub(crate) enum PaymentMethod {
    /// A card (`scheme`).
    Scheme(CardDetails),
    /// Bancontact card (`bcmc`), the same details.
    Bcmc(CardDetails),
    /// iDEAL.
    Ideal(IdealDetails),
    /// PayPal.
    PayPal(PayPalDetails),
    /// Apple Pay.
    ApplePay(ApplePayDetails),
    /// Google Pay.
    GooglePay(GooglePayDetails),
    /// Google Pay, older tag.
    PayWithGoogle(PayWithGoogleDetails),
    /// Klarna, pay later.
    Klarna(KlarnaDetails),
    /// Klarna, pay over time.
    #[payment(rename = "klarna_account")]
    KlarnaAccount(KlarnaDetails),
    /// SEPA Direct Debit.
    SepaDirectDebit(SepaDirectDebitDetails),
}

/// `PaymentRequest`, the body of `POST /payments` (the five keys the spec requires are required here).
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase", box_values)]
pub(crate) struct PaymentRequest {
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
    /// Where the shopper returns: a web URL or an app's (`my-app://adyen/return`).
    #[payment(length(max = 8000), custom = rules::return_url)]
    return_url: String,
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
