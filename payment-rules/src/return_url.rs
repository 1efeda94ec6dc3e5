//! Where a shopper comes back to after a redirect: a web page, or an app's own URL.
//!
//! Adyen (`returnUrl`) and Stripe (`return_url`) both document app return URLs for their iOS and Android
//! SDKs, e.g. `my-app://adyen/return`: the shopper's phone opens the app that registered the scheme. The
//! gateway never fetches such a URL; it redirects the shopper's browser there. So the rule is:
//!
//! - `http` / `https` (any case): the page rule of [`url`](crate::url::url), unchanged;
//! - any other scheme is an app's own if it is RFC 3986's `scheme` production (a letter, then letters,
//!   digits, `+`, `-`, `.`) and not one of [`NOT_APP_SCHEMES`]: schemes a browser runs or reads itself
//!   (`javascript`, `data`, `file`, ...), which would turn a redirect into script or a local read;
//! - in every case: no spaces, control or invisible characters, no user info, and text the URL parser keeps
//!   as written: it is sent as given, never repaired.
//!
//! ```
//! use payment_rules::return_url::{ReturnUrlError, return_url};
//!
//! assert!(return_url("my-app://adyen/return").is_ok());
//! assert!(return_url("https://shop.example.com/done?order=1").is_ok());
//! assert_eq!(return_url("javascript:alert(1)"), Err(ReturnUrlError::Scheme));
//! assert_eq!(return_url("my-app://user@adyen/return"), Err(ReturnUrlError::UserInfo));
//! assert!(return_url("https://192.168.1.1/").is_err(), "a web page keeps the page rule");
//! ```

use crate::rule_error;
use crate::url::UrlError;

/// Schemes that are never an app's return URL, in lower case: the WHATWG URL standard's special schemes
/// other than `http` / `https` (`file`, `ftp`, `ws`, `wss`), and the schemes browsers run or read
/// themselves (`javascript`, `vbscript`, `data`, `blob`, `about`, `filesystem`, `view-source`).
pub const NOT_APP_SCHEMES: [&str; 11] = [
    "about",
    "blob",
    "data",
    "file",
    "filesystem",
    "ftp",
    "javascript",
    "vbscript",
    "view-source",
    "ws",
    "wss",
];

/// Why a string is not a return URL. No message contains the URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReturnUrlError {
    /// An `http` / `https` URL that the page rule refuses.
    #[error(transparent)]
    Web(UrlError),
    /// No scheme, or not RFC 3986's scheme syntax.
    #[error("the return URL is not an absolute URL (`https://..` or an app's own `scheme://..`)")]
    NotAbsolute,
    /// A scheme that a browser runs or reads itself (`javascript:`, `data:`, `file:`, ...).
    #[error("the return URL's scheme is one a browser runs or reads itself, not a web page's or an app's")]
    Scheme,
    /// A space, tab, newline, control or invisible character.
    #[error("the return URL contains a space, tab, newline, control or invisible character")]
    Whitespace,
    /// User info before the host (`my-app://name@host/`).
    #[error("the return URL has user info before its host (`name@`); remove it")]
    UserInfo,
    /// Text the URL parser would rewrite (a backslash, an unencoded character, an upper-case scheme...):
    /// the URL sent would not be the URL given.
    #[error("the return URL is not written as it would be sent (percent-encode it, lower-case scheme)")]
    NotAsWritten,
}

rule_error!(ReturnUrlError, |e| match e {
    ReturnUrlError::Web(web) => (crate::RuleError::code(web), crate::RuleError::rule(web)),
    ReturnUrlError::Scheme => ("return_url.scheme", "must be an http, https or app URL"),
    ReturnUrlError::UserInfo => ("url.userinfo", "must be a URL without user info"),
    _ => ("return_url", "must be an absolute http, https or app URL, percent-encoded"),
});

