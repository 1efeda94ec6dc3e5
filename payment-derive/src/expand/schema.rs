//! `payment_core::schema::Schema` (`#[payment(schema)]`): the struct's JSON Schema from the same
//! attributes as its reader: wire names, required keys, each field type's own schema refined by its
//! rules (`length`, `range`, `text`, `string`), flattened fields' keys, and the rules a schema cannot
//! state (`custom`) named in the field's description.

use proc_macro2::TokenStream;
use quote::quote;

use super::{generic_bounds, where_clause};
use crate::ast::{Form, Kind, Read, Rule, Struct};

pub(super) fn expand(s: &Struct<'_>) -> TokenStream {
    if !s.schema {
        return TokenStream::new();
    }
    let ident = s.ident;
    let (impl_g, ty_g, _) = s.generics.split_for_impl();
    let bounds = generic_bounds(
        s,
        s.fields
            .iter()
            .filter(|f| !f.skip && f.schema_with.is_none() && matches!(f.read, Read::Collect))
            .map(|f| match f.form {
                Form::Flattened => {
                    let form = f.flat_form();
                    (f.inner, quote!(::payment_core::schema::FlatSchema<#form>))
                }
                _ => (f.inner, quote!(::payment_core::schema::Schema)),
            }),
    );
    let where_ = where_clause(s.generics, &bounds);
    let fields = s.fields.iter().filter(|f| !f.skip).map(|f| {
        let wire = &f.wire;
        if f.form == Form::Flattened {
            let (inner, form, keys, optional) = (f.inner, f.flat_form(), f.flat_keys(), f.optional);
            // Each key under the name it has here (by position), required only if the field is.
            return quote! {
                let keys: &[&'static str] = #keys;
                let flat = <#inner as ::payment_core::schema::FlatSchema<#form>>::properties();
                for (i, (key, schema, required)) in flat.into_iter().enumerate() {
                    let key = keys.get(i).copied().unwrap_or(key);
                    properties.push((key, schema));
                    if required && !#optional {
                        required_keys.push(key);
                    }
                }
            };
        }
        let base = match f.string_builtin() {
            Some(b) => b.type_path().parse().expect("a type path"),
            None => {
                let inner = f.inner;
                quote!(#inner)
            }
        };
        let schema = match (&f.schema_with, &f.read) {
            (Some(path), _) => quote!(#path()),
            // Read by serde: the derive cannot know the type's schema, so any value, described.
            (None, Read::Serde | Read::With(_)) => {
                let words =
                    "read by serde (`#[payment(serde)]`, `with` or `deserialize_with`): not stated here";
                quote!(::payment_core::__private::serde_json::json!({ "description": #words }))
            }
            (None, Read::Collect) => quote!(<#base as ::payment_core::schema::Schema>::schema()),
        };
        let mut field = quote!(::payment_core::__private::schema_build::Field(#schema));
        if f.form == Form::Stringly {
            field = quote!(#field.stringly());
        }
        field = refine(field, &f.rules);
        if f.optional {
            field = quote!(#field.nullable());
        }
        let required = matches!(f.kind(), Kind::Required).then(|| quote!(required_keys.push(#wire);));
        quote! {
            properties.push((#wire, #field.0));
            #required
        }
    });
    quote! {
        impl #impl_g ::payment_core::schema::Schema for #ident #ty_g #where_ {
            fn schema() -> ::payment_core::__private::serde_json::Value {
                let mut properties = ::std::vec::Vec::new();
                let mut required_keys: ::std::vec::Vec<&'static str> = ::std::vec::Vec::new();
                #(#fields)*
                ::payment_core::__private::schema_build::object(properties, required_keys)
            }
        }
    }
}

/// A field's schema (`field`, an expression of `build::Field`) refined by each of its rules.
fn refine(mut field: TokenStream, rules: &[Rule]) -> TokenStream {
    for rule in rules {
        field = match rule {
            Rule::Length(length) => {
                let opt = |e: &Option<syn::Expr>| match e {
                    Some(e) => quote!(::core::option::Option::Some((#e) as usize)),
                    None => quote!(::core::option::Option::None),
                };
                let (min, max) = (opt(&length.min), opt(&length.max));
                quote!(#field.length(#min, #max))
            }
            Rule::Range(range) => {
                let opt = |e: &Option<syn::Expr>| match e {
                    Some(e) => {
                        quote!(::core::option::Option::Some(::payment_core::__private::serde_json::json!(#e)))
                    }
                    None => quote!(::core::option::Option::None),
                };
                let (min, max) = (opt(&range.min), opt(&range.max));
                quote!(#field.range(#min, #max))
            }
            Rule::Text => quote!(#field.text()),
            Rule::Custom(path) => {
                let words =
                    format!("not stated here: the rule `{}`", quote!(#path).to_string().replace(' ', ""));
                quote!(#field.unchecked(#words))
            }
            // The schema of the value type itself is the base.
            Rule::CheckedAs(_) => continue,
            // The parts' schemas: `items`, `propertyNames`, `additionalProperties`.
            Rule::Each(inner) | Rule::Keys(inner) | Rule::Values(inner) => {
                let part = refine(quote!(part), inner);
                let method = match rule {
                    Rule::Each(_) => quote!(items),
                    Rule::Keys(_) => quote!(keys),
                    _ => quote!(values),
                };
                quote!(#field.#method(|part| #part))
            }
        };
    }
    field
}
