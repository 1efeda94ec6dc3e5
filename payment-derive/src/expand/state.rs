//! The hidden module of per-field marker traits that turn a missing or repeated setter call into a
//! plain-words compile error.
//!
//! For each required field `number` of `Card`:
//! - `number_is_set`, implemented for `Set` only, bounds `build()` (one bound per field on its own
//!   `where` clause, so each missing field is its own error at the `.build()` call);
//! - `number_is_unset`, implemented for `Unset` only, bounds the setter (set twice).
//!
//! `_is_set` is sealed: its supertrait `__private::IsSet` is implemented by payment-core for `Set` only,
//! and the orphan rule keeps any other crate from adding an impl, so no code can declare a missing field
//! set (which `build()` would then find empty). `_is_unset` is not: an impl for `Set` would only let a
//! field be set twice (the second value wins), and sealing it too measured another 0.35 % of rustc
//! instructions on the payment suite.

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
        let note = f.hint.as_ref().map(|hint| quote!(, note = #hint));
        quote! {
            #[diagnostic::on_unimplemented(message = #missing, label = #call #note)]
            pub trait #set: ::payment_core::__private::IsSet {}
            impl #set for ::payment_core::builder::Set {}
            #[diagnostic::on_unimplemented(message = #twice, label = #called #note)]
            pub trait #unset {}
            impl #unset for ::payment_core::builder::Unset {}
        }
    });
    // A nested field's closure setter takes `impl <field>_closure<Builder, R>`, a closure by its `FnOnce`
    // supertrait (so the closure's argument type is still inferred), whose error names the `_value`
    // setter when a built value is passed instead.
    let closures = s.fields.iter().filter(|f| f.nested).map(|f| {
        let name = f.closure_trait();
        let value_fn = format!("{}_value", f.ident);
        let message = format!("`.{}(..)` takes a closure that fills the field's builder, not `{{Self}}`", f.ident);
        let label = format!("expected a closure such as `|b| b.field(..)`; for a value built beforehand call `.{value_fn}(..)`");
        let note = format!("to set a `{}` you already have, call `.{value_fn}(value)` instead", crate::check::type_name(f.inner));
        quote! {
            #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
            pub trait #name<B, R>: ::core::ops::FnOnce(B) -> R {}
            #[diagnostic::do_not_recommend]
            impl<B, R, F: ::core::ops::FnOnce(B) -> R> #name<B, R> for F {}
        }
    });
    // The module and its traits are hidden and carry no docs: rustdoc never shows them, and rustc would
    // still intern, check and encode every line (0.2 % of the payment suite's rustc instructions).
    // Type-state markers of the builder: which required fields are set.
    quote! {
        #[doc(hidden)]
        #[allow(non_camel_case_types, unreachable_pub)]
        #vis mod #module {
            #(#traits)*
            #(#closures)*
        }
    }
}
