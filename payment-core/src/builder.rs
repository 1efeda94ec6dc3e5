//! Runtime support for the type-state builders that `#[derive(Builder)]` generates.
//!
//! A generated builder has one type parameter per **required** field, [`Unset`] until the field's setter
//! is called and [`Set`] after. `build()` carries one bound per required field, so calling it early is a
//! compile error naming each missing field. The attributes are listed in the docs of
//! [`derive(Builder)`](crate::Builder).
//!
//! # Example
//!
//! ```
//! use payment_core::Builder;
//!
//! #[derive(Builder, Debug)]
//! #[payment(collect_errors)] // also offer `.collect_errors()` (see `Collecting`)
//! pub struct Holder {
//!     /// The name on the card.
//!     #[payment(length(min = 1, max = 45))]
//!     name: String,
//!     #[payment(rename = "nick")]
//!     nickname: Option<String>,
//! }
//!
//! #[derive(Builder, Debug)]
//! #[payment(collect_errors)]
//! pub struct Payment {
//!     #[payment(range(min = 1))]
//!     amount: u64,
//!     #[payment(default = 3)]
//!     retries: u8,
//!     #[payment(nested)]
//!     holder: Holder,
//! }
//!
//! # fn main() -> Result<(), payment_core::wire::FieldError> {
//! // Validating setters return `Result`; a nested closure may use `?` on them.
//! let payment = Payment::builder()
//!     .amount(1200u64)?
//!     .holder(|h| h.nickname("work").name("Jane Doe"))? // a closure may end on a validating setter
//!     .build();
//! assert_eq!(*payment.retries(), 3);
//! assert_eq!(
//!     serde_json::to_string(&payment).unwrap(),
//!     r#"{"amount":1200,"retries":3,"holder":{"name":"Jane Doe","nick":"work"}}"#
//! );
//!
//! // A rule broken in a setter names the field by its JSON path, never the value.
//! let err = Payment::builder().holder(|h| h.name("")).unwrap_err();
//! assert_eq!(err.to_string(), "holder.name: must be 1 to 45 characters long");
//!
//! // Or every rule failure at once: after `.collect_errors()` no setter fails and `build()` reports all.
//! let report = Payment::builder()
//!     .collect_errors()
//!     .amount(0u64)
//!     .holder(|h| h.name(""))
//!     .build()
//!     .unwrap_err();
//! assert_eq!(report.paths().collect::<Vec<_>>(), ["amount", "holder.name"]);
//!
//! // Untrusted JSON: every problem at once (values are read first, then each struct's rules run).
//! let report = Payment::from_json(r#"{"amount":0,"holder":{"name":""}}"#).unwrap_err();
//! assert_eq!(report.paths().collect::<Vec<_>>(), ["holder.name", "amount"]);
//! # Ok(())
//! # }
//! ```
//!
//! # Compile errors
//!
//! Forgetting a required field fails at the `.build()` call with
//! ``error[E0277]: `CardBuilder::build()` is missing required field `number` ``, one error per missing
//! field:
//!
//! ```compile_fail,E0277
//! use payment_core::Builder;
//!
//! #[derive(Builder)]
//! pub struct Card {
//!     number: String,
//!     name: String,
//! }
//!
//! let card = Card::builder().name("Jane").build(); // missing `number`
//! ```
//!
//! Setting a field twice fails with ``field `number` of `CardBuilder` is already set``:
//!
//! ```compile_fail,E0277
//! use payment_core::Builder;
//!
//! #[derive(Builder)]
//! pub struct Card {
//!     number: String,
//! }
//!
//! let card = Card::builder().number("4111").number("5200").build();
//! ```

use crate::__private::Errors;
use crate::wire::{FieldError, Invalid};

/// The state of a required field that has not been set yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Unset;

/// The state of a required field that has been set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Set;

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
    crate::ReturnUrl,
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

/// What a closure passed to a nested-field setter (`.card(|c| c.number(..)...)`) may return: a complete
/// builder of `T`, or a `Result` of one (when the closure calls validating setters with `?`).
///
/// The generated code implements it for every builder whose required fields are all set, so returning
/// an incomplete builder from the closure is reported like an early `build()`: one error per missing
/// field.
pub trait Nested<T> {
    /// What the outer setter returns: the next outer builder `N`, or `Result<N, FieldError>`.
    type Output<N>;

