use payment_core::url;

fn main() {
    let _ = url!("ftp://x");
}
