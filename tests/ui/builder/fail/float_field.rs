use payment_core::Builder;

#[derive(Builder)]
pub struct Order {
    price: f64,
    discount: Option<f32>,
}

fn main() {}
