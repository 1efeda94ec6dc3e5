//! A second gateway modelled with `#[derive(Builder)]` alone (issue 25): Adyen Checkout v71
//! `POST /payments` `PaymentRequest`, from Adyen's OpenAPI (the schema part and the request examples are
//! in `tests/fixtures/adyen/`, whose README cites the upstream commit; no network). The model
//! (the workspace member `adyen-model`, `tests/adyen/`) has no hand-written `Serialize`, `Deserialize`,
//! `Collect` or `Flatten`; its own rules are plain functions (`adyen_model::rules`).
//!
//! Every request example of `/payments` in the spec is built with the builder (`adyen/examples.rs`) and
//! written equal to the example as JSON values, in stable compact bytes, and read back equal, leniently
//! and strictly; broken bodies are reported all at once with wire paths and without the refused values.

#[path = "adyen/examples.rs"]
mod examples;

use adyen_model as model;
use adyen_model::rules;

use std::collections::BTreeMap;

use payment_core::schema::Schema;
use payment_core::wire::{ValidationReport, from_json, from_json_strict};
use payment_core::{country, currency, email, ip};
use serde_json::{Value, json};
use time::macros::{date, datetime};

use model::{
    ApplePayDetails, AttemptAuthentication, BillingAddress, BrowserInfo, CardDetails, ChallengeWindowSize,
    Channel, DataOnly, EntityType, GooglePayDetails, IdealDetails, IndustryUsage, KlarnaDetails, LineItem,
    PayPalDetails, PayPalSubtype, PayWithGoogleDetails, PaymentRequest, RecurringProcessingModel,
    SepaDirectDebitDetails, ShopperInteraction, Split, ThreeDsVersion,
};

/// The spec's schema part: `/payments`' request body (with its example keys) and the modelled schemas.
const SPEC: &str = include_str!("../fixtures/adyen/payment-request-schema.json");

/// Each request example of `/payments`, as published: its key in the spec and its body.
const FIXTURES: [(&str, &str); 16] = [
    ("applepay", include_str!("../fixtures/adyen/payments-applepay.json")),
    ("card-3d-secure-2-web", include_str!("../fixtures/adyen/payments-card-3d-secure-2-web.json")),
    ("card-3d-secure-redirect", include_str!("../fixtures/adyen/payments-card-3d-secure-redirect.json")),
    ("card-direct", include_str!("../fixtures/adyen/payments-card-direct.json")),
    ("card-securedfields", include_str!("../fixtures/adyen/payments-card-securedfields.json")),
    ("enableOneClick-SF", include_str!("../fixtures/adyen/payments-enableOneClick-SF.json")),
    ("googlepay", include_str!("../fixtures/adyen/payments-googlepay.json")),
    ("ideal", include_str!("../fixtures/adyen/payments-ideal.json")),
    ("klarna", include_str!("../fixtures/adyen/payments-klarna.json")),
    (
        "on-demand-top-up-from-transfer-instrument",
        include_str!("../fixtures/adyen/payments-on-demand-top-up-from-transfer-instrument.json"),
    ),
    ("on-demand-top-up-visa", include_str!("../fixtures/adyen/payments-on-demand-top-up-visa.json")),
    ("oneclick-securedfields", include_str!("../fixtures/adyen/payments-oneclick-securedfields.json")),
    ("split-balanceplatform", include_str!("../fixtures/adyen/payments-split-balanceplatform.json")),
    ("split-classic", include_str!("../fixtures/adyen/payments-split-classic.json")),
    (
        "subscription-first-transaction",
        include_str!("../fixtures/adyen/payments-subscription-first-transaction.json"),
    ),
    ("subscription-payment", include_str!("../fixtures/adyen/payments-subscription-payment.json")),
];

