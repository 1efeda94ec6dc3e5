//! The struct's own inherent impl: `T::builder()`, `T::from_json()` and a getter per private field
//! (validated fields are private, so reading them goes through these).

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, self_bound, shape, where_clause};
use crate::ast::Struct;

/// The docs of `T::from_json`, one attribute (see `docs::one_attr`).
const FROM_JSON_DOC: &str = " Parses untrusted JSON, checking every field.

 Returns the value only if every field is present (or optional) and valid; otherwise the
 report lists **every** invalid, missing or mistyped field with its path in JSON keys
 (`card.expiry_month`), never the rejected value.";

pub(super) fn expand(s: &Struct<'_>) -> TokenStream {
    let vis = s.vis;
    let ident = s.ident;
    let builder_ty = s.builder_ident();
    let (impl_g, ty_g, _) = s.generics.split_for_impl();
    let own_where = where_clause(s.generics, &[]);
    let start = shape::start(s);
    let (_, builder_args, _) = s.generics.split_for_impl();
    let builder_doc = format!(
        " Starts a [`{builder_ty}`]: set every required field, then call `.build()`. A missing field is a \
         compile error that names it."
    );
    let collect_bound = self_bound(s, quote!(::payment_core::wire::Collect));
    let from_json_where = (!collect_bound.is_empty()).then(|| quote!(where #collect_bound));
    let getters = s.fields.iter().filter(|f| matches!(f.original.vis, syn::Visibility::Inherited)).map(|f| {
        let member = f.ident;
        let docs = docs::getter(f);
        let (ty, body) = if f.optional {
            let inner = f.inner;
            (quote!(::core::option::Option<&#inner>), quote!(self.#member.as_ref()))
        } else {
            let ty = f.ty;
            (quote!(&#ty), quote!(&self.#member))
        };
        quote! {
            #docs
            #[inline]
            #vis fn #member(&self) -> #ty {
                #body
            }
        }
    });
    let from_json_doc = FROM_JSON_DOC;
    quote! {
        impl #impl_g #ident #ty_g #own_where {
            #[doc = #builder_doc]
            #[inline]
            #vis fn builder() -> #builder_ty #builder_args {
                #start
            }

            #[doc = #from_json_doc]
            #[inline]
            #vis fn from_json(json: &str) -> ::core::result::Result<Self, ::payment_core::wire::ValidationReport>
            #from_json_where
            {
                ::payment_core::__private::from_json(json)
            }

            #(#getters)*
        }
    }
}
