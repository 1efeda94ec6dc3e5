//! How the shopper pays: `paymentMethod`, a union tagged by `type`, and its variants' details.

use payment_core::{Builder, CardNumber, Cvc, Expiry};

use crate::parts::FundingSource;

/// `CardDetails` (`type` `scheme` or `bcmc`): raw card details, encrypted ones, or a stored token.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema, rename_all = "camelCase")]
pub struct CardDetails {
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
    /// The expiry: `expiryMonth` `"03"` and `expiryYear` `"2030"` (four digits), both or neither (a
    /// card given encrypted or stored has none).
    #[payment(
        flatten,
        rename_keys("expiryMonth", "expiryYear"),
        with = payment_core::forms::expiry_four_digit_year
    )]
    expiry: Option<Expiry>,
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
pub struct IdealDetails {
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
pub enum PayPalSubtype {
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
pub struct PayPalDetails {
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
pub struct ApplePayDetails {
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
pub struct GooglePayDetails {
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
pub struct PayWithGoogleDetails {
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
pub struct KlarnaDetails {
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
pub struct SepaDirectDebitDetails {
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
pub enum PaymentMethod {
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
