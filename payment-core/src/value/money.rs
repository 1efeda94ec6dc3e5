//! [`Money`]: an amount together with its currency, from and to major units (`12.50 USD`).

use std::fmt;
use std::str::FromStr;

use payment_rules::money::{self as rule, MoneyError};

use super::{Amount, Currency};

/// An [`Amount`] of minor units together with its [`Currency`]: what a price is.
///
/// Converting a price by hand is the classic payment bug, and it compiles and runs silently:
/// `(19.99 * 100.0) as u64` is `1998`, and `12.50 as u64` is `12`. `Money` does it once, exactly (no
/// floating point anywhere), with the currency's ISO 4217 exponent:
///
/// - [`money!`](crate::money) for literals, checked at compile time: `money!(12.50 USD)` is 1250 cents;
///   `money!(12.5 JPY)` and `money!(12.505 USD)` do not compile;
/// - [`Money::from_major`] for a decimal string at run time (`"12.50"`, from your order JSON), and
///   `FromStr` for `"12.50 USD"`;
/// - `Display` for people: `12.50 USD`, `1000 JPY`, `1.234 BHD`.
///
/// A request sets its `amount` and `currency` from one value with `.money(..)`, so the two cannot
/// disagree.
///
/// # The unit of `amount` on the wire: an open question
///
/// The gateway's paymentv2 page does not say whether `"amount"` is in major or minor units: every
/// published example is JPY, which has no minor unit, so `"amount": "1000"` reads the same either way.
/// This crate reads it as **minor units** (`"1250"` is $12.50), as card gateways commonly do, and so does
/// the offline sandbox. The reading is made in one place, [`Money::wire_amount`]; every request's
/// `amount` goes through [`Amount`], whose unit that function defines. Confirm it with the gateway
/// before taking a non-JPY payment.
///
/// ```
/// use payment_core::{Currency, Money, currency, money};
///
/// let price = money!(12.50 USD);
/// assert_eq!((price.amount().minor_units(), price.currency()), (1250, Currency::USD));
/// assert_eq!(price.to_string(), "12.50 USD");
/// assert_eq!(Money::from_major("19.99", currency!("USD")).unwrap().amount().minor_units(), 1999);
/// assert_eq!("1.234 BHD".parse::<Money>().unwrap().amount().minor_units(), 1234);
/// assert!(Money::from_major("12.5", currency!("JPY")).is_err(), "JPY has no minor unit");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    amount: Amount,
    currency: Currency,
}

impl Money {
    /// Money from an amount already in minor units.
    pub const fn new(amount: Amount, currency: Currency) -> Self {
        Self { amount, currency }
    }

    /// Money from a decimal in major units (`"12.50"`), exact: at most as many decimals as the currency
    /// has (see [`payment_rules::money`]), refused rather than rounded.
    pub fn from_major(decimal: &str, currency: Currency) -> Result<Self, MoneyError> {
        let minor = rule::minor_units(decimal, currency.info())?;
        let amount = Amount::new(minor).map_err(|_| MoneyError::Zero)?;
        Ok(Self { amount, currency })
    }

    /// For the `money!` macro: the literal was converted at compile time.
    pub(crate) const fn literal(amount: Amount, currency: Currency) -> Self {
        Self { amount, currency }
    }

    /// The amount, in minor units of [`Money::currency`].
    pub const fn amount(self) -> Amount {
        self.amount
    }

    /// The currency.
    pub const fn currency(self) -> Currency {
        self.currency
    }

    /// The amount as the gateway reads it: **the one place that decides the unit of `amount`** on the
    /// wire (minor units; see [the open question](Money#the-unit-of-amount-on-the-wire-an-open-question)).
    pub const fn wire_amount(self) -> Amount {
        self.amount
    }

    /// The amount in major units, with exactly the currency's decimals: `"12.50"`, `"1000"`.
    pub fn major(self) -> String {
        rule::format_major(self.amount.minor_units(), self.currency.exponent())
    }
}

/// `"12.50 USD"`: a decimal in major units, one space, an ISO 4217 code.
impl FromStr for Money {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, MoneyError> {
        let (decimal, code) = s.split_once(' ').ok_or(MoneyError::Format)?;
        let currency: Currency = code.parse()?;
        Self::from_major(decimal, currency)
    }
}

/// `12.50 USD`: the amount in major units with the currency's decimals, then the code.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.major(), self.currency.code())
    }
}

impl fmt::Debug for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Money({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::currency;

    #[test]
    fn every_exponent_round_trips_through_text() {
        for text in [
            "1000 JPY",
            "50000 KRW",
            "12.50 USD",
            "0.01 EUR",
            "1.234 BHD",
            "0.500 KWD",
            "1.0001 CLF",
            "2.5000 UYW",
        ] {
            let money: Money = text.parse().unwrap();
            assert_eq!(money.to_string(), text);
            assert_eq!(format!("{money:?}"), format!("Money({text})"));
        }
    }

    #[test]
    fn refusals_are_typed() {
        assert_eq!(Money::from_major("12.5", currency!("JPY")), Err(MoneyError::NoMinorUnit { code: "JPY" }));
        assert!(matches!("12.50 usd".parse::<Money>(), Err(MoneyError::Currency(_))));
        assert_eq!("12.50USD".parse::<Money>(), Err(MoneyError::Format));
        assert_eq!(Money::from_major("0", currency!("USD")), Err(MoneyError::Zero));
    }
}
