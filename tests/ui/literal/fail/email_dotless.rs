use payment_core::email;

fn main() {
    let _ = email!("billing@localhost");
}
