use payment_core::Builder;

#[derive(Builder)]
pub struct Hold {
    duration: std::time::Duration,
}

fn main() {}
