//! The length a derived `Serialize` announces for its map is exact: absent optional fields are not
//! counted, and a flattened field (which writes its own keys) makes it unknown. JSON ignores the hint;
//! formats that write the length first (MessagePack, CBOR) would be corrupt with a wrong one.

use payment_core::{Builder, Expiry, expiry};
use serde_test::{Token, assert_ser_tokens};

/// A required and an optional field.
#[derive(Builder, Debug, Clone, PartialEq)]
pub struct Note {
    label: String,
    remark: Option<String>,
}

/// A flattened field (`expiry_month`, `expiry_year`) next to a plain one.
#[derive(Builder, Debug, Clone, PartialEq)]
pub struct Dated {
    label: String,
    #[payment(flatten)]
    expiry: Expiry,
}

#[test]
fn absent_optional_fields_are_not_counted() {
    let full = Note::builder().label("a").remark("b").build();
    assert_ser_tokens(
        &full,
        &[
            Token::Map { len: Some(2) },
            Token::Str("label"),
            Token::Str("a"),
            Token::Str("remark"),
            Token::Str("b"),
            Token::MapEnd,
        ],
    );
    let bare = Note::builder().label("a").build();
    assert_ser_tokens(
        &bare,
        &[Token::Map { len: Some(1) }, Token::Str("label"), Token::Str("a"), Token::MapEnd],
    );
}

#[test]
fn a_flattened_field_makes_the_length_unknown() {
    let dated = Dated::builder().label("a").expiry(expiry!("12/30")).build();
    assert_ser_tokens(
        &dated,
        &[
            Token::Map { len: None },
            Token::Str("label"),
            Token::Str("a"),
            Token::Str("expiry_month"),
            Token::Str("12"),
            Token::Str("expiry_year"),
            Token::Str("30"),
            Token::MapEnd,
        ],
    );
}
