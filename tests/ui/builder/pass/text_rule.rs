//! A user's own struct opts in to the free-text rule with `#[payment(text)]`.
use payment_core::Builder;

#[derive(Builder, Debug)]
pub struct Order {
    #[payment(text, length(max = 64))]
    reference: String,
    #[payment(text)]
    note: Option<String>,
}

fn main() {
    let order = Order::builder().reference("ORD-42 山田").unwrap().note("leave at the door").unwrap().build();
    assert_eq!(order.reference(), "ORD-42 山田");
    let err = Order::builder().reference("ORD\u{202E}24").unwrap_err();
    assert_eq!((err.path(), err.code()), ("reference", "text.bidi"));
    assert!(Order::builder().reference("ok").unwrap().note("a\0b").is_err());
    let report = Order::from_json(r#"{"reference": "x\u0000y", "note": "z\u202ez"}"#).unwrap_err();
    assert_eq!(report.paths().collect::<Vec<_>>(), ["reference", "note"]);
}
