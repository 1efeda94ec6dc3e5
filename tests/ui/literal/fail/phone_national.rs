use payment_core::phone;

fn main() {
    // A national number with its trunk 0: no country code (E.123 national notation).
    let _ = phone!("0121 234 5678");
}
