//! A shop's raw order, as its own front end sends it (every value as text, the price in major units),
//! checked in one pass: `.collect_errors()` setters take the text, and one `build()` reports every
//! problem with its wire path and Rust path, never with the refused value (issue 26).

use payment_core::model::PaymentRequest;
use payment_core::wire::ValidationReport;
use payment_core::{Money, card_number, country, currency, cvc, email, expiry, ip, merchant_id, url};
use serde::Deserialize;

/// The shop's own order type: what its checkout page posts.
#[derive(Deserialize)]
struct ShopOrder {
    id: String,
    total: String,
    currency: String,
    card_number: String,
    cvc: String,
    expiry: String,
    holder: String,
    email: String,
    ip: String,
    country: String,
    street: String,
    city: String,
    postal_code: String,
}

const VALID: &str = r#"{
    "id": "order-42", "total": "19.99", "currency": "USD",
    "card_number": "5200 0000 0000 1005", "cvc": "100", "expiry": "12/30", "holder": "Jane Doe",
    "email": "jane@shop.example", "ip": "203.0.113.7", "country": "JP",
    "street": "1-2-3 Shinjuku", "city": "Shinjuku-ku", "postal_code": "1600022"
}"#;

/// Ten fields, each refused on its own merits.
const BROKEN: &str = r#"{
    "id": "", "total": "19,99", "currency": "EURO",
    "card_number": "5200 0000 0000 1006", "cvc": "12a", "expiry": "13/30", "holder": "Jane\u0000Doe",
    "email": "jane@", "ip": "300.1.1.1", "country": "jp",
    "street": "1-2-3 Shinjuku", "city": "Shinjuku-ku", "postal_code": "1600022"
}"#;

/// The request from the order's text, in one pass.
fn request(order: &ShopOrder) -> Result<PaymentRequest, ValidationReport> {
    PaymentRequest::builder()
        .collect_errors()
        .money((&order.total, &order.currency))
        .card(|c| c.number(&order.card_number).cvc(&order.cvc).expiry(&order.expiry).name(&order.holder))
        .merchant_txn_ref(&order.id)
        .customer_ip(&order.ip)
        .merchant_id(merchant_id!("my-merchant"))
        .return_url(|r| {
            r.success_url(url!("https://shop.example/ok")).decline_url(url!("https://shop.example/ko"))
        })
        .billing_address(|a| {
            a.country(&order.country)
                .email(&order.email)
                .address1(&order.street)
                .city(&order.city)
                .postal_code(&order.postal_code)
        })
        .build()
}

#[test]
fn ten_bad_fields_give_ten_errors_from_one_build() {
    let order: ShopOrder = serde_json::from_str(BROKEN).unwrap();
    let report = request(&order).unwrap_err();
    let mut found: Vec<(&str, Option<&str>, &str)> =
        report.errors().iter().map(|e| (e.path(), e.field_path(), e.code())).collect();
    found.sort_unstable();
    assert_eq!(
        found,
        [
            ("amount", Some("amount"), "money"),
            ("billing_address.country", Some("billing_address.country"), "country"),
            ("billing_address.email", Some("billing_address.email"), "email"),
            ("card.cvc", Some("card.cvc"), "cvc"),
            ("card.expiry", Some("card.expiry"), "expiry.month"),
            ("card.name", Some("card.name"), "text.control"),
            ("card.number", Some("card.number"), "card.luhn"),
            ("currency", Some("currency"), "currency"),
            ("customer_ip", Some("customer_ip"), "ip"),
            ("merchant_txn_ref", Some("merchant_txn_ref"), "length"),
        ],
        "{report}"
    );
    // The code rules suggest what was probably meant; nothing else does.
    let message =
        |path: &str| report.errors().iter().find(|e| e.path() == path).unwrap().message().to_owned();
    assert!(message("currency").ends_with("(did you mean `EUR`?)"), "{}", message("currency"));
    assert!(message("billing_address.country").ends_with("(did you mean `JP`?)"));
    for path in ["card.number", "card.cvc", "billing_address.email", "customer_ip", "card.name"] {
        assert!(!message(path).contains("did you mean"), "{path}: {}", message(path));
    }
    // No refused value in any message, `Display` or `Debug` of the report.
    let shown = format!("{report} {report:?}");
    for value in ["19,99", "EURO", "5200", "1006", "12a", "13/30", "Jane", "jane@", "300.1.1.1", "\"jp\""] {
        assert!(!shown.contains(value), "the report leaks `{value}`: {shown}");
    }
}

