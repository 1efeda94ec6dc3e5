use payment_core::iban;

fn main() {
    let _ = iban!("NL00 ABNA 0417 1643 00");
}
