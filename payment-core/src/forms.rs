//! Other APIs' wire forms of this crate's value types, as `with` modules (serde's meaning:
//! `#[payment(with = payment_core::forms::currency_lowercase)]`). A form changes only how a value is
//! written and read, never what the type accepts: a currency read in lower case is still checked against
//! ISO 4217, a phone number read with its `+` is still 7 to 15 digits.
//!
//! ```
//! use payment_core::{Builder, Currency, Phone, currency, phone};
//!
//! #[derive(Builder, Debug, PartialEq)]
//! struct StripeIntent {
//!     #[payment(with = payment_core::forms::currency_lowercase)]
//!     currency: Currency,
//!     #[payment(with = payment_core::forms::phone_e164)]
//!     phone: Phone,
//! }
//!
//! let intent = StripeIntent::builder().currency(currency!("USD")).phone(phone!("+31201234567")).build();
//! let json = serde_json::to_string(&intent).unwrap();
//! assert_eq!(json, r#"{"currency":"usd","phone":"+31201234567"}"#);
//! assert_eq!(StripeIntent::from_json(&json).unwrap(), intent);
//! let report = StripeIntent::from_json(r#"{"currency":"USD","phone":"31201234567"}"#).unwrap_err();
//! assert_eq!(report.paths().collect::<Vec<_>>(), ["currency", "phone"]);
//! ```

/// A currency code in lower case (`"usd"`, Stripe's form): written so, read only so, and checked
/// against ISO 4217 as [`Currency`](crate::Currency) is.
pub mod currency_lowercase {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::Currency;

    /// Writes the code in lower case.
    pub fn serialize<S: Serializer>(currency: &Currency, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&currency.code().to_ascii_lowercase())
    }

    /// Reads a lower-case code (an upper-case one is refused, as this form's API would).
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Currency, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        if text.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(D::Error::custom("must be a lower-case ISO 4217 currency code"));
        }
        text.to_ascii_uppercase().parse().map_err(|e: crate::CurrencyError| {
            D::Error::custom(crate::wire::Invalid::from(e).message().to_owned())
        })
    }
}

/// A phone number in E.164 form, with its `+` (`"+31201234567"`, Adyen's form): written so, read only
/// so, and checked as [`Phone`](crate::Phone) is.
pub mod phone_e164 {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::Phone;

    /// Writes `+` and the digits.
    pub fn serialize<S: Serializer>(phone: &Phone, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("+{}", phone.as_str()))
    }

    /// Reads `+` and 7 to 15 digits.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Phone, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        if !text.starts_with('+') {
            return Err(D::Error::custom("must be a phone number in E.164 form, starting with `+`"));
        }
        text.parse().map_err(|e: crate::PhoneError| {
            D::Error::custom(crate::wire::Invalid::from(e).message().to_owned())
        })
    }
}

/// A card expiry with a four-digit year, for a flattened [`Expiry`](crate::Expiry): the month written
/// `"03"`, the year `"2030"` (Adyen's `expiryMonth` / `expiryYear`), the year read as `YYYY` only. Its
/// `Form` names the form to [`Flatten`](crate::wire::Flatten); the keys keep `Expiry`'s names unless the
/// field renames them:
///
/// ```
/// use payment_core::{Builder, Expiry, expiry};
///
/// #[derive(Builder, Debug, PartialEq)]
/// #[payment(rename_all = "camelCase")]
/// struct AdyenCard {
///     #[payment(flatten, rename_keys("expiryMonth", "expiryYear"), with = payment_core::forms::expiry_four_digit_year)]
///     expiry: Option<Expiry>,
///     holder_name: String,
/// }
///
/// let card = AdyenCard::builder().expiry(expiry!("03/30")).holder_name("J. Smith".to_owned()).build();
/// let json = serde_json::to_string(&card).unwrap();
/// assert_eq!(json, r#"{"expiryMonth":"03","expiryYear":"2030","holderName":"J. Smith"}"#);
/// assert_eq!(AdyenCard::from_json(&json).unwrap(), card);
/// let encrypted = AdyenCard::from_json(r#"{"holderName":"J. Smith"}"#).unwrap();
/// assert_eq!(encrypted.expiry, None, "an optional expiry with neither key is left out");
/// let report = AdyenCard::from_json(r#"{"expiryMonth":"03","expiryYear":"30","holderName":"x"}"#).unwrap_err();
/// assert_eq!(report.paths().collect::<Vec<_>>(), ["expiryYear"]);
/// ```
pub mod expiry_four_digit_year {
    /// The form, for `Flatten<Form>`: never a value, only a name.
    #[derive(Debug)]
    pub enum Form {}
}
