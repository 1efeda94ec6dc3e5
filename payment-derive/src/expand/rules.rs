//! A field's runtime rules (`length`, `range`, `custom`, `text`, a built-in validator on a `String`), in
//! the three forms the generators need: statements that record failures (the JSON reader, `CheckRules`,
//! the collecting setters), expressions that return the first failure (the checked setters), and plain
//! words (the setters' docs). Each rule is written here once.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::generic_bounds;
use crate::ast::{Field, Struct};
use crate::attr::Bounds;

/// The checks of a field's runtime rules as statements over `v: &FieldType` and `c: &mut Collector`
/// (the field's key already entered), or `None` if it has none.
pub(super) fn check_body(f: &Field<'_>) -> Option<TokenStream> {
    let mut stmts: Vec<TokenStream> =
        rule_exprs(f, &quote!(v)).into_iter().map(|rule| quote!(c.check(#rule);)).collect();
    if let Some(b) = f.string_builtin() {
        let ty: TokenStream = b.type_path().parse().expect("a type path");
        stmts.push(quote!(::payment_core::__private::check_as::<#ty>(v, c);));
    }
    if stmts.is_empty() {
        return None;
    }
    Some(if f.optional {
        quote!(if let ::core::option::Option::Some(v) = v { #(#stmts)* })
    } else {
        quote!(#(#stmts)*)
    })
}

/// Each length / range / custom rule of `f` as an expression of type `Result<(), Invalid>` over `v`, a
/// reference to the field's inner type.
pub(super) fn rule_exprs(f: &Field<'_>, v: &TokenStream) -> Vec<TokenStream> {
    let mut out = Vec::new();
    if let Some(length) = &f.attrs.length {
        let (min, max) = bounds(length);
        out.push(quote!(::payment_core::__private::length(#v, #min, #max)));
    }
    if let Some(range) = &f.attrs.range {
        let (min, max) = bounds(range);
        out.push(quote!(::payment_core::__private::range(#v, #min, #max)));
    }
    if f.text {
        out.push(quote!(::payment_core::__private::text(#v)));
    }
    if let Some(custom) = &f.attrs.custom {
        let path: &syn::Path = custom;
        out.push(quote!(#path(#v)));
    }
    out
}

fn bounds(b: &Bounds) -> (TokenStream, TokenStream) {
    let one = |e: &Option<syn::Expr>| match e {
        Some(e) => quote!(::core::option::Option::Some(#e)),
        None => quote!(::core::option::Option::None),
    };
    (one(&b.min), one(&b.max))
}

/// The bounds a generic field type needs for its rules (`T: HasLength` for `length` on a `T` field).
pub(super) fn rule_bounds(s: &Struct<'_>, f: &Field<'_>) -> Vec<TokenStream> {
    let mut types = Vec::new();
    if f.attrs.length.is_some() {
        types.push((f.inner, quote!(::payment_core::__private::HasLength)));
    }
    if f.attrs.range.is_some() {
        types.push((f.inner, quote!(::core::cmp::PartialOrd + ::core::fmt::Display)));
    }
    if f.text {
        types.push((f.inner, quote!(::core::convert::AsRef<str>)));
    }
    generic_bounds(s, types)
}

/// The rules of a field in words, for its setter's docs: `length(min = 1, max = 45)`.
pub(super) fn describe_rules(f: &Field<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let words = |name: &str, b: &Bounds| {
        let parts: Vec<String> = [("min", &b.min), ("max", &b.max)]
            .into_iter()
            .filter_map(|(k, e)| e.as_ref().map(|e| format!("{k} = {}", e.to_token_stream())))
            .collect();
        format!("`{name}({})`", parts.join(", "))
    };
    if let Some(b) = f.string_builtin() {
        out.push(format!("checked as `{}`", b.type_path().trim_start_matches("::")));
    }
    if let Some(l) = &f.attrs.length {
        out.push(words("length", l));
    }
    if let Some(r) = &f.attrs.range {
        out.push(words("range", r));
    }
    if f.text {
        out.push("`text` (no control characters or bidirectional overrides)".to_owned());
    }
    if let Some(c) = &f.attrs.custom {
        let path: &syn::Path = c;
        out.push(format!("`custom = {}`", path.to_token_stream().to_string().replace(' ', "")));
    }
    out
}