/// The rule (see the [module docs](self)). The text is valid as given; nothing is rewritten.
pub fn return_url(s: &str) -> Result<(), ReturnUrlError> {
    let (scheme, rest) = s.split_once(':').ok_or(ReturnUrlError::NotAbsolute)?;
    let scheme_syntax = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    if !scheme_syntax || rest.is_empty() {
        return Err(ReturnUrlError::NotAbsolute);
    }
    if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") {
        // The page rule refuses what the parser would repair (`https:host`, `https:/host`, `https:///host`,
        // backslashes), so the text is sent as given.
        return crate::url::url(s).map(|_| ()).map_err(ReturnUrlError::Web);
    }
    if NOT_APP_SCHEMES.iter().any(|n| scheme.eq_ignore_ascii_case(n)) {
        return Err(ReturnUrlError::Scheme);
    }
    if s.chars().any(|c| c.is_whitespace() || crate::text::is_invisible(c)) {
        return Err(ReturnUrlError::Whitespace);
    }
    let parsed = ::url::Url::parse(s).map_err(|_| ReturnUrlError::NotAbsolute)?;
    let authority = rest.strip_prefix("//").map_or("", |a| &a[..a.find(['/', '?', '#']).unwrap_or(a.len())]);
    if !parsed.username().is_empty() || parsed.password().is_some() || authority.contains('@') {
        return Err(ReturnUrlError::UserInfo);
    }
    if parsed.as_str() != s {
        return Err(ReturnUrlError::NotAsWritten);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RuleError;

    /// Return URLs as the providers document them (Adyen Checkout API `returnUrl`, Stripe PaymentIntents
    /// `return_url`, Android App Links / iOS custom URL scheme guides).
    #[test]
    fn documented_app_and_web_urls_are_taken() {
        for ok in [
            "my-app://adyen/return",                          // Adyen: "my-app://" for iOS/Android
            "adyencheckout://com.adyen.checkout",             // Adyen Android drop-in's scheme form
            "com.googleusercontent.apps.123:/oauth2redirect", // reverse-DNS scheme (Google's docs)
            "myapp://stripe-redirect",                        // Stripe React Native `urlScheme`
            "https://your-company.example.com/checkout?shopperOrder=12xy",
            "https://your-company.example.com/...",
            "http://www.successurl.com/",
        ] {
            assert_eq!(return_url(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn browser_schemes_user_info_and_repairs_are_refused() {
        for (bad, err) in [
            ("javascript:alert(1)", ReturnUrlError::Scheme),
            ("JavaScript:alert(1)", ReturnUrlError::Scheme),
            ("data:text/html,<b>", ReturnUrlError::Scheme),
            ("file:///etc/passwd", ReturnUrlError::Scheme),
            ("ws://shop.example/", ReturnUrlError::Scheme),
            ("my-app://user@host/return", ReturnUrlError::UserInfo),
            ("my-app://host/re turn", ReturnUrlError::Whitespace),
            ("my-app://host/return\u{200b}", ReturnUrlError::Whitespace),
            ("My-App://host/return", ReturnUrlError::NotAsWritten),
            ("my-app://host/%zz\u{e9}", ReturnUrlError::NotAsWritten),
            ("https:///shop.example/done", ReturnUrlError::Web(UrlError::Slashes)),
            ("https:/shop.example/done", ReturnUrlError::Web(UrlError::Slashes)),
            ("https:shop.example/done", ReturnUrlError::Web(UrlError::Slashes)),
            ("https://shop.example\\done", ReturnUrlError::Web(UrlError::Backslash)),
            ("/relative/path", ReturnUrlError::NotAbsolute),
            ("1app://host", ReturnUrlError::NotAbsolute),
            ("my-app:", ReturnUrlError::NotAbsolute),
            ("", ReturnUrlError::NotAbsolute),
        ] {
            assert_eq!(return_url(bad), Err(err.clone()), "{bad:?}");
            assert!(!err.to_string().contains(bad) || bad.is_empty(), "{bad:?} quoted");
        }
        let web = return_url("https://10.0.0.1/").unwrap_err();
        assert!(matches!(web, ReturnUrlError::Web(UrlError::NonPublicAddress { .. })), "{web:?}");
        assert_eq!(web.code(), "url.host");
    }
}
