use payment_core::money;

fn main() {
    let _ = money!(12.505 USD);
}