    /// Builds the `T` and hands it to `then`; errors get `key` (the wire name) and `field` (the Rust
    /// name) prefixed to their paths. Plumbing of the generated setters (hidden); it calls the checked
    /// `build()`, so it yields only values that passed their rules.
    #[doc(hidden)]
    fn finish_into<N>(self, key: &str, field: &str, then: impl FnOnce(T) -> N) -> Self::Output<N>;
}

impl<T, B: Nested<T>> Nested<T> for Result<B, FieldError> {
    type Output<N> = Result<B::Output<N>, FieldError>;

    fn finish_into<N>(self, key: &str, field: &str, then: impl FnOnce(T) -> N) -> Self::Output<N> {
        match self {
            Ok(builder) => Ok(builder.finish_into(key, field, then)),
            Err(e) => Err(e.prefixed_field(key, field)),
        }
    }
}

/// The mode of a builder made by `T::builder()`: setters with a rule checked at run time return
/// `Result<_, FieldError>` (stop at the first failure, with `?`), and `build()` returns the value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Checked;

/// The mode of a builder after `.collect_errors()`: **no setter fails**; each rule failure is recorded
/// (with its wire path and its Rust field path) and `build()` returns `Result<T, ValidationReport>`
/// with every failure at once, nested structs included. Required fields and value types are still
/// checked at compile time.
///
/// A struct has this mode when it derives `Builder` with `#[payment(collect_errors)]` (every model of
/// this crate does): it is opt-in because it costs compile time in every crate that derives, and a struct
/// without rules checked at run time gains nothing from it.
///
/// ```
/// use payment_core::{Builder, wire::ValidationReport};
///
/// #[derive(Builder, Debug)]
/// #[payment(collect_errors)]
/// pub struct Holder {
///     #[payment(length(min = 1, max = 45), text)]
///     name: String,
///     #[payment(length(max = 8), rename = "ref")]
///     reference: String,
/// }
///
/// let report: ValidationReport = Holder::builder()
///     .collect_errors()
///     .name("")                       // no `?`: recorded
///     .reference("far too long a reference")
///     .build()
///     .unwrap_err();
/// let found: Vec<_> = report.errors().iter().map(|e| (e.path(), e.field_path())).collect();
/// assert_eq!(found, [("name", Some("name")), ("ref", Some("reference"))]);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Collecting;

/// What a closure passed to a nested-field setter of a collecting builder returns: a complete builder
/// of `T` in [`Collecting`] mode. Generated for every builder whose required fields are all set.
///
/// Plumbing of the generated setters, not for calling: hidden from the docs. Even called by hand it
/// gives the value only when its builder recorded no failure, so it is no way around the rules.
#[doc(hidden)]
pub trait CollectNested<T> {
    /// The value, or every failure recorded while building it (the struct-level check included).
    fn finish_collecting(self) -> Result<T, Errors>;
}

/// A struct that derives `Builder`: names its builder type, so a `nested` field's closure setter can
/// take it as its argument.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not derive `Builder`, so it cannot be a `#[payment(nested)]` field",
    label = "this type has no builder",
    note = "add `#[derive(payment_core::Builder)]` to `{Self}`, or remove `nested` and set the field with a value"
)]
pub trait Buildable {
    /// The builder with no field set.
    type Builder;
    /// Starts a builder (the same as the inherent `T::builder()`).
    #[doc(hidden)]
    fn builder() -> Self::Builder;
}

/// A struct whose builder has the [`Collecting`] mode: it derives `Builder` with
/// `#[payment(collect_errors)]`. A nested field of a collecting builder must be one too, so that its
/// failures are collected as well.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no collecting builder, so it cannot be a nested field of a builder in `.collect_errors()` mode",
    label = "built in collecting mode here",
    note = "add `#[payment(collect_errors)]` to `{Self}` (next to `#[derive(Builder)]`)"
)]
pub trait CanCollect {
    /// The builder with no field set, in [`Collecting`] mode.
    type Collecting;
    /// Starts a builder in [`Collecting`] mode (`T::builder().collect_errors()`).
    #[doc(hidden)]
    fn collecting() -> Self::Collecting;
}

