//! Contact details: [`Email`], [`Url`], [`WebhookUrl`] and [`Phone`].

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use payment_rules::email::{self as email_rule, EmailError};
use payment_rules::merchant::{self as merchant_rule, MerchantIdError};
use payment_rules::phone::{self as phone_rule, PhoneError};
use payment_rules::return_url::ReturnUrlError;
use payment_rules::url::{self as url_rule, Kind, UrlError};

use super::serde_str::from_str_impls;

/// An email address a receipt can be sent to: a dot-atom local part, a domain with a top-level domain
/// that is no special-use name, RFC 5321's lengths (the domain measured in A-labels), no invisible
/// characters; internationalized addresses are accepted, IDNA2008 domains and RFC 6532 local parts,
/// combining marks included (the rule and its sources: [`payment_rules::email`]). Kept as given, in NFC.
///
/// ```
/// use payment_core::{Email, email};
///
/// let e = email!("billing@testemail.com");
/// assert_eq!(e.as_str(), "billing@testemail.com");
/// assert!("nope".parse::<Email>().is_err());
/// assert!("user@localhost".parse::<Email>().is_err(), "a dotless domain");
/// assert!("user@printer.local".parse::<Email>().is_err(), "a special-use domain");
/// let decomposed: Email = "jose\u{301}@example.com".parse().unwrap();
/// assert_eq!(decomposed.as_str(), "jos\u{e9}@example.com", "sent in NFC");
/// assert_eq!(serde_json::to_string(&e).unwrap(), r#""billing@testemail.com""#);
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Email(Cow<'static, str>);

impl Email {
    /// For the `email!` macro, which checked the literal at compile time: checks it again and panics on a value that breaks the rule, so no call
    /// returns an invalid value.
    #[track_caller]
    pub(crate) fn literal(s: &'static str) -> Self {
        match email_rule::email(s) {
            Ok(Cow::Borrowed(_)) => Self(Cow::Borrowed(s)),
            Ok(Cow::Owned(nfc)) => Self(Cow::Owned(nfc)),
            Err(e) => panic!("not a valid `email!` literal: {e}"),
        }
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Email {
    type Err = EmailError;
    fn from_str(s: &str) -> Result<Self, EmailError> {
        Ok(Self(Cow::Owned(email_rule::email(s)?.into_owned())))
    }
}

/// A page the shopper's browser is sent to (`success_url`, `decline_url`): an absolute `http` or `https` URL
/// whose host is a host name or a globally reachable address, with no user info and no character that the
/// URL parser would drop (the rule: [`payment_rules::url`]). It is kept, displayed and serialized in the
/// `url` crate's normalized form: `http://Example.COM` becomes `http://example.com/`.
///
/// ```
/// use payment_core::{Url, url};
///
/// let u = url!("http://www.successurl.com/");
/// assert_eq!(u.as_str(), "http://www.successurl.com/");
/// assert_eq!(u.as_url().host_str(), Some("www.successurl.com"));
/// assert!("ftp://x".parse::<Url>().is_err());
/// assert!("https://shop.example@evil.example/".parse::<Url>().is_err(), "user info hides the host");
/// assert!("https://shop.example/ok\n".parse::<Url>().is_err(), "the parser would drop the newline");
/// assert!("http://192.168.1.10/ok".parse::<Url>().is_err(), "not reachable by the shopper");
/// ```
///
/// The parsed URL is shared (`Arc`): a clone, such as each evaluation of a `url!` literal (parsed once
/// per call site), copies a pointer instead of allocating the text again.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Url(Arc<url::Url>);

impl Url {
    /// For the `url!` macro: the literal was checked at compile time, with the same rule.
    #[track_caller]
    pub(crate) fn literal(s: &'static str) -> Self {
        match s.parse() {
            Ok(url) => url,
            Err(e) => panic!("not a valid `url!` literal: {e}"),
        }
    }

    /// The URL as text (normalized).
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The parsed URL.
    pub fn as_url(&self) -> &url::Url {
        &self.0
    }
}

impl FromStr for Url {
    type Err = UrlError;
    fn from_str(s: &str) -> Result<Self, UrlError> {
        url_rule::url(s).map(|u| Self(Arc::new(u)))
    }
}

impl TryFrom<url::Url> for Url {
    type Error = UrlError;
    fn try_from(url: url::Url) -> Result<Self, UrlError> {
        url.as_str().parse()
    }
}

impl From<Url> for url::Url {
    fn from(u: Url) -> url::Url {
        Arc::unwrap_or_clone(u.0)
    }
}

/// Where the gateway posts its notification (`webhook_url`): payment data goes there, so it must be
/// `https`, and its host a host name other than `localhost` or a globally reachable address (the rule:
/// [`payment_rules::url`], kind `Webhook`). It holds only what its `FromStr` accepts, whichever way it
/// was made (`parse`, `from_json`, the `webhook_url!` macro), so it round-trips through its text.
///
/// A `WebhookUrl` never points at this machine, which the gateway could not reach. To receive the
/// offline sandbox's notifications on this machine, see
/// `payment_client::sandbox::SandboxBuilder::forward_webhooks_to`.
///
/// ```
/// use payment_core::{WebhookUrl, webhook_url};
///
/// let hook = webhook_url!("https://www.webhookurl.com/");
/// assert_eq!(hook.as_str(), "https://www.webhookurl.com/");
/// assert_eq!(hook.to_string().parse::<WebhookUrl>().unwrap(), hook);
/// assert!("http://www.webhookurl.com/".parse::<WebhookUrl>().is_err(), "https only");
/// assert!("https://127.0.0.1/hook".parse::<WebhookUrl>().is_err(), "not reachable by the gateway");
/// assert!("https://localhost/hook".parse::<WebhookUrl>().is_err(), "not reachable by the gateway");
/// ```
///
/// Shared like [`Url`]: a clone copies a pointer.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WebhookUrl(Arc<url::Url>);

impl WebhookUrl {
    /// For the `webhook_url!` macro: the literal was checked at compile time, with the same rule.
    #[track_caller]
    pub(crate) fn literal(s: &'static str) -> Self {
        match s.parse() {
            Ok(url) => url,
            Err(e) => panic!("not a valid `webhook_url!` literal: {e}"),
        }
    }

    /// The URL as text (normalized).
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The parsed URL.
    pub fn as_url(&self) -> &url::Url {
        &self.0
    }
}

impl FromStr for WebhookUrl {
    type Err = UrlError;
    fn from_str(s: &str) -> Result<Self, UrlError> {
        url_rule::url_of_kind(s, Kind::Webhook).map(|u| Self(Arc::new(u)))
    }
}

impl From<WebhookUrl> for url::Url {
    fn from(u: WebhookUrl) -> url::Url {
        Arc::unwrap_or_clone(u.0)
    }
}

/// Where a shopper comes back to after a redirect, for APIs that take an app's own URL as well as a web
/// page (Adyen's `returnUrl`, Stripe's `return_url`): `https` / `http` under [`Url`]'s rules, or an app
/// scheme such as `my-app://adyen/return`. Schemes a browser runs or reads itself (`javascript:`, `data:`,
/// `file:`, ...) are refused; the full rule: [`payment_rules::return_url`].
///
/// Unlike [`Url`], the text is kept and sent **as given** (`https://shop.example` stays without a `/`);
/// text the URL parser would rewrite is refused rather than repaired. paymentv2's `return_url` stays a
/// [`Url`]: its gateway takes web pages only.
///
/// ```
/// use payment_core::ShopperReturnUrl;
///
/// let app: ShopperReturnUrl = "my-app://adyen/return".parse().unwrap();
/// assert!(app.is_app());
/// assert_eq!(serde_json::to_string(&app).unwrap(), r#""my-app://adyen/return""#);
/// let page: ShopperReturnUrl = "https://shop.example.com".parse().unwrap();
/// assert_eq!(page.as_str(), "https://shop.example.com");
/// assert!("javascript:alert(1)".parse::<ShopperReturnUrl>().is_err());
/// assert!("https://10.0.0.1/done".parse::<ShopperReturnUrl>().is_err(), "a page keeps `Url`'s rules");
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ShopperReturnUrl(Box<str>);

impl ShopperReturnUrl {
    /// The URL as given: what is sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether it is an app's URL (a scheme other than `http` / `https`).
    pub fn is_app(&self) -> bool {
        let scheme = self.0.split(':').next().unwrap_or_default();
        !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https"))
    }
}

impl FromStr for ShopperReturnUrl {
    type Err = ReturnUrlError;
    fn from_str(s: &str) -> Result<Self, ReturnUrlError> {
        payment_rules::return_url::return_url(s)?;
        Ok(Self(s.into()))
    }
}

/// A phone number in international form: its country code first, 7 to 15 digits in all (E.164), written
/// as people write it (`+44 121 234 5678`, `+1 (650) 253-0000`, full-width digits; the rule and its
/// sources: [`payment_rules::phone`]). The value holds, shows and sends the **digits only**: the `+` and
/// the separators are read and not sent, which is the form of the gateway's published example
/// (`"phone_number": "8112345678"`).
///
/// ```
/// use payment_core::{Phone, phone};
///
/// assert_eq!(phone!("8112345678").as_str(), "8112345678");
/// assert_eq!(phone!("+81 12 3456 78").as_str(), "8112345678");
/// assert_eq!("+1 (650) 253-0000".parse::<Phone>().unwrap().as_str(), "16502530000");
/// assert!("+81 12".parse::<Phone>().is_err(), "seven digits at least");
/// assert!("0121 234 5678".parse::<Phone>().is_err(), "a national number: no country code");
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Phone(Cow<'static, str>);

impl Phone {
    /// For the `phone!` macro, which checked the literal at compile time and evaluates this in a `const`
    /// block: the same rule again, so no call returns an invalid value; a value that breaks it panics (at
    /// compile time there). It keeps what the rule returns, the digits without `+`, as `FromStr` does:
    /// one value has one form whichever road it took.
    #[track_caller]
    pub(crate) const fn literal(s: &'static str) -> Self {
        // The macro passes the digits; a direct call may put a `+` before them. Either way the value
        // borrows the digits of the literal (a `const fn` cannot allocate).
        match phone_rule::phone(s) {
            Ok(digits) if digits.as_bytes().len() == s.len() => Self(Cow::Borrowed(s)),
            Ok(digits) if digits.as_bytes().len() + 1 == s.len() && s.as_bytes()[0] == b'+' => {
                Self(Cow::Borrowed(s.split_at(1).1))
            }
            Ok(_) => panic!("a `phone!` literal reaches the constructor as its digits"),
            Err(_) => panic!("not a valid `phone!` literal"),
        }
    }

    /// The digits, without `+`: what is sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Phone {
    type Err = PhoneError;
    fn from_str(s: &str) -> Result<Self, PhoneError> {
        let digits = phone_rule::phone(s)?;
        Ok(Self(Cow::Owned(digits.as_str().to_owned())))
    }
}

/// Your merchant id, as the gateway issued it: 1 to 128 characters of free text (no control characters
/// or bidirectional overrides). Build it once, with [`merchant_id!`](crate::merchant_id) (checked at
/// compile time) or by parsing your configuration, and clone it into each request.
///
/// There is deliberately no client-level default: `merchant_id` is a required field of every request
/// model, as the gateway's pages, `from_json` and the type state require it, so a request is complete
/// (and can be checked, logged or replayed) without knowing which client sends it.
///
/// ```
/// use payment_core::{MerchantId, merchant_id};
///
/// let id = merchant_id!("my-merchant");
/// assert_eq!(id.as_str(), "my-merchant");
/// let from_config: MerchantId = "my-merchant".parse().unwrap();
/// assert_eq!(from_config, id);
/// assert!("".parse::<MerchantId>().is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MerchantId(Cow<'static, str>);

impl MerchantId {
    /// For the `merchant_id!` macro, which checked the literal at compile time: checks it again and panics on a value that breaks the rule, so no call
    /// returns an invalid value.
    #[track_caller]
    pub(crate) fn literal(s: &'static str) -> Self {
        match merchant_rule::merchant_id(s) {
            Ok(_) => Self(Cow::Borrowed(s)),
            Err(e) => panic!("not a valid `merchant_id!` literal: {e}"),
        }
    }

    /// The id.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for MerchantId {
    type Err = MerchantIdError;
    fn from_str(s: &str) -> Result<Self, MerchantIdError> {
        merchant_rule::merchant_id(s)?;
        Ok(Self(Cow::Owned(s.to_owned())))
    }
}

/// `Display`, `Debug` (`Email("a@b.example")`), `Serialize` as a string, and the `FromStr`-based impls.
macro_rules! string_value {
    ($($ty:ident, $err:ty, $expecting:literal;)*) => {$(
        from_str_impls!($ty, $err, $expecting);

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($ty), self.as_str())
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }
    )*};
}

string_value! {
    Email, EmailError, "an email address";
    Url, UrlError, "an absolute http or https URL";
    WebhookUrl, UrlError, "an absolute https URL";
    ShopperReturnUrl, ReturnUrlError, "an absolute http, https or app URL";
    Phone, PhoneError, "a phone number of 7 to 15 digits";
    MerchantId, MerchantIdError, "a merchant id of 1 to 128 characters";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_serde() {
        let e: Email = "a@b.example".parse().unwrap();
        assert_eq!(format!("{e:?}"), r#"Email("a@b.example")"#);
        assert_eq!(serde_json::from_str::<Email>(r#""a@b.example""#).unwrap(), e);
        assert_eq!(Email::literal("a@b.example"), e);
        let u: Url = "HTTP://Example.COM".parse().unwrap();
        assert_eq!(u.to_string(), "http://example.com/");
        assert_eq!(
            serde_json::from_str::<Url>(r#""https://shop.example/ok""#).unwrap().as_str(),
            "https://shop.example/ok"
        );
        assert!(serde_json::from_str::<Url>(r#""/ok""#).is_err());
        assert!(Url::try_from(url::Url::parse("ftp://x").unwrap()).is_err());
        let p: Phone = "8112345678".parse().unwrap();
        assert_eq!(format!("{p:?} {p}"), r#"Phone("8112345678") 8112345678"#);
        assert!(serde_json::from_str::<Phone>("8112345678").is_err(), "a phone number is a string");
    }
}
