//! [`ClientBuilder`]: the key, the base URL, time-outs, the body cap and the retry of "not sent" failures.
//!
//! An import circle with `client.rs`, kept on purpose (as reqwest's `Client` and `ClientBuilder`): the
//! builder builds a `Client`, and `Client::builder()` is how a user reaches the builder.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;
use url::{Host, Url};

use crate::client::Client;
use crate::error::ConfigError;
use crate::operations::Operation;
use crate::secret::ApiKey;
use crate::transport::{Transport, USER_AGENT_VALUE};

/// The documented development host.
pub const DEFAULT_BASE_URL: &str = "https://api-dev.paymentoptions.com";
/// The default time allowed to establish a connection (TCP and TLS): 10 s.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The default time allowed for a whole request, answer included: 30 s.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The default cap on a response body: 1 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 1024 * 1024;

/// Configures and builds a [`Client`]. Made by [`Client::builder`].
///
/// ```
/// use std::time::Duration;
/// use payment_client::Client;
///
/// let client = Client::builder()
///     .api_key("sk_test_123")
///     .base_url("https://api-dev.paymentoptions.com")
///     .connect_timeout(Duration::from_secs(5))
///     .timeout(Duration::from_secs(20))
///     .retry_not_sent(2)
///     .build()?;
/// # let _ = client;
/// # Ok::<(), payment_client::ConfigError>(())
/// ```
///
/// Plain `http://` is refused unless the host is a loopback address:
///
/// ```
/// # use payment_client::{Client, ConfigError};
/// let err = Client::builder().api_key("k").base_url("http://gateway.example").build().unwrap_err();
/// assert!(matches!(err, ConfigError::InsecureBaseUrl { .. }));
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct ClientBuilder {
    api_key: Option<ApiKey>,
    base_url: String,
    connect_timeout: Duration,
    timeout: Duration,
    http_client: Option<reqwest::Client>,
    retry_not_sent: u32,
    max_response_bytes: usize,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            api_key: None,
            base_url: DEFAULT_BASE_URL.to_owned(),
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
            http_client: None,
            retry_not_sent: 0,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }
}

impl ClientBuilder {
    /// A builder with the defaults: the dev host, 10 s to connect, 30 s per request, 1 MiB body cap, no
    /// retry.
    pub fn new() -> Self {
        Self::default()
    }

    /// The API key (required). It is sent as `Authorization: Basic <key>` and `x-api-key: <key>`, and
    /// never printed.
    pub fn api_key(mut self, key: impl Into<ApiKey>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The base URL (default [`DEFAULT_BASE_URL`]). It may carry a path prefix
    /// (`https://proxy.example/gateway`); the operation paths are appended to it. It must be `https://`,
    /// or `http://` to a loopback address (`127.0.0.0/8`, `::1`, `localhost`), without credentials, query
    /// or fragment. Checked by [`ClientBuilder::build`].
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// The time allowed to establish a connection (default 10 s). A connect time-out is a "not sent"
    /// failure. Ignored with [`ClientBuilder::http_client`], whose own setting applies.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The time allowed for a whole request, from sending to the last byte of the answer (default 30 s).
    /// When it runs out after the request may have been sent, the error is
    /// [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Reuses an existing `reqwest::Client` (its connection pool, proxy and TLS settings). Build it from
    /// [`http_client_builder`](crate::http_client_builder), which carries this crate's TLS (rustls with
    /// *ring* and the bundled roots): `reqwest::Client::builder()` alone panics at `build()` unless a rustls
    /// crypto provider was installed for the process.
    ///
    /// The client builds its own with redirects disabled; a supplied client keeps its own redirect
    /// policy, which for reqwest's default follows up to 10 redirects. Build it with
    /// `.redirect(reqwest::redirect::Policy::none())`: a followed redirect is reported as
    /// [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown) (the request may have gone elsewhere), and
    /// a redirect that is not followed as [`Error::Http`](crate::Error::Http) with its 3xx status. (A
    /// following client also forwards the `x-api-key` header to the redirect's target: reqwest strips only
    /// `Authorization` across hosts.) The
    /// [`ClientBuilder::timeout`] is applied to each request; [`ClientBuilder::connect_timeout`] is not.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Resends a request up to `retries` more times when it certainly did not reach the gateway
    /// ([`Error::NotSent`](crate::Error::NotSent)), waiting 100 ms, 200 ms, 400 ms ... (at most 2 s)
    /// between attempts. Off (0) by default. Nothing else is ever retried: see the crate docs.
    pub fn retry_not_sent(mut self, retries: u32) -> Self {
        self.retry_not_sent = retries;
        self
    }

    /// The largest response body read, in bytes (default 1 MiB). A larger answer is
    /// [`Error::InvalidResponse`](crate::Error::InvalidResponse) with
    /// [`InvalidResponseKind::TooLarge`](crate::InvalidResponseKind::TooLarge).
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<Client, ConfigError> {
        let key = self.api_key.ok_or(ConfigError::MissingApiKey)?;
        let (authorization, x_api_key) = auth_headers(&key)?;
        let base = parse_base_url(&self.base_url)?;
        if self.max_response_bytes == 0 {
            return Err(ConfigError::InvalidBodyCap);
        }
        let (http, request_timeout) = match self.http_client {
            Some(http) => (http, Some(self.timeout)),
            None => {
                let http = crate::tls::http_client_builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .connect_timeout(self.connect_timeout)
                    .timeout(self.timeout)
                    .user_agent(USER_AGENT_VALUE)
                    .build()
                    .map_err(ConfigError::HttpClient)?;
                (http, None)
            }
        };
        let endpoints = [
            Operation::Purchase,
            Operation::StoredCardPayment,
            Operation::Capture,
            Operation::Refund,
            Operation::Void,
        ]
        .into_iter()
        .map(|op| (op, crate::transport::endpoint(&base, op, None)))
        .collect();
        let transport = Transport {
            http,
            base,
            endpoints,
            key,
            authorization,
            x_api_key,
            request_timeout,
            retry_not_sent: self.retry_not_sent,
            max_response_bytes: self.max_response_bytes,
        };
        Ok(Client { inner: Arc::new(transport) })
    }
}

/// `Basic <key>` and `<key>`, both marked sensitive.
fn auth_headers(key: &ApiKey) -> Result<(HeaderValue, HeaderValue), ConfigError> {
    let raw = key.expose_secret();
    if raw.is_empty() || !raw.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(ConfigError::InvalidApiKey);
    }
    let basic = zeroize::Zeroizing::new(format!("Basic {raw}"));
    let mut authorization = HeaderValue::from_str(&basic).map_err(|_| ConfigError::InvalidApiKey)?;
    authorization.set_sensitive(true);
    let mut x_api_key = HeaderValue::from_str(raw).map_err(|_| ConfigError::InvalidApiKey)?;
    x_api_key.set_sensitive(true);
    Ok((authorization, x_api_key))
}

