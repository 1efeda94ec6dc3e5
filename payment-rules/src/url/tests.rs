//! Tests of the URL rules.

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
        ("http://localhost:3000/ok", "a shop under development on this machine"),
        ("http://127.0.0.1:3000/ok", "the same answer as localhost"),
        ("http://[::1]:3000/ok", "the same answer as localhost"),
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
        assert_eq!(url(s), Err(UrlError::Whitespace), "{s:?} (WHATWG URL §4.4 strips or keeps it silently)");
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
    for s in ["ftp://x", "mailto:a@b.c", "javascript:alert(1)", "file:///etc/passwd", "data:text/plain,x"] {
        assert!(matches!(url(s), Err(UrlError::Scheme { .. })), "{s}");
    }
    for s in ["/relative", "www.example.com", "http://", "http://[::1"] {
        assert!(matches!(url(s), Err(UrlError::Parse { .. })), "{s}: {:?}", url(s));
    }
    assert_eq!(url(""), Err(UrlError::Empty));
}

#[test]
fn non_public_addresses_are_refused_for_pages_and_webhooks() {
    // Loopback is a page's `localhost`; for a webhook it is refused like every other non-public address.
    for s in ["https://127.0.0.1/", "https://[::1]/", "https://[::ffff:127.0.0.1]/", "https://127.9.9.9/"] {
        assert!(url(s).is_ok(), "{s}");
        let hook = url_of_kind(s, Kind::Webhook);
        assert!(matches!(hook, Err(UrlError::NonPublicAddress { what: "loopback", .. })), "{s}: {hook:?}");
    }
    // IANA IPv4 / IPv6 Special-Purpose Address Registries, "Globally Reachable: False".
    for (s, what) in [
        ("http://[::ffff:10.0.0.1]/", "private"),
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
    for s in ["http://127.0.0.1:8080/hook", "http://[::1]:9/", "http://localhost:3000/", "https://127.9.9.9/"]
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
        ("https://10.0.0.1/ok", Kind::Page),
        ("https://10.0.0.1/hook", Kind::Webhook),
        ("http://shop.example/hook", Kind::Webhook),
    ] {
        let shown = url_of_kind(s, kind).unwrap_err().to_string();
        assert!(!shown.contains(hint), "{s}: {shown}");
    }
}

const WPT: &str = "web-platform-tests url/resources/urltestdata.json";

/// The parser's repairs, from the WHATWG URL test suite, where it writes another URL than the one given.
#[test]
fn slashes_backslashes_and_empty_user_info_are_not_repaired() {
    for (s, want, source) in [
        ("http:/example.com/", UrlError::Slashes, WPT),
        ("http:example.com/", UrlError::Slashes, WPT),
        ("https:///shop.example.com/", UrlError::Slashes, "an extra slash"),
        ("http:////////user:@google.com:99?foo", UrlError::Slashes, WPT),
        ("http:@www.example.com", UrlError::Slashes, WPT),
        ("http:/@www.example.com", UrlError::Slashes, WPT),
        ("http://@www.example.com", UrlError::UserInfo, WPT),
        ("http:\\\\www.google.com\\foo", UrlError::Backslash, WPT),
        ("https://shop.example.com\\ok", UrlError::Backslash, "a backslash in the path"),
        ("https://shop.example.com/ok?next=a\\b", UrlError::Backslash, "a backslash in the query"),
    ] {
        assert_eq!(url(s), Err(want.clone()), "{s} ({source})");
        let hook = s.replacen("http:", "https:", 1);
        assert_eq!(url_of_kind(&hook, Kind::Webhook), Err(want), "{hook} ({source})");
    }
}

/// Every other form of an IPv4 address is refused, the public ones too (the parser rewrites them all).
#[test]
fn obfuscated_ipv4_addresses_are_refused_in_every_form() {
    for (s, source) in [
        ("http://192.0x00A80001", WPT),
        ("http://0xffffffff", WPT),
        ("https://0x.0x.0x.0x", WPT),
        ("http://2130706433/", "127.0.0.1 as one number"),
        ("http://0x7f.1/", "hex and a short form"),
        ("http://0177.0.0.1/", "octal"),
        ("http://127.1/", "a short form"),
        ("http://127.0.0.1./", "a trailing dot"),
        ("http://134744072/", "8.8.8.8 as one number: public, still refused"),
        ("http://0x08.0x08.0x08.0x08/", "8.8.8.8 in hex"),
        ("http://010.010.010.010/", "8.8.8.8 in octal"),
        ("http://１２７.０.０.１/", "full-width digits"),
    ] {
        for kind in [Kind::Page, Kind::LoopbackWebhook] {
            assert_eq!(url_of_kind(s, kind), Err(UrlError::ObfuscatedAddress), "{s} ({source}), {kind:?}");
        }
        let hook = s.replacen("http:", "https:", 1);
        assert_eq!(url_of_kind(&hook, Kind::Webhook), Err(UrlError::ObfuscatedAddress), "{hook} ({source})");
    }
    assert!(url("http://8.8.8.8:8080/").is_ok(), "four decimal numbers, with a port");
}

