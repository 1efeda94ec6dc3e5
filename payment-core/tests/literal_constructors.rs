//! The constructors that the literal macros expand to are public (macro output must name them), so each
//! checks its value again: called directly with a bad value, it panics instead of returning a value that
//! its type promises cannot exist. (Through the macros they never panic: the macro checked first, and the
//! `const` ones are evaluated at compile time.)

use payment_core::{Amount, CardNumber, Cvc, Email, Expiry, MerchantId, Phone, Url, WebhookUrl};

#[test]
#[should_panic(expected = "an amount must be greater than zero")]
fn amount_zero() {
    let _ = Amount::__literal(0);
}

#[test]
#[should_panic(expected = "an expiry month is 1 to 12")]
fn expiry_month_13() {
    let _ = Expiry::__literal(13, 2030);
}

#[test]
#[should_panic(expected = "an expiry year is 2000 to 2099")]
fn expiry_year_0() {
    let _ = Expiry::__literal(12, 0);
}

#[test]
#[should_panic(expected = "card number fails the Luhn check")]
fn card_number_luhn() {
    let _ = CardNumber::__from_checked_literal("5200000000001006");
}

#[test]
#[should_panic(expected = "not a valid CVC literal")]
fn cvc_letters() {
    let _ = Cvc::__from_checked_literal("12a");
}

#[test]
#[should_panic(expected = "not a valid `email!` literal")]
fn email_dotless() {
    let _ = Email::__from_checked_literal("user@localhost");
}

#[test]
#[should_panic(expected = "not a valid `phone!` literal")]
fn phone_short() {
    let _ = Phone::__from_checked_literal("1234");
}

#[test]
#[should_panic(expected = "not a valid `merchant_id!` literal")]
fn merchant_id_empty() {
    let _ = MerchantId::__from_checked_literal("");
}

#[test]
#[should_panic(expected = "not a valid `url!` literal")]
fn url_user_info() {
    let _ = Url::__from_checked_literal("https://shop.example@evil.example/");
}

#[test]
#[should_panic(expected = "not a valid `webhook_url!` literal")]
fn webhook_url_http() {
    let _ = WebhookUrl::__from_checked_literal("http://hooks.example/");
}

#[test]
fn valid_values_pass_and_no_panic_message_shows_card_digits() {
    assert_eq!(Amount::__literal(1).minor_units(), 1);
    assert_eq!(Expiry::__literal(12, 2030).year(), 2030);
    assert_eq!(CardNumber::__from_checked_literal("5200000000001005").expose_secret(), "5200000000001005");
    let message = std::panic::catch_unwind(|| CardNumber::__from_checked_literal("5200000000001006"))
        .unwrap_err()
        .downcast::<String>()
        .map(|s| *s)
        .unwrap_or_default();
    assert!(!message.chars().any(|c| c.is_ascii_digit()), "{message}");
}
