//! URLs the gateway sends a shopper's browser or a notification to, one rule per kind.
//!
//! Parsing is the `url` crate's (the WHATWG URL standard), but the parser *repairs* input that this rule
//! refuses, because a repaired URL is not the URL that was given:
//!
//! - tabs, newlines and other control characters anywhere, and leading or trailing spaces, which the
//!   parser silently drops (WHATWG URL §4.4, "basic URL parser", steps 1-3);
//! - user info (`https://shop.example@evil.example/`), which hides the real host behind a familiar name;
//!   its host is `evil.example`.
//!
//! Then, by kind:
//!
//! | kind | schemes | host |
//! | --- | --- | --- |
//! | [`Kind::Page`] (success, decline, cancel pages) | `http`, `https` | a host name, or a globally reachable IP address |
//! | [`Kind::Webhook`] (the gateway posts payment data there) | `https` | a host name other than `localhost` (RFC 6761 §6.3), or a globally reachable IP address |
//! | [`Kind::LoopbackWebhook`] (where the offline sandbox forwards its notifications; never a request value) | `http`, `https` | `localhost`, `127.0.0.0/8` or `::1` only |
//!
//! "Globally reachable" is the column of that name in the IANA IPv4 and IPv6 Special-Purpose Address
//! Registries (RFC 6890, as updated by RFC 8190; registries as of 2025-09): loopback, private (RFC 1918),
//! shared (RFC 6598), link-local, documentation, benchmarking, unique-local, multicast and reserved
//! addresses are refused; an IPv4-mapped IPv6 address is judged by its IPv4 address. A host *name* is not
//! resolved: `127.0.0.1.nip.io` is a name, and what it resolves to is the receiving side's business.
//!
//! ```
//! use payment_rules::url::{Kind, url, url_of_kind};
//!
//! assert_eq!(url("http://www.successurl.com/").unwrap().as_str(), "http://www.successurl.com/");
//! assert_eq!(url("ftp://x").unwrap_err().to_string(), "the URL must use http or https");
//! assert!(url_of_kind("http://hooks.example/", Kind::Webhook).is_err(), "webhooks are https only");
//! assert!(url_of_kind("http://127.0.0.1:8080/hook", Kind::LoopbackWebhook).is_ok());
//! ```

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::rule_error;

/// Which URL rule applies (see the [module docs](self)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// A page the shopper's browser is sent to: http or https, a host name or a public address.
    Page,
    /// Where the gateway posts notifications: https, no `localhost`, a host name or a public address.
    Webhook,
    /// Where the offline sandbox forwards its notifications on this machine (never a request value):
    /// http or https to a loopback host only.
    LoopbackWebhook,
}

/// Why a string is not a URL of the kind asked for. No message contains the URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UrlError {
    /// The input is empty.
    #[error("the URL is empty")]
    Empty,
    /// A space, tab, newline, control or invisible character (the URL parser would drop or encode it).
    #[error("the URL contains a space, tab, newline, control or invisible character")]
    Whitespace,
    /// The URL parser rejects the input (including relative URLs).
    #[error("the URL is not an absolute URL ({reason})")]
    Parse {
        /// What the parser says.
        reason: ::url::ParseError,
    },
    /// A scheme other than the kind allows.
    #[error("the URL must use {allowed}{hint}")]
    Scheme {
        /// The allowed schemes, in words.
        allowed: &'static str,
        /// What to use instead, when the URL says what it was meant for (a plain-http webhook to this
        /// machine: `SandboxBuilder::forward_webhooks_to`), or empty.
        hint: &'static str,
    },
    /// User info before the host (`https://name@host/`), which hides the real host.
    #[error("the URL has user info before its host (`name@`), which hides the real host; remove it")]
    UserInfo,
    /// No host.
    #[error("the URL has no host")]
    NoHost,
    /// An IP address that is not globally reachable (loopback, private, link-local, ...).
    #[error("the URL's host is a {what} address, which the gateway cannot reach{hint}")]
    NonPublicAddress {
        /// What kind of address, e.g. `"loopback"`.
        what: &'static str,
        /// How to allow it where that is meant.
        hint: &'static str,
    },
    /// `localhost` (or a name under `.localhost`) as a webhook host.
    #[error(
        "the webhook URL's host is `localhost`, which the gateway cannot reach; to receive the sandbox's notifications on this machine, use `SandboxBuilder::forward_webhooks_to`"
    )]
    Localhost,
    /// A public host where only a loopback host is allowed.
    #[error("a loopback webhook URL must point at `localhost`, `127.0.0.0/8` or `::1`")]
    NotLoopback,
}

