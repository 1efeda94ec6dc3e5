//! The `#[payment(..)]` attribute schemas of a string enum (`#[derive(Builder)]` on an enum), parsed with
//! darling into plain data with spans. What they mean together is decided in `ast_enum.rs`.

use darling::util::{Flag, SpannedValue};
use darling::{FromDeriveInput, FromVariant};

use crate::attr::reword;
use crate::ctxt::Ctxt;

/// Container attributes: `#[payment(rename_all = "SCREAMING_SNAKE_CASE", schema, crate = "path")]` on the
/// enum.
#[derive(Debug, Default, FromDeriveInput)]
#[darling(attributes(payment))]
pub(crate) struct Container {
    /// How variant names become wire names when a variant has no `rename` (serde's rules).
    pub(crate) rename_all: Option<SpannedValue<String>>,
    /// `schema`: the enum implements `payment_core::schema::Schema`.
    pub(crate) schema: Flag,
    /// `crate = "path"`: where `payment_core` is, for a crate that renames or re-exports it.
    #[darling(rename = "crate")]
    pub(crate) krate: Option<syn::Path>,
}

/// Variant attributes: `#[payment(rename = "..", other)]`.
#[derive(Debug, Default, FromVariant)]
#[darling(attributes(payment))]
pub(crate) struct Variant {
    /// The wire name, when it differs from the variant name (after `rename_all`).
    pub(crate) rename: Option<SpannedValue<String>>,
    /// `other`: the catch-all of unknown wire names (serde's `#[serde(other)]`).
    pub(crate) other: Flag,
}

/// The keys accepted on a string enum, for "expected one of" messages.
const CONTAINER_KEYS: &str = "rename_all, schema, crate";
/// The keys accepted on a variant of a string enum.
const VARIANT_KEYS: &str = "rename, other";

/// Parses the enum's container attributes, recording errors in `cx`.
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
