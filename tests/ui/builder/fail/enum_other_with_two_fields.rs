use payment_core::Builder;

// The catch-all is a unit variant (the value dropped) or holds one `String` (the value kept).
#[derive(Builder)]
pub enum Channel {
    Web,
    #[payment(other)]
    Unknown(String, u32),
}

fn main() {}
