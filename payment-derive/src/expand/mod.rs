//! Code generation, one file per piece of output:
//!
//! | file | emits |
//! | --- | --- |
//! | `state.rs` | the hidden module of per-field marker traits (missing-field and set-twice errors) |
//! | `builder.rs` | the builder struct and its impl blocks (one per mode), the values struct |
//! | `shape.rs` | what the builder's generators share: names, generics, the builder type per state and mode |
//! | `setters.rs` | every setter, `.money(..)` and `.collect_errors()` |
//! | `builder_impls.rs` | `build()` per mode, `Nested` / `CollectNested`, `Debug`, `Buildable` / `CanCollect` |
//! | `inherent.rs` | the struct's inherent methods: `T::builder()`, `T::from_json()` and the field getters |
//! | `serialize.rs` | `serde::Serialize` in wire names |
//! | `collect.rs` | `CollectStruct` (the all-errors JSON reader), `Collect` and `Deserialize` |
//! | `rules.rs` | a field's runtime rules as statements, expressions and words, for the others |
//! | `validate.rs` | `CheckRules` and `validator::Validate` |
//! | `docs.rs` | the builder's and setters' rustdoc |
//! | `schema.rs` | `payment_core::schema::Schema`, with `#[payment(schema)]` |
//! | `types.rs` | proof that a field taken for a value type by its name is that type |
//! | `enums.rs` | a string enum (an enum deriving `Builder`), from `ast_enum::Enum` |
//! | `union.rs` | a union (an enum with `tag` or `untagged`), from `ast_union::Union`: both wire directions, the variant-choosing builder, the schema |

mod builder;
mod builder_impls;
mod collect;
mod docs;
mod enums;
mod inherent;
mod rules;
mod schema;
mod serialize;
mod setters;
mod shape;
mod state;
mod types;
mod union;
mod validate;

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{GenericParam, Generics, Type};

use crate::ast::Struct;
use crate::check;
use crate::ctxt::Ctxt;

