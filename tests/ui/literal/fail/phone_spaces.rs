use payment_core::phone;

fn main() {
    let _ = phone!("+81 12 3456 78");
}
