//! The hidden module of per-field marker traits that turn a missing or repeated setter call into a
//! plain-words compile error.
//!
//! For each required field `number` of `Card`:
//! - `number_is_set`, implemented for `Set` only, bounds `build()` (one bound per field on its own
//!   `where` clause, so each missing field is its own error at the `.build()` call);
//! - `number_is_unset`, implemented for `Unset` only, bounds the setter (set twice).

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Struct;

pub(super) fn expand(s: &Struct<'_>) -> TokenStream {
    let vis = s.vis;
    let module = s.state_mod();
    let builder = s.builder_ident();
    let traits = s.required().map(|f| {
        let set = f.set_trait();
        let unset = f.unset_trait();
        let missing = format!("`{builder}::build()` is missing required field `{}`", f.name);
        let call = format!("call `.{}(..)` before this", f.ident);
        let twice = format!("field `{}` of `{builder}` is already set", f.name);
        let called = format!("`.{}(..)` was already called on this builder", f.ident);
        let set_doc = format!("Implemented once field `{}` is set.", f.name);
        let unset_doc = format!("Implemented while field `{}` is not set.", f.name);
        quote! {
            #[doc = #set_doc]
            #[diagnostic::on_unimplemented(message = #missing, label = #call)]
            pub trait #set {}
            impl #set for ::payment_core::builder::Set {}
            #[doc = #unset_doc]
            #[diagnostic::on_unimplemented(message = #twice, label = #called)]
            pub trait #unset {}
            impl #unset for ::payment_core::builder::Unset {}
        }
    });
    let doc = format!("Type-state markers of `{builder}`: which required fields are set.");
    quote! {
        #[doc = #doc]
        #[doc(hidden)]
        #[allow(non_camel_case_types, unreachable_pub)]
        #vis mod #module {
            #(#traits)*
        }
    }
}
