//! String enums (`#[derive(Builder)]` on a fieldless enum, issue 24 part 1): as a required field, an
//! `Option`, a `Vec` and inside nested structs, through the builder in both modes, `Serialize`,
//! `from_json`, `from_json_strict` and plain serde; `rename` and every `rename_all` rule; an unknown value
//! reported once at its wire path with the allowed values and a suggestion, never the value; the catch-all
//! `other`, unit and `String`; `FromStr` and `Display` against the wire; the JSON Schema, checked with boon.

use payment_core::Builder;
use payment_core::schema::document;
use payment_core::wire::{UnknownVariant, ValidationReport, from_json, from_json_strict};
use payment_tests::SchemaCheck;
use serde_json::json;

/// How the shopper takes part (Adyen's `shopperInteraction`).
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[payment(schema)]
pub(crate) enum ShopperInteraction {
    Ecommerce,
    ContAuth,
    Moto,
    #[payment(rename = "POS")]
    PointOfSale,
}

/// What an order line is.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(rename_all = "snake_case", schema)]
pub(crate) enum ItemKind {
    Goods,
    GiftCard,
    Shipping,
}

/// Where the order came from: read leniently, an unknown channel kept as sent.
#[derive(Builder, Debug, Clone, PartialEq, Eq)]
#[payment(rename_all = "lowercase", schema)]
pub(crate) enum Channel {
    Web,
    App,
    #[payment(other)]
    Unknown(String),
}

/// How a parcel travels.
#[derive(Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(rename_all = "SCREAMING_SNAKE_CASE", schema)]
pub(crate) enum DeliveryMethod {
    Standard,
    NextDay,
}

/// A line of the order: an enum inside a struct inside a `Vec`.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema)]
pub(crate) struct Item {
    name: String,
    kind: ItemKind,
}

/// A nested struct (`#[payment(nested)]`) with an enum field.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(collect_errors, schema)]
pub(crate) struct Delivery {
    method: DeliveryMethod,
}

/// An enum as a required field, an `Option`, a `Vec`, inside a `Vec` of structs and inside a nested struct.
#[derive(Builder, Debug, Clone, PartialEq)]
#[payment(rename_all = "camelCase", collect_errors, schema)]
pub(crate) struct Order {
    shopper_interaction: ShopperInteraction,
    channel: Option<Channel>,
    tags: Vec<ItemKind>,
    items: Vec<Item>,
    #[payment(nested)]
    delivery: Delivery,
}

const ORDER: &str = r#"{"shopperInteraction":"ContAuth","channel":"web","tags":["gift_card","goods"],"items":[{"name":"a","kind":"goods"},{"name":"b","kind":"shipping"}],"delivery":{"method":"NEXT_DAY"}}"#;

fn items() -> Vec<Item> {
    vec![
        Item::builder().name("a").kind(ItemKind::Goods).build(),
        Item::builder().name("b").kind(ItemKind::Shipping).build(),
    ]
}

fn order() -> Order {
    Order::builder()
        .shopper_interaction(ShopperInteraction::ContAuth)
        .channel(Channel::Web)
        .tags(vec![ItemKind::GiftCard, ItemKind::Goods])
        .items(items())
        .delivery(|d| d.method(DeliveryMethod::NextDay))
        .build()
}

fn found(report: &ValidationReport) -> Vec<(&str, &str, &str)> {
    report.errors().iter().map(|e| (e.path(), e.code(), e.message())).collect()
}

