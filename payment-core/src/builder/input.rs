//! What setters take: a value type or its text ([`IntoValue`], [`FromText`]), money or a price as text
//! ([`IntoMoney`]), and how a refusal is reported ([`SetterError`], [`MoneySetterError`]).

use super::modes::{Checked, Collecting};
use crate::wire::Invalid;

/// What the setter of a value-type field takes: the value type itself, or anything that converts into it
/// without failing (`From`); and, in [`Collecting`] mode only, its text (`&str`, `&String` or `String`).
///
/// - In [`Checked`] mode a string or a number is refused at compile time: a value type only holds checked
///   values, so it is made with its literal macro (checked at compile time) or parsed, with the error
///   handled where it happens.
/// - In [`Collecting`] mode (after `.collect_errors()`) the setter also takes the raw text, for input
///   that arrives at run time (a shop's order). It is parsed with the type's `FromStr`; a refusal is
///   recorded at the field's path with the message and suggestion `FromStr` gives, and reported by
///   `build()` with every other failure. A card number or a CVC given as text is parsed in the setter and
///   never stored as text: a `String` given by value is wiped (zeroized) once parsed.
///
/// `Via` says which of the two the input took (`Converted` or `Parsed`) and `Mode` is the builder's
/// mode; both are inferred.
///
/// It exists for its compile error, which names the fix instead of "`From<&str>` is not implemented":
///
/// ```compile_fail
/// use payment_core::model::PaymentRequest;
///
/// // error: this setter takes `payment_core::Currency`, not `&str`
/// //   = note: make it with its literal macro, checked at compile time (`currency!("USD")`, ...), or parse
/// //           it and handle the error: `"...".parse::<Currency>()?`
/// let b = PaymentRequest::builder().currency("USD");
/// ```
///
/// After `.parse()?` the type must be named (`.parse::<CardNumber>()?`): the setter is generic over its
/// input, so rustc cannot infer what to parse (it then also reports `!: FromStr`, which naming the type
/// fixes too).
#[diagnostic::on_unimplemented(
    message = "this setter takes `{T}`, not `{Self}`",
    label = "expected `{T}`",
    note = "make it with its literal macro, checked at compile time (`currency!(\"USD\")`, `country!(\"JP\")`, `amount!(1250)`, `money!(12.50 USD)`, `card_number!(\"...\")`, `url!(\"https://...\")`), or parse it at run time and handle the error, naming the type: `text.parse::<{T}>()?`",
    note = "in `.collect_errors()` mode this setter also takes the text itself and records a refusal for `.build()` to report"
)]
pub trait IntoValue<T, Via = Converted, Mode = Checked> {
    /// Why the input was refused: [`Infallible`](std::convert::Infallible) for a conversion, the rule's
    /// [`Invalid`] for text.
    type Error: SetterError;
    /// The value, or why the input is not one.
    fn into_value(self) -> Result<T, Self::Error>;
}

/// [`IntoValue`]'s `Via` for an input converted with `From` (never refused).
#[derive(Debug)]
pub enum Converted {}

/// [`IntoValue`]'s `Via` for text parsed with the value type's `FromStr` (collecting mode only).
#[derive(Debug)]
pub enum Parsed {}

// Not recommended in messages: the error should be about `IntoValue`, with its note, not about `From`.
#[diagnostic::do_not_recommend]
impl<T, U: Into<T>, Mode> IntoValue<T, Converted, Mode> for U {
    type Error = std::convert::Infallible;
    #[inline(always)]
    fn into_value(self) -> Result<T, std::convert::Infallible> {
        Ok(self.into())
    }
}

#[diagnostic::do_not_recommend]
impl<T: FromText> IntoValue<T, Parsed, Collecting> for &str {
    type Error = Invalid;
    #[inline]
    fn into_value(self) -> Result<T, Invalid> {
        T::from_text(self)
    }
}

#[diagnostic::do_not_recommend]
impl<T: FromText> IntoValue<T, Parsed, Collecting> for &String {
    type Error = Invalid;
    #[inline]
    fn into_value(self) -> Result<T, Invalid> {
        T::from_text(self)
    }
}

/// A `String` given by value is the caller's no more: once parsed it is wiped, so a card number given as
/// text leaves no copy behind in memory this crate freed.
#[diagnostic::do_not_recommend]
impl<T: FromText> IntoValue<T, Parsed, Collecting> for String {
    type Error = Invalid;
    #[inline]
    fn into_value(mut self) -> Result<T, Invalid> {
        let parsed = T::from_text(&self);
        zeroize::Zeroize::zeroize(&mut self);
        parsed
    }
}

/// A value type that a collecting builder's setter takes as text: its `FromStr`, with the refusal as the
/// rule's [`Invalid`] (code, value-free message, suggestion for currency and country codes).
#[doc(hidden)]
pub trait FromText: Sized {
    /// Parses the text.
    fn from_text(text: &str) -> Result<Self, Invalid>;
}

macro_rules! from_text {
    ($($ty:ty),*) => {$(
        impl FromText for $ty {
            #[inline]
            fn from_text(text: &str) -> Result<Self, Invalid> {
                text.parse::<$ty>().map_err(Invalid::from)
            }
        }
    )*};
}
from_text!(
    crate::Amount,
    crate::CardNumber,
    crate::Country,
    crate::CountryOrUnknown,
    crate::Currency,
    crate::Cvc,
    crate::Email,
    crate::Expiry,
    crate::MerchantId,
    crate::Phone,
    crate::ShopperReturnUrl,
    crate::Url,
    crate::WebhookUrl
);

impl FromText for std::net::IpAddr {
    #[inline]
    fn from_text(text: &str) -> Result<Self, Invalid> {
        text.parse().map_err(|_| crate::wire::invalid_ip())
    }
}

