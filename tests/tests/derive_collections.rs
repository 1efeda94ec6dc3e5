//! Lists and maps as field types (issue 25): `each(..)` on a `Vec`, `BTreeMap` / `HashMap` with
//! `length` counting entries and `keys(..)` / `values(..)` (Adyen's `metadata`: at most 20 entries, keys
//! of at most 20 characters, values of at most 80). Through the builder in both modes, `Serialize`
//! (sorted keys, a `HashMap` too), `from_json` and `from_json_strict`; errors at `metadata.<key>` or
//! `lines[1]`, never with the value.

use std::collections::{BTreeMap, HashMap};

use payment_core::Builder;
use payment_core::schema::Schema;
use payment_core::wire::{from_json, from_json_strict};

#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema)]
struct Order {
    #[payment(length(max = 3), keys(length(max = 20)), values(length(max = 80), text))]
    metadata: BTreeMap<String, String>,
    #[payment(length(max = 50), keys(length(max = 40)), values(length(max = 500)))]
    extra: Option<HashMap<String, String>>,
    #[payment(length(min = 1), each(length(max = 5), text))]
    lines: Vec<String>,
    #[payment(each(range(min = 1, max = 99)))]
    quantities: Vec<u32>,
}

fn map(entries: &[(&str, &str)]) -> BTreeMap<String, String> {
    entries.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

fn order() -> Order {
    let extra: HashMap<String, String> = [("zeta", "1"), ("alpha", "2"), ("mid", "3")]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Order::builder()
        .metadata(map(&[("orderId", "42"), ("channel", "web")]))
        .unwrap()
        .extra(extra)
        .unwrap()
        .lines(vec!["mug".to_owned(), "tea".to_owned()])
        .unwrap()
        .quantities(vec![1, 2])
        .unwrap()
        .build()
}

#[test]
fn maps_are_written_sorted_and_read_back() {
    let written = serde_json::to_string(&order()).unwrap();
    assert_eq!(
        written,
        r#"{"metadata":{"channel":"web","orderId":"42"},"extra":{"alpha":"2","mid":"3","zeta":"1"},"lines":["mug","tea"],"quantities":[1,2]}"#
    );
    for _ in 0..5 {
        assert_eq!(serde_json::to_string(&order()).unwrap(), written, "the same bytes in every run");
    }
    assert_eq!(from_json::<Order>(&written).unwrap(), order());
    assert_eq!(from_json_strict::<Order>(&written).unwrap(), order());
}

#[test]
fn every_error_at_its_entry_or_index_without_the_value() {
    let long_key = "k".repeat(25);
    let json = format!(
        r#"{{"metadata":{{"{long_key}":"v","a.b":"{}","ok":"line\u0000break","d":"x"}},
        "lines":["mug","far too long"],"quantities":[1,0,100]}}"#,
        "v".repeat(81)
    );
    let report = from_json::<Order>(&json).unwrap_err();
    let found: Vec<(&str, &str)> = report.errors().iter().map(|e| (e.path(), e.code())).collect();
    assert_eq!(
        found,
        [
            ("metadata", "length"),
            (&format!("metadata.{long_key}") as &str, "length"),
            (r#"metadata["a.b"]"#, "length"),
            ("metadata.ok", "text.control"),
            ("lines[1]", "length"),
            ("quantities[1]", "range"),
            ("quantities[2]", "range"),
        ],
        "{report}"
    );
    let shown = format!("{report:?}");
    assert!(!shown.contains("vvvv") && !shown.contains("far too long"), "{shown}");
}

