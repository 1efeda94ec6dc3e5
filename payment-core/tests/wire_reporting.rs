//! The reporting API that a hand-written `Collect` impl or a struct-level check uses: `Collector` records
//! failures at the current path, `Invalid` is a rule that failed, `FieldError` one failure with its
//! path, and `ValidationReport` every failure at once.

use payment_core::wire::{Collector, FieldError, Invalid, ValidationReport};

#[test]
fn a_collector_records_each_failure_at_its_path() {
    let mut c = Collector::new();
    assert!(c.is_clean() && c.errors().is_empty() && c.error_count() == 0);
    assert!(c.check(Ok(())), "a passed rule records nothing");
    assert!(c.is_clean());

    c.enter("billing_address");
    assert!(!c.check(Err(Invalid::new("country", "must be a country"))));
    c.missing("city");
    // A struct-level check's error names fields relative to the struct: it lands below the current path.
    c.field_error(FieldError::new("state", "check", "must match the country"));
    c.enter("lines");
    c.enter_index(2);
    c.invalid(Invalid::new("length", "must be short"));
    c.leave();
    c.leave();
    c.leave();
    c.field_error(FieldError::new("amount", "check", "must not exceed the capture"));

    assert!(!c.is_clean());
    assert_eq!(c.error_count(), 5);
    let found: Vec<(&str, &str, &str)> =
        c.errors().iter().map(|e| (e.path(), e.code(), e.message())).collect();
    assert_eq!(
        found,
        [
            ("billing_address", "country", "must be a country"),
            ("billing_address.city", "missing", "is required"),
            ("billing_address.state", "check", "must match the country"),
            ("billing_address.lines[2]", "length", "must be short"),
            ("amount", "check", "must not exceed the capture"),
        ]
    );
    let report = c.finish().expect_err("five failures");
    assert_eq!(report.paths().count(), 5);
    assert_eq!(report.clone().into_errors(), report.errors());
}

#[test]
fn a_clean_collector_finishes_without_a_report() {
    let mut c = Collector::new();
    c.enter("a");
    c.leave();
    assert_eq!(c.finish(), Ok(()));
    assert!(ValidationReport::new(Vec::new()).is_none(), "a report is never empty");
}

#[test]
fn an_invalid_rule_keeps_its_code_and_words() {
    let rule = Invalid::new("even", "must be even");
    assert_eq!(
        (rule.code(), rule.message(), rule.to_string().as_str()),
        ("even", "must be even", "must be even")
    );
    let at = rule.clone().at("count");
    assert_eq!(
        (at.path(), at.code(), at.message(), at.field_path()),
        ("count", "even", "must be even", None)
    );
    let field = rule.at_field("screenWidth", "screen_width").prefixed_field("browser_info", "browser_info");
    assert_eq!(field.path(), "browser_info.screenWidth");
    assert_eq!(field.field_path(), Some("browser_info.screen_width"));
    assert_eq!(field.to_string(), "browser_info.screenWidth: must be even");
}

#[test]
fn a_report_lists_every_failure_in_order() {
    let report = ValidationReport::new(vec![
        FieldError::new("", "syntax", "must be JSON"),
        FieldError::new("card.number", "card.luhn", "must pass the Luhn check"),
    ])
    .expect("two failures");
    assert_eq!(
        report.to_string(),
        "2 invalid fields: (document): must be JSON; card.number: must pass the Luhn check"
    );
    let one = ValidationReport::from(FieldError::new("amount", "amount", "must be greater than zero"));
    assert_eq!(one.to_string(), "1 invalid field: amount: must be greater than zero");
    assert_eq!(one.into_errors().len(), 1);
}
