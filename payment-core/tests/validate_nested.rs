//! `validator::Validate` on a derived struct checks the rules of nested structs, inside an `Option` too,
//! with the nested path (`second.count`), and never shows the rejected value. The structs are built here
//! by hand (their fields are visible in this module), the way a value can bypass the builder.

use validator::Validate;

use payment_core::Builder;

/// One line of an order, with a rule of each kind.
#[derive(Builder, Debug)]
pub struct Line {
    #[payment(length(max = 3))]
    code: String,
    #[payment(range(min = 1, max = 9))]
    count: u8,
    #[payment(text)]
    note: String,
}

/// Two nested lines, one optional.
#[derive(Builder, Debug)]
pub struct Order {
    #[payment(nested)]
    first: Option<Line>,
    #[payment(nested)]
    second: Line,
}

fn line(code: &str, count: u8, note: &str) -> Line {
    Line { code: code.to_owned(), count, note: note.to_owned() }
}

/// `(path, code)` of each error, sorted by path.
fn errors(order: &Order) -> Vec<(String, String)> {
    let errors = order.validate().expect_err("an invalid order");
    let mut found: Vec<(String, String)> = errors
        .errors()
        .iter()
        .flat_map(|(path, kind)| match kind {
            validator::ValidationErrorsKind::Field(list) => {
                list.iter().map(|e| (path.to_string(), e.code.to_string())).collect::<Vec<_>>()
            }
            _ => Vec::new(),
        })
        .collect();
    found.sort();
    found
}

#[test]
fn a_valid_order_validates() {
    let order = Order { first: Some(line("abc", 9, "ok")), second: line("a", 1, "") };
    assert!(order.validate().is_ok());
    assert!(Order { first: None, second: line("a", 1, "") }.validate().is_ok());
}

#[test]
fn rules_inside_an_option_and_a_nested_struct_are_checked_with_their_paths() {
    let order = Order { first: Some(line("toolong", 10, "fine")), second: line("ab", 0, "x\u{202E}y") };
    assert_eq!(
        errors(&order),
        [
            ("first.code".to_owned(), "length".to_owned()),
            ("first.count".to_owned(), "range".to_owned()),
            ("second.count".to_owned(), "range".to_owned()),
            ("second.note".to_owned(), "text.bidi".to_owned()),
        ]
    );
    // Each bound alone: one below, one above.
    for (count, ok) in [(0, false), (1, true), (9, true), (10, false)] {
        let order = Order { first: None, second: line("ab", count, "") };
        assert_eq!(order.validate().is_ok(), ok, "count {count}");
    }
    let shown = format!("{:?} {}", order.validate().unwrap_err(), order.validate().unwrap_err());
    assert!(!shown.contains("toolong"), "{shown}");
}
