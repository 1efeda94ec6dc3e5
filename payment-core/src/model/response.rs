//! The gateway's answers: [`PaymentResponse`] (paymentv2, capture, refund, void, status) and the
//! 3-D Secure redirect ([`ThreeDsRedirect`]), joined in [`PaymentOutcome`].
//!
//! Responses are read leniently: unknown keys are ignored, enumerations keep unknown values, and the
//! fields some operations leave out are `Option`s. The wire JSON is in each type's docs.

use super::{StoredCardToken, TransactionId};
use serde::{Deserialize, Serialize};

use super::codes::ResponseCode;
use super::echoed::EchoedPan;
use super::enums::{CardScheme, GatewayMessageType, TransactionType};
use super::timestamp::Timestamp;
use crate::{Amount, Currency};

/// A completed operation: the answer to paymentv2 (201), capture, refund, void (201) and status (200).
///
/// ```json
/// { "success": true, "status_code": 201, "is_live": false, "transaction_type": "PRE_AUTH",
///   "gateway_response": { "version": "1", "type": "INFO", "message": "Payment Successful.", "code": "INFO0000" },
///   "merchant_details": { "legal_name": "...", "mid": "...", "merchant_txn_ref": "qwe",
///                         "billing_details": { "billing_address": { ... } },
///                         "device_details": { "visited_ip": "127.0.0.1", "customer_ip": "127.0.0.1" } },
///   "payment_details": { "amount": 1000, "response_code": 0, "auth_code": "917290", "currency": "JPY",
///                        "payment_method": "ECMC-SSL", "scheme": "MASTERCARD",
///                        "card": { "name": "John Doe", "number": "5200000000001005", "exp_month": "12", "exp_year": "24" },
///                        "additional_data": { "payment_data_source": { "type": "card" } } },
///   "transaction_details": { "id": "ab8444e7-...", "ref": 74797, "timestamp": "2024-11-25T07:22:48.000Z",
///                            "merchant_txn_ref": "qwe", "stored_payment_method_id": null },
///   "risk-details": { "risk_score": null } }
/// ```
///
/// The risk object is spelled `risk-details` by paymentv2 and `risk_details` by status; both are read, and
/// the spelling received is the one written back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PaymentResponse {
    /// Whether the operation succeeded.
    pub success: bool,
    /// The HTTP status the gateway reports in the body (201 for operations, 200 for status).
    pub status_code: u16,
    /// `false` on the dev host.
    pub is_live: bool,
    /// What the transaction did.
    pub transaction_type: TransactionType,
    /// The gateway's message and code (`INFO0000` ...).
    pub gateway_response: GatewayResponse,
    /// The merchant as the gateway knows it.
    pub merchant_details: MerchantDetails,
    /// Amount, card, scheme and the response code.
    pub payment_details: PaymentDetails,
    /// The new transaction's id, reference and time.
    pub transaction_details: TransactionDetails,
    #[serde(rename = "risk-details", default, skip_serializing_if = "Option::is_none")]
    risk_details_dash: Option<RiskDetails>,
    #[serde(rename = "risk_details", default, skip_serializing_if = "Option::is_none")]
    risk_details_snake: Option<RiskDetails>,
}

impl PaymentResponse {
    /// The risk assessment, whichever spelling (`risk-details` or `risk_details`) carried it.
    pub fn risk_details(&self) -> Option<&RiskDetails> {
        self.risk_details_dash.as_ref().or(self.risk_details_snake.as_ref())
    }

    /// The response code of the payment (`payment_details.response_code`).
    pub fn response_code(&self) -> ResponseCode {
        self.payment_details.response_code
    }

