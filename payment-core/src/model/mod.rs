//! The paymentv2 models: what is sent ([`PaymentRequest`] and the operations on a transaction) and what
//! comes back ([`PaymentResponse`], [`ThreeDsRedirect`]).
//!
//! Requests are built with their type-state builders (`PaymentRequest::builder()`), or read from untrusted
//! JSON with `from_json`, which reports every invalid field. Responses are plain data read leniently.

mod codes;
mod echoed;
mod enums;
mod operations;
mod payment;
mod response;
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
pub use timestamp::Timestamp;
pub use transaction_id::{TransactionId, TransactionIdError};
