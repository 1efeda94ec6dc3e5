use payment_core::iban;

fn main() {
    let _ = iban!("NL91ABNA04171643001234567890123456A");
}
