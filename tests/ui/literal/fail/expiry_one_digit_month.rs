use payment_core::expiry;

fn main() {
    let _ = expiry!("1/30");
}
