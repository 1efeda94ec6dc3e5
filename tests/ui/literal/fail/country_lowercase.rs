use payment_core::country;

fn main() {
    let _ = country!("jp");
}
