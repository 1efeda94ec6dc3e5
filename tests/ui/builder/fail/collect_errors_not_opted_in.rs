use payment_core::Builder;

#[derive(Builder)]
pub struct Holder {
    #[payment(length(min = 1))]
    name: String,
}

#[derive(Builder)]
#[payment(collect_errors)]
pub struct Payment {
    #[payment(nested)]
    holder: Holder,
}

fn main() {
    let _ = Holder::builder().collect_errors();
    let _ = Payment::builder().collect_errors().holder(|h| h.name("Jane")).build();
}
