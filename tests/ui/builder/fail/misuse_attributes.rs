use payment_core::Builder;

#[derive(Builder)]
#[payment(rename_all = "camel")]
pub struct Everything {
    #[payment(lenght(max = 3))]
    typo: String,
    #[payment(email)]
    count: u32,
    #[payment(length(min = 1))]
    flag: bool,
    #[payment(range(max = 5))]
    label: String,
    #[payment(default)]
    maybe: Option<u8>,
    #[payment(nested, flatten)]
    both: Option<Inner>,
    #[payment(card_number)]
    pan: String,
    #[payment(length(max = 45))]
    pub name: String,
    #[payment(rename = "name")]
    other: String,
    #[payment(length(mni = 1))]
    bounds: String,
    #[payment(hint = "a note for the missing-field error")]
    note: Option<String>,
}

#[derive(Builder)]
pub struct Inner {
    x: u8,
}

fn main() {}
