use payment_core::url;

fn main() {
    let _ = url!("http://192.168.0.10/ok");
}
