// The builder lives in a third crate (`adyen-model`); the messages name the value type by a path that
// compiles from here (`ui/builder/pass/printed_path_compiles.rs` uses it).
use adyen_model::PaymentRequest;

fn main() {
    let _ = PaymentRequest::builder().country_code("NL");
}
