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
// mod literal;

/// Derives a type-state builder, validators and the wire format for a struct with named fields.
#[proc_macro_derive(Builder, attributes(payment))]
pub fn derive_builder(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(input).into()
}
