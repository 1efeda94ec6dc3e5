use payment_core::Builder;

// A misspelled struct-level key is named, with the nearest known one and the whole list.
#[derive(Builder)]
#[payment(box_value)]
pub struct Request {
    reference: String,
}

fn main() {}
