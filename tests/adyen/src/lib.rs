//! Adyen Checkout API v71, `POST /payments`: the request body `PaymentRequest`, modelled with
//! `#[derive(Builder)]` and its attributes alone. The worked example of the README's "Your own request
//! types": a second gateway, with string enums, a tagged union (`paymentMethod`), lists of objects
//! (`lineItems`, `splits`), maps (`metadata`, `additionalData`), dates (`dateOfBirth`, `deliverAt`) and
//! other wire forms (`telephoneNumber` with its `+`, an app `returnUrl`, `ZZ` for an unknown country).
//!
//! Source: Adyen's published OpenAPI description, <https://github.com/Adyen/adyen-openapi>,
//! `json/CheckoutService-v71.json` at commit `aa014f0cbdb58ff5c44a2ff9d5fe734642210aff` (2026-07-01).
//! The schema part and the 16 request examples are in the repository's `tests/fixtures/adyen/`; the tests
//! (`tests/tests/adyen.rs`) build every example with the builder and compare it, as JSON values and as
//! stable compact bytes, and read broken bodies back with every error at its wire path.
//!
//! There is no hand-written `Serialize`, `Deserialize`, `Collect` or `Flatten` here: lengths and ranges
//! are the spec's `maxLength` / `minLength` or the limits its descriptions state, and the few rules the
//! spec states in words are plain functions in [`rules`], named by `custom = ..`.
//!
//! ```
//! use adyen_model::{PaymentRequest, ShopperInteraction};
//! use payment_core::{ShopperReturnUrl, currency, ip};
//!
//! let request = PaymentRequest::builder()
//!     .amount(|a| a.currency(currency!("EUR")).value(1000))
//!     .merchant_account("YOUR_MERCHANT_ACCOUNT")?
//!     .payment_method(|m| m.ideal(|i| i.issuer("1121")))?
//!     .reference("YOUR_ORDER_NUMBER")?
//!     .return_url("my-app://adyen/return".parse::<ShopperReturnUrl>()?)?
//!     .shopper_interaction(ShopperInteraction::Ecommerce)
//!     .shopper_ip(ip!("192.0.2.1"))
//!     .build();
//! let json = serde_json::to_value(&request)?;
//! assert_eq!(json["paymentMethod"], serde_json::json!({ "type": "ideal", "issuer": "1121" }));
//! assert_eq!(json["returnUrl"], "my-app://adyen/return");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![deny(missing_docs)]

mod methods;
mod parts;
mod request;
pub mod rules;

pub use methods::*;
pub use parts::*;
pub use request::*;
