// Misused unions: every mistake reported in one build, naming the variant.
use payment_core::Builder;

#[derive(Builder)]
pub struct Details {
    id: String,
}

// A tuple variant of two values cannot carry an internal tag (serde refuses it too).
#[derive(Builder)]
#[payment(tag = "type")]
pub enum Pair {
    Two(Details, Details),
    Named { id: String },
}

// `other` keeps a string enum's unknown values; a union cannot have it.
#[derive(Builder)]
#[payment(untagged)]
pub enum Loose {
    Flag(bool),
    #[payment(other)]
    Unknown,
}

// Tagged and untagged at once; `content` without `tag`.
#[derive(Builder)]
#[payment(tag = "type", untagged)]
pub enum Both {
    A(Details),
}

#[derive(Builder)]
#[payment(content = "data", untagged)]
pub enum Adjacent {
    A(Details),
}

// Two variants with one wire name.
#[derive(Builder)]
#[payment(tag = "type", rename_all = "lowercase")]
pub enum Twice {
    Card(Details),
    #[payment(rename = "card")]
    Other(Details),
}

fn main() {}
