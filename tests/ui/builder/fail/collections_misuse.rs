// Lists and maps, misused: every mistake reported in one build.
use std::collections::BTreeMap;

use payment_core::Builder;

pub struct NotDerived {
    pub name: String,
}

#[derive(Builder)]
pub struct Order {
    // `each` takes the field rules only.
    #[payment(each(lenght(max = 5)))]
    lines: Vec<String>,
    // `keys` is for a map.
    #[payment(keys(length(max = 20)))]
    note: String,
    // `each` is for a list.
    #[payment(each(text))]
    metadata: BTreeMap<String, String>,
}

#[derive(Builder)]
pub struct Cart {
    // A list builder needs elements that derive `Builder`.
    #[payment(nested)]
    items: Vec<NotDerived>,
}

fn main() {}
