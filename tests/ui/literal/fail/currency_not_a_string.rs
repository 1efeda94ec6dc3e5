use payment_core::currency;

fn main() {
    let _ = currency!(12);
}
