//! What the code of `payment-derive` (the derive and the literal macros) emits calls. Hidden and not part
//! of the public API: it changes with the derive, which `payment-core` pins to its own version.
//!
//! The literal constructors re-check their input (in a `const` block where the rule is `const`), so even
//! a direct call can never return an invalid value: it panics instead.

use std::fmt;

use crate::builder::SetterError;

pub use serde;
pub use serde_json;
pub use validator;

pub use crate::wire::derive_api::*;
// The public items generated code names too, so that it needs one path.
pub use crate::wire::{
    Collect, Collector, FieldError, Flatten, Invalid, Natural, ValidationReport, from_json,
};
use crate::{Amount, CardNumber, Currency, Cvc, Email, Expiry, MerchantId, Money, Phone, Url, WebhookUrl};

/// The supertrait of every generated `<field>_is_set` marker: implemented for [`Set`] only, here, so no
/// other crate can make `Unset` count as set.
///
/// [`Set`]: crate::builder::Set
#[diagnostic::on_unimplemented(
    message = "a builder's type-state markers are sealed: only `Set` counts as set",
    label = "a field is set by calling its setter, not by implementing its marker"
)]
pub trait IsSet {}
impl IsSet for crate::builder::Set {}

/// Implemented by a type for itself only: the derive asserts `FieldType: IsValueType<payment_core::Url>`
/// where it took a field for a value type by its name.
#[diagnostic::on_unimplemented(
    message = "this field's type `{Self}` is not `{U}`, which this attribute is for",
    label = "the attribute needs a `{U}` field (or, for a validator, a `String` kept as the wire string)",
    note = "a type named like one of payment-core's value types is another type; declare the field as `{U}`, or remove the attribute and implement `payment_core::wire::Collect` for `{Self}`"
)]
pub trait IsValueType<U: ?Sized> {}
impl<T: ?Sized> IsValueType<T> for T {}

/// `amount!`: panics on zero.
#[track_caller]
pub const fn amount(minor_units: u64) -> Amount {
    Amount::literal(minor_units)
}

/// `money!`: the amount in minor units (panics on zero) and its currency.
#[track_caller]
pub const fn money(minor_units: u64, currency: Currency) -> Money {
    Money::literal(Amount::literal(minor_units), currency)
}

/// `expiry!`: panics on a month or year out of range (the horizon needs the clock, which `const` lacks).
#[track_caller]
pub const fn expiry(month: u8, year: u16) -> Expiry {
    Expiry::literal(month, year)
}

/// `card_number!`: panics on a number that breaks the rule (the message holds no digit). Evaluated in a
/// `const` block by the macro, so the rule runs once, at compile time.
#[track_caller]
pub const fn card_number(digits: &str) -> CardNumber {
    CardNumber::literal(digits)
}

/// `cvc!`: panics on a CVC that breaks the rule. Evaluated in a `const` block by the macro.
#[track_caller]
pub const fn cvc(digits: &str) -> Cvc {
    Cvc::literal(digits)
}

/// `email!`: panics on an address that breaks the rule.
#[track_caller]
pub fn email(s: &'static str) -> Email {
    Email::literal(s)
}

/// `url!`: panics on a URL that breaks the rule.
#[track_caller]
pub fn url(s: &'static str) -> Url {
    Url::literal(s)
}

/// `webhook_url!`: panics on a URL that breaks the rule.
#[track_caller]
pub fn webhook_url(s: &'static str) -> WebhookUrl {
    WebhookUrl::literal(s)
}

/// `phone!`: panics on a number that breaks the rule. Evaluated in a `const` block by the macro.
#[track_caller]
pub const fn phone(s: &'static str) -> Phone {
    Phone::literal(s)
}

/// `merchant_id!`: panics on an id that breaks the rule.
#[track_caller]
pub fn merchant_id(s: &'static str) -> MerchantId {
    MerchantId::literal(s)
}

/// The failures a collecting builder recorded (empty, and never allocated, in a checked one).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Errors(Vec<FieldError>);

