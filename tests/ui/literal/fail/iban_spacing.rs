use payment_core::iban;

fn main() {
    let _ = iban!("NL 91 ABNA 0417 1643 00");
}
