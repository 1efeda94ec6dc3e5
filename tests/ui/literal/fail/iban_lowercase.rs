use payment_core::iban;

fn main() {
    let _ = iban!("nl91abna0417164300");
}