#[test]
fn port_zero_is_refused() {
    for s in ["https://shop.example.com:0/", "http://1.1.1.1:0/", "https://shop.example.com:00/"] {
        assert_eq!(url(s), Err(UrlError::Port), "{s}");
    }
    assert_eq!(url("https://shop.example.com:0/").unwrap_err().code(), "url.port");
    assert!(url("https://shop.example.com:1/").is_ok());
}

/// IPv6 forms carrying a non-public IPv4 address, and IPv6 outside global unicast, for both kinds.
#[test]
fn ipv6_forms_are_judged_for_pages_and_webhooks() {
    for (s, source) in [
        ("https://[::127.0.0.1]", "WPT: IPv4-compatible, deprecated (RFC 4291 §2.5.5.1)"),
        ("https://[0:0:0:0:0:0:13.1.68.3]", "WPT: IPv4-compatible"),
        ("https://[64:ff9b::10.0.0.1]/", "NAT64 (RFC 6052) of a private address"),
        ("https://[64:ff9b::a9fe:a9fe]/", "NAT64 of the cloud metadata address"),
        ("https://[2002:a9fe:a9fe::1]/", "6to4 (RFC 3056) of the metadata address"),
        (
            "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
            "Teredo, Wikipedia's example (client 192.0.2.45)",
        ),
        ("https://[4000::1]/", "outside 2000::/3 (IANA IPv6 Address Space)"),
        ("https://[5f00::1]/", "SRv6 SIDs (RFC 9602)"),
    ] {
        for kind in [Kind::Page, Kind::Webhook] {
            let got = url_of_kind(s, kind);
            assert!(
                matches!(got, Err(UrlError::NonPublicAddress { .. })),
                "{s} ({source}), {kind:?}: {got:?}"
            );
        }
    }
    for s in ["https://[64:ff9b::808:808]/", "https://[2002:808:808::1]/", "https://[2606:4700:4700::1111]/"]
    {
        assert!(url_of_kind(s, Kind::Webhook).is_ok(), "{s}");
    }
}

/// Names that resolve only inside a network are refused for webhooks, and stay allowed for pages.
#[test]
fn webhook_names_must_resolve_publicly() {
    for (s, source) in [
        ("https://printer.local/hook", "IANA Special-Use Domain Names: local (RFC 6762)"),
        ("https://hooks.test/", "IANA Special-Use Domain Names: test (RFC 6761)"),
        ("https://shop.invalid/", "IANA Special-Use Domain Names: invalid (RFC 6761)"),
        ("https://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion/", "onion (RFC 7686)"),
        ("https://router.home.arpa/", "home.arpa (RFC 8375)"),
        ("https://shop.internal/hook", "ICANN 2024: .internal"),
        ("https://metadata.google.internal/computeMetadata/v1/", "Google Compute Engine metadata"),
        ("https://metadata.tencentyun.com/latest/meta-data/", "Tencent Cloud metadata"),
        ("https://intranet/hook", "a single label"),
        ("https://metadata./", "a single label with the root dot"),
        ("https://instance-data/latest/", "AWS's single-label metadata name"),
    ] {
        let got = url_of_kind(s, Kind::Webhook);
        assert!(matches!(got, Err(UrlError::SpecialUseName { .. })), "{s} ({source}): {got:?}");
        assert_eq!(got.unwrap_err().code(), "url.host");
        assert!(url(s).is_ok(), "{s}: a page may be on a private network");
    }
    for s in [
        "https://www.example.com/hook",
        "https://example.net/",
        "https://example.org/",
        "https://hooks.shop.example/",
        "https://127.0.0.1.nip.io/",
    ] {
        assert!(url_of_kind(s, Kind::Webhook).is_ok(), "{s}: RFC 2606 names, kept; a public name");
    }
    let e = url_of_kind("https://printer.local/hook", Kind::Webhook).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the webhook URL's host is a multicast DNS name (.local), which does not resolve on the public internet, so the gateway cannot reach it"
    );
}

/// A percent-encoded host is decoded by the parser into another text: refused, whatever it names.
#[test]
fn percent_encoded_hosts_are_refused() {
    for (s, source) in [
        ("http://%30%78%63%30%2e%30%32%35%30.01", WPT),
        ("https://%6c%6f%63%61%6c%68%6f%73%74/", "localhost, encoded"),
        ("https://shop%2Eexample.com/", "an encoded dot"),
    ] {
        assert_eq!(url(s), Err(UrlError::EncodedHost), "{s} ({source})");
        let hook = s.replacen("http:", "https:", 1);
        assert_eq!(url_of_kind(&hook, Kind::Webhook), Err(UrlError::EncodedHost), "{hook} ({source})");
    }
    assert!(
        url("https://shop.example.com/a%20b?q=%2F").is_ok(),
        "percent-encoding in the path and query stays"
    );
}
