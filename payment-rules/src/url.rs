//! URLs the gateway sends a shopper's browser or a notification to, one rule per kind.
//!
//! Parsing is the `url` crate's (the WHATWG URL standard), but the parser *repairs* input that this rule
//! refuses, because a repaired URL is not the URL that was given:
//!
//! - tabs, newlines and other control characters anywhere, and leading or trailing spaces, which the
//!   parser silently drops (WHATWG URL §4.4, "basic URL parser", steps 1-3);
//! - user info (`https://shop.example@evil.example/`), which hides the real host behind a familiar name;
//!   its host is `evil.example`; an empty one (`http://@host`) too;
//! - a missing or an extra slash (`https:/host`, `https:host`, `https:///host`), and backslashes, which
//!   the parser reads as slashes (WHATWG URL §4.4, "special authority slashes state");
//! - a host written with percent-encoding (`http://%6c%6f%63%61%6c%68%6f%73%74/` is `localhost`), which the
//!   parser decodes (WHATWG URL §3.5, "host parser");
//! - an IPv4 address written in another form than four decimal numbers (`http://2130706433/`,
//!   `http://0x7f.1/`, `http://0177.0.0.1/`, `http://127.0.0.1./`): the parser turns each into
//!   `127.0.0.1` (WHATWG URL §3.5, "IPv4 parser"), and such a form is how a filter is evaded; every form is
//!   refused, whatever address it names.
//!
//! Port 0 is refused (no server listens on it). Then, by kind:
//!
//! | kind | schemes | host |
//! | --- | --- | --- |
//! | [`Kind::Page`] (success, decline, cancel pages) | `http`, `https` | a host name, a loopback address (as `localhost`: a shop under development on the shopper's own machine), or a globally reachable IP address |
//! | [`Kind::Webhook`] (the gateway posts payment data there) | `https` | a host name that resolves on the public internet (see [`names`]), or a globally reachable IP address |
//! | [`Kind::LoopbackWebhook`] (where the offline sandbox forwards its notifications; never a request value) | `http`, `https` | `localhost`, `127.0.0.0/8` or `::1` only |
//!
//! `localhost` and `127.0.0.1` get the same answer in each kind: accepted for a page, refused for a
//! webhook, the only hosts of a loopback webhook. "Globally reachable" is the column of that name in the
//! IANA IPv4 and IPv6 Special-Purpose Address Registries, with the IPv6 forms that carry an IPv4 address
//! judged by it (see [`address`]). A host *name* is not resolved: `127.0.0.1.nip.io` is a public name,
//! and what it resolves to is the receiving side's business; names that cannot resolve publicly
//! (special-use names, single labels, cloud metadata names) are refused for webhooks.
//!
//! ```
//! use payment_rules::url::{Kind, url, url_of_kind};
//!
//! assert_eq!(url("http://www.successurl.com/").unwrap().as_str(), "http://www.successurl.com/");
//! assert_eq!(url("ftp://x").unwrap_err().to_string(), "the URL must use http or https");
//! assert!(url_of_kind("http://hooks.example/", Kind::Webhook).is_err(), "webhooks are https only");
//! assert!(url_of_kind("http://127.0.0.1:8080/hook", Kind::LoopbackWebhook).is_ok());
//! ```

use std::net::IpAddr;

use crate::rule_error;

pub mod address;
pub mod names;

pub use address::non_public;

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
    /// A missing or extra slash after the scheme (`https:/host`, `https:host`, `https:///host`).
    #[error("the URL must start with its scheme and two slashes, e.g. `https://shop.example.com/`")]
    Slashes,
    /// A backslash, which the parser would read as a slash.
    #[error("the URL contains a backslash, which browsers read as a slash; write `/`")]
    Backslash,
    /// An IPv4 address written as one number, in hex or octal, or with a trailing dot.
    #[error(
        "the URL's host is an IPv4 address written in another form than four decimal numbers (hex, octal, one number); write it as `203.0.113.7`"
    )]
    ObfuscatedAddress,
    /// A host written with percent-encoding (`%6c%6f...`), which the parser decodes into another text.
    #[error("the URL's host is percent-encoded (`%xx`), which the parser decodes; write the host itself")]
    EncodedHost,
    /// Port 0.
    #[error("the URL's port is 0, on which no server listens")]
    Port,
    /// A webhook host name that does not resolve on the public internet.
    #[error(
        "the webhook URL's host is {what}, which does not resolve on the public internet, so the gateway cannot reach it"
    )]
    SpecialUseName {
        /// What the name is, e.g. `"a multicast DNS name (.local)"`.
        what: &'static str,
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
    UrlError::NonPublicAddress { .. }
    | UrlError::Localhost
    | UrlError::SpecialUseName { .. }
    | UrlError::ObfuscatedAddress
    | UrlError::EncodedHost => ("url.host", "must be a URL whose host is a public host name or address"),
    UrlError::Port => ("url.port", "must be a URL with a port other than 0"),
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
    if s.contains('\\') {
        return Err(UrlError::Backslash);
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
    // The parser supplies a missing slash and drops an extra one: look at the text as written.
    let after_scheme = &s[parsed.scheme().len() + 1..];
    if !after_scheme.starts_with("//") || after_scheme[2..].starts_with('/') {
        return Err(UrlError::Slashes);
    }
    // The parser drops an empty user info (`https://@host/`), so look at the authority as written too.
    let written = authority(s);
    if !parsed.username().is_empty() || parsed.password().is_some() || written.contains('@') {
        return Err(UrlError::UserInfo);
    }
    if written.contains('%') {
        return Err(UrlError::EncodedHost);
    }
    if parsed.port() == Some(0) {
        return Err(UrlError::Port);
    }
    let ip = match parsed.host() {
        None => return Err(UrlError::NoHost),
        Some(::url::Host::Domain(name)) => {
            let name = name.strip_suffix('.').unwrap_or(name);
            let localhost = is_localhost(name);
            return match kind {
                Kind::Webhook if localhost => Err(UrlError::Localhost),
                Kind::Webhook => match names::special_use(name) {
                    Some(what) => Err(UrlError::SpecialUseName { what }),
                    None => Ok(parsed),
                },
                Kind::LoopbackWebhook if !localhost => Err(UrlError::NotLoopback),
                _ => Ok(parsed),
            };
        }
        Some(::url::Host::Ipv4(v4)) => {
            // The host as written, without a port: four decimal numbers, or another form of the address.
            let host = written.rsplit_once(':').map_or(written, |(host, _)| host);
            if host != v4.to_string() {
                return Err(UrlError::ObfuscatedAddress);
            }
            IpAddr::V4(v4)
        }
        Some(::url::Host::Ipv6(v6)) => IpAddr::V6(v6),
    };
    let loopback = non_public(ip) == Some("loopback");
    match kind {
        Kind::LoopbackWebhook if loopback => Ok(parsed),
        Kind::LoopbackWebhook => Err(UrlError::NotLoopback),
        Kind::Page if loopback => Ok(parsed),
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

#[cfg(test)]
mod tests;
