use payment_core::webhook_url;

fn main() {
    let _ = webhook_url!("https://127.0.0.1/hook");
}
