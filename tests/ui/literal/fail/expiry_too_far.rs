use payment_core::expiry;

fn main() {
    let _ = expiry!("12/2099");
}
