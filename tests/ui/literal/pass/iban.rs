//! `iban!` takes both spellings and is a constant expression, usable in a `const` item; its value is
//! masked when printed.
use payment_core::{Iban, iban};

const ACCOUNT: Iban = iban!("GB29 NWBK 6016 1331 9268 19");

fn main() {
    assert_eq!(ACCOUNT, iban!("GB29NWBK60161331926819"));
    assert_eq!(format!("{:?}", iban!("NO9386011117947")), "Iban(NO** **** ***7 947)");
    assert_eq!(ACCOUNT.expose_secret(), "GB29NWBK60161331926819");
}