/// Parses and checks the base URL (see [`ClientBuilder::base_url`]).
fn parse_base_url(input: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(input.trim()).map_err(|e| ConfigError::InvalidBaseUrl(e.to_string()))?;
    if !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some()
    {
        return Err(ConfigError::UnsupportedBaseUrlPart);
    }
    match url.scheme() {
        "https" => {
            if cfg!(not(any(feature = "rustls", feature = "native-tls"))) {
                return Err(ConfigError::TlsUnavailable);
            }
        }
        "http" => {
            if !is_loopback(&url) {
                return Err(ConfigError::InsecureBaseUrl {
                    host: url.host_str().unwrap_or_default().to_owned(),
                });
            }
        }
        other => return Err(ConfigError::UnsupportedScheme(other.to_owned())),
    }
    if url.cannot_be_a_base() || url.host().is_none() {
        return Err(ConfigError::InvalidBaseUrl("the URL has no host".to_owned()));
    }
    Ok(url)
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls() {
        assert!(parse_base_url("https://api-dev.paymentoptions.com").is_ok());
        assert!(parse_base_url("https://proxy.example/gw/").is_ok());
        assert!(parse_base_url("http://127.0.0.1:8080").is_ok());
        assert!(parse_base_url("http://127.1.2.3").is_ok());
        assert!(parse_base_url("http://[::1]:9").is_ok());
        assert!(parse_base_url("http://localhost:9").is_ok());
        assert!(matches!(parse_base_url("http://10.0.0.1"), Err(ConfigError::InsecureBaseUrl { .. })));
        assert!(matches!(
            parse_base_url("http://localhost.evil.example"),
            Err(ConfigError::InsecureBaseUrl { .. })
        ));
        assert!(matches!(parse_base_url("ftp://127.0.0.1"), Err(ConfigError::UnsupportedScheme(_))));
        assert!(matches!(parse_base_url("https://u:p@h.example"), Err(ConfigError::UnsupportedBaseUrlPart)));
        assert!(matches!(parse_base_url("https://h.example/?a=b"), Err(ConfigError::UnsupportedBaseUrlPart)));
        assert!(matches!(parse_base_url("not a url"), Err(ConfigError::InvalidBaseUrl(_))));
    }

    #[test]
    fn keys() {
        assert!(matches!(ClientBuilder::new().build(), Err(ConfigError::MissingApiKey)));
        assert!(matches!(ClientBuilder::new().api_key("").build(), Err(ConfigError::InvalidApiKey)));
        assert!(matches!(ClientBuilder::new().api_key("a b").build(), Err(ConfigError::InvalidApiKey)));
        let e = ClientBuilder::new().api_key("sécret").build().unwrap_err();
        assert!(!e.to_string().contains("sécret"));
    }

    #[test]
    fn builder_debug_hides_the_key() {
        let b = ClientBuilder::new().api_key("sk_live_hidden");
        assert!(!format!("{b:?}").contains("sk_live_hidden"));
    }

    #[test]
    fn urls_are_joined() {
        let c = ClientBuilder::new().api_key("k").base_url("https://p.example/gw/").build().unwrap();
        for (op, path) in [
            (Operation::Purchase, "paymentv2"),
            (Operation::StoredCardPayment, "payment"),
            (Operation::Capture, "capture"),
            (Operation::Refund, "refund"),
            (Operation::Void, "void"),
        ] {
            let want = format!("https://p.example/gw/api/v1/server-to-server-interface/{path}");
            assert_eq!(c.inner.url(op, None).as_str(), want, "built once, at the client's build");
        }
        let c = ClientBuilder::new().api_key("k").build().unwrap();
        let id = payment_core::model::TransactionId::from(uuid::Uuid::nil());
        assert_eq!(
            c.inner.url(crate::Operation::Status, Some(&id)).as_str(),
            "https://api-dev.paymentoptions.com/api/v1/server-to-server-interface/transaction/status/00000000-0000-0000-0000-000000000000"
        );
    }
}
