//! Shared pieces of the cross-crate tests in `tests/tests/`: the gateway's published JSON, and the
//! published request built with the typed builder.

use payment_client::sandbox::{sample_address, sample_return_url};
use payment_core::model::PaymentRequest;
use payment_core::wire::FieldError;
use payment_core::{card_number, cvc, email, expiry, ip, merchant_id, money};

/// The gateway's published JSON, copied from the API pages (see `fixtures/README.md`).
pub mod fixtures {
    /// The paymentv2 request (with a webhook URL in place of the page's placeholder).
    pub const PAYMENT_REQUEST: &str = include_str!("../fixtures/paymentv2-request.json");
    /// The paymentv2 201 answer.
    pub const PAYMENT_RESPONSE_201: &str = include_str!("../fixtures/paymentv2-response-201.json");
    /// The paymentv2 3-D Secure 200 answer.
    pub const PAYMENT_RESPONSE_3DS: &str = include_str!("../fixtures/paymentv2-3ds-response-200.json");
    /// A capture request.
    pub const CAPTURE_REQUEST: &str = include_str!("../fixtures/capture-request.json");
    /// The capture 201 answer.
    pub const CAPTURE_RESPONSE_201: &str = include_str!("../fixtures/capture-response-201.json");
    /// The status 200 answer.
    pub const STATUS_RESPONSE_200: &str = include_str!("../fixtures/status-response-200.json");
    /// A payment that stores its card (v1 `payment` path).
    pub const TOKENIZE_REQUEST: &str = include_str!("../fixtures/tokenize-request.json");
    /// A payment with a stored card (v1 `payment` path).
    pub const STORED_CARD_REQUEST: &str = include_str!("../fixtures/stored-card-payment-request.json");
}

/// The published paymentv2 request, value for value, built with the builder and the literal macros. Its
/// expiry (12/24) is in the past: checking it against the clock is the caller's call, so it is still sent.
///
/// # Errors
///
/// Never in practice: the values are fixed and valid, and the run-time-checked setters return `Result`.
pub fn fixture_request() -> Result<PaymentRequest, FieldError> {
    Ok(PaymentRequest::builder()
        .money(money!(1000 JPY))
        .card(|c| {
            c.number(card_number!("5200000000001005"))
                .cvc(cvc!("100"))
                .expiry(expiry!("12/24"))
                .name("John Doe")
        })?
        .merchant_txn_ref("qwe")?
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .return_url_value(sample_return_url())
        .billing_address_value(sample_address(email!("billing@testemail.com"))?)
        .shipping_address_value(sample_address(email!("shipping@testemail.com"))?)
        .browser_info(|b| {
            b.accept_header("text/html")?
                .screen_color_depth(48)?
                .java_enabled(false)
                .language("en")?
                .screen_height(1200)?
                .screen_width(1600)?
                .challenge_window(4)?
                .user_agent("Mozilla/4.0 (MSIE 6.0; Windows NT 5.0)")
        })?
        .time_zone("Asia/Kuala_Lumpur")?
        .build())
}

/// A JSON Schema compiled by an independent validator (boon, draft 2020-12), to check the schemas of
/// `payment_core::schema` against.
pub struct SchemaCheck {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl SchemaCheck {
    /// Compiles `T`'s schema document.
    ///
    /// # Panics
    ///
    /// When the document is not a valid schema (the test then fails with boon's reason).
    pub fn of<T: payment_core::schema::Schema>() -> Self {
        let doc = payment_core::schema::document::<T>();
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        let url = "urn:paymentv2:schema";
        compiler.add_resource(url, doc.clone()).unwrap_or_else(|e| panic!("{e}\n{doc:#}"));
        let index = compiler
            .compile(url, &mut schemas)
            .unwrap_or_else(|e| panic!("not a valid schema: {e}\n{doc:#}"));
        Self { schemas, index }
    }

    /// Whether `value` is valid, or why not.
    ///
    /// # Errors
    ///
    /// The validator's explanation, with the failing location.
    pub fn check(&self, value: &serde_json::Value) -> Result<(), String> {
        self.schemas.validate(value, self.index).map_err(|e| format!("{e:#}"))
    }
}

/// The README's complete rust blocks, compiled and run as doc tests (`cargo test -p payment-tests
/// --doc`); its fragments are `rust,ignore` blocks checked by `tests/tests/readme.rs`.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