/// What `.money(..)` takes: a [`Money`](crate::Money) (or what converts into one), and, in
/// [`Collecting`] mode only, a price as text: `"19.99 USD"` (`&str`, `&String`, `String`), or a pair of
/// the amount's text in major units and the currency, as text or as a [`Currency`](crate::Currency):
/// `("19.99", "USD")`, `(order.total, order.currency)`.
///
/// Text is converted exactly as [`Money::from_major`](crate::Money::from_major) does, with the same
/// refusals (too many decimals for the currency, zero, not a decimal). A refused currency is recorded at
/// the currency field and a refused amount at the amount field; when the currency is refused the amount
/// is still checked on its own (a decimal in one spelling, not zero), so both are reported at once.
#[diagnostic::on_unimplemented(
    message = "`.money(..)` takes a `Money`, not `{Self}`",
    label = "expected `Money`",
    note = "make it with `money!(12.50 USD)` (checked at compile time) or `Money::from_major(\"12.50\", currency)?`; in `.collect_errors()` mode `.money(..)` also takes the price as text, `\"19.99 USD\"` or `(\"19.99\", \"USD\")`"
)]
pub trait IntoMoney<Via = Converted, Mode = Checked> {
    /// Why the input was refused.
    type Error: MoneySetterError;
    /// The money, or why the input is not money.
    fn into_money(self) -> Result<crate::Money, Self::Error>;
}

#[diagnostic::do_not_recommend]
impl<U: Into<crate::Money>, Mode> IntoMoney<Converted, Mode> for U {
    type Error = std::convert::Infallible;
    #[inline(always)]
    fn into_money(self) -> Result<crate::Money, std::convert::Infallible> {
        Ok(self.into())
    }
}

macro_rules! money_text {
    ($($ty:ty),*) => {$(
        #[diagnostic::do_not_recommend]
        impl IntoMoney<Parsed, Collecting> for $ty {
            type Error = MoneyRefused;
            #[inline]
            fn into_money(self) -> Result<crate::Money, MoneyRefused> {
                let text: &str = self.as_ref();
                match text.split_once(' ') {
                    Some((amount, currency)) => money_of(amount, currency),
                    None => Err(MoneyRefused::amount(Invalid::from(payment_rules::money::MoneyError::Format))),
                }
            }
        }
    )*};
}
money_text!(&str, &String, String);

#[diagnostic::do_not_recommend]
impl<A: AsRef<str>, C: CurrencyInput> IntoMoney<Parsed, Collecting> for (A, C) {
    type Error = MoneyRefused;
    #[inline]
    fn into_money(self) -> Result<crate::Money, MoneyRefused> {
        money_of(self.0.as_ref(), self.1)
    }
}

/// The currency half of a `.money((amount, currency))` pair: a [`Currency`](crate::Currency) or its
/// code as text.
#[doc(hidden)]
pub trait CurrencyInput {
    /// The currency, or why the text is not one.
    fn currency(self) -> Result<crate::Currency, Invalid>;
}

impl CurrencyInput for crate::Currency {
    fn currency(self) -> Result<crate::Currency, Invalid> {
        Ok(self)
    }
}

impl CurrencyInput for &str {
    fn currency(self) -> Result<crate::Currency, Invalid> {
        crate::Currency::from_text(self)
    }
}

impl CurrencyInput for &String {
    fn currency(self) -> Result<crate::Currency, Invalid> {
        crate::Currency::from_text(self)
    }
}

impl CurrencyInput for String {
    fn currency(self) -> Result<crate::Currency, Invalid> {
        crate::Currency::from_text(&self)
    }
}

/// A price's amount text and currency: [`Money::from_major`](crate::Money::from_major), each refusal at
/// the part it is about.
fn money_of(amount: &str, currency: impl CurrencyInput) -> Result<crate::Money, MoneyRefused> {
    use payment_rules::money::{self as rule, MoneyError};
    match currency.currency() {
        Ok(currency) => crate::Money::from_major(amount, currency).map_err(|e| match e {
            MoneyError::Currency(e) => MoneyRefused { currency: Some(Invalid::from(e)), amount: None },
            e => MoneyRefused::amount(Invalid::from(e)),
        }),
        Err(refused) => Err(MoneyRefused {
            currency: Some(refused),
            amount: rule::decimal_alone(amount).err().map(Invalid::from),
        }),
    }
}

/// Why `.money(..)`'s text was refused: the currency, the amount, or both.
#[doc(hidden)]
#[derive(Debug)]
pub struct MoneyRefused {
    /// The currency's refusal.
    pub currency: Option<Invalid>,
    /// The amount's refusal.
    pub amount: Option<Invalid>,
}

impl MoneyRefused {
    fn amount(refused: Invalid) -> Self {
        Self { currency: None, amount: Some(refused) }
    }
}

/// [`IntoMoney::Error`]: what a refused price becomes in a builder's report.
#[doc(hidden)]
pub trait MoneySetterError {
    /// The refusals.
    fn into_refused(self) -> MoneyRefused;
}

impl MoneySetterError for std::convert::Infallible {
    fn into_refused(self) -> MoneyRefused {
        match self {}
    }
}

impl MoneySetterError for MoneyRefused {
    fn into_refused(self) -> MoneyRefused {
        self
    }
}

/// [`IntoValue::Error`]: what a refused input becomes in a builder's report.
#[doc(hidden)]
pub trait SetterError {
    /// The failure, to be recorded at the field's path.
    fn into_invalid(self) -> Invalid;
}

impl SetterError for std::convert::Infallible {
    fn into_invalid(self) -> Invalid {
        match self {}
    }
}

impl SetterError for Invalid {
    fn into_invalid(self) -> Invalid {
        self
    }
}
