//! URLs: absolute `http` or `https` URLs with a host, parsed by the `url` crate (WHATWG URL standard).
//!
//! ```
//! use payment_rules::url::url;
//!
//! assert_eq!(url("http://www.successurl.com/").unwrap().as_str(), "http://www.successurl.com/");
//! assert_eq!(url("ftp://x").unwrap_err().to_string(), "`ftp://x` must be an http or https URL, not `ftp`");
//! ```

use crate::{clip, rule_error};

/// Why a string is not an absolute http(s) URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    /// The input is empty.
    #[error("the URL is empty")]
    Empty,
    /// The URL parser rejects the input (including relative URLs).
    #[error("`{value}` is not an absolute URL ({reason})")]
    Parse {
        /// The rejected input (clipped).
        value: String,
        /// What the parser says.
        reason: ::url::ParseError,
    },
    /// A scheme other than http or https.
    #[error("`{value}` must be an http or https URL, not `{scheme}`")]
    Scheme {
        /// The rejected input (clipped).
        value: String,
        /// Its scheme.
        scheme: String,
    },
    /// No host (e.g. `http:` with an empty authority is already a parse error; kept for safety).
    #[error("`{0}` has no host")]
    NoHost(String),
}

rule_error!(UrlError, |_e| ("url", "must be an absolute http or https URL"));

/// The rule: `s` parses as an absolute URL whose scheme is `http` or `https` and which has a host.
pub fn url(s: &str) -> Result<::url::Url, UrlError> {
    if s.is_empty() {
        return Err(UrlError::Empty);
    }
    let parsed = ::url::Url::parse(s).map_err(|reason| UrlError::Parse { value: clip(s), reason })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(UrlError::Scheme { value: clip(s), scheme: clip(parsed.scheme()) });
    }
    if parsed.host().is_none() {
        return Err(UrlError::NoHost(clip(s)));
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted() {
        for s in [
            "http://www.successurl.com/",
            "https://shop.example/ok?x=1#y",
            "https://[::1]:8443/",
            "HTTPS://A.EXAMPLE",
        ] {
            assert!(url(s).is_ok(), "{s}");
        }
        assert_eq!(url("https://例え.jp/").unwrap().host_str(), Some("xn--r8jz45g.jp"));
    }

    #[test]
    fn rejected() {
        assert_eq!(url(""), Err(UrlError::Empty));
        for s in ["ftp://x", "mailto:a@b.c", "javascript:alert(1)", "file:///etc/passwd", "data:text/plain,x"]
        {
            assert!(matches!(url(s), Err(UrlError::Scheme { .. })), "{s}");
        }
        for s in ["/relative", "www.example.com", "http://", "https://exa mple.com", "http://[::1"] {
            assert!(matches!(url(s), Err(UrlError::Parse { .. })), "{s}: {:?}", url(s));
        }
    }
}
