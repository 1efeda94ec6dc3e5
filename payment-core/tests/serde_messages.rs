//! What a user reads when a value type is read with plain serde (`serde_json::from_str::<Currency>`,
//! a field of their own struct, ...) rather than `from_json`: a JSON value of the wrong type names what
//! was expected, and a string that breaks the rule gives the rule's message (never the value).

use std::fmt::Debug;

use payment_core::{
    Amount, CardNumber, Country, Currency, Cvc, Email, Expiry, MerchantId, Phone, Url, WebhookUrl,
};
use serde::de::DeserializeOwned;

/// The error of reading `json` as a `T`.
fn error<T: DeserializeOwned + Debug>(json: &str) -> String {
    serde_json::from_str::<T>(json).expect_err(json).to_string()
}

#[test]
fn a_wrong_json_type_names_what_was_expected() {
    for (message, expected) in [
        (
            error::<Amount>("true"),
            "invalid type: boolean `true`, expected an amount in minor units, as a string or a number",
        ),
        (error::<Currency>("392"), "invalid type: integer `392`, expected an ISO 4217 currency code"),
        (error::<Country>("[]"), "invalid type: sequence, expected an ISO 3166-1 alpha-2 country code"),
        (
            error::<CardNumber>("5200000000001005"),
            "invalid type: integer `5200000000001005`, expected a card number",
        ),
        (error::<Cvc>("100"), "invalid type: integer `100`, expected a CVC"),
        (error::<Expiry>("{}"), "invalid type: map, expected a card expiry date, MM/YY"),
        (error::<Email>("null"), "invalid type: null, expected an email address"),
        (error::<Url>("1.5"), "invalid type: floating point `1.5`, expected an absolute http or https URL"),
        (error::<WebhookUrl>("false"), "invalid type: boolean `false`, expected an absolute https URL"),
        (
            error::<Phone>("8112345678"),
            "invalid type: integer `8112345678`, expected a phone number of 7 to 15 digits",
        ),
        (error::<MerchantId>("{}"), "invalid type: map, expected a merchant id of 1 to 128 characters"),
    ] {
        assert!(message.starts_with(expected), "{message}");
    }
}

#[test]
fn a_string_that_breaks_the_rule_gives_the_rule_and_not_the_value() {
    for (message, expected, secret) in [
        (error::<Currency>(r#""JPX""#), "the currency code is not in ISO 4217", "JPX"),
        (
            error::<CardNumber>(r#""5200000000001006""#),
            "card number fails the Luhn check",
            "5200000000001006",
        ),
        (error::<Amount>(r#""0""#), "the amount must be greater than zero", "\"0\""),
        (error::<Amount>("-5"), "the amount must be greater than zero", "5"),
    ] {
        assert!(message.contains(expected), "{message}");
        assert!(!message.contains(secret), "{message}");
    }
}
