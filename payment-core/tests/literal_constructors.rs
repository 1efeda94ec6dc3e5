//! The constructors that the literal macros expand to (`payment_core::__private::*`) are reachable (macro
//! output must name them), so each
//! checks its value again: called directly with a bad value, it panics instead of returning a value that
//! its type promises cannot exist. (Through the macros they never panic: the macro checked first, and the
//! `const` ones are evaluated at compile time.)

use payment_core::__private;

#[test]
#[should_panic(expected = "an amount must be greater than zero")]
fn amount_zero() {
    let _ = __private::amount(0);
}

#[test]
#[should_panic(expected = "an expiry month is 1 to 12")]
fn expiry_month_13() {
    let _ = __private::expiry(13, 2030);
}

#[test]
#[should_panic(expected = "an expiry year is 2000 to 2099")]
fn expiry_year_0() {
    let _ = __private::expiry(12, 0);
}

#[test]
#[should_panic(expected = "not a valid card number literal; use `card_number!`")]
fn card_number_luhn() {
    let _ = __private::card_number("5200000000001006");
}

#[test]
#[should_panic(expected = "not a valid CVC literal")]
fn cvc_letters() {
    let _ = __private::cvc("12a");
}

#[test]
#[should_panic(expected = "not a valid `email!` literal")]
fn email_dotless() {
    let _ = __private::email("user@localhost");
}

#[test]
#[should_panic(expected = "not a valid `phone!` literal")]
fn phone_short() {
    let _ = __private::phone("1234");
}

/// A direct call with a `+` gives the same value as `FromStr` (and `phone!`): the digits only, one form
/// whichever road the value took (issue 26: the constructor used to keep the `+`).
#[test]
fn phone_with_plus_keeps_the_digits_as_from_str_does() {
    let direct = __private::phone("+8112345678");
    let parsed: payment_core::Phone = "+8112345678".parse().unwrap();
    assert_eq!(direct.as_str(), "8112345678");
    assert_eq!(direct, parsed);
    assert_eq!(serde_json::to_string(&direct).unwrap(), serde_json::to_string(&parsed).unwrap());
}

#[test]
#[should_panic(expected = "not a valid `merchant_id!` literal")]
fn merchant_id_empty() {
    let _ = __private::merchant_id("");
}

#[test]
#[should_panic(expected = "not a valid `url!` literal")]
fn url_user_info() {
    let _ = __private::url("https://shop.example@evil.example/");
}

#[test]
#[should_panic(expected = "not a valid `webhook_url!` literal")]
fn webhook_url_http() {
    let _ = __private::webhook_url("http://hooks.example/");
}

#[test]
fn valid_values_pass_and_no_panic_message_shows_card_digits() {
    assert_eq!(__private::amount(1).minor_units(), 1);
    assert_eq!(__private::expiry(12, 2030).year(), 2030);
    assert_eq!(__private::card_number("5200000000001005").expose_secret(), "5200000000001005");
    let payload = std::panic::catch_unwind(|| __private::card_number("5200000000001006")).unwrap_err();
    // A panic's payload is a `&str` (a message without arguments) or a `String` (one with).
    let message = match (payload.downcast_ref::<&str>(), payload.downcast_ref::<String>()) {
        (Some(s), _) => s.to_string(),
        (_, Some(s)) => s.clone(),
        _ => panic!("a panic message of another type"),
    };
    assert!(message.contains("card number"), "{message}");
    assert!(!message.chars().any(|c| c.is_ascii_digit()), "{message}");
}

/// `card_number!` is evaluated at compile time: it can initialise a `const` (the rule ran in the
/// compiler; nothing is checked again when the value is used).
#[test]
fn card_number_literal_is_a_constant() {
    const PAN: payment_core::CardNumber = payment_core::card_number!("5200 0000 0000 1005");
    assert_eq!(PAN.expose_secret(), "5200000000001005");
    assert_eq!(PAN.scheme(), payment_core::Scheme::Mastercard);
}

/// `cvc!` and `phone!` are evaluated at compile time too.
#[test]
fn cvc_and_phone_literals_are_constants() {
    const CVC: payment_core::Cvc = payment_core::cvc!("1234");
    const PHONE: payment_core::Phone = payment_core::phone!("+8112345678");
    assert_eq!((CVC.expose_secret(), CVC.len()), ("1234", 4));
    assert_eq!(PHONE.as_str(), "8112345678");
}

#[test]
#[should_panic(expected = "the IBAN fails the mod-97 check (ISO 7064): a character is mistyped")]
fn iban_checksum() {
    let _ = payment_core::Iban::__literal(std::hint::black_box("NL91ABNA0417164301"));
}