rule_error!(UrlError, |e| match e {
    UrlError::Scheme { allowed: HTTPS, .. } => ("url.scheme", "must be an https URL"),
    UrlError::Scheme { .. } => ("url.scheme", "must be an http or https URL"),
    UrlError::UserInfo => ("url.userinfo", "must be a URL without user info"),
    UrlError::NonPublicAddress { .. } | UrlError::Localhost =>
        ("url.host", "must be a URL whose host is a public host name or address"),
    UrlError::NotLoopback => ("url.host", "must be a URL whose host is a loopback address"),
    _ => ("url", "must be an absolute http or https URL"),
});

const HTTP_OR_HTTPS: &str = "http or https";
const HTTPS: &str = "https";

/// The page rule: [`url_of_kind`] with [`Kind::Page`].
pub fn url(s: &str) -> Result<::url::Url, UrlError> {
    url_of_kind(s, Kind::Page)
}

/// The rule for a URL of `kind` (see the [module docs](self)); returns the parsed URL.
pub fn url_of_kind(s: &str, kind: Kind) -> Result<::url::Url, UrlError> {
    if s.is_empty() {
        return Err(UrlError::Empty);
    }
    if s.chars().any(crate::text::is_invisible) {
        return Err(UrlError::Whitespace);
    }
    let parsed = ::url::Url::parse(s).map_err(|reason| UrlError::Parse { reason })?;
    let allowed = if kind == Kind::Webhook { HTTPS } else { HTTP_OR_HTTPS };
    let scheme_ok = match kind {
        Kind::Webhook => parsed.scheme() == "https",
        _ => matches!(parsed.scheme(), "http" | "https"),
    };
    if !scheme_ok {
        let hint = if kind == Kind::Webhook && is_loopback_host(&parsed) { FORWARD_HINT } else { "" };
        return Err(UrlError::Scheme { allowed, hint });
    }
    // The parser drops an empty user info (`https://@host/`), so look at the authority as written too.
    if !parsed.username().is_empty() || parsed.password().is_some() || authority(s).contains('@') {
        return Err(UrlError::UserInfo);
    }
    let ip = match parsed.host() {
        None => return Err(UrlError::NoHost),
        Some(::url::Host::Domain(name)) => {
            let localhost = is_localhost(name);
            return match kind {
                Kind::Webhook if localhost => Err(UrlError::Localhost),
                Kind::LoopbackWebhook if !localhost => Err(UrlError::NotLoopback),
                _ => Ok(parsed),
            };
        }
        Some(::url::Host::Ipv4(v4)) => IpAddr::V4(v4),
        Some(::url::Host::Ipv6(v6)) => IpAddr::V6(v6),
    };
    let loopback = non_public(ip) == Some("loopback");
    match kind {
        Kind::LoopbackWebhook if loopback => Ok(parsed),
        Kind::LoopbackWebhook => Err(UrlError::NotLoopback),
        _ => match non_public(ip) {
            None => Ok(parsed),
            Some(what) => {
                let hint = if kind == Kind::Webhook && loopback { FORWARD_HINT } else { "" };
                Err(UrlError::NonPublicAddress { what, hint })
            }
        },
    }
}

/// The hint of a webhook URL that points at this machine.
const FORWARD_HINT: &str =
    "; to receive the sandbox's notifications on this machine, use `SandboxBuilder::forward_webhooks_to`";

/// Whether the URL's host is `localhost` (or a name under it) or a loopback address.
fn is_loopback_host(parsed: &::url::Url) -> bool {
    match parsed.host() {
        Some(::url::Host::Domain(name)) => is_localhost(name),
        Some(::url::Host::Ipv4(v4)) => non_public(IpAddr::V4(v4)) == Some("loopback"),
        Some(::url::Host::Ipv6(v6)) => non_public(IpAddr::V6(v6)) == Some("loopback"),
        None => false,
    }
}

/// Whether a host name is `localhost` or a name under it (a trailing dot ignored).
fn is_localhost(name: &str) -> bool {
    let name = name.trim_end_matches('.');
    name == "localhost" || name.ends_with(".localhost")
}

/// The authority of an absolute URL as written: between `//` and the next `/`, `\`, `?` or `#`.
fn authority(s: &str) -> &str {
    let Some((_, rest)) = s.split_once("//") else { return "" };
    let end = rest.find(['/', '\\', '?', '#']).unwrap_or(rest.len());
    &rest[..end]
}

/// Why an address is not globally reachable, or `None` if it is (IANA special-purpose registries).
pub fn non_public(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => non_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => non_public_v4(v4),
            None => non_public_v6(v6),
        },
    }
}

