use payment_core::card_number;

fn main() {
    let _ = card_number!("0000 0000 0000 0000");
}