/// The `paymentMethod` tags the model has, as the union's schema lists them.
fn modelled_tags() -> Vec<String> {
    model::PaymentMethod::schema()["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["properties"]["type"]["const"].as_str().unwrap().to_owned())
        .collect()
}

fn spec() -> Value {
    serde_json::from_str(SPEC).unwrap()
}

fn paths(report: &ValidationReport) -> Vec<(&str, &str)> {
    report.errors().iter().map(|e| (e.path(), e.code())).collect()
}

#[test]
fn every_payments_example_whose_method_is_modelled_is_a_fixture() {
    let spec = spec();
    let keys: Vec<&str> =
        spec["paths"]["/payments"]["post"]["requestBody"]["content"]["application/json"]["examples"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
    let tags = modelled_tags();
    let fixtures: Vec<&str> = FIXTURES.iter().map(|(k, _)| *k).collect();
    let built: Vec<&str> = examples::EXAMPLES.iter().map(|(k, _)| *k).collect();
    assert_eq!(fixtures, built, "one builder per fixture, in the same order");
    for key in keys {
        let (_, body) =
            FIXTURES.iter().find(|(k, _)| *k == key).unwrap_or_else(|| panic!("{key}: no fixture"));
        let body: Value = serde_json::from_str(body).unwrap();
        let tag = body["paymentMethod"]["type"].as_str().unwrap();
        assert!(tags.iter().any(|t| t == tag), "{key}: `{tag}` is not modelled");
    }
}

#[test]
fn each_example_is_built_written_equal_and_read_back() {
    for ((key, body), (_, build)) in FIXTURES.iter().zip(examples::EXAMPLES) {
        let built = build().unwrap_or_else(|e| panic!("{key}: {e}"));
        let published: Value = serde_json::from_str(body).unwrap();
        assert_eq!(serde_json::to_value(&built).unwrap(), published, "{key}: written as published");
        let read: PaymentRequest = from_json(body).unwrap_or_else(|r| panic!("{key}: {r}"));
        assert_eq!(read, built, "{key}: read back");
        let strict: PaymentRequest = from_json_strict(body).unwrap_or_else(|r| panic!("{key}: {r}"));
        assert_eq!(strict, built, "{key}: no key of the example is unknown to the model");
    }
}

#[test]
fn compact_bytes_are_stable_and_read_back() {
    for (key, build) in examples::EXAMPLES {
        let first = serde_json::to_string(&build().unwrap()).unwrap();
        let second = serde_json::to_string(&build().unwrap()).unwrap();
        assert_eq!(first, second, "{key}: the same bytes twice");
        let again = serde_json::to_string(&from_json::<PaymentRequest>(&first).unwrap()).unwrap();
        assert_eq!(again, first, "{key}: what was read is written in the same bytes");
    }
    let full = serde_json::to_string(&full_request()).unwrap();
    assert_eq!(serde_json::to_string(&full_request()).unwrap(), full);
    assert!(full.contains(r#""metadata":{"channel":"app","orderId":"42"}"#), "map keys sorted: {full}");
}

/// Every modelled top-level field set: dates, maps, lists, an app return URL, a phone with its `+`.
fn full_request() -> PaymentRequest {
    let metadata: BTreeMap<String, String> =
        [("orderId", "42"), ("channel", "app")].map(|(k, v)| (k.to_owned(), v.to_owned())).into();
    let additional: BTreeMap<String, String> =
        [("riskdata.basket.item1.sku", "mug-1"), ("allow3DS2", "true")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into();
    let statement: BTreeMap<String, String> =
        [("ja-Kana", "ﾃｽﾄ"), ("ja-Hani", "試験")].map(|(k, v)| (k.to_owned(), v.to_owned())).into();
    PaymentRequest::builder()
        .additional_amount(|a| a.currency(currency!("EUR")).value(0))
        .additional_data(additional)
        .amount(|a| a.currency(currency!("JPY")).value(1200))
        .authentication_data(|d| {
            d.attempt_authentication(AttemptAuthentication::Always)
                .authentication_only(false)
                .three_ds_request_data(|t| {
                    t.challenge_window_size(ChallengeWindowSize::FullScreen)
                        .data_only(DataOnly::False)
                        .three_ds_version(ThreeDsVersion::V220)
                })
        })
        .billing_address(|b| {
            b.city("Tokyo")?
                .country(payment_core::CountryOrUnknown::Unknown)
                .house_number_or_name("1-2-3")?
                .postal_code("100-0001")?
                .street("Chiyoda")
        })
        .unwrap()
        .browser_info(|b| {
            b.java_enabled(false)
                .java_script_enabled(true)
                .accept_header("*/*")?
                .color_depth(24)?
                .language("ja-JP")?
                .screen_height(800)?
                .screen_width(400)?
                .time_zone_offset(-540)?
                .user_agent("Mozilla/5.0")
        })
        .unwrap()
        .capture_delay_hours(672)
        .unwrap()
        .channel(Channel::Ios)
        .checkout_attempt_id("attempt-1")
        .unwrap()
        .country_code(country!("JP"))
        .date_of_birth(date!(1990 - 02 - 28))
        .unwrap()
        .deliver_at(datetime!(2026-12-06 08:00 +09:00))
        .delivery_address(|d| {
            d.city("Osaka")?
                .country(country!("JP"))
                .first_name("Hanako")?
                .house_number_or_name("4")?
                .last_name("Yamada")?
                .postal_code("530-0001")?
                .state_or_province("27")?
                .street("Kita")
        })
        .unwrap()
        .device_fingerprint("fp")
        .unwrap()
        .enable_one_click(true)
        .enable_pay_out(false)
        .enable_recurring(false)
        .entity_type(EntityType::NaturalPerson)
        .fraud_offset(-10)
        .industry_usage(IndustryUsage::DelayedCharge)
        .line_items(|l| {
            l.push(|i| i.description("Mug")?.quantity(2)?.amount_including_tax(600)?.sku("mug-1"))?
                .push(|i| i.receiver_email(email!("gift@example.com")).description("Gift card"))
        })
        .unwrap()
        .localized_shopper_statement(statement)
        .unwrap()
        .mcc("5411")
        .unwrap()
        .merchant_account("YOUR_MERCHANT_ACCOUNT")
        .unwrap()
        .merchant_order_reference("order-42")
        .unwrap()
        .metadata(metadata)
        .unwrap()
        .order_reference("881234567890123A")
        .unwrap()
        .origin("https://shop.example.com")
        .unwrap()
        .payment_method(|m| m.pay_pal(|p| p.subtype(PayPalSubtype::Sdk).order_id("5O190127TN364715T")))
        .unwrap()
        .platform_chargeback_logic(|p| p.target_account("BA1"))
        .unwrap()
        .recurring_expiry("2030-12-31")
        .unwrap()
        .recurring_frequency("30")
        .unwrap()
        .recurring_processing_model(RecurringProcessingModel::UnscheduledCardOnFile)
        .redirect_from_issuer_method("GET")
        .unwrap()
        .redirect_to_issuer_method("POST")
        .unwrap()
        .reference("order-42")
        .unwrap()
        .return_url("my-app://adyen/return".parse::<payment_core::ShopperReturnUrl>().unwrap())
        .unwrap()
        .session_validity(datetime!(2017-07-17 13:42:40.428 +01:00))
        .shopper_conversion_id("conv-1")
        .unwrap()
        .shopper_email(email!("s.hopper@example.com"))
        .shopper_interaction(ShopperInteraction::Pos)
        .shopper_ip(ip!("2001:db8::1"))
        .shopper_locale("ja-JP")
        .unwrap()
        .shopper_name(|n| n.first_name("Hanako")?.last_name("Yamada"))
        .unwrap()
        .shopper_reference("shopper-42")
        .unwrap()
        .shopper_statement("SHOP*ORDER 42")
        .unwrap()
        .social_security_number("000-00-0000")
        .unwrap()
        .splits(|l| l.push(|s| s.kind(model::SplitType::Vat).amount(|a| a.value(100))))
        .store("store-1")
        .unwrap()
        .store_payment_method(false)
        .telephone_number("+81312345678")
        .unwrap()
        .three_ds_authentication_only(true)
        .trusted_shopper(true)
        .build()
}

#[test]
fn a_request_with_every_modelled_field_round_trips() {
    let full = full_request();
    let written = serde_json::to_value(&full).unwrap();
    let object = written.as_object().unwrap();
    let declared = PaymentRequest::schema()["properties"].as_object().unwrap().len();
    assert_eq!(object.len(), declared, "every field is on the wire: {written}");
    assert!(declared >= 35, "{declared} top-level fields");
    assert_eq!(written["dateOfBirth"], "1990-02-28");
    assert_eq!(written["deliverAt"], "2026-12-06T08:00:00+09:00");
    assert_eq!(written["sessionValidity"], "2017-07-17T13:42:40.428+01:00", "the spec's example form");
    assert_eq!(written["telephoneNumber"], "+81312345678", "the `+` kept");
    assert_eq!(written["returnUrl"], "my-app://adyen/return");
    assert_eq!(written["threeDSAuthenticationOnly"], true);
    assert_eq!(written["shopperIP"], "2001:db8::1");
    assert_eq!(written["additionalAmount"], json!({"currency": "EUR", "value": 0}), "zero is an amount here");
    assert_eq!(written["billingAddress"]["country"], "ZZ");
    assert_eq!(
        written["paymentMethod"],
        json!({"type": "paypal", "orderID": "5O190127TN364715T", "subtype": "sdk"})
    );
    assert_eq!(
        written["lineItems"][1],
        json!({"description": "Gift card", "receiverEmail": "gift@example.com"})
    );
    let text = written.to_string();
    assert_eq!(from_json::<PaymentRequest>(&text).unwrap(), full);
    assert_eq!(from_json_strict::<PaymentRequest>(&text).unwrap(), full);
}

#[test]
fn the_collecting_builder_takes_text_and_builds_the_same_request() {
    let checked = examples::EXAMPLES[8].1().unwrap(); // klarna
    let collected = PaymentRequest::builder()
        .collect_errors()
        .merchant_account("YOUR_MERCHANT_ACCOUNT")
        .reference("YOUR_ORDER_REFERENCE")
        .payment_method(|m| m.klarna(|k| k))
        .amount(|a| a.currency("SEK").value(1000))
        .shopper_locale("en_US")
        .country_code("SE")
        .telephone_number("+46 840 839 298")
        .shopper_email("youremail@email.com")
        .shopper_name(|n| n.first_name("Testperson-se").last_name("Approved"))
        .shopper_reference("YOUR_UNIQUE_SHOPPER_ID_IOfW3k9G2PvXFu2j")
        .billing_address(|b| {
            b.city("Ankeborg")
                .country("SE")
                .house_number_or_name("1")
                .postal_code("12345")
                .street("Stargatan")
        })
        .delivery_address(|d| {
            d.city("Ankeborg")
                .country("SE")
                .house_number_or_name("1")
                .postal_code("12345")
                .street("Stargatan")
        })
        .return_url("https://www.your-company.example.com/...")
        .line_items_value(checked.line_items().unwrap().clone())
        .build()
        .unwrap();
    assert_eq!(collected, checked);
}

#[test]
fn three_ds_authentication_only_is_left_off_the_wire_when_false() {
    let ideal = examples::EXAMPLES[7].1().unwrap();
    assert!(!*ideal.three_ds_authentication_only());
    assert!(!serde_json::to_string(&ideal).unwrap().contains("threeDSAuthenticationOnly"));
    let mut body: Value = serde_json::from_str(FIXTURES[7].1).unwrap();
    body["threeDSAuthenticationOnly"] = json!(false);
    let read: PaymentRequest = from_json(&body.to_string()).unwrap();
    assert_eq!(read, ideal, "an explicit false reads as the default");
    body["threeDSAuthenticationOnly"] = json!(true);
    let read: PaymentRequest = from_json(&body.to_string()).unwrap();
    assert!(*read.three_ds_authentication_only());
    assert_eq!(serde_json::to_value(&read).unwrap()["threeDSAuthenticationOnly"], true);
}

/// One broken body: a bad enum value, an unknown union tag, a bad list element, a metadata key over 20
/// characters, a bad date and a lower-case currency, each at its wire path, in one report.
const BROKEN: &str = r#"{
    "amount": {"currency": "eur", "value": 1000},
    "reference": "Your order number",
    "paymentMethod": {"type": "sheme", "encryptedCardNumber": "test_4111111111111111"},
    "shopperInteraction": "Ecomerce",
    "lineItems": [{"quantity": 1, "description": "Shoes"}, {"quantity": "12x", "description": "Socks"}],
    "metadata": {"orderId": "42", "keyLongerThanTwentyChars": "hidden-metadata-value"},
    "dateOfBirth": "1990-02-30",
    "returnUrl": "https://your-company.example.com/...",
    "merchantAccount": "YOUR_MERCHANT_ACCOUNT"
}"#;

#[test]
fn broken_bodies_are_reported_all_at_once_with_wire_paths() {
    let expected = [
        ("amount.currency", "currency"),
        ("dateOfBirth", "date"),
        ("lineItems[1].quantity", "type"),
        ("metadata.keyLongerThanTwentyChars", "length"),
        ("paymentMethod.type", "union.tag"),
        ("shopperInteraction", "enum"),
    ];
    for report in [
        from_json::<PaymentRequest>(BROKEN).unwrap_err(),
        from_json_strict::<PaymentRequest>(BROKEN).unwrap_err(),
    ] {
        let mut found = paths(&report);
        found.sort();
        assert_eq!(found, expected, "{report}");
        let shown = format!("{report:?} {report}");
        for refused in ["eur", "sheme", "Ecomerce", "12x", "hidden-metadata-value", "1990-02-30"] {
            assert!(!shown.contains(refused), "`{refused}` is in the report: {shown}");
        }
        let message =
            |path: &str| report.errors().iter().find(|e| e.path() == path).unwrap().message().to_owned();
        assert!(message("amount.currency").contains("did you mean `EUR`?"), "{}", message("amount.currency"));
        assert!(message("shopperInteraction").contains("did you mean `Ecommerce`?"));
        assert!(message("paymentMethod.type").contains("did you mean `scheme`?"));
    }
}

#[test]
fn each_broken_shape_alone_is_one_error() {
    let example: Value = serde_json::from_str(FIXTURES[12].1).unwrap(); // split-balanceplatform
    let cases: [(&str, Value, &str, &str); 7] = [
        ("/shopperInteraction", json!("Ecomerce"), "shopperInteraction", "enum"),
        ("/recurringProcessingModel", json!("cardOnFile"), "recurringProcessingModel", "enum"),
        ("/paymentMethod/type", json!("sheme"), "paymentMethod.type", "union.tag"),
        ("/splits/1/type", json!("Comission"), "splits[1].type", "enum"),
        ("/metadata", json!({"k".repeat(21): "v"}), &format!("metadata.{}", "k".repeat(21)), "length"),
        ("/deliverAt", json!("2026-12-06 08:00"), "deliverAt", "date_time"),
        ("/amount/currency", json!("eur"), "amount.currency", "currency"),
    ];
    for (pointer, value, path, code) in cases {
        let mut body = example.clone();
        set(&mut body, pointer, value);
        let report = from_json::<PaymentRequest>(&body.to_string()).unwrap_err();
        assert_eq!(paths(&report), [(path, code)], "{pointer}: {report}");
    }
}

/// The other APIs' value forms, read from the spec's own examples and broken one key at a time: an app
/// return URL, an unknown country `ZZ`, a zero amount (a card check), and the four-digit card expiry
/// under Adyen's keys.
#[test]
fn other_wire_forms_read_and_refuse_at_their_keys() {
    let card: Value = serde_json::from_str(FIXTURES[3].1).unwrap(); // card-direct
    let mut body = card.clone();
    set(&mut body, "/returnUrl", json!("my-app://adyen/return"));
    set(&mut body, "/amount/value", json!(0));
    set(
        &mut body,
        "/billingAddress",
        json!({"city": "x", "country": "ZZ", "houseNumberOrName": "1", "postalCode": "1", "street": "s"}),
    );
    let read = from_json_strict::<PaymentRequest>(&body.to_string()).unwrap();
    assert_eq!(serde_json::to_value(&read).unwrap(), body, "written back as read");
    assert_eq!(read.billing_address().unwrap().country(), &payment_core::CountryOrUnknown::Unknown);

    let cases: [(&str, Value, &str, &str); 6] = [
        ("/paymentMethod/expiryYear", json!("30"), "paymentMethod.expiryYear", "expiry.year"),
        ("/paymentMethod/expiryMonth", json!("13"), "paymentMethod.expiryMonth", "expiry.month"),
        ("/returnUrl", json!("javascript:alert(1)"), "returnUrl", "return_url.scheme"),
        ("/amount/value", json!(-1), "amount.value", "range"),
        ("/billingAddress/country", json!("XA"), "billingAddress.country", "country"),
        ("/shopperEmail", json!("a@b"), "shopperEmail", "email"),
    ];
    for (pointer, value, path, code) in cases {
        let mut broken = body.clone();
        set(&mut broken, pointer, value);
        let report = from_json::<PaymentRequest>(&broken.to_string()).unwrap_err();
        assert_eq!(paths(&report), [(path, code)], "{pointer}: {report}");
    }
    let mut half = body.clone();
    half["paymentMethod"].as_object_mut().unwrap().remove("expiryYear");
    let report = from_json::<PaymentRequest>(&half.to_string()).unwrap_err();
    assert_eq!(paths(&report), [("paymentMethod.expiryYear", "missing")], "one key of two: {report}");
}

/// Sets the value at a JSON pointer, adding the last key if it is missing.
fn set(body: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = body.pointer_mut(parent).unwrap();
    match parent {
        Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
        _ => parent[key] = value,
    }
}

#[test]
fn the_builder_reports_at_wire_paths_in_both_modes() {
    let err = PaymentRequest::builder()
        .line_items(|l| l.push(|i| i.quantity(1))?.push(|i| i.tax_percentage(10_001)))
        .unwrap_err();
    assert_eq!(
        (err.path(), err.field_path()),
        ("lineItems[1].taxPercentage", Some("line_items[1].tax_percentage"))
    );
    let long_key: BTreeMap<String, String> = [("k".repeat(21), "v".to_owned())].into();
    let err = PaymentRequest::builder().metadata(long_key.clone()).unwrap_err();
    assert_eq!(err.path(), format!("metadata.{}", "k".repeat(21)));
    let report = PaymentRequest::builder()
        .collect_errors()
        .amount(|a| a.currency("eur").value(0))
        .reference("r")
        .payment_method(|m| m.scheme(|s| s.expiry("13/30").number("4111111111111112")))
        .return_url("javascript://alert(1)")
        .merchant_account("m")
        .metadata(long_key)
        .telephone_number("0612345678")
        .date_of_birth(date!(1850 - 01 - 01))
        .line_items(|l| l.push(|i| i.quantity(1)).push(|i| i.quantity(-2)))
        .build()
        .unwrap_err();
    let found: Vec<(&str, Option<&str>)> =
        report.errors().iter().map(|e| (e.path(), e.field_path())).collect();
    assert_eq!(
        found,
        [
            ("amount.currency", Some("amount.currency")),
            ("paymentMethod.expiry", Some("payment_method.scheme.expiry")),
            ("paymentMethod.number", Some("payment_method.scheme.number")),
            ("returnUrl", Some("return_url")),
            (&*format!("metadata.{}", "k".repeat(21)), Some(&*format!("metadata.{}", "k".repeat(21)))),
            ("telephoneNumber", Some("telephone_number")),
            ("dateOfBirth", Some("date_of_birth")),
            ("lineItems[1].quantity", Some("line_items[1].quantity")),
        ],
        "{report}"
    );
}

#[test]
fn the_model_takes_the_spec_keys_and_required_lists() {
    let spec = spec();
    let schemas = &spec["components"]["schemas"];
    let ours: [(&str, Value); 19] = [
        ("PaymentRequest", PaymentRequest::schema()),
        ("Amount", model::Amount::schema()),
        ("SplitAmount", model::SplitAmount::schema()),
        ("Split", Split::schema()),
        ("LineItem", LineItem::schema()),
        ("BillingAddress", BillingAddress::schema()),
        ("DeliveryAddress", model::DeliveryAddress::schema()),
        ("BrowserInfo", BrowserInfo::schema()),
        ("ShopperName", model::ShopperName::schema()),
        ("AuthenticationData", model::AuthenticationData::schema()),
        ("ThreeDSRequestData", model::ThreeDsRequestData::schema()),
        ("CardDetails", CardDetails::schema()),
        ("IdealDetails", IdealDetails::schema()),
        ("PayPalDetails", PayPalDetails::schema()),
        ("ApplePayDetails", ApplePayDetails::schema()),
        ("GooglePayDetails", GooglePayDetails::schema()),
        ("PayWithGoogleDetails", PayWithGoogleDetails::schema()),
        ("KlarnaDetails", KlarnaDetails::schema()),
        ("SepaDirectDebitDetails", SepaDirectDebitDetails::schema()),
    ];
    let names = |v: &Value, key: &str| -> Vec<String> {
        let mut n: Vec<String> = match &v[key] {
            Value::Object(o) => o.keys().cloned().collect(),
            Value::Array(a) => a.iter().map(|s| s.as_str().unwrap().to_owned()).collect(),
            _ => Vec::new(),
        };
        n.retain(|k| k != "type" || key == "properties");
        n.sort();
        n
    };
    for (name, schema) in &ours {
        let published = &schemas[*name];
        let theirs = names(published, "properties");
        for key in names(schema, "properties") {
            assert!(theirs.contains(&key), "{name}.{key} is not a key of the spec");
        }
        // The union's tag is required by the model; the spec's `type` is optional on some variants
        // (it has a default), so `type` is left out of the comparison.
        assert_eq!(names(schema, "required"), names(published, "required"), "{name}: required keys");
    }
    let top = names(&PaymentRequest::schema(), "properties").len();
    let published = names(&schemas["PaymentRequest"], "properties").len();
    assert!(top >= 35, "{top} of the spec's {published} top-level keys");
}

#[test]
fn the_derived_schema_accepts_every_example_and_refuses_the_broken_body() {
    let schema = payment_tests::SchemaCheck::of::<PaymentRequest>();
    for (key, body) in FIXTURES {
        let body: Value = serde_json::from_str(body).unwrap();
        assert_eq!(schema.check(&body), Ok(()), "{key}");
    }
    assert_eq!(schema.check(&serde_json::to_value(full_request()).unwrap()), Ok(()));
    assert!(schema.check(&serde_json::from_str(BROKEN).unwrap()).is_err());
}

#[test]
fn the_phone_rule_and_the_return_url_type() {
    for ok in ["+31201234567", "+46 840 839 298", "+1 2345"] {
        assert!(rules::telephone(ok).is_ok(), "{ok}");
    }
    for bad in
        ["31201234567", "+", "+31", "+31 20", "+31-20-1234567", "+ 31201234567", "+3120123456789012345"]
    {
        assert!(rules::telephone(bad).is_err(), "{bad}");
    }
    for ok in ["my-app://adyen/return", "my-app://", "com.example.app://return", "https://shop.example/r?x=1"]
    {
        assert_eq!(
            ok.parse::<payment_core::ShopperReturnUrl>().map(|u| u.to_string()),
            Ok(ok.to_owned()),
            "{ok}"
        );
    }
    for bad in [
        "javascript://alert(1)",
        "JavaScript://x",
        "data://text/html",
        "file:///etc/passwd",
        "https://shop.example@evil.example/",
        "https:///path",
        "https://shop.example/a b",
        "/relative",
        "1app://x",
    ] {
        assert!(bad.parse::<payment_core::ShopperReturnUrl>().is_err(), "{bad}");
    }
}

#[test]
fn a_payment_method_without_its_type_is_one_error() {
    // The spec gives `type` a default on `CardDetails` (`scheme`) and `IdealDetails` (`ideal`); a union
    // has no default variant, so the model requires the tag.
    let mut body: Value = serde_json::from_str(FIXTURES[4].1).unwrap(); // card-securedfields
    body["paymentMethod"].as_object_mut().unwrap().remove("type");
    let report = from_json::<PaymentRequest>(&body.to_string()).unwrap_err();
    assert_eq!(paths(&report), [("paymentMethod", "union.tag")]);
}