impl Errors {
    /// No failure.
    #[inline]
    pub const fn new() -> Self {
        Self(Vec::new())
    }

    /// Records a setter's failure.
    #[inline]
    pub fn record(&mut self, error: FieldError) {
        self.0.push(error);
    }

    /// A nested collecting builder's outcome, for its parent's field: the value, or `None` with the
    /// nested failures recorded under the field's wire `key` and Rust `field` name.
    #[inline]
    pub fn take_nested<T>(&mut self, nested: Result<T, Errors>, key: &str, field: &str) -> Option<T> {
        match nested {
            Ok(value) => Some(value),
            Err(nested) => {
                self.0.extend(nested.0.into_iter().map(|e| e.prefixed_field(key, field)));
                None
            }
        }
    }

    /// A value-type setter's input, converted or parsed (text, collecting mode): the value, or `None`
    /// with the refusal recorded at the field's wire `key` and Rust `field` name.
    #[inline(always)]
    pub fn take_value<T, E: SetterError>(
        &mut self,
        input: Result<T, E>,
        key: &str,
        field: &str,
    ) -> Option<T> {
        match input {
            Ok(value) => Some(value),
            Err(e) => {
                self.0.push(e.into_invalid().at_field(key, field));
                None
            }
        }
    }

    /// `.money(..)`'s input in a collecting builder: the money, or `None` with each refusal recorded at
    /// the field it is about, `(wire key, Rust name)` of the amount and of the currency.
    #[inline(always)]
    pub fn take_money<E: crate::builder::MoneySetterError>(
        &mut self,
        input: Result<Money, E>,
        amount: (&str, &str),
        currency: (&str, &str),
    ) -> Option<Money> {
        match input {
            Ok(money) => Some(money),
            Err(e) => {
                let refused = e.into_refused();
                if let Some(e) = refused.amount {
                    self.0.push(e.at_field(amount.0, amount.1));
                }
                if let Some(e) = refused.currency {
                    self.0.push(e.at_field(currency.0, currency.1));
                }
                None
            }
        }
    }

    /// `build()` of a collecting builder: the value when no failure was recorded, else every failure.
    /// `value` is `None` only when a required field's input was refused, which recorded a failure.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, ValidationReport> {
        match (ValidationReport::new(self.0), value) {
            (None, Some(value)) => Ok(value),
            (Some(report), _) => Err(report),
            (None, None) => unreachable!("a required field without a value recorded why"),
        }
    }

    /// The same for a nested builder: its value only when it recorded no failure, so that no caller can
    /// keep the value and drop the failures (issue 26).
    pub fn finish_nested<T>(self, value: Option<T>) -> Result<T, Errors> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            Some(_) => Err(self),
            None => {
                assert!(!self.0.is_empty(), "a required field without a value recorded why");
                Err(self)
            }
        }
    }
}

/// A value-type setter's input in checked mode, where only a conversion (which never fails) is taken.
#[inline(always)]
pub fn infallible<T>(input: Result<T, std::convert::Infallible>) -> T {
    match input {
        Ok(value) => value,
        Err(never) => match never {},
    }
}

/// The value of a required field in `build()`. The type state guarantees it was set, so `None` is
/// unreachable.
#[inline]
#[track_caller]
pub fn required<T>(value: Option<T>) -> T {
    match value {
        Some(v) => v,
        None => unreachable!("the builder's type state guarantees that every required field is set"),
    }
}

/// `Debug` for a generated builder: which fields are set, never their values (a builder may hold a card
/// number).
pub fn debug_fields(f: &mut fmt::Formatter<'_>, name: &str, fields: &[(&str, bool)]) -> fmt::Result {
    struct State(bool);
    impl fmt::Debug for State {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(if self.0 { "<set>" } else { "<unset>" })
        }
    }
    let mut s = f.debug_struct(name);
    for (field, set) in fields {
        s.field(field, &State(*set));
    }
    s.finish()
}
