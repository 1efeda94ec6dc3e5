use payment_core::phone;

fn main() {
    let _ = phone!("12");
}
