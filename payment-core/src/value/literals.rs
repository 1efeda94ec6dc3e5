//! The literal macros, re-exported from `payment-derive` with examples. Each checks its literal with the
//! rule of `payment-rules` when the macro expands, so `cargo check` rejects a bad literal with an error at
//! the literal that names the rule.

/// A [`Currency`](crate::Currency) from a literal checked at compile time; expands to the constant
/// (`Currency::JPY`).
///
/// ```
/// assert_eq!(payment_core::currency!("JPY"), payment_core::Currency::JPY);
/// ```
///
/// ```compile_fail
/// // error: `JPX`: the currency code is not in ISO 4217 (did you mean `JPY`?)
/// let c = payment_core::currency!("JPX");
/// ```
pub use payment_derive::currency;

/// A [`Country`](crate::Country) from a literal checked at compile time; expands to the constant
/// (`Country::JP`).
///
/// ```
/// assert_eq!(payment_core::country!("JP"), payment_core::Country::JP);
/// ```
///
/// ```compile_fail
/// // error: `jp`: country codes are upper case (did you mean `JP`?)
/// let c = payment_core::country!("jp");
/// ```
pub use payment_derive::country;

/// An [`Expiry`](crate::Expiry) from a `"MM/YY"` or `"MM/YYYY"` literal checked at compile time, including
/// the twenty-year horizon, measured from the date of the build.
///
/// ```
/// assert_eq!(payment_core::expiry!("12/30").year(), 2030);
/// ```
///
/// ```compile_fail
/// // error: `13/30`: the expiry month must be two digits from 01 to 12
/// let e = payment_core::expiry!("13/30");
/// ```
pub use payment_derive::expiry;

/// A [`std::net::IpAddr`] from a literal checked at compile time; expands to `IpAddr::V4(Ipv4Addr::new(..))`
/// or `IpAddr::V6(..)`.
///
/// ```
/// assert!(payment_core::ip!("127.0.0.1").is_loopback());
/// assert!(payment_core::ip!("::1").is_ipv6());
/// ```
///
/// ```compile_fail
/// // error: `300.1.1.1`: the IP address must be an IPv4 or IPv6 address (`203.0.113.7`, `2001:db8::7`)
/// let ip = payment_core::ip!("300.1.1.1");
/// ```
pub use payment_derive::ip;

/// A [`CardNumber`](crate::CardNumber) from a literal checked at compile time (spaces and dashes allowed).
/// Error messages never contain a digit of the literal.
///
/// ```
/// let pan = payment_core::card_number!("5200 0000 0000 1005");
/// assert_eq!(format!("{pan:?}"), "CardNumber(520000******1005)");
/// ```
///
/// ```compile_fail
/// // error: card number fails the Luhn check (a digit is mistyped)
/// let pan = payment_core::card_number!("5200000000001006");
/// ```
pub use payment_derive::card_number;

/// A [`Cvc`](crate::Cvc) from a literal checked at compile time (3 or 4 digits).
///
/// ```
/// assert_eq!(format!("{:?}", payment_core::cvc!("100")), "Cvc(***)");
/// ```
///
/// ```compile_fail
/// // error: CVC must be three or four digits
/// let cvc = payment_core::cvc!("12");
/// ```
pub use payment_derive::cvc;

/// An [`Amount`](crate::Amount) from an integer literal of minor units, checked at compile time.
///
/// ```
/// assert_eq!(payment_core::amount!(1_000).minor_units(), 1000);
/// ```
///
/// ```compile_fail
/// // error: the amount must be greater than zero
/// let a = payment_core::amount!(0);
/// ```
pub use payment_derive::amount;

/// A [`Money`](crate::Money) from a decimal in major units and an ISO 4217 code, converted exactly at
/// compile time with the currency's exponent (the literal's digits are read as written, never through a
/// float).
///
/// ```
/// use payment_core::{Currency, money};
///
/// assert_eq!(money!(12.50 USD).amount().minor_units(), 1250);
/// assert_eq!(money!(19.99 USD).amount().minor_units(), 1999); // `(19.99 * 100.0) as u64` is 1998
/// assert_eq!(money!(1000 JPY).amount().minor_units(), 1000);
/// assert_eq!(money!(1.234 BHD).currency(), Currency::BHD);
/// ```
///
/// ```compile_fail
/// // error: `12.5 JPY`: JPY has no minor unit: write a whole number
/// let m = payment_core::money!(12.5 JPY);
/// ```
///
/// ```compile_fail
/// // error: `12.505 USD`: USD has 2 decimal places, so the amount can have at most 2 (refused, not rounded)
/// let m = payment_core::money!(12.505 USD);
/// ```
pub use payment_derive::money;

/// An [`Email`](crate::Email) from a literal checked at compile time.
///
/// ```
/// assert_eq!(payment_core::email!("billing@testemail.com").as_str(), "billing@testemail.com");
/// ```
///
/// ```compile_fail
/// // error: `nope`: the email address needs exactly one `@` between a local part and a domain
/// let e = payment_core::email!("nope");
/// ```
pub use payment_derive::email;

/// A [`MerchantId`](crate::MerchantId) from a literal checked at compile time (1 to 128 characters, no
/// control characters).
///
/// ```
/// assert_eq!(payment_core::merchant_id!("my-merchant").as_str(), "my-merchant");
/// ```
///
/// ```compile_fail
/// // error: ``: the merchant id is empty
/// let m = payment_core::merchant_id!("");
/// ```
pub use payment_derive::merchant_id;

/// A [`Url`](crate::Url) from a literal checked at compile time (absolute `http`/`https`, a host name or
/// public address, no user info, nothing the URL parser would drop).
///
/// ```
/// assert_eq!(payment_core::url!("http://www.successurl.com/").as_str(), "http://www.successurl.com/");
/// ```
///
/// ```compile_fail
/// // error: `ftp://x`: the URL must use http or https
/// let u = payment_core::url!("ftp://x");
/// ```
pub use payment_derive::url;

/// A [`WebhookUrl`](crate::WebhookUrl) from a literal checked at compile time (`https`, a host name other
/// than `localhost` or a public address, no user info), with the rule of its `FromStr`.
///
/// ```
/// assert_eq!(payment_core::webhook_url!("https://www.webhookurl.com/").as_str(), "https://www.webhookurl.com/");
/// ```
///
/// ```compile_fail
/// // error: `http://www.webhookurl.com/`: the URL must use https
/// let u = payment_core::webhook_url!("http://www.webhookurl.com/");
/// ```
pub use payment_derive::webhook_url;

/// A [`Phone`](crate::Phone) from a literal checked at compile time (an optional `+`, then 7 to 15 digits;
/// the value holds the digits).
///
/// ```
/// assert_eq!(payment_core::phone!("8112345678").as_str(), "8112345678");
/// assert_eq!(payment_core::phone!("+6834002").as_str(), "6834002");
/// ```
///
/// ```compile_fail
/// // error: `12`: the phone number is too short: an international number has 7 to 15 digits
/// let p = payment_core::phone!("12");
/// ```
pub use payment_derive::phone;
