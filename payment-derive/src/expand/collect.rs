//! Reading untrusted JSON: `CollectStruct` (the map visitor body that records every problem), `Collect`
//! through `wire::collect_struct`, and serde's `Deserialize` on top of it, so plain `serde_json` can never
//! produce an invalid value either.
//!
//! The body reads each key once into an `Option<Option<T>>` slot (`None`: not seen; `Some(None)`: seen
//! and invalid), skips unknown keys, then settles absent fields, flattened fields and runtime rules, and
//! builds the struct only if every field came out valid.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::validate::{check_body, rule_bounds};
use super::{generic_bounds, self_bound, where_clause, with_lifetime};
use crate::ast::{Field, Kind, Struct};

pub(super) fn expand(s: &Struct<'_>) -> TokenStream {
    let ident = s.ident;
    let serde = quote!(::payment_core::__private::serde);
    let wire = quote!(::payment_core::wire);
    let (impl_g, ty_g, _) = s.generics.split_for_impl();
    let name = ident.to_string();
    let article = if name.starts_with(['A', 'E', 'I', 'O', 'U']) { "an" } else { "a" };
    let expecting = format!("{article} {name} object");

    let mut bounds = Vec::new();
    for f in &s.fields {
        bounds.extend(if f.attrs.flatten.is_present() {
            generic_bounds(s, [(f.ty, quote!(#wire::Flatten))])
        } else if f.attrs.string.is_present() {
            generic_bounds(s, [(f.inner, quote!(::core::str::FromStr))])
        } else {
            generic_bounds(s, [(f.ty, quote!(#wire::Collect))])
        });
        bounds.extend(rule_bounds(s, f));
    }
    let collect_where = where_clause(s.generics, &bounds);
    let body = collect_map(s);
    let own_where = where_clause(s.generics, &[self_bound(s, quote!(#wire::CollectStruct))]);
    let de_generics = with_lifetime(s.generics, "'de");
    let (de_impl_g, _, _) = de_generics.split_for_impl();
    let de_where = where_clause(s.generics, &[self_bound(s, quote!(#wire::Collect))]);
    quote! {
        impl #impl_g #wire::CollectStruct for #ident #ty_g #collect_where {
            const EXPECTING: &'static str = #expecting;

            fn collect_map<'de, __A: #serde::de::MapAccess<'de>>(
                mut map: __A,
                c: &mut #wire::Collector,
            ) -> ::core::result::Result<::core::option::Option<Self>, __A::Error> {
                #body
            }
        }

        impl #impl_g #wire::Collect for #ident #ty_g #own_where {
            #[inline]
            fn collect<'de, __D: #serde::Deserializer<'de>>(
                de: __D,
                c: &mut #wire::Collector,
            ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
                #wire::collect_struct(de, c)
            }
        }

        impl #de_impl_g #serde::Deserialize<'de> for #ident #ty_g #de_where {
            #[inline]
            fn deserialize<__D: #serde::Deserializer<'de>>(de: __D) -> ::core::result::Result<Self, __D::Error> {
                #wire::deserialize_collected(de)
            }
        }
    }
}

/// The type a field is read as: the field's own type, or `FromString<_>` for `string` fields.
fn read_ty(f: &Field<'_>) -> TokenStream {
    let inner = f.inner;
    match (f.attrs.string.is_present(), f.optional) {
        (false, _) => {
            let ty = f.ty;
            quote!(#ty)
        }
        (true, false) => quote!(::payment_core::wire::FromString<#inner>),
        (true, true) => quote!(::core::option::Option<::payment_core::wire::FromString<#inner>>),
    }
}

fn slot(f: &Field<'_>) -> Ident {
    format_ident!("__{}", f.name)
}

fn collect_map(s: &Struct<'_>) -> TokenStream {
    let wire = quote!(::payment_core::wire);
    let keyed: Vec<&Field<'_>> = s.keyed().collect();
    let flattened: Vec<&Field<'_>> = s.flattened().collect();
    let names = keyed.iter().map(|f| &f.wire);
    let flat_keys = flattened.iter().map(|f| {
        let ty = f.ty;
        quote!(<#ty as #wire::Flatten>::KEYS)
    });

    let declare = s.fields.iter().map(|f| {
        let slot = slot(f);
        if f.attrs.flatten.is_present() {
            let ty = f.ty;
            quote!(let mut #slot = <<#ty as #wire::Flatten>::Partial as ::core::default::Default>::default();)
        } else {
            let ty = read_ty(f);
            quote!(let mut #slot: ::core::option::Option<::core::option::Option<#ty>> = ::core::option::Option::None;)
        }
    });
    let read_keyed = keyed.iter().enumerate().map(|(i, f)| {
        let slot = slot(f);
        let key = &f.wire;
        quote!(#wire::Key::Field(#i) => #wire::read_field(&mut map, &mut #slot, #key, c),)
    });
    let read_flat = flattened.iter().enumerate().map(|(i, f)| {
        let slot = slot(f);
        let ty = f.ty;
        quote!(#wire::Key::Flat(#i, j) => #wire::read_flat::<#ty, _>(&mut #slot, j, &mut map, c),)
    });
    let settle = s.fields.iter().map(|f| {
        let slot = slot(f);
        let key = &f.wire;
        let value = if f.attrs.flatten.is_present() {
            let ty = f.ty;
            quote!(<#ty as #wire::Flatten>::finish(#slot, c))
        } else {
            match f.kind() {
                Kind::Default(Some(expr)) => quote!(#wire::present_or_default(#slot, || #expr)),
                Kind::Default(None) => quote!(#wire::present_or_default(#slot, ::core::default::Default::default)),
                Kind::Required | Kind::Optional => quote!(#wire::present_or_absent(#slot, #key, c)),
            }
        };
        let value = match (f.attrs.string.is_present(), f.optional) {
            (false, _) => value,
            (true, false) => quote!(#value.map(#wire::FromString::into_inner)),
            (true, true) => quote!(#value.map(|v| v.map(#wire::FromString::into_inner))),
        };
        let checked = match check_body(f) {
            Some(body) => {
                let ty = f.ty;
                quote!(let #slot = #wire::check_field(#slot, #key, c, |v: &#ty, c: &mut #wire::Collector| { #body });)
            }
            None => TokenStream::new(),
        };
        quote! {
            let #slot = #value;
            #checked
        }
    });
    let slots: Vec<Ident> = s.fields.iter().map(slot).collect();
    let members = s.fields.iter().map(|f| f.ident);
    // Every problem has been recorded by now; a field still `None` means one was. Sequential `let`s keep
    // the control flow flat (an n-tuple `match` costs the borrow checker more).
    let construct = quote! {
        #(let ::core::option::Option::Some(#slots) = #slots else { return ::core::result::Result::Ok(::core::option::Option::None) };)*
        ::core::result::Result::Ok(::core::option::Option::Some(Self { #(#members: #slots,)* }))
    };
    quote! {
        const NAMES: &[&str] = &[#(#names),*];
        #(#declare)*
        while let ::core::option::Option::Some(key) = ::payment_core::__private::serde::de::MapAccess::next_key_seed(
            &mut map,
            #wire::KeySeed::new(NAMES, const { &[#(#flat_keys),*] }),
        )? {
            // One `?` for the whole match rather than one per arm.
            match key {
                #(#read_keyed)*
                #(#read_flat)*
                _ => #wire::skip_value(&mut map),
            }?;
        }
        #(#settle)*
        #construct
    }
}
