//! `serde::Serialize` in the wire format: one call to `wire::write_struct` with the struct's entries in
//! field order (JSON keys, `None` options left out, `string` fields as their `Display` text, `flatten`
//! fields writing their own keys). The writing itself lives once in `payment_core::wire`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{generic_bounds, where_clause};
use crate::ast::{Form, Struct};

pub(super) fn expand(s: &Struct<'_>) -> TokenStream {
    let ident = s.ident;
    let (impl_g, ty_g, _) = s.generics.split_for_impl();
    let serde = quote!(::payment_core::__private::serde);
    let rt = quote!(::payment_core::__private);
    let bounds = generic_bounds(
        s,
        s.fields.iter().map(|f| match f.form {
            Form::Flattened => (f.ty, quote!(#rt::Flatten)),
            Form::Stringly => (f.inner, quote!(::core::fmt::Display)),
            Form::SerializeWith => (f.inner, quote!(::core::marker::Sized)),
            Form::Plain => (f.inner, quote!(#serde::Serialize)),
        }),
    );
    let where_ = where_clause(s.generics, &bounds);
    let entries = s.fields.iter().map(|f| {
        let member = f.ident;
        let wire_name = &f.wire;
        let entry = if f.form == Form::Flattened {
            quote!(#rt::Entry::Flat(&self.#member))
        } else if let Some(with) = &f.attrs.serialize_with {
            let with: &syn::Path = with;
            let ty = f.ty;
            let call = if f.optional {
                quote!(match self.0 {
                    ::core::option::Option::Some(v) => #with(v, serializer),
                    ::core::option::Option::None => #serde::Serializer::serialize_none(serializer),
                })
            } else {
                quote!(#with(self.0, serializer))
            };
            // A local adapter: `with` is generic over the serializer, so it cannot be stored as a
            // function pointer in a runtime type.
            let adapter = quote!(&{
                struct __SerializeWith<'__a>(&'__a #ty);
                impl #serde::Serialize for __SerializeWith<'_> {
                    fn serialize<__S2: #serde::Serializer>(
                        &self,
                        serializer: __S2,
                    ) -> ::core::result::Result<__S2::Ok, __S2::Error> {
                        #call
                    }
                }
                __SerializeWith(&self.#member)
            });
            if f.optional {
                quote!(#rt::Entry::when(self.#member.is_some(), #adapter))
            } else {
                quote!(#rt::Entry::Value(#adapter))
            }
        } else {
            match (f.form == Form::Stringly, f.optional) {
                (false, false) => quote!(#rt::Entry::Value(&self.#member)),
                (false, true) => quote!(#rt::Entry::optional(&self.#member)),
                (true, false) => quote!(#rt::Entry::Text(&self.#member)),
                (true, true) => quote!(#rt::Entry::optional_text(&self.#member)),
            }
        };
        quote!((#wire_name, #entry),)
    });
    quote! {
        impl #impl_g #serde::Serialize for #ident #ty_g #where_ {
            fn serialize<__S: #serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                #rt::write_struct(serializer, &[#(#entries)*])
            }
        }
    }
}
