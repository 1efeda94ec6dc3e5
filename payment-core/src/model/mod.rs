//! The paymentv2 models: what is sent ([`PaymentRequest`] and the operations on a transaction) and what
//! comes back ([`PaymentResponse`], [`ThreeDsRedirect`]).
//!
//! Requests are built with their type-state builders (`PaymentRequest::builder()`), or read from untrusted
//! JSON with `from_json`, which reports every invalid field. Responses are plain data read leniently.
//!
//! # Our reading of the gateway's pages
//!
//! - **Which fields are required** is our reading of the published paymentv2 page, which marks none:
//!   amount, currency, the whole card, merchant_txn_ref, customer_ip, merchant_id, return_url (success
//!   and decline URLs) and billing_address; shipping_address, browser_info, time_zone and the webhook URL
//!   are optional.
//! - **The unit of `amount`** is not stated anywhere (every example is JPY): read as minor units, in one
//!   place, [`Money::wire_amount`](crate::Money::wire_amount).
//! - Capture, refund and void name the earlier transaction by its id ([`TransactionId`]); which id a
//!   refund expects and what the status call reports after a capture are in the docs of
//!   `payment_client::Client::refund` and `Client::status`.

mod codes;
mod echoed;
mod enums;
mod operations;
mod payment;
mod response;
mod stored_card;
mod stored_card_token;
mod timestamp;
mod transaction_id;

pub use codes::{DeclineReason, Outcome, ResponseCode};
pub use echoed::EchoedPan;
pub use enums::{CardScheme, GatewayMessageType, TransactionType};
pub use operations::{
    CaptureRequest, CaptureRequestBuilder, RefundRequest, RefundRequestBuilder, VoidRequest,
    VoidRequestBuilder,
};
pub use payment::{
    Address, AddressBuilder, BrowserInfo, BrowserInfoBuilder, Card, CardBuilder, PaymentRequest,
    PaymentRequestBuilder, ReturnUrl, ReturnUrlBuilder,
};
pub use response::{
    AdditionalData, BillingDetails, DeviceDetails, GatewayResponse, MerchantDetails, PaymentDataSource,
    PaymentDetails, PaymentOutcome, PaymentResponse, ResponseAddress, ResponseCard, RiskDetails,
    ThreeDsRedirect, TransactionDetails,
};
pub use stored_card::{PaymentSource, StoredCardRequest, StoredCardRequestBuilder};
pub use stored_card_token::{StoredCardToken, StoredCardTokenError};
pub use timestamp::Timestamp;
pub use transaction_id::{TransactionId, TransactionIdError};