#[test]
fn valid_text_builds_the_request_typed_values_build() {
    let order: ShopOrder = serde_json::from_str(VALID).unwrap();
    let from_text = request(&order).expect("a valid order");
    let typed = PaymentRequest::builder()
        .money(Money::from_major("19.99", currency!("USD")).unwrap())
        .card(|c| {
            c.number(card_number!("5200 0000 0000 1005"))
                .cvc(cvc!("100"))
                .expiry(expiry!("12/30"))
                .name("Jane Doe")
        })
        .unwrap()
        .merchant_txn_ref("order-42")
        .unwrap()
        .customer_ip(ip!("203.0.113.7"))
        .merchant_id(merchant_id!("my-merchant"))
        .return_url(|r| {
            r.success_url(url!("https://shop.example/ok")).decline_url(url!("https://shop.example/ko"))
        })
        .billing_address(|a| {
            a.country(country!("JP"))
                .email(email!("jane@shop.example"))
                .address1("1-2-3 Shinjuku")?
                .city("Shinjuku-ku")?
                .postal_code("1600022")
        })
        .unwrap()
        .build();
    assert_eq!(serde_json::to_vec(&from_text).unwrap(), serde_json::to_vec(&typed).unwrap());
    assert_eq!(from_text, typed);
}

#[test]
fn a_price_as_one_text_or_two_and_every_money_refusal() {
    // One text.
    let codes = |money: &str| -> Vec<(String, &'static str)> {
        let report = PaymentRequest::builder()
            .collect_errors()
            .money(money)
            .card(|c| {
                c.number(card_number!("5200000000001005")).cvc(cvc!("100")).expiry(expiry!("12/30")).name("J")
            })
            .merchant_txn_ref("r")
            .customer_ip(ip!("127.0.0.1"))
            .merchant_id(merchant_id!("m"))
            .return_url(|r| {
                r.success_url(url!("https://shop.example/ok")).decline_url(url!("https://shop.example/ko"))
            })
            .billing_address(|a| {
                a.country(country!("JP"))
                    .email(email!("a@shop.example"))
                    .address1("x")
                    .city("y")
                    .postal_code("1")
            })
            .build();
        match report {
            Ok(request) => {
                assert_eq!(request.amount().minor_units(), 1999);
                Vec::new()
            }
            Err(report) => report.errors().iter().map(|e| (e.path().to_owned(), e.code())).collect(),
        }
    };
    assert_eq!(codes("19.99 USD"), []);
    assert_eq!(codes("19.999 USD"), [("amount".to_owned(), "money.decimals")], "refused, not rounded");
    assert_eq!(codes("19.5 JPY"), [("amount".to_owned(), "money.decimals")], "JPY has no minor unit");
    assert_eq!(codes("0.00 USD"), [("amount".to_owned(), "amount")]);
    assert_eq!(codes("19.99USD"), [("amount".to_owned(), "money")]);
    assert_eq!(codes("19.99 usd"), [("currency".to_owned(), "currency")]);
    assert_eq!(
        codes("-1 XXX"),
        [("amount".to_owned(), "money"), ("currency".to_owned(), "currency")],
        "a refused currency does not hide a refused amount"
    );
}

/// In collecting mode every value-type setter takes text (`&str`, `&String`, `String`): a required field,
/// an `Option` field and a `String` kept as the wire string of a value type; typed values still work.
#[test]
fn every_value_type_setter_takes_text_in_collecting_mode() {
    use payment_core::{Builder, CardNumber, Country, Currency};

    #[derive(Builder, Debug)]
    #[payment(collect_errors)]
    struct Order {
        currency: Currency,
        country: Option<Country>,
        number: CardNumber,
        #[payment(currency)]
        settlement: String,
    }

    let code = String::from("EUR");
    let order = Order::builder()
        .collect_errors()
        .currency(&code)
        .country("JP")
        .number(String::from("5200 0000 0000 1005"))
        .settlement("USD")
        .build()
        .expect("valid text");
    assert_eq!(*order.currency(), currency!("EUR"));
    assert_eq!(order.country(), Some(&country!("JP")));
    assert_eq!(*order.number(), card_number!("5200000000001005"));
    assert_eq!(order.settlement(), "USD");

    let report = Order::builder()
        .collect_errors()
        .currency("EURO")
        .country("jp")
        .number("5200 0000 0000 1006")
        .settlement("usd")
        .build()
        .unwrap_err();
    assert_eq!(report.paths().collect::<Vec<_>>(), ["currency", "country", "number", "settlement"]);

    let typed = Order::builder()
        .collect_errors()
        .currency(currency!("JPY"))
        .number(card_number!("5200000000001005"))
        .settlement(currency!("JPY"))
        .build()
        .expect("typed values");
    assert_eq!(typed.country(), None);
}

/// `from_json` (and so the CLI and the sandbox) gives the suggestion `FromStr` gives, for the code rules
/// only.
#[test]
fn from_json_keeps_the_code_suggestions() {
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/paymentv2-request.json")).unwrap();
    v["currency"] = "EURO".into();
    v["billing_address"]["country"] = "jp".into();
    let report = PaymentRequest::from_json(&v.to_string()).unwrap_err();
    let mut messages: Vec<(&str, &str)> = report.errors().iter().map(|e| (e.path(), e.message())).collect();
    messages.sort_unstable();
    assert_eq!(
        messages,
        [
            (
                "billing_address.country",
                "must be an upper-case ISO 3166-1 alpha-2 country code (did you mean `JP`?)"
            ),
            ("currency", "must be an active ISO 4217 currency code (did you mean `EUR`?)"),
        ]
    );
}