#[test]
fn a_map_entrys_type_error_is_at_its_key() {
    let report =
        from_json::<Order>(r#"{"metadata":{"a":1,"b":"x"},"lines":["x"],"quantities":[]}"#).unwrap_err();
    let found: Vec<(&str, &str)> = report.errors().iter().map(|e| (e.path(), e.code())).collect();
    assert_eq!(found, [("metadata.a", "type")]);
    let report = from_json::<Order>(r#"{"metadata":[],"lines":["x"],"quantities":[]}"#).unwrap_err();
    assert_eq!(report.errors()[0].message(), "must be an object, not an array");
}

#[test]
fn the_builder_checks_each_part_in_both_modes() {
    let err = Order::builder().metadata(map(&[("a.b", &"v".repeat(81))])).unwrap_err();
    assert_eq!((err.path(), err.field_path()), (r#"metadata["a.b"]"#, Some(r#"metadata["a.b"]"#)));
    let err = Order::builder().lines(vec!["ok".to_owned(), "far too long".to_owned()]).unwrap_err();
    assert_eq!(err.path(), "lines[1]");
    let report = Order::builder()
        .collect_errors()
        .metadata(map(&[("k", "line\u{0}break")]))
        .lines(vec!["far too long".to_owned()])
        .quantities(vec![0])
        .build()
        .unwrap_err();
    let found: Vec<&str> = report.paths().collect();
    assert_eq!(found, ["metadata.k", "lines[0]", "quantities[0]"]);
}

#[test]
fn the_schema_states_counts_keys_values_and_items() {
    let schema = Order::schema();
    let metadata = &schema["properties"]["metadata"];
    assert_eq!(metadata["type"], "object");
    assert_eq!(metadata["maxProperties"], 3);
    assert_eq!(metadata["propertyNames"]["maxLength"], 20);
    assert_eq!(metadata["additionalProperties"]["maxLength"], 80);
    let lines = &schema["properties"]["lines"];
    assert_eq!((lines["minItems"].clone(), lines["items"]["maxLength"].clone()), (1.into(), 5.into()));
    assert_eq!(schema["properties"]["quantities"]["items"]["maximum"], 99);
    // boon agrees on what the crate writes and on a broken map.
    let check = payment_tests::SchemaCheck::of::<Order>();
    assert_eq!(check.check(&serde_json::to_value(order()).unwrap()), Ok(()));
    let long_key =
        serde_json::json!({"metadata": {"kkkkkkkkkkkkkkkkkkkkkkkkk": "v"}, "lines": ["x"], "quantities": []});
    assert!(check.check(&long_key).is_err());
}

/// Dates and times as field types (issue 25): `time::Date` as `YYYY-MM-DD`, `time::OffsetDateTime` as RFC
/// 3339 (or Unix seconds with serde's `with = time::serde::timestamp`), and `model::Timestamp`.
mod dates {
    use payment_core::Builder;
    use payment_core::model::Timestamp;
    use payment_core::schema::Schema;
    use payment_core::wire::from_json;
    use time::macros::{date, datetime};
    use time::{Date, OffsetDateTime};

    fn not_before_1900(d: &Date) -> Result<(), payment_core::wire::Invalid> {
        if d.year() >= 1900 {
            Ok(())
        } else {
            Err(payment_core::wire::Invalid::new("date.range", "must be in 1900 or later"))
        }
    }

    #[derive(Builder, Debug, Clone, PartialEq)]
    #[payment(collect_errors, schema, rename_all = "camelCase")]
    struct Shopper {
        #[payment(custom = not_before_1900)]
        date_of_birth: Date,
        deliver_at: Option<OffsetDateTime>,
        #[payment(with = time::serde::timestamp)]
        accepted_at: OffsetDateTime,
        seen: Option<Timestamp>,
    }

    #[test]
    fn written_and_read_in_their_wire_forms() {
        let shopper = Shopper::builder()
            .date_of_birth(date!(1990 - 02 - 28))
            .unwrap()
            .deliver_at(datetime!(2026-12-06 08:00 +09:00))
            .accepted_at(datetime!(2026-12-06 08:00 UTC))
            .build();
        let written = serde_json::to_string(&shopper).unwrap();
        assert_eq!(
            written,
            r#"{"dateOfBirth":"1990-02-28","deliverAt":"2026-12-06T08:00:00+09:00","acceptedAt":1796544000}"#
        );
        assert_eq!(from_json::<Shopper>(&written).unwrap(), shopper);
        let with_seen = r#"{"dateOfBirth":"1990-02-28","acceptedAt":1,"seen":"2024-11-25T07:22:48.000Z"}"#;
        let read = from_json::<Shopper>(with_seen).unwrap();
        assert_eq!(read.seen().unwrap().as_str(), "2024-11-25T07:22:48.000Z");
        assert!(serde_json::to_string(&read).unwrap().contains(r#""seen":"2024-11-25T07:22:48.000Z""#));
    }

    #[test]
    fn every_bad_date_at_its_path() {
        let report = from_json::<Shopper>(
            r#"{"dateOfBirth":"1990-02-30","deliverAt":"tomorrow","acceptedAt":"now","seen":"2024-11-25"}"#,
        )
        .unwrap_err();
        let found: Vec<(&str, &str)> = report.errors().iter().map(|e| (e.path(), e.code())).collect();
        assert_eq!(
            found,
            [
                ("dateOfBirth", "date"),
                ("deliverAt", "date_time"),
                ("acceptedAt", "serde"),
                ("seen", "date_time")
            ],
            "{report}"
        );
        let report = from_json::<Shopper>(r#"{"dateOfBirth":"1850-01-01","acceptedAt":1}"#).unwrap_err();
        assert_eq!(report.errors()[0].code(), "date.range", "a range rule with `custom`");
        let schema = Shopper::schema();
        assert_eq!(schema["properties"]["dateOfBirth"]["format"], "date");
        assert_eq!(schema["properties"]["deliverAt"]["anyOf"][0]["format"], "date-time");
    }
}

/// Lists of structs deriving `Builder` (issue 25): `#[payment(nested)]` on a `Vec<T>` gets a list
/// builder, one closure per element, each checked for completeness at compile time, each element's
/// errors at its index, in both modes and from JSON.
mod lists {
    use payment_core::Builder;
    use payment_core::wire::from_json;

    #[derive(Builder, Debug, Clone, PartialEq)]
    #[payment(collect_errors, schema, rename_all = "camelCase")]
    struct LineItem {
        #[payment(length(max = 10), text)]
        product_name: String,
        #[payment(range(min = 1))]
        quantity: u32,
    }

    #[derive(Builder, Debug, Clone, PartialEq)]
    #[payment(collect_errors, schema, rename_all = "camelCase")]
    struct AmountDetails {
        #[payment(nested)]
        line_items: Vec<LineItem>,
    }

    #[derive(Builder, Debug, Clone, PartialEq)]
    #[payment(collect_errors, rename_all = "camelCase")]
    struct Intent {
        #[payment(nested)]
        amount_details: AmountDetails,
    }

    #[test]
    fn built_one_closure_per_element() {
        let intent = Intent::builder()
            .amount_details(|a| {
                a.line_items(|l| {
                    l.push(|i| i.product_name("Mug")?.quantity(2))?
                        .push(|i| i.product_name("Tea")?.quantity(1))
                })
            })
            .unwrap()
            .build();
        let written = serde_json::to_string(&intent).unwrap();
        assert_eq!(
            written,
            r#"{"amountDetails":{"lineItems":[{"productName":"Mug","quantity":2},{"productName":"Tea","quantity":1}]}}"#
        );
        assert_eq!(from_json::<Intent>(&written).unwrap(), intent);
        let copy =
            AmountDetails::builder().line_items_value(intent.amount_details().line_items().clone()).build();
        assert_eq!(&copy, intent.amount_details());
    }

    #[test]
    fn an_elements_error_carries_its_index_in_every_mode() {
        let err = Intent::builder()
            .amount_details(|a| {
                a.line_items(|l| {
                    l.push(|i| i.product_name("Mug")?.quantity(2))?
                        .push(|i| i.product_name("Far too long")?.quantity(1))
                })
            })
            .unwrap_err();
        assert_eq!(
            (err.path(), err.field_path()),
            ("amountDetails.lineItems[1].productName", Some("amount_details.line_items[1].product_name"))
        );
        let report = Intent::builder()
            .collect_errors()
            .amount_details(|a| {
                a.line_items(|l| {
                    l.push(|i| i.product_name("Far too long").quantity(0))
                        .push(|i| i.product_name("Ok").quantity(1))
                        .push(|i| i.product_name("x\u{0}").quantity(1))
                })
            })
            .build()
            .unwrap_err();
        let found: Vec<(&str, Option<&str>)> =
            report.errors().iter().map(|e| (e.path(), e.field_path())).collect();
        assert_eq!(
            found,
            [
                ("amountDetails.lineItems[0].productName", Some("amount_details.line_items[0].product_name")),
                ("amountDetails.lineItems[0].quantity", Some("amount_details.line_items[0].quantity")),
                ("amountDetails.lineItems[2].productName", Some("amount_details.line_items[2].product_name")),
            ]
        );
        let report = from_json::<Intent>(
            r#"{"amountDetails":{"lineItems":[{"productName":"Mug","quantity":0},{"quantity":1}]}}"#,
        )
        .unwrap_err();
        let found: Vec<&str> = report.paths().collect();
        assert_eq!(found, ["amountDetails.lineItems[0].quantity", "amountDetails.lineItems[1].productName"]);
    }

    /// `length` on a list builder counts its items, as on a list set as a value: the checked closure
    /// setter returns the count's error, the collecting one records it with the elements' own, the
    /// value setters check it too, and `from_json` and the schema say the same.
    #[derive(Builder, Debug, Clone, PartialEq)]
    #[payment(collect_errors, schema, rename_all = "camelCase")]
    struct Cart {
        #[payment(nested, length(min = 1, max = 2))]
        line_items: Vec<LineItem>,
        #[payment(nested, length(max = 1))]
        gifts: Option<Vec<LineItem>>,
    }

    #[test]
    fn length_counts_a_list_builders_items_in_every_mode() {
        let item =
            |name: &'static str| move |i: LineItemBuilder| i.product_name(name).and_then(|i| i.quantity(1));
        let cart = Cart::builder().line_items(|l| l.push(item("Mug"))?.push(item("Tea"))).unwrap().build();
        assert_eq!(cart.line_items().len(), 2);

        let three = Cart::builder().line_items(|l| l.push(item("A"))?.push(item("B"))?.push(item("C")));
        let err = three.unwrap_err();
        assert_eq!((err.path(), err.field_path(), err.code()), ("lineItems", Some("line_items"), "length"));
        assert!(Cart::builder().line_items(|l| l).is_err(), "an empty list is below `min = 1`");
        let too_many = vec![cart.line_items()[0].clone(); 3];
        assert!(Cart::builder().line_items_value(too_many.clone()).is_err(), "a value built beforehand too");
        assert!(Cart::builder().maybe_gifts(Some(too_many.clone())).is_err());

        // Collecting: the count is recorded with every other error. (A list one of whose elements failed
        // is left unset, its elements' errors recorded, so its count is not checked on top.)
        let report = Cart::builder()
            .collect_errors()
            .line_items(|l| {
                l.push(|i| i.product_name("A").quantity(1))
                    .push(|i| i.product_name("B").quantity(1))
                    .push(|i| i.product_name("C").quantity(1))
            })
            .gifts_value(too_many)
            .build()
            .unwrap_err();
        let found: Vec<&str> = report.paths().collect();
        assert_eq!(found, ["lineItems", "gifts"]);

        let report = from_json::<Cart>(r#"{"lineItems":[]}"#).unwrap_err();
        assert_eq!(report.paths().collect::<Vec<_>>(), ["lineItems"]);
        let schema = <Cart as payment_core::schema::Schema>::schema();
        assert_eq!(
            (&schema["properties"]["lineItems"]["minItems"], &schema["properties"]["lineItems"]["maxItems"]),
            (&serde_json::json!(1), &serde_json::json!(2))
        );
    }
}
