//! `Iban` end to end: a field of a derived model with `#[payment(iban)]`, through the checked builder, the
//! collecting builder (which takes its text), `from_json`, `Serialize` and the JSON Schema. The number is
//! never in an error, a report or `Debug`.

use payment_core::{Builder, Iban, iban};
use payment_tests::SchemaCheck;

/// A payout to a bank account.
#[derive(Builder, Debug)]
#[payment(collect_errors, schema)]
pub struct Payout {
    /// The account paid.
    #[payment(iban)]
    account: Iban,
    /// The account holder.
    #[payment(text, length(min = 1, max = 70))]
    holder: String,
    /// A second account, if any.
    backup: Option<Iban>,
}

const GB: &str = "GB29NWBK60161331926819";

/// The registry example with its last character changed: fails the mod-97 check.
const GB_MISTYPED: &str = "GB29NWBK60161331926818";

fn assert_no_number(shown: &str) {
    for part in ["NWBK", "6016", "1331", "9268", "926818", "ABNA", "0417"] {
        assert!(!shown.contains(part), "the number leaks: {shown}");
    }
}

#[test]
fn the_checked_builder_takes_the_value() {
    let payout =
        Payout::builder().account(iban!("GB29 NWBK 6016 1331 9268 19")).holder("Jane Doe").unwrap().build();
    assert_eq!(payout.account().expose_secret(), GB);
    assert_eq!(payout.backup(), None);
    let shown = format!("{payout:?}");
    assert!(shown.contains("GB** **** **** **** **68 19"), "{shown}");
    assert_no_number(&shown);
    assert_eq!(
        serde_json::to_value(&payout).unwrap(),
        serde_json::json!({ "account": GB, "holder": "Jane Doe" })
    );
}

#[test]
fn the_collecting_builder_takes_the_text_and_reports_without_it() {
    let payout = Payout::builder()
        .collect_errors()
        .account("GB29 NWBK 6016 1331 9268 19")
        .holder("Jane Doe")
        .backup(String::from("NL91ABNA0417164300"))
        .build()
        .unwrap();
    assert_eq!(payout.account().expose_secret(), GB);
    assert_eq!(payout.backup().map(Iban::country_code), Some("NL"));

    let report = Payout::builder()
        .collect_errors()
        .account(GB_MISTYPED)
        .holder("Jane Doe")
        .backup("nl91abna0417164300")
        .build()
        .unwrap_err();
    let found: Vec<(&str, &str)> = report.errors().iter().map(|e| (e.path(), e.code())).collect();
    assert_eq!(found, [("account", "iban.checksum"), ("backup", "iban.case")], "{report}");
    assert_no_number(&format!("{report} {report:?}"));
}

#[test]
fn from_json_reads_both_spellings_and_reports_every_refusal() {
    let payout = Payout::from_json(
        r#"{"account":"GB29 NWBK 6016 1331 9268 19","holder":"Jane Doe","backup":"NL91ABNA0417164300"}"#,
    )
    .unwrap();
    assert_eq!(payout.account(), &iban!("GB29NWBK60161331926819"));
    assert_eq!(payout.backup(), Some(&iban!("NL91 ABNA 0417 1643 00")));

    let report = Payout::from_json(&format!(
        r#"{{"account":"{GB_MISTYPED}","holder":"Jane Doe","backup":"NL91-ABNA-0417-1643-00"}}"#
    ))
    .unwrap_err();
    let found: Vec<(&str, &str, &str)> =
        report.errors().iter().map(|e| (e.path(), e.code(), e.message())).collect();
    assert_eq!(
        found,
        [
            (
                "account",
                "iban.checksum",
                "must be an IBAN whose check digits pass the mod-97 check (ISO 7064)"
            ),
            (
                "backup",
                "iban",
                "must be an IBAN: letters and digits, printed with single spaces (groups of four)"
            ),
        ],
        "{report}"
    );
    assert_no_number(&format!("{report} {report:?}"));

    for (account, code) in [
        ("QQ93 1234 5678 9012 34", "iban.country"),
        ("GB29 NWBK 6016 1331 9268 1", "iban.length"),
        ("GB29 NWB1 6016 1331 9268 19", "iban.bban"),
        ("GB00 NWBK 6016 1331 9268 19", "iban.checksum"),
    ] {
        let report =
            Payout::from_json(&format!(r#"{{"account":"{account}","holder":"Jane Doe"}}"#)).unwrap_err();
        let codes: Vec<&str> = report.errors().iter().map(|e| e.code()).collect();
        assert_eq!(codes, [code], "{account}");
        assert_no_number(&report.to_string());
    }
}

#[test]
fn the_schema_states_the_two_spellings() {
    let schema = SchemaCheck::of::<Payout>();
    let doc = payment_core::schema::document::<Payout>();
    assert_eq!(doc["required"], serde_json::json!(["account", "holder"]));
    let with = |account: &str| serde_json::json!({ "account": account, "holder": "Jane Doe" });
    for account in [
        GB,
        "GB29 NWBK 6016 1331 9268 19",
        "NO9386011117947",
        "NO93 8601 1117 947",
        "LC55HEMM000100010012001200023015",
    ] {
        assert_eq!(schema.check(&with(account)), Ok(()), "{account}");
    }
    for account in
        ["gb29nwbk60161331926819", "GB29-NWBK-6016-1331-9268-19", "GB29 NWBK60161331926819", "GB29"]
    {
        assert!(schema.check(&with(account)).is_err(), "{account}");
    }
    // What the pattern cannot say, the description names.
    let described = doc["properties"]["account"]["description"].as_str().unwrap();
    assert!(described.contains("mod-97") && described.contains("IBAN Registry"), "{described}");
}
