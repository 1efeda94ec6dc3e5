use payment_core::money;

fn main() {
    let _ = money!(-5 USD);
}
