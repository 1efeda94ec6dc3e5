//! Where a builder keeps its values: in a `Box` with `#[payment(box_values)]` (a setter then moves a
//! pointer, not hundreds of bytes), inline otherwise.

use std::mem::size_of;

use payment_core::Builder;
use payment_core::model::{CardBuilder, PaymentRequestBuilder, StoredCardRequestBuilder};

/// The two request models box their values (616 and 720 bytes); the structs nested in them do not.
#[test]
fn the_request_builders_move_a_pointer_and_the_nested_ones_their_values() {
    assert_eq!(size_of::<PaymentRequestBuilder>(), size_of::<usize>());
    assert_eq!(size_of::<StoredCardRequestBuilder>(), size_of::<usize>());
    // A card's values are small: a box would cost an allocation for a few short copies.
    assert!(size_of::<CardBuilder>() > size_of::<usize>());
}

/// A generic struct can box its values too.
#[derive(Builder, Debug, PartialEq)]
#[payment(box_values)]
pub struct Tagged<T: serde::Serialize + payment_core::wire::Collect> {
    tag: T,
    note: Option<String>,
}

#[test]
fn a_generic_builder_boxes_its_values() {
    assert_eq!(size_of::<TaggedBuilder<u64>>(), size_of::<usize>());
    let built = Tagged::builder().tag(7u64).note("n").build();
    assert_eq!((built.tag(), built.note().map(String::as_str)), (&7, Some("n")));
    assert_eq!(Tagged::<u64>::from_json(&serde_json::to_string(&built).unwrap()).unwrap(), built);
}

/// A struct whose values are large (20 strings): boxed.
#[derive(Builder, Debug, PartialEq)]
#[payment(collect_errors, box_values)]
pub struct Wide {
    #[payment(length(max = 3))]
    f00: String,
    f01: String,
    f02: String,
    f03: String,
    f04: String,
    f05: String,
    f06: String,
    f07: String,
    f08: String,
    f09: String,
    f10: Option<String>,
    f11: Option<String>,
    f12: Option<String>,
    f13: Option<String>,
    f14: Option<String>,
    f15: Option<String>,
    f16: Option<String>,
    f17: Option<String>,
    f18: Option<String>,
    f19: Option<String>,
}

/// A struct holding the large one as a nested field (built with its boxed builder), itself inline.
#[derive(Builder, Debug, PartialEq)]
#[payment(collect_errors)]
pub struct Outer {
    #[payment(nested)]
    wide: Wide,
    tag: Option<String>,
}

/// Every field of a `Wide` builder but `f00` (a macro: the builder's type changes with each setter).
macro_rules! wide {
    ($b:expr) => {
        $b.f01("1").f02("2").f03("3").f04("4").f05("5").f06("6").f07("7").f08("8").f09("9").f19("19")
    };
}

#[test]
fn a_boxed_builder_works_in_every_mode() {
    assert_eq!(size_of::<WideBuilder>(), size_of::<usize>());
    assert!(size_of::<OuterBuilder>() > size_of::<Wide>());

    // Checked: the value, or the first failure.
    let built = wide!(Wide::builder()).f00("abc").unwrap().build();
    assert_eq!((built.f00().as_str(), built.f09().as_str()), ("abc", "9"));
    assert_eq!((built.f19().map(String::as_str), built.f10()), (Some("19"), None));
    let err = wide!(Wide::builder()).f00("abcd").unwrap_err();
    assert_eq!(err.to_string(), "f00: must be at most 3 characters long");

    // Collecting, nested: every failure, with its path.
    let report =
        Outer::builder().collect_errors().wide(|w| wide!(w).f00("too long")).tag("t").build().unwrap_err();
    assert_eq!(report.paths().collect::<Vec<_>>(), ["wide.f00"]);

    // Nested with `?` in the closure, and `Debug` (which fields are set, never the values).
    let outer = Outer::builder().wide(|w| wide!(w).f00("ok")).unwrap().build();
    assert_eq!(outer.wide(), &built_with("ok"));
    let pending = format!("{:?}", wide!(Wide::builder()));
    assert!(pending.starts_with("WideBuilder {") && pending.contains("f00: <unset>"), "{pending}");
    assert!(!pending.contains("19\""), "{pending}");

    // The JSON reader starts from the same values, without a box.
    let json = serde_json::to_string(&outer).unwrap();
    assert_eq!(Outer::from_json(&json).unwrap(), outer);
}

fn built_with(f00: &str) -> Wide {
    wide!(Wide::builder()).f00(f00).unwrap().build()
}
