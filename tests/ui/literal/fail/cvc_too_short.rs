use payment_core::cvc;

fn main() {
    let _ = cvc!("12");
}