#[test]
fn built_in_both_modes_written_and_read_back() {
    let built = order();
    let collected = Order::builder()
        .collect_errors()
        .shopper_interaction(ShopperInteraction::ContAuth)
        .channel(Channel::Web)
        .tags(vec![ItemKind::GiftCard, ItemKind::Goods])
        .items(items())
        .delivery(|d| d.method(DeliveryMethod::NextDay))
        .build()
        .expect("nothing to refuse");
    assert_eq!(collected, built);
    assert_eq!(built.shopper_interaction(), &ShopperInteraction::ContAuth);
    assert_eq!(serde_json::to_string(&built).unwrap(), ORDER);
    assert_eq!(Order::from_json(ORDER).unwrap(), built);
    assert_eq!(from_json_strict::<Order>(ORDER).unwrap(), built);
    assert_eq!(serde_json::from_str::<Order>(ORDER).unwrap(), built);

    // The option left out, and an empty `Vec`.
    let minimal = Order::builder()
        .shopper_interaction(ShopperInteraction::PointOfSale)
        .tags(vec![])
        .items(vec![])
        .delivery(|d| d.method(DeliveryMethod::Standard))
        .build();
    let json = serde_json::to_string(&minimal).unwrap();
    assert_eq!(json, r#"{"shopperInteraction":"POS","tags":[],"items":[],"delivery":{"method":"STANDARD"}}"#);
    assert_eq!(Order::from_json(&json).unwrap(), minimal);
    let null = r#"{"shopperInteraction":"POS","channel":null,"tags":[],"items":[],"delivery":{"method":"STANDARD"}}"#;
    assert_eq!(Order::from_json(null).unwrap(), minimal);
}

#[test]
fn an_enum_alone_round_trips_through_every_reader() {
    for &v in ShopperInteraction::VARIANTS {
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(json, format!("\"{}\"", v.as_str()));
        assert_eq!(from_json::<ShopperInteraction>(&json).unwrap(), v);
        assert_eq!(from_json_strict::<ShopperInteraction>(&json).unwrap(), v);
        assert_eq!(serde_json::from_str::<ShopperInteraction>(&json).unwrap(), v);
    }
}

/// Every rule of serde's `rename_all`, as serde applies it to a variant name, and `rename` over it.
#[test]
fn rename_and_every_rename_all_rule() {
    macro_rules! rule {
        ($name:ident, $rule:literal, [$($want:literal),*]) => {{
            #[derive(Builder, Debug, Clone, Copy, PartialEq)]
            #[payment(rename_all = $rule)]
            enum $name {
                ContAuth,
                Moto,
                #[payment(rename = "pos!")]
                PointOfSale,
            }
            assert_eq!($name::WIRE_NAMES, [$($want),*], $rule);
            for &v in $name::VARIANTS {
                let json = serde_json::to_string(&v).unwrap();
                assert_eq!(json, format!("\"{v}\""), $rule);
                assert_eq!(from_json::<$name>(&json).unwrap(), v, $rule);
            }
        }};
    }
    rule!(Lower, "lowercase", ["contauth", "moto", "pos!"]);
    rule!(Upper, "UPPERCASE", ["CONTAUTH", "MOTO", "pos!"]);
    rule!(Pascal, "PascalCase", ["ContAuth", "Moto", "pos!"]);
    rule!(Camel, "camelCase", ["contAuth", "moto", "pos!"]);
    rule!(Snake, "snake_case", ["cont_auth", "moto", "pos!"]);
    rule!(ScreamingSnake, "SCREAMING_SNAKE_CASE", ["CONT_AUTH", "MOTO", "pos!"]);
    rule!(Kebab, "kebab-case", ["cont-auth", "moto", "pos!"]);
    rule!(ScreamingKebab, "SCREAMING-KEBAB-CASE", ["CONT-AUTH", "MOTO", "pos!"]);
    assert_eq!(ShopperInteraction::WIRE_NAMES, ["Ecommerce", "ContAuth", "Moto", "POS"]);
    // Matching is exact, as serde's: another case is refused (with the name meant).
    let report = from_json::<ShopperInteraction>("\"pos\"").unwrap_err();
    assert_eq!(
        found(&report),
        [("", "enum", "must be one of `Ecommerce`, `ContAuth`, `Moto`, `POS` (did you mean `POS`?)")]
    );
}

/// Each unknown value is one error at its wire path, listing the allowed values, with a suggestion when
/// one is close; every one reported at once, in both readers, and never the value itself.
#[test]
fn an_unknown_value_is_one_error_at_its_path() {
    let json = r#"{"shopperInteraction":"Ecomerce","channel":"kiosk","tags":["goods","gift-card","cash"],"items":[{"name":"a","kind":"goods"},{"name":"b","kind":"Shiping"}],"delivery":{"method":"TELEPORT"}}"#;
    let want = [
        (
            "shopperInteraction",
            "enum",
            "must be one of `Ecommerce`, `ContAuth`, `Moto`, `POS` (did you mean `Ecommerce`?)",
        ),
        ("tags[1]", "enum", "must be one of `goods`, `gift_card`, `shipping` (did you mean `gift_card`?)"),
        ("tags[2]", "enum", "must be one of `goods`, `gift_card`, `shipping`"),
        (
            "items[1].kind",
            "enum",
            "must be one of `goods`, `gift_card`, `shipping` (did you mean `shipping`?)",
        ),
        ("delivery.method", "enum", "must be one of `STANDARD`, `NEXT_DAY`"),
    ];
    for report in [Order::from_json(json).unwrap_err(), from_json_strict::<Order>(json).unwrap_err()] {
        assert_eq!(found(&report), want);
        let text = report.to_string();
        for input in ["Ecomerce", "kiosk", "gift-card", "cash", "Shiping", "TELEPORT"] {
            assert!(!text.contains(input), "{input} in {text}");
        }
    }
    // A value of another JSON type is a type error, as for any string field.
    let report = from_json::<ShopperInteraction>("7").unwrap_err();
    assert_eq!(found(&report), [("", "type", "must be a string, not a number")]);
}

/// `Deserialize` is implemented on top of `Collect`: plain serde runs the same check, with the same words.
#[test]
fn plain_serde_runs_the_same_check() {
    let err = serde_json::from_str::<ShopperInteraction>("\"Ecomerce\"").unwrap_err().to_string();
    assert!(
        err.contains("must be one of `Ecommerce`, `ContAuth`, `Moto`, `POS` (did you mean `Ecommerce`?)"),
        "{err}"
    );
    assert!(!err.contains("Ecomerce"), "{err}");
    let json = ORDER.replace("\"shipping\"", "\"Shiping\"");
    let err = serde_json::from_str::<Order>(&json).unwrap_err().to_string();
    assert!(err.contains("items[1].kind: must be one of `goods`, `gift_card`, `shipping`"), "{err}");
    assert!(!err.contains("Shiping"), "{err}");
}

/// `#[payment(other)]` on a variant holding a `String`: an unknown value is kept and written back
/// unchanged; a known one is its variant.
#[test]
fn other_keeps_the_unknown_value_both_ways() {
    let json = ORDER.replace("\"web\"", "\"kiosk\"");
    let order = Order::from_json(&json).unwrap();
    assert_eq!(order.channel(), Some(&Channel::Unknown("kiosk".into())));
    assert_eq!(serde_json::to_string(&order).unwrap(), json);
    assert_eq!(from_json_strict::<Order>(&json).unwrap(), order);
    assert_eq!(serde_json::from_str::<Channel>("\"app\"").unwrap(), Channel::App);
    assert_eq!("kiosk".parse::<Channel>(), Ok(Channel::Unknown("kiosk".into())));
    assert_eq!(Channel::Unknown("kiosk".into()).to_string(), "kiosk");
    // The catch-all is not a named value: its own name is just another unknown string.
    assert_eq!(Channel::WIRE_NAMES, ["web", "app"]);
    assert_eq!("unknown".parse::<Channel>(), Ok(Channel::Unknown("unknown".into())));
    // Built by hand with a known value, it is written as that value, and read back as the variant.
    let by_hand = serde_json::to_string(&Channel::Unknown("web".into())).unwrap();
    assert_eq!(serde_json::from_str::<Channel>(&by_hand).unwrap(), Channel::Web);
}

/// `#[payment(other)]` on a unit variant (serde's meaning): an unknown value reads as it and is dropped;
/// it is written as its own wire name.
#[test]
fn other_on_a_unit_variant_drops_the_unknown_value() {
    #[derive(Builder, Debug, Clone, Copy, PartialEq)]
    #[payment(rename_all = "lowercase")]
    enum Status {
        Active,
        #[payment(other, rename = "unknown")]
        Unrecognized,
    }
    assert_eq!(Status::WIRE_NAMES, ["active", "unknown"]);
    assert_eq!(from_json::<Status>("\"suspended\"").unwrap(), Status::Unrecognized);
    assert_eq!(from_json_strict::<Status>("\"suspended\"").unwrap(), Status::Unrecognized);
    assert_eq!(serde_json::from_str::<Status>("\"active\"").unwrap(), Status::Active);
    assert_eq!(serde_json::to_string(&Status::Unrecognized).unwrap(), "\"unknown\"");
    assert_eq!(from_json::<Status>("\"unknown\"").unwrap(), Status::Unrecognized);
    let parsed: Result<Status, std::convert::Infallible> = "suspended".parse();
    assert_eq!(parsed, Ok(Status::Unrecognized));
    assert_eq!(Status::VARIANTS, [Status::Active, Status::Unrecognized]);
}

/// `FromStr`, `Display` and `as_str` say what the wire says, and `FromStr`'s error is the reader's.
#[test]
fn from_str_and_display_agree_with_the_wire() {
    for &v in ItemKind::VARIANTS {
        let wire = serde_json::to_value(v).unwrap();
        assert_eq!(wire, json!(v.as_str()));
        assert_eq!(v.to_string(), v.as_str());
        assert_eq!(v.as_str().parse::<ItemKind>(), Ok(v));
    }
    assert_eq!(format!("[{:>10}]", ItemKind::Goods), "[     goods]");
    let err: UnknownVariant = "gift card".parse::<ItemKind>().unwrap_err();
    assert_eq!(err.allowed(), ["goods", "gift_card", "shipping"]);
    assert_eq!(err.suggestion(), Some("gift_card"));
    let report = from_json::<ItemKind>("\"gift card\"").unwrap_err();
    assert_eq!(report.errors()[0].message(), err.to_string());
    assert_eq!(report.errors()[0].code(), payment_core::wire::Invalid::from(err).code());
}

/// The schema of an enum is an `enum` of its wire names (a plain string with a catch-all); a struct's
/// field of an enum type has it. Checked with boon; what boon refuses, `from_json` refuses too.
#[test]
fn json_schema_of_an_enum_and_of_a_struct_with_one() {
    assert_eq!(
        document::<ShopperInteraction>(),
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "string",
            "enum": ["Ecommerce", "ContAuth", "Moto", "POS"],
        })
    );
    let closed = SchemaCheck::of::<ShopperInteraction>();
    assert!(closed.check(&json!("POS")).is_ok());
    assert!(closed.check(&json!("Ecomerce")).is_err());
    let open = SchemaCheck::of::<Channel>();
    assert!(open.check(&json!("web")).is_ok());
    assert!(open.check(&json!("kiosk")).is_ok());
    assert!(open.check(&json!(7)).is_err());
    assert_eq!(document::<Channel>()["examples"], json!(["web", "app"]));

    let schema = SchemaCheck::of::<Order>();
    let doc = document::<Order>();
    assert_eq!(
        doc["properties"]["shopperInteraction"]["enum"],
        json!(["Ecommerce", "ContAuth", "Moto", "POS"])
    );
    let valid: serde_json::Value = serde_json::from_str(ORDER).unwrap();
    assert!(schema.check(&valid).is_ok(), "{:?}", schema.check(&valid));
    type Edit = Box<dyn Fn(&mut serde_json::Value)>;
    let cases: Vec<(&str, Edit)> = vec![
        ("required", Box::new(|v| v["shopperInteraction"] = json!("Ecomerce"))),
        ("in a Vec", Box::new(|v| v["tags"][0] = json!("cash"))),
        ("in a Vec of structs", Box::new(|v| v["items"][1]["kind"] = json!("Shiping"))),
        ("nested", Box::new(|v| v["delivery"]["method"] = json!("next_day"))),
        ("not a string", Box::new(|v| v["channel"] = json!(1))),
    ];
    for (name, edit) in cases {
        let mut v = valid.clone();
        edit(&mut v);
        assert!(schema.check(&v).is_err(), "{name}: the schema accepts it");
        assert!(Order::from_json(&v.to_string()).is_err(), "{name}: from_json accepts it");
    }
    // An unknown channel is accepted by both.
    let mut v = valid;
    v["channel"] = json!("kiosk");
    assert!(schema.check(&v).is_ok());
    assert!(Order::from_json(&v.to_string()).is_ok());
}
