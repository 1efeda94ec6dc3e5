use payment_core::Builder;

#[derive(Builder)]
pub struct Order {
    #[payment(text)]
    quantity: u32,
}

fn main() {}
