//! `serde::Serialize` in the wire format: one call to `wire::write_struct` with the struct's entries in
//! field order (JSON keys, `None` options left out, `string` fields as their `Display` text, `flatten`
//! fields writing their own keys; `string` fields of `u8` to `u64` as digits written by hand). The writing
//! itself lives once in `payment_core::wire`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{generic_bounds, where_clause};
use crate::ast::{Form, Struct};

pub(super) fn expand(s: &Struct<'_>) -> TokenStream {
    let ident = s.ident;
    let (impl_g, ty_g, _) = s.generics.split_for_impl();
    let bounds = generic_bounds(
        s,
        s.fields.iter().filter(|f| !f.skip).map(|f| match f.form {
            Form::Flattened => {
                let form = f.flat_form();
                (f.inner, quote!(::payment_core::__private::Flatten<#form>))
            }
            Form::Stringly => (f.inner, quote!(::core::fmt::Display)),
            Form::SerializeWith => (f.ty, quote!(::core::marker::Sized)),
            Form::Plain => (f.inner, quote!(::payment_core::__private::serde::Serialize)),
        }),
    );
    let where_ = where_clause(s.generics, &bounds);
    let entries = s.fields.iter().filter(|f| !f.skip).map(|f| {
        let member = f.ident;
        let wire_name = &f.wire;
        let entry = if f.form == Form::Flattened {
            let (inner, form, keys) = (f.inner, f.flat_form(), f.flat_keys());
            let value = if f.optional {
                quote!(::core::option::Option::as_ref(&self.#member))
            } else {
                quote!(::core::option::Option::Some(&self.#member))
            };
            quote!(::payment_core::__private::Entry::Flat(
                &::payment_core::__private::FlatEntry::<#inner, #form>::new(#value, #keys)
            ))
        } else if let Some(with) = &f.serialize_with {
            let ty = f.ty;
            // serde's meaning: the function gets the field as declared (`&Option<T>` for an `Option`,
            // as `time::serde::rfc3339::option` expects); a `None` is left out before it is called.
            let call = quote!(#with(self.0, serializer));
            // A local adapter: `with` is generic over the serializer, so it cannot be stored as a
            // function pointer in a runtime type.
            let adapter = quote!(&{
                struct __SerializeWith<'__a>(&'__a #ty);
                impl ::payment_core::__private::serde::Serialize for __SerializeWith<'_> {
                    fn serialize<__S2: ::payment_core::__private::serde::Serializer>(
                        &self,
                        serializer: __S2,
                    ) -> ::core::result::Result<__S2::Ok, __S2::Error> {
                        #call
                    }
                }
                __SerializeWith(&self.#member)
            });
            if f.optional {
                quote!(::payment_core::__private::Entry::when(self.#member.is_some(), #adapter))
            } else {
                quote!(::payment_core::__private::Entry::Value(#adapter))
            }
        } else if crate::ast::type_is(f.inner, "Date") || crate::ast::type_is(f.inner, "OffsetDateTime") {
            // `YYYY-MM-DD` / RFC 3339, whatever features of `time` a build turned on.
            by_ref(f, quote!(Time))
        } else if crate::ast::type_is(f.inner, "HashMap") {
            // Written sorted by key, so the same map is the same bytes in every run.
            by_ref(f, quote!(Sorted))
        } else {
            let decimal = f.form == Form::Stringly && is_unsigned_integer(f.inner);
            match (f.form == Form::Stringly, decimal, f.optional) {
                (false, _, false) => quote!(::payment_core::__private::Entry::Value(&self.#member)),
                (false, _, true) => quote!(::payment_core::__private::Entry::optional(&self.#member)),
                (true, true, false) => quote!(::payment_core::__private::Entry::Decimal(
                    ::core::convert::From::from(self.#member)
                )),
                (true, true, true) => {
                    quote!(::payment_core::__private::Entry::optional_decimal(&self.#member))
                }
                (true, false, false) => quote!(::payment_core::__private::Entry::Text(&self.#member)),
                (true, false, true) => quote!(::payment_core::__private::Entry::optional_text(&self.#member)),
            }
        };
        let entry = match &f.skip_serializing_if {
            Some(skip) => quote! {
                if #skip(&self.#member) { ::payment_core::__private::Entry::Absent } else { #entry }
            },
            None => entry,
        };
        quote!((#wire_name, #entry),)
    });
    quote! {
        impl #impl_g ::payment_core::__private::serde::Serialize for #ident #ty_g #where_ {
            fn serialize<__S: ::payment_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                ::payment_core::__private::write_struct(serializer, &[#(#entries)*])
            }
        }
    }
}

/// Whether `ty` is written as `u8`, `u16`, `u32` or `u64`: such a `string` field is written by
/// `Entry::Decimal`, digits by hand, instead of through `Display`. Recognized by name, as a derive can
/// only: a type alias of one is written through `Display`, to the same text.
fn is_unsigned_integer(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => {
            p.path.get_ident().is_some_and(|i| ["u8", "u16", "u32", "u64"].iter().any(|n| i == n))
        }
        _ => false,
    }
}

/// `Entry::<variant>(&self.field)`, or for an `Option` the value's reference, `Absent` for `None`.
fn by_ref(f: &crate::ast::Field<'_>, variant: TokenStream) -> TokenStream {
    let member = f.ident;
    if f.optional {
        quote!(match &self.#member {
            ::core::option::Option::Some(v) => ::payment_core::__private::Entry::#variant(v),
            ::core::option::Option::None => ::payment_core::__private::Entry::Absent,
        })
    } else {
        quote!(::payment_core::__private::Entry::#variant(&self.#member))
    }
}
