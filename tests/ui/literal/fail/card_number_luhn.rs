use payment_core::card_number;

fn main() {
    let _ = card_number!("5200000000001006");
}
