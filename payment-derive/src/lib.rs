//! # payment-derive
//!
//! Procedural macros of `payment-core`: `#[derive(Builder)]` and the compile-time checked literal macros.
//! Use them through `payment-core`, which re-exports them.

use proc_macro::TokenStream;

// The derive, one stage per file: ast (typed view of the input), attr (darling schemas), ctxt (error
// collector), check (cross-attribute rules), expand/ (code generation).
mod ast;
mod attr;
mod check;
mod ctxt;
mod expand;

// The literal macros: parse a literal, check it with `payment-rules`, emit the constant or a spanned
// `compile_error!`.
mod literal;

/// Derives a type-state builder, validators and the wire format for a struct with named fields.
#[proc_macro_derive(Builder, attributes(payment))]
pub fn derive_builder(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(input).into()
}

/// Declares the literal macros: each checks its literal with `payment-rules` at expansion time.
macro_rules! literal_macros {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[proc_macro]
        pub fn $name(input: TokenStream) -> TokenStream {
            literal::$name(input.into()).into()
        }
    )*};
}

literal_macros! {
    /// `currency!("JPY")`: a `payment_core::Currency` checked at compile time (active ISO 4217 code with a
    /// minor unit; `JPX` fails with "did you mean `JPY`?").
    currency;
    /// `country!("JP")`: a `payment_core::Country` checked at compile time (assigned ISO 3166-1 alpha-2).
    country;
    /// `expiry!("12/30")`: a `payment_core::Expiry` checked at compile time (`MM/YY` or `MM/YYYY`).
    expiry;
    /// `ip!("127.0.0.1")`: a `std::net::IpAddr` checked at compile time (IPv4 or IPv6).
    ip;
    /// `card_number!("5200 0000 0000 1005")`: a `payment_core::CardNumber` checked at compile time (12-19
    /// digits, Luhn, scheme length). Errors never echo the digits.
    card_number;
    /// `cvc!("100")`: a `payment_core::Cvc` checked at compile time (3 or 4 digits).
    cvc;
    /// `amount!(1000)`: a `payment_core::Amount` checked at compile time (a positive integer literal).
    amount;
    /// `email!("billing@testemail.com")`: a `payment_core::Email` checked at compile time.
    email;
    /// `url!("http://www.successurl.com/")`: a `payment_core::Url` checked at compile time (absolute http(s)).
    url;
    /// `phone!("8112345678")`: a `payment_core::Phone` checked at compile time (4 to 15 digits).
    phone;
}
