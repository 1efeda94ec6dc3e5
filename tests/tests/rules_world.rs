//! The rules against the world, end to end: the gateway's published request, changed one field at a time
//! to a value a real customer has (accepted, and sent as the gateway expects) or to one that is not data
//! (refused by `from_json` at its wire path, without the value in the report).

use payment_client::sandbox::LoopbackUrl;
use payment_core::model::PaymentRequest;
use payment_core::{CardNumber, Scheme, UrlError, WebhookUrl};
use serde_json::Value;

const REQUEST: &str = include_str!("../fixtures/paymentv2-request.json");

/// The fixture with `value` at the dotted `path`.
fn with(path: &str, value: Value) -> String {
    let mut v: Value = serde_json::from_str(REQUEST).unwrap();
    let mut at = &mut v;
    for key in path.split('.') {
        at = &mut at[key];
    }
    *at = value;
    v.to_string()
}

/// `from_json` of the changed fixture: `Ok(request)`, or the `(path, code)` of each error.
fn read(path: &str, value: &str) -> Result<PaymentRequest, Vec<(String, String)>> {
    let json = with(path, Value::String(value.to_owned()));
    PaymentRequest::from_json(&json).map_err(|report| {
        assert!(!report.to_string().contains(value), "the report quotes the value: {report}");
        report.errors().iter().map(|e| (e.path().to_owned(), e.code().to_owned())).collect()
    })
}

fn refused(path: &str, value: &str) -> Vec<(String, String)> {
    read(path, value).expect_err(value)
}

#[test]
fn real_cards_are_accepted_with_their_scheme() {
    for (number, scheme, source) in [
        ("8171999900000000021", Scheme::UnionPay, "Adyen test cards: 19-digit UnionPay in the 81 range"),
        ("6062828888666688", Scheme::Hipercard, "Adyen test cards: Hipercard 606282"),
        ("6771830999991239343", Scheme::Maestro, "Adyen adyen-web: 19-digit Maestro"),
        ("2200123456789019", Scheme::Mir, "python-validators tests/test_card.py"),
        ("6221558812340000", Scheme::UnionPay, "card-validator: UnionPay failing Luhn"),
        ("5061460410120223210", Scheme::Verve, "Flutterwave test cards: 19-digit Verve"),
    ] {
        let request = read("card.number", number).unwrap_or_else(|e| panic!("{number} ({source}): {e:?}"));
        let card: CardNumber = number.parse().unwrap();
        assert_eq!(card.scheme(), scheme, "{source}");
        assert_eq!(serde_json::to_value(&request).unwrap()["card"]["number"], number);
    }
}

#[test]
fn numbers_that_are_no_card_are_refused() {
    assert_eq!(refused("card.number", "0000000000000000"), [("card.number".into(), "card.issuer".into())]);
    assert_eq!(
        refused("card.number", "37828224631000")[0].1,
        "card.length",
        "American Express has fifteen digits"
    );
}

#[test]
fn card_lengths_follow_the_longest_prefix_and_pasted_spaces_are_read() {
    // credit-card-type src/lib/card-types.ts: Maestro 493698, 12 to 19 digits, inside Visa's 4.
    let request = read("card.number", "4936 9800 0004").unwrap();
    assert_eq!(serde_json::to_value(&request).unwrap()["card"]["number"], "493698000004");
    assert_eq!("493698000004".parse::<CardNumber>().unwrap().scheme(), Scheme::Maestro);
    for (number, why) in [
        ("10000000000000000", "UATP issues fifteen digits (Wikipedia's IIN table, credit-card-type)"),
        ("1000000000000008", "Braintree's sandbox number for an unknown type: sixteen digits under UATP's 1"),
        ("6200000000005", "UnionPay issues fourteen to nineteen digits (credit-card-type)"),
    ] {
        assert_eq!(refused("card.number", number)[0].1, "card.length", "{number}: {why}");
    }
    assert!(read("card.number", "135410014004955").is_ok(), "Adyen's UATP test card, fifteen digits");
    // Pasted from a page: no-break, narrow no-break and ideographic spaces.
    for pasted in [
        "5200\u{A0}0000\u{A0}0000\u{A0}1005",
        "5200\u{202F}0000\u{202F}0000\u{202F}1005",
        "\u{3000}5200000000001005",
    ] {
        let request = read("card.number", pasted).unwrap_or_else(|e| panic!("{pasted:?}: {e:?}"));
        assert_eq!(serde_json::to_value(&request).unwrap()["card"]["number"], "5200000000001005");
    }
}

