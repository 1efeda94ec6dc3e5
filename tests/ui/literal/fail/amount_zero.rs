use payment_core::amount;

fn main() {
    let _ = amount!(0);
}
