//! The JSON Schema of each request type (`payment_core::schema`) against an independent validator
//! (boon, through `payment_tests::SchemaCheck`): every published request is valid, and each documented rule has a case that
//! the schema and `from_json` both refuse. (`props_valid.rs` checks that whatever `from_json` accepts of
//! 10,000 generated requests, the schema accepts.)

use payment_core::model::{CaptureRequest, PaymentRequest, StoredCardRequest};
use payment_core::schema::document;
use payment_tests::SchemaCheck;
use payment_tests::fixtures::{CAPTURE_REQUEST, PAYMENT_REQUEST, STORED_CARD_REQUEST, TOKENIZE_REQUEST};
use serde_json::{Value, json};

fn json(s: &str) -> Value {
    serde_json::from_str(s).expect("JSON")
}

#[test]
fn every_published_request_is_valid() {
    for (fixture, result) in [
        (PAYMENT_REQUEST, SchemaCheck::of::<PaymentRequest>().check(&json(PAYMENT_REQUEST))),
        (TOKENIZE_REQUEST, SchemaCheck::of::<StoredCardRequest>().check(&json(TOKENIZE_REQUEST))),
        (STORED_CARD_REQUEST, SchemaCheck::of::<StoredCardRequest>().check(&json(STORED_CARD_REQUEST))),
        (CAPTURE_REQUEST, SchemaCheck::of::<CaptureRequest>().check(&json(CAPTURE_REQUEST))),
    ] {
        assert!(result.is_ok(), "the schema refuses a published request: {result:?}\n{fixture}");
    }
}

#[test]
fn each_rule_the_schema_states_is_refused_by_both() {
    let schema = SchemaCheck::of::<PaymentRequest>();
    type Edit = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Edit)> = vec![
        ("currency", Box::new(|v| v["currency"] = json!("JPX"))),
        ("country", Box::new(|v| v["billing_address"]["country"] = json!("XX"))),
        ("amount zero", Box::new(|v| v["amount"] = json!("0"))),
        ("amount leading zero", Box::new(|v| v["amount"] = json!("0100"))),
        ("card letters", Box::new(|v| v["card"]["number"] = json!("5200-0000-0000-10O5"))),
        ("cvc", Box::new(|v| v["card"]["cvc"] = json!("12345"))),
        ("expiry month", Box::new(|v| v["card"]["expiry_month"] = json!("13"))),
        ("expiry year", Box::new(|v| v["card"]["expiry_year"] = json!("1999"))),
        ("merchant_txn_ref length", Box::new(|v| v["merchant_txn_ref"] = json!("x".repeat(46)))),
        ("text control character", Box::new(|v| v["billing_address"]["city"] = json!("Shinjuku\u{0}"))),
        ("text bidi override", Box::new(|v| v["card"]["name"] = json!("John \u{202E}Doe"))),
        ("email", Box::new(|v| v["billing_address"]["email"] = json!("billing.testemail.com"))),
        ("page URL scheme", Box::new(|v| v["return_url"]["success_url"] = json!("ftp://x.example/"))),
        ("webhook URL scheme", Box::new(|v| v["return_url"]["webhook_url"] = json!("http://hooks.example/"))),
        ("phone", Box::new(|v| v["billing_address"]["phone_number"] = json!("12-34"))),
        ("number as string", Box::new(|v| v["browser_info"]["screenHeight"] = json!("12OO"))),
        ("number range", Box::new(|v| v["browser_info"]["challengeWindow"] = json!(9))),
        ("merchant id empty", Box::new(|v| v["merchant_id"] = json!(""))),
        ("required key", Box::new(|v| drop(v.as_object_mut().unwrap().remove("merchant_id")))),
        ("nested required key", Box::new(|v| drop(v["card"].as_object_mut().unwrap().remove("cvc")))),
    ];
    for (name, edit) in cases {
        let mut v = json(PAYMENT_REQUEST);
        edit(&mut v);
        assert!(schema.check(&v).is_err(), "{name}: the schema accepts it");
        assert!(PaymentRequest::from_json(&v.to_string()).is_err(), "{name}: from_json accepts it");
    }
}

#[test]
fn rules_no_schema_can_state_are_named_in_descriptions() {
    let doc = document::<PaymentRequest>();
    let card = doc["properties"]["card"]["properties"]["number"]["description"].as_str().unwrap_or_default();
    assert!(card.contains("Luhn"), "{card}");
    let year =
        doc["properties"]["card"]["properties"]["expiry_year"]["description"].as_str().unwrap_or_default();
    assert!(year.contains("twenty years"), "{year}");
    let zone = doc["properties"]["time_zone"]["anyOf"][0]["description"].as_str().unwrap_or_default();
    assert!(zone.contains("time_zone"), "{zone}");
    let stored = document::<StoredCardRequest>();
    let card = stored["properties"]["card"]["description"].as_str().unwrap_or_default();
    assert!(card.contains("exactly one"), "{card}");
}
