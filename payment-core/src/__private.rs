//! What the code of `payment-derive` (the derive and the literal macros) emits calls. Hidden and not part
//! of the public API: it changes with the derive, which `payment-core` pins to its own version.
//!
//! The literal constructors re-check their input (in a `const` block where the rule is `const`), so even
//! a direct call can never return an invalid value: it panics instead.

use std::fmt;

pub use crate::builder::Errors;
/// The pieces a derived struct's JSON Schema is assembled with.
pub use crate::schema::build as schema_build;

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
