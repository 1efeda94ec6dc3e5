use payment_core::card_number;

fn main() {
    let _ = card_number!("5200 0000 0000 1OO5");
}
