use payment_core::Builder;

#[derive(Builder, Debug)]
pub struct Address {
    line1: String,
    line2: Option<String>,
    #[payment(length(max = 10))]
    postcode: Option<String>,
}

fn main() {
    let a = Address::builder().line1("1 Main St").build();
    assert_eq!(a.line2(), None);
    let b = Address::builder().line1("x").maybe_line2(None).maybe_postcode(Some("123".into())).unwrap().build();
    assert_eq!(b.postcode().map(String::as_str), Some("123"));
}