#[test]
fn free_text_refuses_controls_and_bidi_overrides_everywhere() {
    for path in
        ["merchant_txn_ref", "merchant_id", "card.name", "billing_address.address1", "billing_address.city"]
    {
        assert_eq!(refused(path, "ord\u{0}er"), [(path.to_owned(), "text.control".to_owned())], "{path}");
        assert_eq!(refused(path, "ord\u{202E}er"), [(path.to_owned(), "text.bidi".to_owned())], "{path}");
        // Unicode §5.8 line and paragraph separators; §23.8 annotations; §23.3 deprecated format characters.
        for (c, code) in [
            ('\u{2028}', "text.control"),
            ('\u{2029}', "text.control"),
            ('\u{FFF9}', "text.format"),
            ('\u{206A}', "text.format"),
        ] {
            assert_eq!(refused(path, &format!("ord{c}er")), [(path.to_owned(), code.to_owned())], "{path}");
        }
    }
    // Every script stays welcome.
    let request = read("card.name", "山田 太郎").unwrap();
    assert_eq!(serde_json::to_value(&request).unwrap()["card"]["name"], "山田 太郎");
    assert!(read("billing_address.city", "Zürich").is_ok());
}

#[test]
fn urls_are_refused_rather_than_repaired() {
    let path = "return_url.success_url";
    assert_eq!(refused(path, "http://www.successurl.com/\t")[0].1, "url");
    assert_eq!(refused(path, "https://shop.example@evil.example/")[0].1, "url.userinfo");
    assert_eq!(refused(path, "http://10.0.0.1/ok")[0].1, "url.host");
    // web-platform-tests url/resources/urltestdata.json: inputs the parser rewrites into another URL.
    for input in
        ["http:/example.com/", "http:example.com/", "http:\\\\www.google.com\\foo", "http:@www.example.com"]
    {
        assert_eq!(refused(path, input)[0].1, "url", "{input}");
    }
    for input in ["http://192.0x00A80001", "http://0xffffffff", "http://2130706433/", "http://0177.0.0.1/"] {
        assert_eq!(refused(path, input)[0].1, "url.host", "{input}: an IPv4 address in another form");
    }
    assert_eq!(refused(path, "http://www.successurl.com:0/")[0].1, "url.port");
    assert_eq!(
        refused(path, "http://%6c%6f%63%61%6c%68%6f%73%74/")[0].1,
        "url.host",
        "a percent-encoded host"
    );
    assert_eq!(refused(path, "http://[::127.0.0.1]/")[0].1, "url.host", "WPT: IPv4-compatible IPv6");
    // A page on this machine: `localhost` and `127.0.0.1` get the same answer.
    for local in ["http://localhost:3000/ok", "http://127.0.0.1:3000/ok", "http://[::1]:3000/ok"] {
        assert!(read(path, local).is_ok(), "{local}");
    }
    let hook = "return_url.webhook_url";
    assert_eq!(refused(hook, "http://www.webhookurl.com/")[0].1, "url.scheme", "webhooks are https only");
    assert_eq!(refused(hook, "https://127.0.0.1/hook")[0].1, "url.host", "from_json never allows loopback");
    assert_eq!(refused(hook, "https://localhost/hook")[0].1, "url.host", "nor localhost");
    for (input, source) in [
        ("https://printer.local/hook", "IANA Special-Use Domain Names: local"),
        ("https://hooks.test/", "IANA Special-Use Domain Names: test"),
        ("https://router.home.arpa/", "IANA Special-Use Domain Names: home.arpa"),
        ("https://shop.internal/hook", "ICANN 2024: internal"),
        ("https://metadata.google.internal/computeMetadata/v1/", "Google Compute Engine metadata"),
        ("https://intranet/hook", "a single label"),
        ("https://[64:ff9b::a9fe:a9fe]/", "NAT64 of 169.254.169.254"),
        ("https://[2002:a00:1::1]/", "6to4 of 10.0.0.1"),
        ("https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "Teredo (Wikipedia's example)"),
        ("https://[4000::1]/", "outside the IPv6 global unicast space"),
        ("https://0x08.0x08.0x08.0x08/", "8.8.8.8 in hex"),
    ] {
        assert_eq!(refused(hook, input)[0].1, "url.host", "{input} ({source})");
    }
    for input in
        ["https://www.example.com/hook", "https://hooks.shop.example/", "https://[2606:4700:4700::1111]/"]
    {
        assert!(read(hook, input).is_ok(), "{input}: RFC 2606 names and public addresses stay accepted");
    }
    // A loopback URL is the sandbox's forward target, a type of its own that is not a request value.
    let local = "http://127.0.0.1:9/hook";
    assert_eq!(local.parse::<LoopbackUrl>().map(|u| u.to_string()), Ok(local.to_owned()));
    assert!(local.parse::<WebhookUrl>().is_err());
    assert_eq!("https://www.webhookurl.com/".parse::<LoopbackUrl>(), Err(UrlError::NotLoopback));
    assert!("https://www.webhookurl.com/".parse::<WebhookUrl>().is_ok());
}

#[test]
fn phones_are_read_as_people_write_them_and_sent_as_digits() {
    let path = "billing_address.phone_number";
    for (written, digits, source) in [
        ("+8112345678", "8112345678", "the gateway's example with E.123's `+`"),
        ("+44 20 7946 0958", "442079460958", "E.123 international notation (Ofcom drama number)"),
        ("+1 (650) 253-0000", "16502530000", "libphonenumber PhoneNumberUtilTest"),
        (
            "＋１　（６５０）　２５３－００００",
            "16502530000",
            "libphonenumber PhoneNumberUtilTest: full-width",
        ),
        (" +64 3 331 6005\u{A0}", "6433316005", "libphonenumber PhoneNumberUtilTest, pasted with spaces"),
        ("+800 1234 5678", "80012345678", "libphonenumber: international freephone"),
        ("+683 7012", "6837012", "libphonenumber example number of Niue"),
    ] {
        let request = read(path, written).unwrap_or_else(|e| panic!("{written} ({source}): {e:?}"));
        assert_eq!(serde_json::to_value(&request).unwrap()["billing_address"]["phone_number"], digits);
    }
    for (written, code, why) in [
        ("0121 234 5678", "phone.country_code", "a national number with its trunk 0"),
        ("+0 121 234 5678", "phone.country_code", "no country code starts with 0"),
        ("+44 (0)20 7946 0958", "phone.country_code", "the trunk (0) after the country code"),
        ("+999 123 456 789", "phone.country_code", "ITU-T E.164: 999 is reserved"),
        ("+28 1234 5678", "phone.country_code", "ITU-T E.164: 28x is spare"),
        ("8112", "phone", "too short"),
        ("1-800-FLOWERS", "phone", "letters"),
    ] {
        assert_eq!(refused(path, written), [(path.to_owned(), code.to_owned())], "{written}: {why}");
    }
}

#[test]
fn emails_need_a_real_domain() {
    let path = "billing_address.email";
    for bad in ["billing@localhost", "billing@127.0.0.1", ".billing@testemail.com", "bil..ling@testemail.com"]
    {
        assert_eq!(refused(path, bad)[0].0, path, "{bad}");
    }
    assert!(read(path, "müller@例え.jp").is_ok());
}

#[test]
fn international_emails_are_read_in_nfc_and_special_use_domains_refused() {
    let path = "billing_address.email";
    for (address, source) in [
        ("अजय@डाटा.भारत", "Universal Acceptance Steering Group EAI example (Devanagari, India's IDN ccTLD)"),
        ("billing@example.ලංකා", "IANA root zone: Sri Lanka's IDN ccTLD (Sinhala)"),
        ("billing@example.சிங்கப்பூர்", "IANA root zone: Singapore's IDN ccTLD (Tamil)"),
        ("สมชาย@ยูเอ.ไทย", "Thai mailbox name at Thailand's IDN ccTLD"),
        ("test@domain.with.idn.tld.उदाहरण.परीक्षा", "Django's EmailValidator tests"),
    ] {
        let request = read(path, address).unwrap_or_else(|e| panic!("{address} ({source}): {e:?}"));
        assert_eq!(serde_json::to_value(&request).unwrap()["billing_address"]["email"], address);
    }
    // A decomposed accent is read and sent in its canonical (NFC) form.
    let request = read(path, "jose\u{301}@example.com").unwrap();
    assert_eq!(serde_json::to_value(&request).unwrap()["billing_address"]["email"], "jos\u{e9}@example.com");
    for bad in [
        "billing@printer.local",
        "billing@shop.test",
        "billing@shop.invalid",
        "billing@router.home.arpa",
        "billing@mail.internal",
        "billing@ab--cd.com",
        "billing@ｇｍａｉｌ.com",
    ] {
        assert_eq!(refused(path, bad), [(path.to_owned(), "email".to_owned())], "{bad}");
    }
}

#[test]
fn expiries_beyond_the_horizon_are_refused_at_the_year() {
    assert_eq!(refused("card.expiry_year", "2099"), [("card.expiry_year".into(), "expiry.horizon".into())]);
    assert!(read("card.expiry_year", "2030").is_ok());
}

#[test]
fn currencies_follow_the_2026_list() {
    assert!(read("currency", "XAD").is_ok(), "Amendment 179");
    assert_eq!(refused("currency", "CUC")[0].1, "currency", "withdrawn 2021-06");
    assert_eq!(refused("currency", "BGN")[0].1, "currency", "withdrawn 2026-01");
}

/// Among codes one edit away, the report names the one most likely meant: the neighbouring key, then the
/// most traded currency (BIS Triennial Survey 2022) or the most populous country (UN WPP 2024).
#[test]
fn suggestions_name_the_code_most_likely_meant() {
    for (path, typed, meant) in [
        ("currency", "USX", "USD"),
        ("currency", "EUT", "EUR"),
        ("billing_address.country", "UX", "US"),
        ("billing_address.country", "IB", "IN"),
    ] {
        let json = with(path, Value::String(typed.to_owned()));
        let report = PaymentRequest::from_json(&json).unwrap_err();
        let message = report.errors()[0].message().to_owned();
        assert!(message.ends_with(&format!("(did you mean `{meant}`?)")), "{typed}: {message}");
    }
}
