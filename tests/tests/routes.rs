//! No route around the rules (issue 26): every public way to get a value type, or a struct deriving
//! `Builder`, yields a value its own reader accepts, or an error, or does not compile. One test per route
//! of the inventory in TESTING.md ("Routes to a value"); the routes covered elsewhere are named there.

use std::fmt::Debug;
use std::str::FromStr;

use payment_core::builder::{CollectNested, Collecting, IntoMoney, IntoValue, Parsed};
use payment_core::model::{Card, PaymentSource, StoredCardToken, TransactionId};
use payment_core::wire::{Collect, Collector, Flatten, from_json};
use payment_core::{
    Amount, CardNumber, Country, Currency, Cvc, Email, Expiry, MerchantId, Money, Phone, Url, WebhookUrl,
    card_number, currency, cvc, expiry,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// `FromStr`, `TryFrom<&str>` (where the type has it), `Deserialize` and `Collect` (`from_json`) agree on
/// every input, and every value they give is read back equal from its own JSON.
fn agree<T>(inputs: &[&str])
where
    T: FromStr + DeserializeOwned + Collect + Serialize + PartialEq + Debug,
{
    for input in inputs {
        let json = serde_json::to_string(input).unwrap();
        let parsed = input.parse::<T>().ok();
        let deserialized = serde_json::from_str::<T>(&json).ok();
        let collected = from_json::<T>(&json).ok();
        assert_eq!(parsed, deserialized, "FromStr and Deserialize disagree on {input:?}");
        assert_eq!(parsed, collected, "FromStr and from_json disagree on {input:?}");
        if let Some(value) = parsed {
            let written = serde_json::to_string(&value).unwrap();
            assert_eq!(from_json::<T>(&written).ok().as_ref(), Some(&value), "{input:?} does not round-trip");
            let text: String = serde_json::from_str(&written).unwrap();
            assert_eq!(text.parse::<T>().ok().as_ref(), Some(&value), "{input:?}: its text is refused");
        }
    }
}

#[test]
fn from_str_deserialize_and_from_json_agree_and_round_trip() {
    agree::<Currency>(&["USD", "JPY", "usd", "EURO", "XAU", "HRK", ""]);
    agree::<Country>(&["JP", "jp", "UK", "ZZ", "J"]);
    agree::<Expiry>(&["12/30", "12/2030", "13/30", "1/30", "12-30", "12/2099"]);
    agree::<CardNumber>(&["5200000000001005", "5200 0000 0000 1005", "5200000000001006", "52000", ""]);
    agree::<Cvc>(&["100", "1000", "12a", "12", "12345"]);
    agree::<payment_core::Iban>(&[
        "NL91ABNA0417164300",
        "NL91 ABNA 0417 1643 00",
        "nl91abna0417164300",
        "NL91ABNA0417164301",
        "NL91-ABNA-0417-1643-00",
        "",
    ]);
    agree::<Amount>(&["1000", "0", "-1", "1.5", "abc"]);
    agree::<Email>(&["a@shop.example", "a@", "user@localhost", "a b@shop.example"]);
    agree::<Url>(&[
        "https://shop.example/ok",
        "https://user@shop.example/",
        "ftp://shop.example/",
        "https://127.0.0.1/",
    ]);
    agree::<WebhookUrl>(&[
        "https://www.webhookurl.com/",
        "http://www.webhookurl.com/",
        "http://127.0.0.1:8080/hook",
    ]);
    agree::<Phone>(&["8112345678", "+8112345678", "+81 12", "1234", "++8112345678"]);
    agree::<MerchantId>(&["my-merchant", "", "a\u{0}b"]);
    agree::<StoredCardToken>(&["0c8a3d3e-5b7a-4c9e-9d43-2f6f3c1a9b10", "not-a-uuid"]);
    agree::<payment_core::ShopperReturnUrl>(&[
        "my-app://adyen/return",
        "https://shop.example.com",
        "javascript:alert(1)",
        "https:///shop.example",
        "https://10.0.0.1/",
        "My-App://x",
    ]);
    agree::<payment_core::CountryOrUnknown>(&["ZZ", "NL", "zz", "XA", "UK", ""]);
}

/// `Iban::parse`, the `const` constructor, is `FromStr`.
#[test]
fn iban_parse_is_from_str() {
    for input in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "NL91ABNA0417164301", "QQ93 1234 5678", ""]
    {
        assert_eq!(payment_core::Iban::parse(input).ok(), input.parse().ok(), "{input:?}");
    }
}

#[test]
fn try_from_agrees_with_from_str() {
    fn same<T>(input: &str)
    where
        T: FromStr + for<'a> TryFrom<&'a str> + PartialEq + Debug,
    {
        assert_eq!(input.parse::<T>().ok(), T::try_from(input).ok(), "{input:?}");
    }
    for input in ["USD", "usd"] {
        same::<Currency>(input);
    }
    for input in ["5200000000001005", "5200000000001006"] {
        same::<CardNumber>(input);
    }
    for input in ["1000", "0"] {
        same::<Amount>(input);
    }
    assert!(Amount::try_from(0u64).is_err());
    assert_eq!(Amount::try_from(1250u64).unwrap().to_string(), "1250");
    // `TryFrom<url::Url>` runs `Url`'s rule on the parsed URL's text.
    let with_user: url::Url = "https://user@shop.example/".parse().unwrap();
    assert!(Url::try_from(with_user).is_err());
}

#[test]
fn constructors_refuse_what_the_reader_refuses() {
    assert!(Expiry::new(13, 2030).is_err());
    assert!(Expiry::new(12, 30).is_err(), "a full year");
    assert!(Amount::new(0).is_err());
    assert!(Money::from_major("12.505", currency!("USD")).is_err());
    assert!(Money::from_major("0", currency!("USD")).is_err());
    // `Money::new` takes two values that are valid already; its text reads back equal.
    let money = Money::new(Amount::new(1250).unwrap(), currency!("USD"));
    assert_eq!(money.to_string().parse::<Money>().unwrap(), money);
}

