//! The collect-all build path: `.collect_errors()`, then setters that never fail, then one `build()`
//! that reports every rule failure at once, nested builders included, each with its wire path and its
//! Rust field path.

use payment_core::model::PaymentRequest;
use payment_core::{card_number, country, cvc, email, expiry, ip, merchant_id, money, url};

#[test]
fn every_failure_at_once_with_both_paths() {
    let report = PaymentRequest::builder()
        .collect_errors()
        .money(money!(12.50 USD))
        .card(|c| {
            c.number(card_number!("5200 0000 0000 1005")).cvc(cvc!("100")).expiry(expiry!("12/30")).name("")
        })
        .merchant_txn_ref("an order id that is much longer than forty-five characters")
        .customer_ip(ip!("203.0.113.7"))
        .merchant_id(merchant_id!("my-merchant"))
        .return_url(|r| {
            r.success_url(url!("https://shop.example/ok")).decline_url(url!("https://shop.example/ko"))
        })
        .billing_address(|a| {
            a.country(country!("JP"))
                .email(email!("billing@testemail.com"))
                .address1("1-2-3\nShinjuku")
                .city("")
                .postal_code("1600022")
        })
        .browser_info(|b| {
            b.accept_header("text/html\u{0}")
                .screen_color_depth(30)
                .java_enabled(false)
                .language("en")
                .screen_height(0)
                .screen_width(1600)
                .challenge_window(4)
                .user_agent("Mozilla/5.0")
        })
        .time_zone("Not a zone")
        .build()
        .unwrap_err();
    let found: Vec<(&str, Option<&str>, &str)> =
        report.errors().iter().map(|e| (e.path(), e.field_path(), e.code())).collect();
    assert_eq!(
        found,
        [
            ("card.name", Some("card.name"), "length"),
            ("merchant_txn_ref", Some("merchant_txn_ref"), "length"),
            ("billing_address.address1", Some("billing_address.address1"), "text.control"),
            ("browser_info.acceptHeader", Some("browser_info.accept_header"), "text.control"),
            ("browser_info.screenColorDepth", Some("browser_info.screen_color_depth"), "color_depth"),
            ("browser_info.screenHeight", Some("browser_info.screen_height"), "range"),
            ("time_zone", Some("time_zone"), "time_zone"),
        ],
        "{report}"
    );
    assert!(!report.to_string().contains("much longer"), "no value in the report: {report}");
}

#[test]
fn a_valid_chain_builds_the_same_value_as_the_checked_setters() {
    let collected = PaymentRequest::builder()
        .collect_errors()
        .money(money!(1000 JPY))
        .card(|c| {
            c.number(card_number!("5200000000001005"))
                .cvc(cvc!("100"))
                .expiry(expiry!("12/24"))
                .name("John Doe")
        })
        .merchant_txn_ref("qwe")
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .return_url(|r| {
            r.webhook_url(payment_core::webhook_url!("https://www.webhookurl.com/"))
                .success_url(url!("http://www.successurl.com/"))
                .decline_url(url!("http://www.declineurl.com/"))
        })
        .billing_address(|a| {
            a.country(country!("JP"))
                .email(email!("billing@testemail.com"))
                .phone_number(payment_core::phone!("8112345678"))
                .address1("1-2-3 Shinjuku")
                .city("Shinjuku-ku")
                .state("Tokyo")
                .postal_code("1600022")
        })
        .shipping_address(|a| {
            a.country(country!("JP"))
                .email(email!("shipping@testemail.com"))
                .phone_number(payment_core::phone!("8112345678"))
                .address1("1-2-3 Shinjuku")
                .city("Shinjuku-ku")
                .state("Tokyo")
                .postal_code("1600022")
        })
        .browser_info(|b| {
            b.accept_header("text/html")
                .screen_color_depth(48)
                .java_enabled(false)
                .language("en")
                .screen_height(1200)
                .screen_width(1600)
                .challenge_window(4)
                .user_agent("Mozilla/4.0 (MSIE 6.0; Windows NT 5.0)")
        })
        .time_zone("Asia/Kuala_Lumpur")
        .build()
        .expect("every value is valid");
    assert_eq!(collected, payment_tests::fixture_request().unwrap());
}

#[test]
fn checked_setters_name_the_rust_field_too() {
    let err = PaymentRequest::builder()
        .browser_info(|b| {
            b.accept_header("a\u{0}b")?
                .screen_color_depth(48)?
                .java_enabled(true)
                .language("en")?
                .screen_height(1200)?
                .screen_width(1600)?
                .challenge_window(4)?
                .user_agent("Mozilla/5.0")
        })
        .unwrap_err();
    assert_eq!(
        (err.path(), err.field_path()),
        ("browser_info.acceptHeader", Some("browser_info.accept_header"))
    );
}
