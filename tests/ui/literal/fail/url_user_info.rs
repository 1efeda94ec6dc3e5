use payment_core::url;

fn main() {
    let _ = url!("https://shop.example@evil.example/ok");
}