/// The derive: the typed view, the checks, then every piece of output, or every error found.
pub(crate) fn derive(input: syn::DeriveInput) -> TokenStream {
    if let syn::Data::Enum(_) = &input.data {
        return if crate::ast_union::is_union(&input) { derive_union(&input) } else { derive_enum(&input) };
    }
    let cx = Ctxt::new();
    let view = Struct::from_ast(&cx, &input);
    if let Some(s) = &view {
        check::check(&cx, s);
    }
    if let Err(errors) = cx.check() {
        return errors.to_compile_error();
    }
    let s = view.expect("a view exists when no error was recorded");
    let parts = [
        state::expand(&s),
        builder::expand(&s),
        inherent::expand(&s),
        serialize::expand(&s),
        collect::expand(&s),
        validate::expand(&s),
        types::expand(&s),
        schema::expand(&s),
    ];
    let out = quote!(#(#parts)*);
    match &s.krate {
        Some(path) => reroot(out, &quote!(#path)),
        None => out,
    }
}

/// The derive on an enum: a string enum (`ast_enum.rs`), or every error found.
fn derive_enum(input: &syn::DeriveInput) -> TokenStream {
    derive_view(crate::ast_enum::Enum::from_ast, |e| (enums::expand(e), e.krate.as_ref()), input)
}

/// The derive on an enum with `tag` or `untagged`: a union (`ast_union.rs`), or every error found.
fn derive_union(input: &syn::DeriveInput) -> TokenStream {
    derive_view(crate::ast_union::Union::from_ast, |u| (union::expand(u), u.krate.as_ref()), input)
}

/// One typed view's pipeline: build and check it (every error collected), then expand it, rerooted at
/// `crate = ".."` if it names one.
fn derive_view<'a, V>(
    view: impl FnOnce(&Ctxt, &'a syn::DeriveInput) -> Option<V>,
    expand: impl FnOnce(&V) -> (TokenStream, Option<&syn::Path>),
    input: &'a syn::DeriveInput,
) -> TokenStream {
    let cx = Ctxt::new();
    let view = view(&cx, input);
    if let Err(errors) = cx.check() {
        return errors.to_compile_error();
    }
    let v = view.expect("a view exists when no error was recorded");
    let (out, krate) = expand(&v);
    match krate {
        Some(path) => reroot(out, &quote!(#path)),
        None => out,
    }
}

/// Whether `::` after `prev` continues a path (`foo::payment_core`) rather than starting one: after a
/// name, but not after a keyword (`as ::payment_core::X`, `impl ::payment_core::Y for`).
fn continues_a_path(prev: Option<&proc_macro2::TokenTree>) -> bool {
    const KEYWORDS: &[&str] = &[
        "as", "impl", "for", "dyn", "where", "in", "return", "let", "mut", "ref", "move", "const", "static",
        "type", "use", "pub", "fn", "if", "match", "while", "else", "unsafe", "extern", "break",
    ];
    match prev {
        Some(proc_macro2::TokenTree::Ident(i)) => !KEYWORDS.iter().any(|k| i == k),
        _ => false,
    }
}

/// `#[payment(crate = "path")]`: every `::payment_core` path root of the generated code becomes `path`.
/// The generators write `::payment_core::...` throughout (as serde's write `_serde::...`); rewriting the
/// one root here keeps that in one place instead of threading the path through every generator.
fn reroot(tokens: TokenStream, path: &TokenStream) -> TokenStream {
    use proc_macro2::{Group, Spacing, TokenTree};
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::with_capacity(trees.len());
    let mut i = 0;
    while i < trees.len() {
        let root = matches!(
            (&trees[i], trees.get(i + 1), trees.get(i + 2)),
            (TokenTree::Punct(a), Some(TokenTree::Punct(b)), Some(TokenTree::Ident(name)))
                if a.as_char() == ':'
                    && a.spacing() == Spacing::Joint
                    && b.as_char() == ':'
                    && name == "payment_core"
                    && !continues_a_path(out.last())
        );
        if root {
            out.extend(path.clone());
            i += 3;
            continue;
        }
        match &trees[i] {
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), reroot(g.stream(), path));
                group.set_span(g.span());
                out.push(TokenTree::Group(group));
            }
            other => out.push(other.clone()),
        }
        i += 1;
    }
    out.into_iter().collect()
}

/// `where` predicates `ty: bound` for each of `types` that mentions one of the struct's generic
/// parameters; a concrete type is checked once, at the struct, without a bound.
fn generic_bounds<'t>(
    s: &Struct<'_>,
    types: impl IntoIterator<Item = (&'t Type, TokenStream)>,
) -> Vec<TokenStream> {
    types
        .into_iter()
        .filter(|(ty, _)| mentions_generics(ty, s.generics))
        .map(|(ty, bound)| quote!(#ty: #bound,))
        .collect()
}

/// Whether `ty` names a type, lifetime or const parameter of `generics`.
fn mentions_generics(ty: &Type, generics: &Generics) -> bool {
    let names: Vec<String> = generics
        .params
        .iter()
        .map(|p| match p {
            GenericParam::Type(t) => t.ident.to_string(),
            GenericParam::Lifetime(l) => l.lifetime.ident.to_string(),
            GenericParam::Const(c) => c.ident.to_string(),
        })
        .collect();
    fn walk(tokens: TokenStream, names: &[String]) -> bool {
        tokens.into_iter().any(|tt| match tt {
            proc_macro2::TokenTree::Ident(i) => names.iter().any(|n| i == n),
            proc_macro2::TokenTree::Group(g) => walk(g.stream(), names),
            _ => false,
        })
    }
    !names.is_empty() && walk(ty.to_token_stream(), &names)
}

/// The struct's generics with one more lifetime in front (`'de` for `Deserialize`).
fn with_lifetime(generics: &Generics, lifetime: &str) -> Generics {
    let mut g = generics.clone();
    let lt = syn::Lifetime::new(lifetime, proc_macro2::Span::call_site());
    g.params.insert(0, GenericParam::Lifetime(syn::LifetimeParam::new(lt)));
    g
}

/// `where Self: bound` for a generic struct (nothing for a concrete one, where the bound is trivial).
fn self_bound(s: &Struct<'_>, bound: TokenStream) -> TokenStream {
    if s.generics.params.is_empty() { TokenStream::new() } else { quote!(Self: #bound,) }
}

/// Joins a struct's own `where` predicates with extra ones into a full `where` clause.
fn where_clause(generics: &Generics, extra: &[TokenStream]) -> TokenStream {
    let own = generics.where_clause.as_ref().map(|w| {
        let p = w.predicates.iter();
        quote!(#(#p,)*)
    });
    if own.is_none() && extra.is_empty() {
        return TokenStream::new();
    }
    quote!(where #own #(#extra)*)
}

/// `T: Default` for each generic field type left out as `Default::default()` (`#[payment(default)]`):
/// what finishing the struct from its values needs (the builder and the JSON reader).
fn default_bounds(s: &Struct<'_>) -> Vec<TokenStream> {
    generic_bounds(
        s,
        s.fields
            .iter()
            .filter(|f| matches!(f.kind(), crate::ast::Kind::Default(None)))
            .map(|f| (f.ty, quote!(::core::default::Default))),
    )
}

#[cfg(test)]
mod tests {
    /// Every generator reads the field model of `ast.rs` (rules, wire name, form, ...), never the raw
    /// `#[payment(..)]` attributes: a rule parsed in one place cannot be missed by one generator (issue
    /// 26). The raw attributes live in `Field::attrs`, which only `check.rs` reads.
    #[test]
    fn generators_never_read_the_raw_attributes() {
        let files = [
            ("builder.rs", include_str!("builder.rs")),
            ("builder_impls.rs", include_str!("builder_impls.rs")),
            ("collect.rs", include_str!("collect.rs")),
            ("docs.rs", include_str!("docs.rs")),
            ("enums.rs", include_str!("enums.rs")),
            ("inherent.rs", include_str!("inherent.rs")),
            ("mod.rs", include_str!("mod.rs")),
            ("rules.rs", include_str!("rules.rs")),
            ("schema.rs", include_str!("schema.rs")),
            ("serialize.rs", include_str!("serialize.rs")),
            ("setters.rs", include_str!("setters.rs")),
            ("shape.rs", include_str!("shape.rs")),
            ("state.rs", include_str!("state.rs")),
            ("types.rs", include_str!("types.rs")),
            ("union.rs", include_str!("union.rs")),
            ("validate.rs", include_str!("validate.rs")),
        ];
        let listed = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/expand")).unwrap().count();
        assert_eq!(listed, files.len(), "a new file in expand/ is listed here too");
        // Split so that this test's own text does not match.
        let (raw, module) = (concat!(".at", "trs"), concat!("crate::at", "tr"));
        for (name, text) in files {
            assert!(!text.contains(raw) && !text.contains(module), "expand/{name} reads the raw attributes");
        }
    }
}
