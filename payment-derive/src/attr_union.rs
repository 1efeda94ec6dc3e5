//! The `#[payment(..)]` attribute schemas of a union (`#[derive(Builder)]` on an enum with `tag` or
//! `untagged`), parsed with darling into plain data with spans. What they mean together is decided in
//! `ast_union.rs`.

use darling::util::{Flag, SpannedValue};
use darling::{FromDeriveInput, FromVariant};

use crate::attr::reword;
use crate::ctxt::Ctxt;

/// Container attributes: serde's `tag`, `content` and `untagged`, with `rename_all`, `schema` and
/// `crate`.
#[derive(Debug, Default, FromDeriveInput)]
#[darling(attributes(payment))]
pub(crate) struct Container {
    /// `tag = "type"`: internally tagged (with `content`: adjacently tagged).
    pub(crate) tag: Option<SpannedValue<String>>,
    /// `content = "c"`: adjacently tagged, the variant's data under this key.
    pub(crate) content: Option<SpannedValue<String>>,
    /// `untagged`: the variant's data alone; the first variant that reads is taken.
    pub(crate) untagged: Flag,
    /// How variant names become wire names (the tag's values) when a variant has no `rename`.
    pub(crate) rename_all: Option<SpannedValue<String>>,
    /// `schema`: the union implements `payment_core::schema::Schema` (`oneOf`).
    pub(crate) schema: Flag,
    /// `collect_errors`: the builder also has the collecting mode (the variants' structs need it too).
    pub(crate) collect_errors: Flag,
    /// `crate = "path"`: where `payment_core` is.
    #[darling(rename = "crate")]
    pub(crate) krate: Option<syn::Path>,
}

/// Variant attributes: `#[payment(rename = "..", nested)]`, and `other`, which a union refuses.
#[derive(Debug, Default, FromVariant)]
#[darling(attributes(payment))]
pub(crate) struct Variant {
    /// The variant's wire name (the tag's value).
    pub(crate) rename: Option<SpannedValue<String>>,
    /// `alias = ".."` (serde's, repeatable): other tag values read as this variant; it is written with its
    /// wire name.
    #[darling(multiple)]
    pub(crate) alias: Vec<SpannedValue<String>>,
    /// The variant's type derives `Builder`: its builder method takes a closure (always so for an
    /// internally tagged union, whose variants are objects).
    pub(crate) nested: Flag,
    /// `other`: accepted by the parser only to be refused with a message (serde refuses it on a union).
    pub(crate) other: Flag,
}

const CONTAINER_KEYS: &str = "tag, content, untagged, rename_all, schema, collect_errors, crate";
const VARIANT_KEYS: &str = "rename, alias, nested";

/// Whether `#[payment(..)]` on the enum names `tag` or `untagged`: a union rather than a string enum.
pub(crate) fn is_union(input: &syn::DeriveInput) -> bool {
    let mut union = false;
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("payment")) {
        // Errors are reported by the parser proper; here a key's name is enough.
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("tag") || meta.path.is_ident("untagged") {
                union = true;
            }
            if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            } else if meta.input.peek(syn::token::Paren) {
                let _ = meta.parse_nested_meta(|inner| {
                    if inner.input.peek(syn::Token![=]) {
                        let _: syn::Expr = inner.value()?.parse()?;
                    }
                    Ok(())
                });
            }
            Ok(())
        });
    }
    union
}

/// Parses the union's container attributes, recording errors in `cx`.
pub(crate) fn container(cx: &Ctxt, input: &syn::DeriveInput) -> Container {
    Container::from_derive_input(input).unwrap_or_else(|e| {
        reword(cx, e, CONTAINER_KEYS);
        Container::default()
    })
}

/// Parses one variant's attributes, recording errors in `cx`, each naming the variant.
pub(crate) fn variant(cx: &Ctxt, variant: &syn::Variant) -> Variant {
    crate::attr::variant_attrs(cx, variant, VARIANT_KEYS, Variant::from_variant)
}
