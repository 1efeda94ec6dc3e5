use payment_core::ip;

fn main() {
    let _ = ip!("300.1.1.1");
}
