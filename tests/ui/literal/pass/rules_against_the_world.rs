//! Literals that real customers have: they must compile.
use payment_core::{Scheme, card_number, email, phone, url, webhook_url};

fn main() {
    // UnionPay 19 digits in the 81 range (Adyen test cards), Hipercard in the 60 range, Maestro in 67.
    assert_eq!(card_number!("8171 9999 0000 0000 021").scheme(), Scheme::UnionPay);
    assert_eq!(card_number!("6062 8288 8866 6688").scheme(), Scheme::Hipercard);
    assert_eq!(card_number!("6771 8309 9999 1239 343").scheme(), Scheme::Maestro);
    // Mir, which used to get no label.
    assert_eq!(card_number!("2200 1234 5678 9019").scheme(), Scheme::Mir);
    // A UnionPay number that fails Luhn (Braintree card-validator's fixture).
    let _ = card_number!("6221 5588 1234 0000");
    // An international phone number with `+`, sent as digits.
    assert_eq!(phone!("+6834002").as_str(), "6834002");
    // As people write it (E.123 international notation; libphonenumber's full-width test number).
    assert_eq!(phone!("+44 20 7946 0958").as_str(), "442079460958");
    assert_eq!(phone!("＋１　（６５０）　２５３－００００").as_str(), "16502530000");
    // Internationalized addresses.
    let _ = email!("müller@例え.jp");
    let _ = url!("https://例え.jp/ok");
    let _ = webhook_url!("https://hooks.shop.example/paymentv2");
}
