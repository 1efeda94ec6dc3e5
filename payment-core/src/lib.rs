//! # payment-core
//!
//! The paymentv2 gateway's requests and responses as Rust types that keep one promise: **if it
//! compiles, the request is complete; if a value is in a request, it is valid.**
//!
//! - [Value types](#value-types) hold only valid values: [`Currency`], [`Country`], [`Expiry`],
//!   [`CardNumber`], [`Cvc`], [`Iban`], [`Amount`], [`Email`], [`Url`], [`Phone`] (and `std::net::IpAddr`). Each has
//!   a literal macro checked **at compile time** (`currency!("JPY")`), a `FromStr` with a typed error, and
//!   serde in the wire form.
//! - [`model`] has the requests ([`model::PaymentRequest`], capture, refund, void) with type-state
//!   builders, and the responses.
//! - [`Builder`] is the derive behind the models; use it on your own request types (see [`builder`]).
//! - [`wire`] reads untrusted JSON and reports **every** invalid field with its path.
//!
//! ## Build a request
//!
//! ```
//! use payment_core::model::PaymentRequest;
//! use payment_core::{amount, card_number, country, currency, cvc, email, expiry, ip, merchant_id, money, url};
//!
//! # fn main() -> Result<(), payment_core::wire::FieldError> {
//! let request = PaymentRequest::builder()
//!     .money(money!(1000 JPY))
//!     .card(|c| {
//!         c.number(card_number!("5200 0000 0000 1005"))
//!             .cvc(cvc!("100"))
//!             .expiry(expiry!("12/30"))
//!             .name("John Doe") // a `Result`: the name has rules checked at run time
//!     })?
//!     .merchant_txn_ref("order-42")?
//!     .customer_ip(ip!("127.0.0.1"))
//!     .merchant_id(merchant_id!("my-merchant"))
//!     .return_url(|r| {
//!         r.success_url(url!("https://shop.example/ok")).decline_url(url!("https://shop.example/ko"))
//!     })
//!     .billing_address(|a| {
//!         a.country(country!("JP"))
//!             .email(email!("billing@testemail.com"))
//!             .address1("1-2-3 Shinjuku")? // free text: no control characters (`#[payment(text)]`)
//!             .city("Shinjuku-ku")?
//!             .postal_code("1600022")
//!     })?
//!     .build();
//!
//! let json = serde_json::to_value(&request).unwrap();
//! assert_eq!(json["card"]["expiry_month"], "12");
//! assert_eq!(json["amount"], "1000");
//! // Card data never reaches `Debug` output.
//! assert!(!format!("{request:?}").contains("5200000000001005"));
//! # Ok(())
//! # }
//! ```
//!
//! Forgetting a required field does not compile, and the error names it:
//!
//! ```compile_fail
//! use payment_core::model::ReturnUrl;
//! use payment_core::url;
//!
//! // error[E0277]: `ReturnUrlBuilder::build()` is missing required field `decline_url`
//! let r = ReturnUrl::builder().success_url(url!("https://shop.example/ok")).build();
//! ```
//!
//! So does a bad literal:
//!
//! ```compile_fail
//! // error: `JPX`: the currency code is not in ISO 4217 (did you mean `JPY`?)
//! let c = payment_core::currency!("JPX");
//! ```
//!
//! ## Read untrusted JSON
//!
//! ```
//! use payment_core::model::PaymentRequest;
//!
//! let report = PaymentRequest::from_json(r#"{"amount": "0", "currency": "JPX"}"#).unwrap_err();
//! // Every problem at once, by path, without the rejected values.
//! assert!(report.paths().any(|p| p == "currency"));
//! assert!(report.paths().any(|p| p == "card"));
//! assert!(!report.to_string().contains("JPX"));
//! ```
//!
//! ## Value types
//!
//! | type | literal | rule | wire |
//! | --- | --- | --- | --- |
//! | [`Currency`] | `currency!("JPY")` | active ISO 4217 code (list of 2026-01-01); knows its minor-unit exponent | `"JPY"` |
//! | [`Country`] | `country!("JP")` | assigned ISO 3166-1 alpha-2 code | `"JP"` |
//! | [`Expiry`] | `expiry!("12/30")` | month 01-12, year YY or YYYY, at most twenty years ahead | `"expiry_month": "12", "expiry_year": "30"` |
//! | `IpAddr` | `ip!("127.0.0.1")` | IPv4 or IPv6 | `"127.0.0.1"` |
//! | [`CardNumber`] | `card_number!("5200 0000 0000 1005")` | 12-19 digits, Luhn (UnionPay excepted), not starting with 0, scheme length where certain; knows its [`Scheme`] | `"5200000000001005"` |
//! | [`Cvc`] | `cvc!("100")` | 3 or 4 digits | `"100"` |
//! | [`Iban`] | `iban!("NL91 ABNA 0417 1643 00")` | ISO 13616: a country of SWIFT's IBAN Registry (Release 100), its length and BBAN format, mod-97 check digits; upper case, electronic or print form | `"NL91ABNA0417164300"` |
//! | [`Amount`] | `amount!(1000)` | positive integer of minor units | `"1000"` (requests), `1000` (responses) |
//! | [`Email`] | `email!("a@b.example")` | dot-atom local part, an IDNA2008 domain with a top-level domain and no special-use name, at most 254 bytes in A-labels; kept in NFC | string |
//! | [`Url`] | `url!("https://shop.example/ok")` | absolute http(s) URL as written (nothing the parser would repair), public or loopback host, no user info, no port 0 | string |
//! | [`WebhookUrl`] | `webhook_url!("https://shop.example/hook")` | https, a host that resolves publicly (no special-use, single-label or cloud metadata name) or a public address, no user info | string |
//! | [`Phone`] | `phone!("+81 12 3456 78")` | as people write it (`+`, spaces, separators, full-width digits), an assigned country code first, 7-15 digits; sent as digits | string |
//! | free text (`#[payment(text)]`) | | no control characters, no bidirectional overrides | string |
//!
//! Each rule, its sources and their dates: the [`payment_rules`] crate docs.
//!
//! `CardNumber`, `Cvc` and `Iban` are secrets: `Debug` and `Display` show at most `520000******1005`,
//! never a CVC, and an IBAN's country code and last four (`NL** **** **** **43 00`); their memory is
//! zeroized on drop. The full value leaves only through serialization and
//! `expose_secret()`.

extern crate self as payment_core;

pub mod builder;
pub mod forms;
pub mod model;
pub mod schema;
#[doc(hidden)]
pub mod value;
pub mod wire;

pub use payment_derive::Builder;
pub use value::*;

#[doc(hidden)]
pub mod __private;
