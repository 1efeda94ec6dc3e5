//! Generated **valid** requests: every field of `PaymentRequest` varied within its rules, built through
//! the builder, then serialized, read back with `from_json` and compared. Random strings almost never form
//! a valid request, so this is the round trip that `props_untrusted` cannot reach.
//!
//! Every generated request is also checked against the published JSON Schema
//! (`payment_core::schema`) with an independent validator: whatever `from_json` accepts, the schema
//! accepts.
//!
//! 10,000 cases by default (`PAYMENT_PROPTEST_CASES` overrides it); the test asserts how many ran.

use std::net::IpAddr;

use payment_core::model::{BrowserInfo, PaymentRequest};
use payment_core::{
    Amount, CardNumber, Country, Currency, Email, Expiry, MerchantId, Money, Phone, Url, WebhookUrl,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// A Luhn-valid number that the card rule accepts: a prefix of a real range, then digits, then the
/// check digit, at a length that range issues.
fn card_numbers() -> impl Strategy<Value = CardNumber> {
    let prefixes = prop_oneof![
        Just(("4", 16)),
        Just(("4", 13)),
        Just(("4", 19)),
        Just(("51", 16)),
        Just(("2221", 16)),
        Just(("34", 15)),
        Just(("37", 15)),
        Just(("6011", 16)),
        Just(("3528", 16)),
        Just(("36", 14)),
        Just(("62", 19)),
        Just(("2200", 16)),
        Just(("606282", 16)),
        Just(("9", 12)),
    ];
    (prefixes, proptest::collection::vec(0u8..10, 19)).prop_map(|((prefix, len), fill)| {
        let mut digits: Vec<u8> = prefix.bytes().map(|b| b - b'0').collect();
        digits.extend(fill.into_iter().take(len - 1 - digits.len()));
        let check = (0..10u8).find(|c| luhn(&digits, *c)).expect("one check digit fits");
        digits.push(check);
        let text: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
        text.parse().expect("a Luhn-valid number of a published length")
    })
}

fn luhn(body: &[u8], check: u8) -> bool {
    let sum: u32 = body
        .iter()
        .chain([check].iter())
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Free text of every script, without controls or bidirectional overrides, `1..=max` characters.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            proptest::char::range('a', 'z'),
            proptest::char::range('A', 'Z'),
            proptest::char::range('0', '9'),
            Just(' '),
            Just('-'),
            proptest::char::range('À', 'ÿ'),
            proptest::char::range('あ', 'ん'),
            proptest::char::range('א', 'ת'),
        ],
        1..=max,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

/// A top-level domain of two to `max` letters, none of the special-use ones (`local`, `test`, ...), which
/// the email and webhook rules refuse.
fn tld(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[a-z]{{2,{max}}}"))
        .expect("a regex")
        .prop_filter("a public top-level domain", |t| {
            !["local", "test", "onion", "arpa", "alt"].contains(&t.as_str())
        })
}

fn emails() -> impl Strategy<Value = Email> {
    ("[a-z0-9]{1,10}(\\.[a-z0-9]{1,5})?", "[a-z0-9]{1,10}", tld(6))
        .prop_map(|(local, domain, tld)| format!("{local}@{domain}.{tld}").parse().expect("a valid address"))
}

fn page_urls() -> impl Strategy<Value = Url> {
    ("https?", "[a-z]{1,10}", "[a-z]{2,5}", "[a-z0-9/]{0,12}").prop_map(|(scheme, host, tld, path)| {
        format!("{scheme}://{host}.{tld}/{path}").parse().expect("a page URL")
    })
}

fn webhook_urls() -> impl Strategy<Value = Option<WebhookUrl>> {
    proptest::option::of(("[a-z]{1,10}", tld(5)).prop_map(|(host, tld)| {
        format!("https://hooks.{host}.{tld}/paymentv2").parse().expect("a webhook URL")
    }))
}

fn monies() -> impl Strategy<Value = Money> {
    let currencies: Vec<Currency> = Currency::all().collect();
    (proptest::sample::select(currencies), 1u64..=u64::MAX)
        .prop_map(|(currency, minor)| Money::new(Amount::new(minor).expect("positive"), currency))
}

fn expiries() -> impl Strategy<Value = Expiry> {
    (1u8..=12, 2000u16..=2040).prop_map(|(m, y)| Expiry::new(m, y).expect("within the horizon"))
}

fn phones() -> impl Strategy<Value = Option<Phone>> {
    proptest::option::of(
        "\\+?(1|7|20|44|81|86|234|358|683|800|979)[1-9][0-9]{5,11}"
            .prop_map(|s| s.parse().expect("a phone number")),
    )
}

/// Everything an address needs, then a closure-free build (so `proptest` can clone the parts).
#[derive(Debug, Clone)]
struct AddressParts {
    country: Country,
    email: Email,
    phone: Option<Phone>,
    line1: String,
    city: String,
    state: Option<String>,
    postal_code: String,
}

fn addresses() -> impl Strategy<Value = AddressParts> {
    let countries: Vec<Country> = Country::all().collect();
    (
        proptest::sample::select(countries),
        emails(),
        phones(),
        text(60),
        text(40),
        proptest::option::of(text(30)),
        text(10),
    )
        .prop_map(|(country, email, phone, line1, city, state, postal_code)| AddressParts {
            country,
            email,
            phone,
            line1,
            city,
            state,
            postal_code,
        })
}

fn browser_infos() -> impl Strategy<Value = Option<BrowserInfo>> {
    let depths = vec![1u8, 4, 8, 15, 16, 24, 32, 48];
    proptest::option::of(
        (proptest::sample::select(depths), any::<bool>(), 1u32..=10_000, 1u32..=10_000, 1u8..=5, text(40))
            .prop_map(|(depth, java, height, width, window, agent)| {
                BrowserInfo::builder()
                    .collect_errors()
                    .accept_header("text/html")
                    .screen_color_depth(depth)
                    .java_enabled(java)
                    .language("en")
                    .screen_height(height)
                    .screen_width(width)
                    .challenge_window(window)
                    .user_agent(agent)
                    .build()
                    .expect("valid browser fields")
            }),
    )
}

#[derive(Debug, Clone)]
struct Parts {
    money: Money,
    card: CardNumber,
    expiry: Expiry,
    holder: String,
    reference: String,
    ip: IpAddr,
    merchant: String,
    success: Url,
    decline: Url,
    cancel: Option<Url>,
    webhook: Option<WebhookUrl>,
    billing: AddressParts,
    shipping: Option<AddressParts>,
    browser: Option<BrowserInfo>,
    zone: Option<String>,
}

fn requests() -> impl Strategy<Value = PaymentRequest> {
    let head = (monies(), card_numbers(), expiries(), text(128), text(45), any::<IpAddr>(), text(128));
    let urls = (page_urls(), page_urls(), proptest::option::of(page_urls()), webhook_urls());
    let rest = (
        addresses(),
        proptest::option::of(addresses()),
        browser_infos(),
        proptest::option::of("[A-Z][a-z]{2,8}/[A-Z][a-z_]{2,12}"),
    );
    (head, urls, rest).prop_map(
        |(
            (money, card, expiry, holder, reference, ip, merchant),
            (success, decline, cancel, webhook),
            (billing, shipping, browser, zone),
        )| {
            build(Parts {
                money,
                card,
                expiry,
                holder,
                reference,
                ip,
                merchant,
                success,
                decline,
                cancel,
                webhook,
                billing,
                shipping,
                browser,
                zone,
            })
        },
    )
}

fn build(p: Parts) -> PaymentRequest {
    let cvc = if p.card.scheme() == payment_core::Scheme::Amex { "1234" } else { "123" };
    let address = |a: AddressParts| {
        move |b: payment_core::model::AddressBuilder<_, _, _, _, _, payment_core::builder::Collecting>| {
            b.country(a.country)
                .email(a.email)
                .maybe_phone_number(a.phone)
                .address1(a.line1)
                .city(a.city)
                .maybe_state(a.state)
                .postal_code(a.postal_code)
        }
    };
    let merchant: MerchantId = p.merchant.parse().expect("1 to 128 characters of text");
    let mut builder = PaymentRequest::builder()
        .collect_errors()
        .money(p.money)
        .card(|c| {
            c.number(p.card).cvc(cvc.parse::<payment_core::Cvc>().unwrap()).expiry(p.expiry).name(p.holder)
        })
        .merchant_txn_ref(p.reference)
        .customer_ip(p.ip)
        .merchant_id(merchant)
        .return_url(|r| {
            r.success_url(p.success)
                .decline_url(p.decline)
                .maybe_cancel_url(p.cancel)
                .maybe_webhook_url(p.webhook)
        })
        .billing_address(address(p.billing))
        .maybe_browser_info(p.browser)
        .maybe_time_zone(p.zone);
    if let Some(shipping) = p.shipping {
        builder = builder.shipping_address(address(shipping));
    }
    builder.build().expect("every part is valid")
}

#[test]
fn generated_valid_requests_round_trip_through_json() {
    let cases = std::env::var("PAYMENT_PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    let ran = std::cell::Cell::new(0u32);
    let schema = payment_tests::SchemaCheck::of::<PaymentRequest>();
    runner
        .run(&requests(), |request| {
            ran.set(ran.get() + 1);
            let json = serde_json::to_string(&request).expect("a valid request serializes");
            let value: serde_json::Value = serde_json::from_str(&json).unwrap();
            if let Err(e) = schema.check(&value) {
                return Err(TestCaseError::fail(format!("the schema refuses a valid request: {e}")));
            }
            let back = PaymentRequest::from_json(&json).map_err(|r| TestCaseError::fail(r.to_string()))?;
            prop_assert_eq!(&back, &request);
            prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
            Ok(())
        })
        .unwrap();
    let ran = ran.get();
    assert!(ran >= cases, "only {ran} of {cases} cases ran");
}
