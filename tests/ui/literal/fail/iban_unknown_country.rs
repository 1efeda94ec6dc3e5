use payment_core::iban;

fn main() {
    let _ = iban!("QQ93 1234 5678 9012 34");
}