    /// The merchant's own order reference (`merchant_txn_ref`), wherever the gateway put it: the
    /// paymentv2, stored-card, capture, refund and void answers carry it in `transaction_details` and
    /// `merchant_details`, the status answer (and so a webhook verified by payment-client's
    /// `Client::verify_webhook`) only in `merchant_details`. Read it here rather than from either
    /// field, which is `None` when that answer leaves it out.
    ///
    /// ```
    /// use payment_core::model::PaymentResponse;
    ///
    /// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/status-response-200.json");
    /// # let json = std::fs::read_to_string(path).expect("the fixture");
    /// // The status answer (tests/fixtures/status-response-200.json):
    /// let status: PaymentResponse = serde_json::from_str(&json)?;
    /// assert_eq!(status.transaction_details.merchant_txn_ref, None);
    /// assert_eq!(status.merchant_txn_ref(), Some("qwe"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn merchant_txn_ref(&self) -> Option<&str> {
        self.transaction_details
            .merchant_txn_ref
            .as_deref()
            .or(self.merchant_details.merchant_txn_ref.as_deref())
    }

    /// The new transaction's id (`transaction_details.id`), to capture, refund, void or look it up.
    pub fn transaction_id(&self) -> TransactionId {
        self.transaction_details.id
    }

    /// The token of the card this payment stored (`transaction_details.stored_payment_method_id`), to
    /// charge it later with a [`StoredCardRequest`](crate::model::StoredCardRequest); `None` when the
    /// payment stored no card.
    pub fn stored_card_token(&self) -> Option<&StoredCardToken> {
        self.transaction_details.stored_payment_method_id.as_ref()?.as_ref()
    }
}

/// `gateway_response`: `{ "version": "1", "type": "INFO", "message": "Payment Successful.", "code": "INFO0000" }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GatewayResponse {
    /// The message format version.
    pub version: String,
    /// `INFO`, or another kind.
    #[serde(rename = "type")]
    pub kind: GatewayMessageType,
    /// A human-readable message.
    pub message: String,
    /// The gateway's code: `INFO0000` purchase, `INFO0001` capture, `INFO0002` refund, `INFO0003` void.
    pub code: String,
}

/// `merchant_details`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MerchantDetails {
    /// The merchant's legal name.
    pub legal_name: String,
    /// The merchant id the request named.
    pub mid: String,
    /// The merchant's own reference of the transaction (every answer carries it here); read it with
    /// [`PaymentResponse::merchant_txn_ref`].
    pub merchant_txn_ref: Option<String>,
    /// The addresses sent with the payment (paymentv2 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_details: Option<BillingDetails>,
    /// The shopper's device (paymentv2 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_details: Option<DeviceDetails>,
}

/// `billing_details`: `{ "billing_address": {..}, "shipping_address": {..} }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingDetails {
    /// The billing address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<ResponseAddress>,
    /// The shipping address, when one was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<ResponseAddress>,
}

/// An address as the gateway echoes it. Kept as strings: the gateway writes `"N/A"` for an absent phone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
#[allow(missing_docs)]
pub struct ResponseAddress {
    pub country: Option<String>,
    pub email: Option<String>,
    pub phone_number: Option<String>,
    pub address1: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub postal_code: Option<String>,
}

/// `device_details`: `{ "visited_ip": "127.0.0.1", "customer_ip": "127.0.0.1" }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeviceDetails {
    /// The address the gateway saw the request come from.
    pub visited_ip: Option<String>,
    /// The shopper's address as the request gave it.
    pub customer_ip: Option<String>,
}

/// `payment_details`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PaymentDetails {
    /// The amount in minor units (a JSON number in responses).
    #[serde(serialize_with = "Amount::serialize_as_number")]
    pub amount: Amount,
    /// `0` when approved; see [`ResponseCode`].
    pub response_code: ResponseCode,
    /// A description of the response code (status only).
    #[serde(rename = "responseDescription", default, skip_serializing_if = "Option::is_none")]
    pub response_description: Option<String>,
    /// The issuer's authorisation code.
    pub auth_code: Option<String>,
    /// The currency of `amount`.
    pub currency: Currency,
    /// The gateway's payment method, e.g. `ECMC-SSL`.
    pub payment_method: Option<String>,
    /// The card scheme.
    pub scheme: Option<CardScheme>,
    /// The card as the gateway echoes it (the number is secret).
    pub card: Option<ResponseCard>,
    /// Where the payment data came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_data: Option<AdditionalData>,
}

/// `payment_details.card`: `{ "name": "John Doe", "number": "5200000000001005", "exp_month": "12", "exp_year": "24" }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ResponseCard {
    /// The cardholder's name.
    pub name: Option<String>,
    /// The echoed card number: secret, printed masked.
    pub number: EchoedPan,
    /// Expiry month, two digits.
    pub exp_month: Option<String>,
    /// Expiry year, as echoed.
    pub exp_year: Option<String>,
}

