//! `#[payment(check = path)]`: a rule across fields, reported with the path it names, in `build()`,
//! the collecting `build()`, `from_json` and `validate()`.
use payment_core::wire::FieldError;
use payment_core::{Amount, Builder, amount};

#[derive(Builder, Debug)]
#[payment(collect_errors, check = discount_within_total)]
pub struct Invoice {
    total: Amount,
    discount: Option<Amount>,
    #[payment(text)]
    note: Option<String>,
}

fn discount_within_total(invoice: &Invoice) -> Result<(), FieldError> {
    match invoice.discount() {
        Some(d) if d > invoice.total() => {
            Err(FieldError::new("discount", "discount.total", "must not exceed the total"))
        }
        _ => Ok(()),
    }
}

#[derive(Builder, Debug)]
#[payment(collect_errors)]
pub struct Order {
    #[payment(nested)]
    invoice: Invoice,
}

fn main() {
    // `build()` returns a `Result` only because the struct has a check.
    let ok = Invoice::builder().total(amount!(1000)).discount(amount!(100)).build().unwrap();
    assert_eq!(ok.discount().map(|d| d.minor_units()), Some(100));
    let err = Invoice::builder().total(amount!(100)).discount(amount!(1000)).build().unwrap_err();
    assert_eq!((err.path(), err.code()), ("discount", "discount.total"));

    // Nested: the setter returns a `Result`, the path is prefixed.
    let err = Order::builder().invoice(|i| i.total(amount!(1)).discount(amount!(2))).unwrap_err();
    assert_eq!(err.path(), "invoice.discount");

    // Collecting: with the other failures.
    let report = Order::builder()
        .collect_errors()
        .invoice(|i| i.total(amount!(1)).discount(amount!(2)).note("a\0b"))
        .build()
        .unwrap_err();
    assert_eq!(report.paths().collect::<Vec<_>>(), ["invoice.note", "invoice.discount"]);

    // Untrusted JSON.
    let report = Order::from_json(r#"{"invoice": {"total": "1", "discount": "2"}}"#).unwrap_err();
    assert_eq!(report.paths().collect::<Vec<_>>(), ["invoice.discount"]);
}
