//! [`LoopbackUrl`]: where the sandbox forwards its notifications on this machine.

use std::fmt;
use std::str::FromStr;

use payment_core::UrlError;
use payment_rules::url::{Kind, url_of_kind};

/// An `http` or `https` URL to a loopback host (`localhost`, `127.0.0.0/8` or `::1`) with no user info
/// (the rule: `payment_rules::url`, kind `LoopbackWebhook`): where
/// [`SandboxBuilder::forward_webhooks_to`](super::SandboxBuilder::forward_webhooks_to) posts the
/// sandbox's notifications, like `stripe listen --forward-to`.
///
/// It is **not a request value**: the gateway cannot reach this machine, so no request field takes one,
/// and a request's `webhook_url` stays a public [`WebhookUrl`](payment_core::WebhookUrl). It is kept,
/// displayed and parsed in the `url` crate's normalized form, and its `FromStr` accepts exactly what it
/// holds: `Display` and `parse` round-trip.
///
/// ```
/// use payment_client::sandbox::LoopbackUrl;
///
/// let local: LoopbackUrl = "http://127.0.0.1:8080/hooks/payment".parse()?;
/// assert_eq!(local.as_url().port(), Some(8080));
/// assert_eq!(local.to_string().parse::<LoopbackUrl>()?, local);
/// assert_eq!(LoopbackUrl::try_from("http://LOCALHOST:3000")?.as_str(), "http://localhost:3000/");
///
/// // A public host is the gateway's business, not the sandbox's.
/// assert!("https://www.webhookurl.com/hook".parse::<LoopbackUrl>().is_err());
/// // And a loopback URL is never a request's `webhook_url`.
/// assert!("http://127.0.0.1:8080/hooks/payment".parse::<payment_core::WebhookUrl>().is_err());
/// # Ok::<(), payment_core::UrlError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LoopbackUrl(url::Url);

impl LoopbackUrl {
    /// The URL as text (normalized).
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The parsed URL.
    pub fn as_url(&self) -> &url::Url {
        &self.0
    }
}

impl FromStr for LoopbackUrl {
    type Err = UrlError;
    fn from_str(s: &str) -> Result<Self, UrlError> {
        url_of_kind(s, Kind::LoopbackWebhook).map(Self)
    }
}

impl TryFrom<&str> for LoopbackUrl {
    type Error = UrlError;
    fn try_from(s: &str) -> Result<Self, UrlError> {
        s.parse()
    }
}

impl fmt::Display for LoopbackUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for LoopbackUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LoopbackUrl({:?})", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_loopback_hosts_only_and_round_trips() {
        for s in [
            "http://127.0.0.1:8080/hook",
            "https://127.9.9.9/",
            "http://[::1]:9/hooks?x=1",
            "http://localhost:3000/",
            "http://api.localhost/",
            "HTTP://127.0.0.1/hook",
        ] {
            let url: LoopbackUrl = s.parse().unwrap_or_else(|e| panic!("{s}: {e}"));
            let again: LoopbackUrl = url.to_string().parse().expect("its own display parses");
            assert_eq!(again, url, "{s}");
            assert_eq!(again.as_str(), url.as_url().as_str());
        }
        assert_eq!("HTTP://127.0.0.1/hook".parse::<LoopbackUrl>().unwrap().as_str(), "http://127.0.0.1/hook");
        // Another form of an IPv4 address is refused, not rewritten (payment_rules::url).
        assert_eq!("HTTP://127.1/hook".parse::<LoopbackUrl>(), Err(UrlError::ObfuscatedAddress));
        for s in [
            "https://www.webhookurl.com/",
            "http://10.0.0.1/",
            "https://1.1.1.1/",
            "http://127.0.0.1.nip.io/",
        ] {
            assert_eq!(s.parse::<LoopbackUrl>(), Err(UrlError::NotLoopback), "{s}");
        }
        assert_eq!(LoopbackUrl::try_from("http://u@127.0.0.1/"), Err(UrlError::UserInfo));
        assert!(matches!(LoopbackUrl::try_from("ftp://127.0.0.1/"), Err(UrlError::Scheme { .. })));
        assert_eq!(LoopbackUrl::try_from("http://127.0.0.1/\n"), Err(UrlError::Whitespace));
    }

    #[test]
    fn debug_names_the_type() {
        let url: LoopbackUrl = "http://127.0.0.1:9/hook".parse().unwrap();
        assert_eq!(format!("{url:?}"), r#"LoopbackUrl("http://127.0.0.1:9/hook")"#);
        assert_eq!(url.to_string(), "http://127.0.0.1:9/hook");
    }
}
