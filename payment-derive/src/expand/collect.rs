//! Reading untrusted JSON: `CollectStruct` (`Collect` follows from it in `payment_core`), and serde's
//! `Deserialize` on top of it, so plain `serde_json` can never produce an invalid value either.
//!
//! What is emitted is a table, not a reader: the wire names, a `match` from a name's index to the slot
//! of the builder's values it fills (and how: by the type's own `Collect`, from a string, required or
//! not), the fields' runtime rules, and `into_struct()` to finish. The loop over the object's keys,
//! duplicates, absent fields and the all-or-nothing result live once in `payment_core::wire`, so each
//! user crate does not type-check and borrow-check a reader per struct.

use proc_macro2::TokenStream;
use quote::quote;

use super::rules::{check_body, rule_bounds};
use super::{default_bounds, generic_bounds, self_bound, where_clause, with_lifetime};
use crate::ast::{Field, Form, Kind, Read, Struct};

pub(super) fn expand(s: &Struct<'_>) -> TokenStream {
    let ident = s.ident;
    let (impl_g, ty_g, _) = s.generics.split_for_impl();
    let name = ident.to_string();
    let article = if name.starts_with(['A', 'E', 'I', 'O', 'U']) { "an" } else { "a" };
    let expecting = format!("{article} {name} object");

    let collect_where = where_clause(s.generics, &bounds(s));
    let keyed: Vec<&Field<'_>> = s.keyed().collect();
    let flattened: Vec<&Field<'_>> = s.flattened().collect();
    let names = keyed.iter().map(|f| &f.wire);
    let slots = keyed.iter().enumerate().map(|(i, f)| {
        let member = f.ident;
        let presence = match f.kind() {
            Kind::Required => quote!(Required),
            Kind::Optional => quote!(Optional),
            Kind::Default(_) => quote!(Default),
        };
        let presence = quote!(::payment_core::__private::Presence::#presence);
        let slot = |how| quote!(#i => ::core::option::Option::Some(::payment_core::__private::Slot::#how),);
        match &f.read {
            Read::Collect if f.form == Form::Stringly => slot(quote!(Text(#presence, &mut values.#member))),
            Read::Collect => slot(quote!(Value(#presence, &mut values.#member))),
            Read::Serde | Read::With(_) => {
                let ty = f.ty;
                let read = match &f.read {
                    Read::With(path) => quote!(#path),
                    _ => quote!(<#ty as ::payment_core::__private::serde::Deserialize>::deserialize),
                };
                // The field as declared (`Option<T>` too, as serde's `with` functions read it).
                let value = quote!(::payment_core::__private::read_buffered::<#ty>(b, c, |d| #read(d)));
                let value = if f.optional { quote!(#value.flatten()) } else { value };
                quote!(#i => {
                    let place = &mut values.#member;
                    ::core::option::Option::Some(::payment_core::__private::Slot::Buffered(
                        #presence,
                        ::std::boxed::Box::new(move |b, c| *place = #value),
                    ))
                })
            }
        }
    });
    let flat = (!flattened.is_empty()).then(|| {
        let keys = flattened.iter().map(|f| f.flat_keys());
        let arms = flattened.iter().enumerate().map(|(i, f)| {
            let partial = f.partial_ident();
            quote!(#i => ::core::option::Option::Some(&mut values.#partial),)
        });
        quote! {
            const FLAT: &'static [&'static [&'static str]] = &[#(#keys),*];

            #[inline]
            fn flat<'__a, 'de, __A: ::payment_core::__private::serde::de::MapAccess<'de>>(
                values: &'__a mut Self::Values,
                i: usize,
            ) -> ::core::option::Option<&'__a mut dyn ::payment_core::__private::ReadFlat<'de, __A>> {
                match i {
                    #(#arms)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    });
    let settle = settle(s);
    let struct_check = s.check.as_ref().map(|check| {
        quote! {
            #[inline]
            fn check(value: &Self, c: &mut ::payment_core::__private::Collector) {
                if let ::core::result::Result::Err(e) = #check(value) {
                    c.field_error(e);
                }
            }
        }
    });
    let values_ty = s.values_ty();
    // A boxed builder's values are written out rather than taken from `builder()`, which would allocate.
    let start_values =
        if s.box_values { super::shape::start_values(s) } else { quote!(Self::builder().__values) };
    let de_generics = with_lifetime(s.generics, "'de");
    let (de_impl_g, _, _) = de_generics.split_for_impl();
    let de_where = where_clause(s.generics, &[self_bound(s, quote!(::payment_core::__private::Collect))]);
    quote! {
        #[doc(hidden)]
        impl #impl_g ::payment_core::__private::CollectStruct for #ident #ty_g #collect_where {
            const EXPECTING: &'static str = #expecting;
            const NAMES: &'static [&'static str] = &[#(#names),*];
            type Values = #values_ty;

            #[inline]
            fn values() -> Self::Values {
                #start_values
            }

            #[inline]
            fn slot<'__a, 'de, __A: ::payment_core::__private::serde::de::MapAccess<'de>>(
                values: &'__a mut Self::Values,
                i: usize,
            ) -> ::core::option::Option<::payment_core::__private::Slot<'__a, 'de, __A>> {
                match i {
                    #(#slots)*
                    _ => ::core::option::Option::None,
                }
            }

            #flat
            #settle

            #[inline]
            fn finish(values: Self::Values) -> ::core::option::Option<Self> {
                values.into_struct()
            }

            #struct_check
        }

        impl #de_impl_g ::payment_core::__private::serde::Deserialize<'de> for #ident #ty_g #de_where {
            #[inline]
            fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(de: __D) -> ::core::result::Result<Self, __D::Error> {
                ::payment_core::__private::deserialize_collected(de)
            }
        }
    }
}

/// The bounds a generic struct's field types need to be read (and its defaults to be made).
fn bounds(s: &Struct<'_>) -> Vec<TokenStream> {
    let mut bounds = Vec::new();
    for f in &s.fields {
        bounds.extend(match f.form {
            Form::Flattened => {
                let form = f.flat_form();
                generic_bounds(s, [(f.inner, quote!(::payment_core::__private::Flatten<#form>))])
            }
            Form::Stringly => generic_bounds(s, [(f.inner, quote!(::core::str::FromStr))]),
            _ if f.skip => Vec::new(),
            Form::SerializeWith | Form::Plain => match &f.read {
                Read::With(_) => Vec::new(),
                Read::Serde => generic_bounds(
                    s,
                    [(f.ty, quote!(::payment_core::__private::serde::de::DeserializeOwned))],
                ),
                Read::Collect if f.optional => {
                    generic_bounds(s, [(f.inner, quote!(::payment_core::__private::Collect))])
                }
                Read::Collect => generic_bounds(s, [(f.ty, quote!(::payment_core::__private::Collect))]),
            },
        });
        bounds.extend(rule_bounds(s, f));
    }
    bounds.extend(default_bounds(s));
    bounds
}

/// `settle()`, if the struct has flattened fields or runtime rules: completes the flattened fields and
/// checks each rule on the value read, with the field's key on the path.
fn settle(s: &Struct<'_>) -> Option<TokenStream> {
    let mut stmts = Vec::new();
    for f in &s.fields {
        let member = f.ident;
        if f.form == Form::Flattened {
            let partial = f.partial_ident();
            let (keys, optional) = (f.flat_keys(), f.optional);
            stmts.push(quote!(::payment_core::__private::settle_flat(
                &mut values.#member, &mut values.#partial, #keys, #optional, c
            );));
        }
        if let Some(body) = check_body(f) {
            let (key, ty) = (&f.wire, f.ty);
            let value = if f.optional {
                quote!(::core::option::Option::Some(&values.#member))
            } else {
                quote!(values.#member.as_ref())
            };
            stmts.push(quote! {
                ::payment_core::__private::check_at(#value, #key, c, |v: &#ty, c: &mut ::payment_core::__private::Collector| { #body });
            });
        }
    }
    (!stmts.is_empty()).then(|| {
        quote! {
            #[inline]
            fn settle(values: &mut Self::Values, c: &mut ::payment_core::__private::Collector) {
                #(#stmts)*
            }
        }
    })
}
