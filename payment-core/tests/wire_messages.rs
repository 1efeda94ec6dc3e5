//! What `from_json` says about untrusted JSON of the wrong shape: each field's error names the path, what
//! the field must be and which JSON type was found, all in one report.

use payment_core::model::PaymentRequest;

const FIXTURE: &str = include_str!("../../tests/fixtures/paymentv2-request.json");

/// The report of the fixture with `from` replaced by `to` (each exactly once in the fixture).
fn report(edits: &[(&str, &str)]) -> String {
    let mut json = FIXTURE.to_owned();
    for (from, to) in edits {
        assert_eq!(json.matches(from).count(), 1, "{from}");
        json = json.replace(from, to);
    }
    PaymentRequest::from_json(&json).expect_err("an invalid request").to_string()
}

#[test]
fn a_wrong_json_type_names_the_path_the_expected_and_the_found_type() {
    let report = report(&[
        (r#""amount": "1000""#, r#""amount": true"#),
        (r#""name": "John Doe""#, r#""name": 5"#),
        (r#""javaEnabled": false"#, r#""javaEnabled": "no""#),
        (r#""customer_ip": "127.0.0.1""#, r#""customer_ip": null"#),
        (r#""merchant_txn_ref": "qwe""#, r#""merchant_txn_ref": ["qwe"]"#),
        (r#""time_zone": "Asia/Kuala_Lumpur""#, r#""time_zone": {"tz": 1}"#),
        (r#""screenHeight": "1200""#, r#""screenHeight": 1.5"#),
    ]);
    assert_eq!(
        report,
        "7 invalid fields: \
         amount: must be an amount (a string or a number), not a boolean; \
         card.name: must be a string, not a number; \
         merchant_txn_ref: must be a string, not an array; \
         customer_ip: must be a string, not null; \
         browser_info.javaEnabled: must be a boolean, not a string; \
         browser_info.screenHeight: must be a string, not a number; \
         time_zone: must be a string, not an object"
    );
}

#[test]
fn a_number_field_sent_as_text_that_is_not_a_number_says_so() {
    assert_eq!(
        report(&[(r#""screenWidth": "1600""#, r#""screenWidth": "wide""#)]),
        "1 invalid field: browser_info.screenWidth: must be a number written as a string"
    );
}

#[test]
fn a_number_outside_the_field_type_says_so() {
    for (text, why) in [("-3", "negative"), ("70000000000", "above u32"), ("1.5", "not whole")] {
        assert_eq!(
            report(&[(r#""screenWidth": "1600""#, &format!(r#""screenWidth": "{text}""#))]),
            "1 invalid field: browser_info.screenWidth: must be a whole number in the field's range",
            "{why}"
        );
    }
}
