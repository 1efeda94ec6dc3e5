//! The operations on an earlier transaction: [`CaptureRequest`], [`RefundRequest`], [`VoidRequest`].
//! Each names the transaction by the id the gateway returned (`transactionId`).

use super::TransactionId;
use crate::{Amount, Builder, MerchantId};

/// `POST .../capture`: capture an authorised payment, in full or in part.
///
/// ```json
/// { "transactionId": "e0b0731e-7170-4b64-8a21-7d835eebd641", "amount": 1000,
///   "merchant_id": "< Merchant ID >", "notes": "Capturing authorised amount" }
/// ```
///
/// Unlike paymentv2, `amount` is a JSON number here.
#[derive(Builder, Clone, Debug, PartialEq, Eq)]
#[payment(collect_errors, schema)]
pub struct CaptureRequest {
    /// The id of the authorisation to capture (`transaction_details.id` of the paymentv2 answer).
    #[payment(rename = "transactionId")]
    transaction_id: TransactionId,
    /// The amount to capture, in minor units; at most what was authorised.
    #[payment(serialize_with = Amount::serialize_as_number)]
    amount: Amount,
    /// Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
    merchant_id: MerchantId,
    /// A note kept with the transaction (at most 255 characters).
    #[payment(length(max = 255), text)]
    notes: Option<String>,
}

/// `POST .../refund`: refund a captured payment, in full or in part (the same shape as a capture).
///
/// ```json
/// { "transactionId": "e0b0731e-7170-4b64-8a21-7d835eebd641", "amount": 1000,
///   "merchant_id": "< Merchant ID >", "notes": "Refund for order 42" }
/// ```
#[derive(Builder, Clone, Debug, PartialEq, Eq)]
#[payment(collect_errors, schema)]
pub struct RefundRequest {
    /// The id of the transaction to refund.
    #[payment(rename = "transactionId")]
    transaction_id: TransactionId,
    /// The amount to refund, in minor units; partial refunds are allowed.
    #[payment(serialize_with = Amount::serialize_as_number)]
    amount: Amount,
    /// Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
    merchant_id: MerchantId,
    /// A note kept with the refund (at most 255 characters).
    #[payment(length(max = 255), text)]
    notes: Option<String>,
}

/// `POST .../void`: cancel an authorisation that has not been captured.
///
/// ```json
/// { "transactionId": "e0b0731e-7170-4b64-8a21-7d835eebd641", "merchant_id": "< Merchant ID >" }
/// ```
#[derive(Builder, Clone, Debug, PartialEq, Eq)]
#[payment(collect_errors, schema)]
pub struct VoidRequest {
    /// The id of the authorisation to cancel.
    #[payment(rename = "transactionId")]
    transaction_id: TransactionId,
    /// Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
    merchant_id: MerchantId,
}
