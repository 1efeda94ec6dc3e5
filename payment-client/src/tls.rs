//! The TLS of the HTTP clients this crate builds: with the `rustls` feature (the default), rustls with
//! the *ring* crypto provider and the Mozilla roots bundled in `webpki-roots`, all Rust (no C compiler,
//! no dependence on the machine's certificate store: the same roots on every machine).
//!
//! reqwest 0.13's own `rustls` feature would bring the aws-lc provider (C code) and the platform's
//! roots, so this crate turns on its provider-less rustls and hands it a configuration of its own.

/// A `reqwest::ClientBuilder` with this crate's TLS, to build an HTTP client of your own for
/// [`ClientBuilder::http_client`](crate::ClientBuilder::http_client) (a proxy, other time-outs).
///
/// Start from it rather than from `reqwest::Client::builder()`: with the provider-less rustls this crate
/// turns on, reqwest panics at `build()` unless a rustls crypto provider was installed for the process.
///
/// ```
/// use std::time::Duration;
///
/// let http = payment_client::http_client_builder()
///     .connect_timeout(Duration::from_secs(5))
///     .redirect(payment_client::reqwest::redirect::Policy::none())
///     .build()?;
/// let client = payment_client::Client::builder().api_key("sk_test_key").http_client(http).build()?;
/// # drop(client);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn http_client_builder() -> reqwest::ClientBuilder {
    let builder = reqwest::Client::builder();
    #[cfg(feature = "rustls")]
    let builder = builder.tls_backend_preconfigured(rustls_config());
    builder
}

/// rustls with *ring*, TLS 1.2 and 1.3, the bundled webpki roots, HTTP/2 and HTTP/1.1 by ALPN.
#[cfg(feature = "rustls")]
fn rustls_config() -> rustls::ClientConfig {
    let roots = rustls::RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("the ring provider supports TLS 1.2 and 1.3")
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    config
}

#[cfg(all(test, feature = "rustls"))]
mod tests {
    use super::*;

    #[test]
    fn ring_and_the_bundled_roots() {
        let config = rustls_config();
        assert_eq!(config.alpn_protocols, [b"h2".to_vec(), b"http/1.1".to_vec()]);
        assert!(webpki_roots::TLS_SERVER_ROOTS.len() > 100);
        assert!(http_client_builder().build().is_ok(), "no process-wide provider needed");
    }
}