fn non_public_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    Some(match (a, b, c) {
        (127, ..) => "loopback",
        (0, ..) => "\"this network\"",
        (10, ..) | (172, 16..=31, _) | (192, 168, _) => "private",
        (100, 64..=127, _) => "shared (carrier-grade NAT)",
        (169, 254, _) => "link-local",
        (192, 0, 0) => "IETF protocol assignment",
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => "documentation",
        (198, 18..=19, _) => "benchmarking",
        (224..=239, ..) => "multicast",
        (240..=255, ..) => "reserved",
        _ => return None,
    })
}

fn non_public_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let s = ip.segments();
    Some(match s {
        [0, 0, 0, 0, 0, 0, 0, 1] => "loopback",
        [0, 0, 0, 0, 0, 0, 0, 0] => "unspecified",
        [0x64, 0xff9b, 1, ..] => "local-use NAT64",
        [0x100, 0, 0, 0, ..] => "discard-only",
        [0x2001, 0xdb8, ..] | [0x3fff, 0..=0x0fff, ..] => "documentation",
        [0x2001, 0x2, 0, ..] => "benchmarking",
        [x, ..] if x & 0xfe00 == 0xfc00 => "unique-local",
        [x, ..] if x & 0xffc0 == 0xfe80 => "link-local",
        [x, ..] if x & 0xff00 == 0xff00 => "multicast",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RuleError;

    #[test]
    fn pages_accepted() {
        for (s, source) in [
            ("http://www.successurl.com/", "the gateway's published example"),
            ("https://shop.example/ok?x=1#y", "RFC 3986 §3: query and fragment"),
            ("HTTPS://A.EXAMPLE", "WHATWG URL: scheme and host are case-insensitive"),
            ("https://[2606:4700::1111]/", "a global IPv6 address"),
            ("https://1.1.1.1/ok", "a global IPv4 address"),
            ("http://localhost:3000/ok", "a host name is not resolved: pages may be local"),
            ("https://127.0.0.1.nip.io/", "a name, not an address"),
            ("https://例え.jp/", "IDN host"),
        ] {
            assert!(url(s).is_ok(), "{s} ({source}): {:?}", url(s));
        }
        assert_eq!(url("https://例え.jp/").unwrap().host_str(), Some("xn--r8jz45g.jp"));
    }

    #[test]
    fn repaired_input_is_refused() {
        for s in [
            "https://shop.example/o\tk",
            "https://shop.example/\nok",
            "https://shop.ex\rample/",
            " https://shop.example/",
            "https://shop.example/ ",
            "https://shop.example/\u{0}",
            "https://shop.example/\u{200B}",
            "https://shop.example/\u{202E}",
        ] {
            assert_eq!(
                url(s),
                Err(UrlError::Whitespace),
                "{s:?} (WHATWG URL §4.4 strips or keeps it silently)"
            );
        }
    }

    #[test]
    fn user_info_is_refused() {
        for s in [
            "https://shop.example@evil.example/",
            "https://user:pass@shop.example/",
            "https://@shop.example/",
            "https://:@shop.example/",
        ] {
            assert_eq!(url(s), Err(UrlError::UserInfo), "{s}");
        }
    }

    #[test]
    fn schemes_and_parse_errors() {
        for s in ["ftp://x", "mailto:a@b.c", "javascript:alert(1)", "file:///etc/passwd", "data:text/plain,x"]
        {
            assert!(matches!(url(s), Err(UrlError::Scheme { .. })), "{s}");
        }
        for s in ["/relative", "www.example.com", "http://", "http://[::1"] {
            assert!(matches!(url(s), Err(UrlError::Parse { .. })), "{s}: {:?}", url(s));
        }
        assert_eq!(url(""), Err(UrlError::Empty));
    }

    #[test]
    fn non_public_addresses_are_refused_for_pages_and_webhooks() {
        // IANA IPv4 / IPv6 Special-Purpose Address Registries, "Globally Reachable: False".
        for (s, what) in [
            ("http://127.0.0.1/", "loopback"),
            ("http://127.1/", "loopback"),
            ("http://0x7f.1/", "loopback"),
            ("http://[::1]/", "loopback"),
            ("http://[::ffff:127.0.0.1]/", "loopback"),
            ("http://10.0.0.1/", "private"),
            ("http://172.16.0.1/", "private"),
            ("http://192.168.1.1/", "private"),
            ("http://169.254.169.254/", "link-local"),
            ("http://[fe80::1]/", "link-local"),
            ("http://[fd00::1]/", "unique-local"),
            ("http://100.64.0.1/", "shared (carrier-grade NAT)"),
            ("http://192.0.2.1/", "documentation"),
            ("http://[2001:db8::1]/", "documentation"),
            ("http://0.0.0.0/", "\"this network\""),
            ("http://224.0.0.1/", "multicast"),
            ("http://255.255.255.255/", "reserved"),
        ] {
            assert!(
                matches!(url(s), Err(UrlError::NonPublicAddress { what: w, .. }) if w == what),
                "{s}: {:?}",
                url(s)
            );
        }
    }

    #[test]
    fn webhooks() {
        let hook = |s| url_of_kind(s, Kind::Webhook);
        assert!(hook("https://www.webhookurl.com/").is_ok());
        assert_eq!(hook("http://www.webhookurl.com/"), Err(UrlError::Scheme { allowed: HTTPS, hint: "" }));
        assert_eq!(hook("https://localhost/hook"), Err(UrlError::Localhost), "RFC 6761 §6.3");
        assert_eq!(hook("https://api.localhost/hook"), Err(UrlError::Localhost));
        let e = hook("https://127.0.0.1/hook").unwrap_err();
        assert!(e.to_string().ends_with("use `SandboxBuilder::forward_webhooks_to`"), "{e}");
        assert_eq!(e.code(), "url.host");
        assert!(matches!(hook("https://10.1.2.3/"), Err(UrlError::NonPublicAddress { what: "private", .. })));
        assert_eq!(hook("https://a@hooks.example/"), Err(UrlError::UserInfo));

        let local = |s| url_of_kind(s, Kind::LoopbackWebhook);
        for s in
            ["http://127.0.0.1:8080/hook", "http://[::1]:9/", "http://localhost:3000/", "https://127.9.9.9/"]
        {
            assert!(local(s).is_ok(), "{s}");
        }
        for s in ["http://hooks.example/", "http://10.0.0.1/", "https://1.1.1.1/"] {
            assert_eq!(local(s), Err(UrlError::NotLoopback), "{s}");
        }
        assert_eq!(local("http://u@127.0.0.1/"), Err(UrlError::UserInfo));
    }

    #[test]
    fn messages_never_quote_the_url() {
        for s in ["ftp://secret", "https://secret@x.example/", "https://10.0.0.1/secret", "secret"] {
            let e = url(s).unwrap_err();
            assert!(!e.to_string().contains("secret") && !format!("{e:?}").contains("secret"), "{e}");
        }
    }

    /// Every special-purpose range of the IANA registries is named, not only the common ones.
    #[test]
    fn special_purpose_addresses_are_named() {
        let cases = [
            ("192.0.0.8", "IETF protocol assignment"),
            ("198.18.0.1", "benchmarking"),
            ("198.19.255.254", "benchmarking"),
            ("::", "unspecified"),
            ("64:ff9b:1::1", "local-use NAT64"),
            ("100::1", "discard-only"),
            ("2001:2::1", "benchmarking"),
            ("ff02::1", "multicast"),
        ];
        for (ip, what) in cases {
            assert_eq!(non_public(ip.parse().unwrap()), Some(what), "{ip}");
        }
        for public in ["198.20.0.1", "192.0.1.1", "64:ff9b::1", "2001:3::1", "fe00::1"] {
            assert_eq!(non_public(public.parse().unwrap()), None, "{public}");
        }
    }

    /// The `forward_webhooks_to` hint is for a webhook to a loopback address (or `localhost`) only.
    #[test]
    fn the_loopback_hint_is_given_only_where_it_helps() {
        let hint = "forward_webhooks_to";
        assert!(UrlError::Localhost.to_string().contains(hint));
        for s in ["https://127.0.0.1/hook", "http://127.0.0.1:3000/hook", "http://localhost:3000/hook"] {
            let webhook = url_of_kind(s, Kind::Webhook).unwrap_err().to_string();
            assert!(webhook.contains(hint), "{s}: {webhook}");
        }
        let plain = url_of_kind("http://127.0.0.1:3000/hook", Kind::Webhook).unwrap_err().to_string();
        assert!(plain.starts_with("the URL must use https; "), "{plain}");
        for (s, kind) in [
            ("https://127.0.0.1/ok", Kind::Page),
            ("https://10.0.0.1/hook", Kind::Webhook),
            ("http://shop.example/hook", Kind::Webhook),
        ] {
            let shown = url_of_kind(s, kind).unwrap_err().to_string();
            assert!(!shown.contains(hint), "{s}: {shown}");
        }
    }
}
