use payment_core::iban;

fn main() {
    let _ = iban!("NL56 3003 0A17 1643 00");
}
