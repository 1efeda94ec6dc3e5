//! The base-URL rule: `https://` for any host that is not loopback; plain `http://` only to `127.0.0.0/8`,
//! `::1` and `localhost`. The error names the rule and says what to do.

use payment_client::sandbox::{self, Sandbox, TestCard};
use payment_client::{Client, ConfigError};

fn build(url: &str) -> Result<Client, ConfigError> {
    Client::builder().api_key("sk_config_test").base_url(url).build()
}

#[test]
fn plain_http_to_a_non_loopback_host_is_refused_with_a_clear_error() {
    let refused = [
        ("http://api-dev.paymentoptions.com", "api-dev.paymentoptions.com"),
        ("http://api-dev.paymentoptions.com:8080/gateway", "api-dev.paymentoptions.com"),
        ("HTTP://GATEWAY.EXAMPLE", "gateway.example"),
        ("http://10.0.0.1", "10.0.0.1"),
        ("http://192.168.1.10:8080", "192.168.1.10"),
        ("http://169.254.169.254", "169.254.169.254"),
        ("http://0.0.0.0:8080", "0.0.0.0"),
        ("http://[2001:db8::1]:8080", "[2001:db8::1]"),
        ("http://[::]", "[::]"),
        // Not loopback by their address, whatever the name suggests.
        ("http://localhost.evil.example", "localhost.evil.example"),
        ("http://127.0.0.1.nip.io", "127.0.0.1.nip.io"),
        ("http://evil-localhost", "evil-localhost"),
        // An IPv4-mapped loopback is refused: conservative, and nobody needs it.
        ("http://[::ffff:127.0.0.1]", "[::ffff:7f00:1]"),
        ("  http://gateway.example  ", "gateway.example"),
    ];
    for (url, host) in refused {
        match build(url) {
            Err(ref err @ ConfigError::InsecureBaseUrl { host: ref named }) => {
                assert_eq!(named, host, "{url}");
                let text = err.to_string();
                assert!(text.contains("https://"), "the error says what to use: {text}");
                assert!(text.contains("loopback"), "the error names the rule: {text}");
                assert!(text.contains(host), "the error names the host: {text}");
            }
            other => panic!("{url}: expected InsecureBaseUrl, got {other:?}"),
        }
    }
}

#[test]
fn plain_http_to_loopback_is_allowed() {
    for url in [
        "http://127.0.0.1",
        "http://127.0.0.1:8080",
        "http://127.0.0.1:8080/proxy/prefix/",
        "http://127.1.2.3:9",
        "http://127.1",      // the URL parser reads it as 127.0.0.1
        "http://2130706433", // 127.0.0.1 as one number
        "http://[::1]",
        "http://[::1]:8443",
        "http://[0:0:0:0:0:0:0:1]:1",
        "http://localhost",
        "http://localhost:3000",
        "http://LocalHost:3000",
    ] {
        let client = build(url).unwrap_or_else(|e| panic!("{url}: {e}"));
        assert_eq!(client.base_url().scheme(), "http", "{url}");
    }
}

#[test]
fn https_is_allowed_to_any_host() {
    for url in [
        "https://api-dev.paymentoptions.com",
        "https://gateway.example:8443/prefix",
        "https://10.0.0.1",
        "https://[2001:db8::1]",
        "https://127.0.0.1",
        "HTTPS://Gateway.Example",
    ] {
        assert!(build(url).is_ok(), "{url}");
    }
    // And the default is the documented https host.
    let client = Client::builder().api_key("k").build().expect("the defaults build");
    assert_eq!(client.base_url().scheme(), "https");
}

#[test]
fn other_schemes_are_refused_naming_https() {
    for (url, scheme) in
        [("ftp://127.0.0.1", "ftp"), ("ws://gateway.example", "ws"), ("file:///etc/passwd", "file")]
    {
        match build(url) {
            Err(err @ ConfigError::UnsupportedScheme(_)) => {
                let text = err.to_string();
                assert!(text.contains("https://") && text.contains(&format!("{scheme}://")), "{text}");
            }
            other => panic!("{url}: expected UnsupportedScheme, got {other:?}"),
        }
    }
}

#[test]
fn the_rule_holds_with_a_user_supplied_http_client() {
    let http = payment_client::http_client_builder().build().expect("a client");
    let err = Client::builder()
        .api_key("k")
        .base_url("http://gateway.example")
        .http_client(http)
        .build()
        .expect_err("a supplied client does not lift the rule");
    assert!(matches!(err, ConfigError::InsecureBaseUrl { .. }), "{err:?}");
}

#[test]
fn the_error_converts_into_the_client_error() {
    let err: payment_client::Error = build("http://gateway.example").expect_err("refused").into();
    assert!(matches!(err, payment_client::Error::Config(ConfigError::InsecureBaseUrl { .. })), "{err:?}");
    assert!(err.to_string().contains("https://"), "{err}");
}

#[tokio::test]
async fn plain_http_to_loopback_really_works() -> Result<(), Box<dyn std::error::Error>> {
    let sandbox = Sandbox::start().await?;
    let port = sandbox.addr().port();
    for url in [format!("http://127.0.0.1:{port}"), format!("http://localhost:{port}")] {
        let client = Client::builder().api_key(sandbox.api_key()).base_url(url.as_str()).build()?;
        client
            .purchase(&sandbox::sample_request(TestCard::Approved)?)
            .await
            .map_err(|e| format!("{url}: {e}"))?;
    }
    sandbox.shutdown().await;
    Ok(())
}
