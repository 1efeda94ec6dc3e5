use payment_core::iban;

fn main() {
    let _ = iban!("");
}
