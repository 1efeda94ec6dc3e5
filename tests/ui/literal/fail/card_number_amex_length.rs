use payment_core::card_number;

fn main() {
    let _ = card_number!("3782 822463 10005 1");
}
