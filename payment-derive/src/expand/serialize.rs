//! `serde::Serialize` in the wire format: JSON keys, `None` options left out, `string` fields through
//! `wire::AsString`, `flatten` fields through `Flatten::serialize_entries` (the struct is then written as
//! a map, since its number of keys is not known here).

use proc_macro2::TokenStream;
use quote::quote;

use super::{generic_bounds, where_clause};
use crate::ast::Struct;

pub(super) fn expand(s: &Struct<'_>) -> TokenStream {
    let ident = s.ident;
    let (impl_g, ty_g, _) = s.generics.split_for_impl();
    let serde = quote!(::payment_core::__private::serde);
    let as_map = s.flattened().next().is_some();
    let bounds = generic_bounds(
        s,
        s.fields.iter().map(|f| {
            if f.attrs.flatten.is_present() {
                (f.ty, quote!(::payment_core::wire::Flatten))
            } else if f.attrs.string.is_present() {
                (f.inner, quote!(::core::fmt::Display))
            } else if f.attrs.serialize_with.is_some() {
                (f.inner, quote!(::core::marker::Sized))
            } else {
                (f.ty, quote!(#serde::Serialize))
            }
        }),
    );
    let where_ = where_clause(s.generics, &bounds);
    let (begin, write, skip, end) = if as_map {
        (
            quote!(#serde::Serializer::serialize_map(serializer, ::core::option::Option::None)?),
            quote!(#serde::ser::SerializeMap::serialize_entry),
            None,
            quote!(#serde::ser::SerializeMap::end(state)),
        )
    } else {
        let name = ident.to_string();
        let always = s.fields.iter().filter(|f| !f.optional).count();
        let optional = s.fields.iter().filter(|f| f.optional).map(|f| {
            let m = f.ident;
            quote!(+ usize::from(self.#m.is_some()))
        });
        (
            quote!(#serde::Serializer::serialize_struct(serializer, #name, #always #(#optional)*)?),
            quote!(#serde::ser::SerializeStruct::serialize_field),
            Some(quote!(#serde::ser::SerializeStruct::skip_field)),
            quote!(#serde::ser::SerializeStruct::end(state)),
        )
    };
    let entries = s.fields.iter().map(|f| {
        let member = f.ident;
        let wire = &f.wire;
        if f.attrs.flatten.is_present() {
            return quote!(::payment_core::wire::Flatten::serialize_entries(&self.#member, &mut state)?;);
        }
        let value = |v: TokenStream| {
            if let Some(with) = &f.attrs.serialize_with {
                let with: &syn::Path = with;
                let ty = f.inner;
                // A local adapter: `with` is generic over the serializer, so it cannot be stored as a
                // function pointer in a runtime type.
                quote!(&{
                    struct __SerializeWith<'__a>(&'__a #ty);
                    impl #serde::Serialize for __SerializeWith<'_> {
                        fn serialize<__S2: #serde::Serializer>(
                            &self,
                            serializer: __S2,
                        ) -> ::core::result::Result<__S2::Ok, __S2::Error> {
                            #with(self.0, serializer)
                        }
                    }
                    __SerializeWith(#v)
                })
            } else if f.attrs.string.is_present() {
                quote!(&::payment_core::wire::AsString(#v))
            } else {
                v
            }
        };
        if f.optional {
            let v = value(quote!(v));
            let skip = skip.as_ref().map(|skip| quote!(else { #skip(&mut state, #wire)?; }));
            quote! {
                if let ::core::option::Option::Some(v) = &self.#member {
                    #write(&mut state, #wire, #v)?;
                } #skip
            }
        } else {
            let v = value(quote!(&self.#member));
            quote!(#write(&mut state, #wire, #v)?;)
        }
    });
    quote! {
        impl #impl_g #serde::Serialize for #ident #ty_g #where_ {
            fn serialize<__S: #serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                #[allow(unused_mut)]
                let mut state = #begin;
                #(#entries)*
                #end
            }
        }
    }
}
