use payment_core::webhook_url;

fn main() {
    let _ = webhook_url!("http://shop.example/hook");
}