/// `additional_data`: `{ "payment_data_source": { "type": "card" } }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AdditionalData {
    /// Where the payment data came from.
    pub payment_data_source: Option<PaymentDataSource>,
}

/// `payment_data_source`: `{ "type": "card" }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PaymentDataSource {
    /// `card`, or a stored payment method.
    #[serde(rename = "type")]
    pub kind: String,
}

/// `transaction_details`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TransactionDetails {
    /// The new transaction's id; capture, refund, void and status name it as `transactionId`.
    pub id: TransactionId,
    /// The gateway's numeric reference.
    #[serde(rename = "ref")]
    pub reference: i64,
    /// When the gateway processed it.
    pub timestamp: Timestamp,
    /// The merchant's own reference, in every answer but the status call's: read it with
    /// [`PaymentResponse::merchant_txn_ref`], which finds it in either place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_txn_ref: Option<String>,
    /// The stored card's token, when the payment stored the card (`null` otherwise); read it with
    /// [`PaymentResponse::stored_card_token`]. A token that is not a UUID makes the answer unreadable
    /// rather than dropping it unseen.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub stored_payment_method_id: Option<Option<StoredCardToken>>,
    /// The addresses (status only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_details: Option<BillingDetails>,
}

/// Reads a key that may be `null`: `Some(None)` for `null`, `None` (via `default`) when absent, so that
/// a `null` the gateway sent is written back.
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// `risk-details` / `risk_details`: `{ "risk_score": null }`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RiskDetails {
    /// The risk score, when the gateway computed one.
    pub risk_score: Option<f64>,
}

/// The 200 answer of paymentv2 for a card enrolled in 3-D Secure: send the shopper's browser to
/// `redirect_url`; the result comes back on the request's `success_url` / `decline_url` and `webhook_url`.
///
/// It carries **no transaction id**: the shop first learns the payment's id from the webhook (or from
/// the page the shopper comes back to). Meanwhile, keep the order under the request's
/// `merchant_txn_ref`, which the notification echoes: read it there with
/// [`PaymentResponse::merchant_txn_ref`].
///
/// Its URLs are the gateway's, kept as it sent them (a plain [`url::Url`]): the rules for the URLs of a
/// *request* ([`Url`](crate::Url)) are about what we send, and the offline sandbox answers with a
/// loopback URL.
///
/// ```json
/// { "url": "https://checkout-dev.paymentoptions.com/integration/3ds?_token=...", "statusCode": 200,
///   "success": true, "redirect_url": "https://checkout-dev.paymentoptions.com/integration/3ds?_token=..." }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ThreeDsRedirect {
    /// The 3-D Secure page.
    pub url: url::Url,
    /// The HTTP status the gateway reports in the body.
    #[serde(rename = "statusCode")]
    pub status_code: u16,
    /// Whether the redirect was set up.
    pub success: bool,
    /// Where to send the shopper's browser.
    pub redirect_url: url::Url,
}

/// What paymentv2 answered: a completed payment, or a 3-D Secure redirect to follow.
#[derive(Clone, Debug, PartialEq)]
pub enum PaymentOutcome {
    /// The payment was processed (201); check `payment_details.response_code`.
    Completed(Box<PaymentResponse>),
    /// The card is enrolled in 3-D Secure (200): redirect the shopper.
    ThreeDsRedirect(ThreeDsRedirect),
}

impl PaymentOutcome {
    /// Reads a paymentv2 answer: the completed-payment shape (201) or, failing that, the 3-D Secure
    /// redirect (200). The common case is parsed once.
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        match serde_json::from_str::<PaymentResponse>(json) {
            Ok(payment) => Ok(Self::Completed(Box::new(payment))),
            Err(not_a_payment) => match serde_json::from_str::<ThreeDsRedirect>(json) {
                Ok(redirect) => Ok(Self::ThreeDsRedirect(redirect)),
                // Report against the shape the answer looks like.
                Err(not_a_redirect) if json.contains("\"redirect_url\"") => Err(not_a_redirect),
                Err(_) => Err(not_a_payment),
            },
        }
    }
}
