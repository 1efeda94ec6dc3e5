use payment_core::iban;

fn main() {
    let _ = iban!("NL91  ABNA 0417 1643 00");
}
