//! The value types: each holds only valid values.
//!
//! Every type has three ways in, and all three run the same rule of `payment-rules`: `FromStr` /
//! `TryFrom` at run time, a literal macro checked at compile time (`currency!("JPY")`), and
//! `Deserialize` / [`Collect`](crate::wire::Collect) on untrusted input.

// The modules are public but hidden: rustc prints a type's defining path in its messages
// (`payment_core::value::country::Country`) when the crate reading them does not name the re-export, and
// a path it prints must compile from the user's crate (issue 25). Use the root re-exports.
#[doc(hidden)]
pub mod amount;
#[doc(hidden)]
pub mod card;
#[doc(hidden)]
pub mod contact;
#[doc(hidden)]
pub mod country;
#[doc(hidden)]
pub mod currency;
#[doc(hidden)]
pub mod cvc;
mod digits;
#[doc(hidden)]
pub mod expiry;
#[doc(hidden)]
pub mod iban;
mod literals;
#[doc(hidden)]
pub mod money;
pub(crate) mod serde_str;

pub use amount::Amount;
pub use card::CardNumber;
pub use contact::{Email, MerchantId, Phone, ShopperReturnUrl, Url, WebhookUrl};
pub use country::{Country, CountryOrUnknown};
pub use currency::Currency;
pub use cvc::Cvc;
pub use expiry::Expiry;
pub use iban::Iban;
pub use literals::*;
pub use money::Money;

pub use payment_rules::RuleError;
pub use payment_rules::amount::AmountError;
pub use payment_rules::card::{CardError, Scheme};
pub use payment_rules::country::CountryError;
pub use payment_rules::currency::CurrencyError;
pub use payment_rules::cvc::CvcError;
pub use payment_rules::email::EmailError;
pub use payment_rules::expiry::ExpiryError;
pub use payment_rules::iban::IbanError;
pub use payment_rules::merchant::MerchantIdError;
pub use payment_rules::money::MoneyError;
pub use payment_rules::phone::PhoneError;
pub use payment_rules::return_url::ReturnUrlError;
pub use payment_rules::text::TextError;
pub use payment_rules::url::UrlError;

use crate::wire::Invalid;

/// Any rule error becomes a wire [`Invalid`] with the rule's code and its value-free wording, and the
/// rule's suggestion where it gives one (currency and country codes only: a suggestion is an entry of the
/// ISO table, never the refused value; [`RuleError::suggestion`]).
///
/// ```
/// use payment_core::{CardNumber, Country, Currency, wire::Invalid};
///
/// let invalid = Invalid::from("JPX".parse::<Currency>().unwrap_err());
/// assert_eq!(invalid.code(), "currency");
/// assert_eq!(invalid.message(), "must be an active ISO 4217 currency code (did you mean `JPY`?)");
/// let invalid = Invalid::from("EURO".parse::<Currency>().unwrap_err());
/// assert_eq!(invalid.message(), "must be an active ISO 4217 currency code (did you mean `EUR`?)");
/// let invalid = Invalid::from("jp".parse::<Country>().unwrap_err());
/// assert_eq!(invalid.message(), "must be an upper-case ISO 3166-1 alpha-2 country code (did you mean `JP`?)");
/// // A card number's error never suggests a number.
/// let invalid = Invalid::from("5200000000001006".parse::<CardNumber>().unwrap_err());
/// assert!(!invalid.message().contains("did you mean"));
/// ```
impl<E: RuleError> From<E> for Invalid {
    fn from(e: E) -> Self {
        match e.suggestion() {
            None => Invalid::new(e.code(), e.rule()),
            Some(meant) => Invalid::new(e.code(), format!("{} (did you mean `{meant}`?)", e.rule())),
        }
    }
}
