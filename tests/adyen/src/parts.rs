//! The parts of a payment request: amounts, the string enums, addresses, the browser, line items,
//! splits and 3-D Secure options.

use payment_core::{Builder, CountryOrUnknown, Currency, Email};

/// `Amount`: a currency and a value in minor units.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema)]
pub struct Amount {
    /// ISO 4217, upper case (`currency`: `minLength` = `maxLength` = 3).
    currency: Currency,
    /// Minor units. Zero is a card check (Adyen's zero-value authorisation), which paymentv2's `Amount`
    /// refuses; a `u64` holds exactly what Adyen takes (no negative amount reads).
    value: u64,
}

/// `SplitAmount`: the currency is optional (the payment's by default).
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema)]
pub struct SplitAmount {
    /// ISO 4217.
    currency: Option<Currency>,
    /// Minor units.
    value: u64,
}

/// `shopperInteraction`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema)]
pub enum ShopperInteraction {
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
pub enum RecurringProcessingModel {
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
pub enum Channel {
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
pub enum EntityType {
    /// A person.
    NaturalPerson,
    /// A company.
    CompanyName,
}

/// `industryUsage`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema, rename_all = "camelCase")]
pub enum IndustryUsage {
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
pub enum FundingSource {
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
pub struct BillingAddress {
    /// City.
    #[payment(length(max = 3000), text)]
    city: String,
    /// ISO 3166-1 alpha-2, or `ZZ` when unknown.
    country: CountryOrUnknown,
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
pub struct DeliveryAddress {
    /// City.
    #[payment(length(max = 3000), text)]
    city: String,
    /// ISO 3166-1 alpha-2, or `ZZ` when unknown.
    country: CountryOrUnknown,
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
pub struct BrowserInfo {
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
pub struct LineItem {
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
pub enum SplitType {
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
pub struct Split {
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
pub enum ChargebackBehavior {
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
pub struct PlatformChargebackLogic {
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
pub struct ShopperName {
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
pub enum AttemptAuthentication {
    /// Always.
    Always,
    /// Never.
    Never,
}

/// `threeDSRequestData.challengeWindowSize`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema)]
pub enum ChallengeWindowSize {
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
pub enum DataOnly {
    /// `"false"`.
    False,
    /// `"true"`.
    True,
}

/// `threeDSRequestData.nativeThreeDS`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema, rename_all = "lowercase")]
pub enum NativeThreeDs {
    /// Native when available.
    Preferred,
    /// Redirect.
    Disabled,
}

/// `threeDSRequestData.threeDSVersion`.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(schema)]
pub enum ThreeDsVersion {
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
pub struct ThreeDsRequestData {
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
pub struct AuthenticationData {
    /// When to attempt 3-D Secure.
    attempt_authentication: Option<AttemptAuthentication>,
    /// The authentication-only flow (spec default `false`; kept absent when absent).
    authentication_only: Option<bool>,
    /// More 3-D Secure parameters.
    #[payment(nested, rename = "threeDSRequestData")]
    three_ds_request_data: Option<ThreeDsRequestData>,
}
