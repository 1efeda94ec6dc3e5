//! A field's runtime rules ([`Rule`], parsed once in `ast.rs`), in the forms the generators need:
//! statements that record failures (the JSON reader, `CheckRules`), expressions that return the first
//! failure (the setters, both modes), the bounds a generic field type needs, and plain words (the
//! setters' docs). Each form is one exhaustive `match` on the rule, so a new rule is decided here once.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::generic_bounds;
use crate::ast::{Bounds, Field, Rule, SetterCheck, Struct};

/// The checks of a field's runtime rules as statements over `v: &FieldType` and `c: &mut Collector`
/// (the field's key already entered), or `None` if it has none.
pub(super) fn check_body(f: &Field<'_>) -> Option<TokenStream> {
    let stmts: Vec<TokenStream> = f
        .rules
        .iter()
        .map(|rule| match (rule, expr(rule, &quote!(v))) {
            // Every failing part reported, each at its index or entry.
            (Rule::Each(inner) | Rule::Keys(inner) | Rule::Values(inner), _) => {
                let all = match rule {
                    Rule::Each(_) => quote!(each_all),
                    Rule::Keys(_) => quote!(keys_all),
                    _ => quote!(values_all),
                };
                let part = parts(inner);
                quote!(::payment_core::__private::#all(v, c, #part);)
            }
            (_, Some(rule)) => quote!(c.check(#rule);),
            (Rule::CheckedAs(b), None) => {
                let ty: TokenStream = b.type_path().parse().expect("a type path");
                quote!(::payment_core::__private::check_as::<#ty>(v, c);)
            }
            (_, None) => unreachable!("only `CheckedAs` has no expression"),
        })
        .collect();
    if stmts.is_empty() {
        return None;
    }
    Some(if f.optional {
        quote!(if let ::core::option::Option::Some(v) = v { #(#stmts)* })
    } else {
        quote!(#(#stmts)*)
    })
}

/// The rules a setter of `f` checks at run time, each as an expression of type `Result<(), Invalid>`
/// over `v`, a reference to the field's inner type. Non-empty exactly when [`Field::fallible_setter`],
/// which follows from the same [`Rule::setter_check`].
pub(super) fn setter_exprs(f: &Field<'_>, v: &TokenStream) -> Vec<TokenStream> {
    f.rules
        .iter()
        .filter_map(|rule| match rule.setter_check() {
            SetterCheck::AtRunTime => {
                Some(expr(rule, v).expect("a rule that a setter checks at run time has an expression"))
            }
            // The setter takes the value type, which only holds what the rule accepts.
            SetterCheck::ByType => None,
        })
        .collect()
}

/// One rule as an expression of type `Result<(), Invalid>` over `v`. `None` for `CheckedAs`, which is
/// checked through its type's `Collect` (`check_as`, recording the type's own error) when data arrives,
/// and by the setter's parameter type in a builder.
fn expr(rule: &Rule, v: &TokenStream) -> Option<TokenStream> {
    Some(match rule {
        Rule::Length(b) => {
            let (min, max) = bounds(b);
            quote!(::payment_core::__private::length(#v, #min, #max))
        }
        Rule::Range(b) => {
            let (min, max) = bounds(b);
            quote!(::payment_core::__private::range(#v, #min, #max))
        }
        Rule::Text => quote!(::payment_core::__private::text(#v)),
        Rule::Custom(path) => quote!(#path(#v)),
        Rule::CheckedAs(_) => return None,
        Rule::Each(inner) => {
            let part = parts(inner);
            quote!(::payment_core::__private::each(#v, #part))
        }
        Rule::Keys(inner) => {
            let part = parts(inner);
            quote!(::payment_core::__private::keys(#v, #part))
        }
        Rule::Values(inner) => {
            let part = parts(inner);
            quote!(::payment_core::__private::values(#v, #part))
        }
    })
}

/// The rules of `each(..)`, `keys(..)` or `values(..)` as one closure over a part, `|__p| ..`, returning
/// the first failure.
fn parts(inner: &[Rule]) -> TokenStream {
    let rules = inner.iter().map(|rule| expr(rule, &quote!(__p)).expect("a part's rule has an expression"));
    quote!(|__p| -> ::core::result::Result<(), ::payment_core::wire::Invalid> {
        #( #rules?; )*
        ::core::result::Result::Ok(())
    })
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
    let types = f.rules.iter().filter_map(|rule| {
        let bound = match rule {
            Rule::Length(_) => quote!(::payment_core::__private::HasLength),
            Rule::Range(_) => quote!(::core::cmp::PartialOrd + ::core::fmt::Display),
            Rule::Text => quote!(::core::convert::AsRef<str>),
            // The user's function states its own types; a `CheckedAs` field is a `String`; the parts'
            // rules are checked on the element type, which a bound here cannot name.
            Rule::Custom(_) | Rule::CheckedAs(_) | Rule::Each(_) | Rule::Keys(_) | Rule::Values(_) => {
                return None;
            }
        };
        Some((f.inner, bound))
    });
    generic_bounds(s, types.collect::<Vec<_>>())
}

/// The rules of a field in words, for its setter's docs: `length(min = 1, max = 45)`.
pub(super) fn describe_rules(f: &Field<'_>) -> Vec<String> {
    // The value type first: it says what the string is.
    let (first, rest): (Vec<&Rule>, Vec<&Rule>) =
        f.rules.iter().partition(|r| matches!(r, Rule::CheckedAs(_)));
    first.into_iter().chain(rest).map(describe).collect()
}

/// One rule in words.
fn describe(rule: &Rule) -> String {
    let words = |name: &str, b: &Bounds| {
        let parts: Vec<String> = [("min", &b.min), ("max", &b.max)]
            .into_iter()
            .filter_map(|(k, e)| e.as_ref().map(|e| format!("{k} = {}", e.to_token_stream())))
            .collect();
        format!("`{name}({})`", parts.join(", "))
    };
    match rule {
        Rule::CheckedAs(b) => format!("checked as `{}`", b.type_path().trim_start_matches("::")),
        Rule::Length(l) => words("length", l),
        Rule::Range(r) => words("range", r),
        Rule::Text => "`text` (no control characters or bidirectional overrides)".to_owned(),
        Rule::Custom(path) => format!("`custom = {}`", path.to_token_stream().to_string().replace(' ', "")),
        Rule::Each(inner) | Rule::Keys(inner) | Rule::Values(inner) => {
            let name = match rule {
                Rule::Each(_) => "each",
                Rule::Keys(_) => "keys",
                _ => "values",
            };
            let inner: Vec<String> = inner
                .iter()
                .map(|r| match r {
                    Rule::Text => "text".to_owned(),
                    r => describe(r).trim_matches('`').to_owned(),
                })
                .collect();
            format!("`{name}({})`", inner.join(", "))
        }
    }
}
