//! The same foreign `Url`, imported under the built-in's name: a derive cannot resolve names, so the
//! generated code proves the type and the error says what to write.
use payment_core::Builder;
use url::Url;

#[derive(Builder)]
pub struct Link {
    #[payment(url)]
    target: Url,
}

fn main() {}