#[test]
fn every_table_entry_reads_back() {
    for c in Currency::all() {
        assert_eq!(c.code().parse::<Currency>().ok(), Some(c));
    }
    for c in Country::all() {
        assert_eq!(c.code().parse::<Country>().ok(), Some(c));
    }
    assert_eq!(Currency::USD.code().parse::<Currency>().ok(), Some(Currency::USD));
}

#[test]
fn ids_from_uuids_read_back() {
    let uuid = uuid::Uuid::from_u128(0x0c8a_3d3e_5b7a_4c9e_9d43_2f6f_3c1a_9b10);
    let token = StoredCardToken::from(uuid);
    let written = serde_json::to_string(&token).unwrap();
    assert_eq!(from_json::<StoredCardToken>(&written).ok(), Some(token));
    let id = TransactionId::from(uuid);
    assert_eq!(id.to_string().parse::<TransactionId>().ok(), Some(id));
}

/// `Flatten::finish` of `Expiry` takes an opaque partial that only the reader fills: from outside, only
/// the empty one exists, which gives no value (the raw tuple no longer compiles: a `compile_fail`
/// doctest on `ExpiryParts`).
#[test]
fn expiry_flatten_finish_gives_nothing_from_an_empty_partial() {
    let mut c = Collector::default();
    assert!(<Expiry as Flatten>::finish(Default::default(), <Expiry as Flatten>::KEYS, &mut c).is_none());
    assert_eq!(c.errors().len(), 2, "both keys missing");
}

/// `CountryOrUnknown` from a `Country` is a known code, and the four-digit expiry form's `finish` has the
/// same opaque partial as the natural form's: an empty one gives nothing.
#[test]
fn other_forms_routes_give_only_valid_values() {
    let known = payment_core::CountryOrUnknown::from(Country::NL);
    assert_eq!(known.code().parse::<payment_core::CountryOrUnknown>(), Ok(known));
    type FourDigits = payment_core::forms::expiry_four_digit_year::Form;
    let mut c = Collector::default();
    assert!(<Expiry as Flatten<FourDigits>>::finish(Default::default(), &["m", "y"], &mut c).is_none());
    assert_eq!(c.errors().len(), 2, "both keys missing, under the names given");
}

/// `Flatten::finish` of `PaymentSource` combines values built already (a `Card`, a `PaymentMethod`), so
/// it can only be handed valid parts; reading a card and a token together is refused.
#[test]
fn payment_source_flatten_refuses_a_card_and_a_token_together() {
    let card =
        r#"{"number":"5200000000001005","cvc":"100","expiry_month":"12","expiry_year":"30","name":"J"}"#;
    let both = format!(
        r#"{{"card":{card},"payment_method":{{"type":"scheme","store_payment_method":true,
        "stored_payment_method_id":"0c8a3d3e-5b7a-4c9e-9d43-2f6f3c1a9b10"}}}}"#
    );
    #[derive(payment_core::Builder, Debug)]
    struct Holder {
        #[payment(flatten)]
        source: PaymentSource,
    }
    assert!(from_json::<Holder>(&both).is_err());
}

/// The collecting builder's nested finish, called by hand, gives the value only when its builder
/// recorded no failure (it used to return the value and the failures apart).
#[test]
fn collect_nested_finish_gives_no_value_with_failures() {
    let broken = Card::builder()
        .collect_errors()
        .number(card_number!("5200000000001005"))
        .cvc(cvc!("100"))
        .expiry(expiry!("12/30"))
        .name("\u{0}\u{202E}");
    assert!(CollectNested::<Card>::finish_collecting(broken).is_err());
    let fine = Card::builder()
        .collect_errors()
        .number(card_number!("5200000000001005"))
        .cvc(cvc!("100"))
        .expiry(expiry!("12/30"))
        .name("Jane");
    let card = CollectNested::<Card>::finish_collecting(fine).ok().unwrap();
    assert!(Card::from_json(&serde_json::to_string(&card).unwrap()).is_ok());
}

/// The text path of a setter, called by hand: an error, never a value the reader refuses.
#[test]
fn setter_inputs_by_hand_give_errors_for_refused_text() {
    let refused = IntoValue::<Currency, Parsed, Collecting>::into_value("EURO");
    assert_eq!(
        refused.unwrap_err().message(),
        "must be an active ISO 4217 currency code (did you mean `EUR`?)"
    );
    let taken = IntoValue::<Currency, Parsed, Collecting>::into_value("EUR");
    assert_eq!(taken.ok(), Some(currency!("EUR")));
    let refused = IntoMoney::<Parsed, Collecting>::into_money("12.505 USD").unwrap_err();
    assert!(refused.amount.is_some() && refused.currency.is_none());
    let taken = IntoMoney::<Parsed, Collecting>::into_money(("12.50", "USD")).ok().unwrap();
    assert_eq!(taken.amount().minor_units(), 1250);
}

/// A builder in checked mode: a setter with a rule refuses; in collecting mode `build()` refuses.
#[test]
fn builders_in_both_modes_refuse() {
    let checked = Card::builder()
        .number(card_number!("5200000000001005"))
        .cvc(cvc!("100"))
        .expiry(expiry!("12/30"))
        .name("\u{0}");
    assert!(checked.is_err());
    let collecting = Card::builder()
        .collect_errors()
        .number("5200000000001006")
        .cvc(cvc!("100"))
        .expiry(expiry!("12/30"))
        .name("Jane")
        .build();
    assert!(collecting.is_err());
}