/// The builder of a list of structs deriving `Builder` (a `#[payment(nested)]` field of type `Vec<T>`):
/// each element is added with a closure on its own builder, whose completeness is checked at compile time
/// like any nested builder, and whose errors carry the element's index (`line_items[1].quantity`).
///
/// ```
/// use payment_core::Builder;
///
/// #[derive(Builder, Debug)]
/// pub struct LineItem {
///     #[payment(length(max = 10))]
///     name: String,
///     quantity: u32,
/// }
///
/// #[derive(Builder, Debug)]
/// pub struct Order {
///     #[payment(nested)]
///     line_items: Vec<LineItem>,
/// }
///
/// # fn main() -> Result<(), payment_core::wire::FieldError> {
/// // A closure that ends on a validating setter returns a `Result`, and so does `push`.
/// let order = Order::builder()
///     .line_items(|l| l.push(|i| i.quantity(2).name("Mug"))?.push(|i| i.quantity(1).name("Tea")))?
///     .build();
/// assert_eq!(order.line_items().len(), 2);
/// let err = Order::builder()
///     .line_items(|l| l.push(|i| i.quantity(2).name("Mug"))?.push(|i| i.quantity(1).name("Far too long a name")))
///     .unwrap_err();
/// assert_eq!((err.path(), err.field_path()), ("line_items[1].name", Some("line_items[1].name")));
/// # Ok(())
/// # }
/// ```
pub struct ListBuilder<T, Mode = Checked> {
    items: Vec<T>,
    errors: Errors,
    /// Elements added so far, those refused in collecting mode included: the next one's index.
    pushed: usize,
    mode: std::marker::PhantomData<fn() -> Mode>,
}

impl<T, Mode> ListBuilder<T, Mode> {
    fn new() -> Self {
        Self { items: Vec::new(), errors: Errors::new(), pushed: 0, mode: std::marker::PhantomData }
    }

    /// `[i]`, the path segment of the next element, counted.
    fn next_index(&mut self) -> String {
        self.pushed += 1;
        format!("[{}]", self.pushed - 1)
    }
}

impl<T: Buildable> ListBuilder<T, Checked> {
    /// Adds an element built with a closure on its builder; a validating setter's error inside it comes
    /// back with the element's index in its path.
    pub fn push<B: Nested<T>>(mut self, build: impl FnOnce(T::Builder) -> B) -> B::Output<Self> {
        let at = self.next_index();
        build(T::builder()).finish_into(&at, &at, move |item| {
            self.items.push(item);
            self
        })
    }

    /// Adds an element built beforehand.
    pub fn push_value(mut self, item: impl Into<T>) -> Self {
        self.pushed += 1;
        self.items.push(item.into());
        self
    }
}

impl<T: CanCollect> ListBuilder<T, Collecting> {
    /// Adds an element built with a closure on its builder in collecting mode; its failures are recorded
    /// with the element's index, for the parent's `build()` to report.
    pub fn push<B: CollectNested<T>>(mut self, build: impl FnOnce(T::Collecting) -> B) -> Self {
        let at = self.next_index();
        match build(T::collecting()).finish_collecting() {
            Ok(item) => self.items.push(item),
            Err(errors) => {
                self.errors.take_nested::<T>(Err(errors), &at, &at);
            }
        }
        self
    }

    /// Adds an element built beforehand.
    pub fn push_value(mut self, item: impl Into<T>) -> Self {
        self.pushed += 1;
        self.items.push(item.into());
        self
    }
}

impl<T, Mode> std::fmt::Debug for ListBuilder<T, Mode> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListBuilder").field("items", &self.items.len()).finish()
    }
}

#[doc(hidden)]
impl<T> Nested<Vec<T>> for ListBuilder<T, Checked> {
    type Output<N> = N;
    fn finish_into<N>(self, _key: &str, _field: &str, then: impl FnOnce(Vec<T>) -> N) -> N {
        then(self.items)
    }
}

#[doc(hidden)]
impl<T> CollectNested<Vec<T>> for ListBuilder<T, Collecting> {
    fn finish_collecting(self) -> Result<Vec<T>, Errors> {
        self.errors.finish_nested(Some(self.items))
    }
}

#[doc(hidden)]
impl<T: Buildable> Buildable for Vec<T> {
    type Builder = ListBuilder<T>;
    fn builder() -> ListBuilder<T> {
        ListBuilder::new()
    }
}

#[doc(hidden)]
impl<T: CanCollect> CanCollect for Vec<T> {
    type Collecting = ListBuilder<T, Collecting>;
    fn collecting() -> ListBuilder<T, Collecting> {
        ListBuilder::new()
    }
}
