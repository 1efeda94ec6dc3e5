//! [`Errors`]: what a collecting builder recorded, and how a parent takes a nested builder's outcome.

use super::input::SetterError;
use crate::Money;
use crate::wire::{FieldError, ValidationReport};

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
    pub fn take_money<E: super::input::MoneySetterError>(
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
