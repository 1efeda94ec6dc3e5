//! The derive's typed view of a union: an enum with serde's `tag` (with `content`: adjacently tagged) or
//! `untagged`, each variant a unit or one value (`Scheme(SchemeDetails)`), with its wire name (the
//! tag's value) and its builder method. Built and checked here, every misuse recorded in the `Ctxt`;
//! `expand/union.rs` emits from this view only.

use std::collections::HashMap;

use proc_macro2::Span;
use syn::{DeriveInput, Fields, Ident, Type};

use crate::ast::snake_case;
use crate::ast_enum::VariantRename;
use crate::attr_union;
pub(crate) use crate::attr_union::is_union;
use crate::ctxt::Ctxt;

/// A union that derives `Builder`.
pub(crate) struct Union<'a> {
    /// The enum's name.
    pub(crate) ident: &'a Ident,
    /// Its visibility, given to the builder.
    pub(crate) vis: &'a syn::Visibility,
    /// How it is represented on the wire.
    pub(crate) repr: Repr,
    /// The variants, in declaration order.
    pub(crate) variants: Vec<Variant<'a>>,
    /// `#[payment(schema)]`.
    pub(crate) schema: bool,
    /// `#[payment(collect_errors)]`: the builder has the collecting mode too.
    pub(crate) collect_errors: bool,
    /// `#[payment(crate = "path")]`.
    pub(crate) krate: Option<syn::Path>,
}

/// serde's three representations of a union.
pub(crate) enum Repr {
    /// `tag = "type"`.
    Internal(String),
    /// `tag = "t", content = "c"`.
    Adjacent(String, String),
    /// `untagged`.
    Untagged,
}

/// One variant.
pub(crate) struct Variant<'a> {
    /// The variant's name.
    pub(crate) ident: &'a Ident,
    /// Its wire name: the tag's value.
    pub(crate) wire: String,
    /// Other tag values read as it (`alias`).
    pub(crate) aliases: Vec<String>,
    /// Its builder method: the variant's name in snake case (`ApplePay` -> `apple_pay`).
    pub(crate) method: Ident,
    /// What it holds.
    pub(crate) data: Data<'a>,
}

/// What a variant holds.
pub(crate) enum Data<'a> {
    /// Nothing: the tag alone (`null` when untagged).
    Unit,
    /// A struct deriving `Builder`: its method takes a closure on that builder.
    Nested(&'a Type),
    /// Any other value read with `Collect`: its method takes the value.
    Value(&'a Type),
}

impl<'a> Union<'a> {
    /// Builds and checks the view of `input`, an enum with `tag` or `untagged`, recording every error.
    pub(crate) fn from_ast(cx: &Ctxt, input: &'a DeriveInput) -> Option<Self> {
        let syn::Data::Enum(data) = &input.data else {
            unreachable!("the derive dispatches only enums here")
        };
        let name = &input.ident;
        let container = attr_union::container(cx, input);
        if !input.generics.params.is_empty() {
            cx.error_spanned_by(
                &input.generics,
                format!("the union `{name}` cannot be generic: name its variants' types"),
            );
        }
        let repr = match (&container.tag, &container.content, container.untagged.is_present()) {
            (Some(tag), _, true) => {
                cx.error_at(
                    tag.span(),
                    format!("union `{name}` cannot be both tagged (`tag`) and `untagged`; keep one"),
                );
                Repr::Untagged
            }
            (None, Some(content), _) => {
                cx.error_at(
                    content.span(),
                    format!("`content` names where an adjacently tagged variant's data goes; `{name}` also needs `tag`"),
                );
                Repr::Untagged
            }
            (Some(tag), Some(content), false) => {
                Repr::Adjacent(tag.as_str().to_owned(), content.as_str().to_owned())
            }
            (Some(tag), None, false) => Repr::Internal(tag.as_str().to_owned()),
            (None, None, _) => Repr::Untagged,
        };
        let rename_all = VariantRename::from_attr(cx, container.rename_all.as_ref());
        if data.variants.is_empty() {
            cx.error_spanned_by(
                name,
                format!("the union `{name}` has no variants; give it one per kind of value"),
            );
        }
        let mut variants = Vec::new();
        for v in &data.variants {
            let attrs = attr_union::variant(cx, v);
            let vname = &v.ident;
            if attrs.other.is_present() {
                cx.error_at(
                    attrs.other.span(),
                    format!(
                        "variant `{vname}`: `other` keeps unknown values of a string enum; a union cannot have it \
                         (serde refuses `other` with `untagged` and on variants with data); read an open set of \
                         values with a string enum's `other` variant inside a variant instead"
                    ),
                );
            }
            let ty = match &v.fields {
                Fields::Unit => None,
                Fields::Unnamed(f) if f.unnamed.len() == 1 => Some(&f.unnamed[0].ty),
                Fields::Unnamed(f) => {
                    cx.error_spanned_by(
                        f,
                        format!(
                            "variant `{vname}` holds {} values; a union's variant holds one (serde refuses a tuple \
                             variant with `tag` too): give them a struct of their own that derives `Builder`",
                            f.unnamed.len()
                        ),
                    );
                    continue;
                }
                Fields::Named(f) => {
                    cx.error_spanned_by(
                        f,
                        format!(
                            "variant `{vname}` has named fields; put them in a struct that derives `Builder` and \
                             hold it: `{vname}({vname}Details)`"
                        ),
                    );
                    continue;
                }
            };
            let data = match (ty, &repr) {
                (None, _) => Data::Unit,
                (Some(ty), Repr::Internal(_)) => Data::Nested(ty),
                (Some(ty), _) if attrs.nested.is_present() => Data::Nested(ty),
                (Some(ty), _) => Data::Value(ty),
            };
            let wire = match (&attrs.rename, rename_all) {
                (Some(r), _) => r.as_str().to_owned(),
                (None, Some(rule)) => rule.apply(&vname.to_string()),
                (None, None) => vname.to_string(),
            };
            let aliases = attrs.alias.iter().map(|a| a.as_str().to_owned()).collect();
            variants.push(Variant { ident: vname, wire, aliases, method: method_name(vname), data });
        }
        let mut seen: HashMap<&str, &Ident> = HashMap::new();
        let names =
            variants.iter().flat_map(|v| std::iter::once(&v.wire).chain(&v.aliases).map(move |n| (v, n)));
        for (v, wire_name) in names {
            if let Some(first) = seen.insert(wire_name, v.ident) {
                cx.error_spanned_by(
                    v.ident,
                    format!(
                        "variants `{first}` and `{}` of `{name}` have one wire name, \"{wire_name}\"; rename one",
                        v.ident
                    ),
                );
            }
        }
        Some(Union {
            ident: name,
            vis: &input.vis,
            repr,
            variants,
            schema: container.schema.is_present(),
            collect_errors: container.collect_errors.is_present(),
            krate: container.krate,
        })
    }

    /// The builder's name: `PaymentMethodBuilder`.
    pub(crate) fn builder_ident(&self) -> Ident {
        Ident::new(&format!("{}Builder", self.ident), self.ident.span())
    }

    /// The hidden module of the choice's marker traits: `payment_method_builder`.
    pub(crate) fn state_mod(&self) -> Ident {
        Ident::new(&format!("{}_builder", snake_case(&self.ident.to_string())), Span::call_site())
    }
}

/// A variant's builder method, a raw identifier where its snake case is a keyword (`Type` -> `r#type`).
fn method_name(variant: &Ident) -> Ident {
    let name = snake_case(&variant.to_string());
    match syn::parse_str::<Ident>(&name) {
        Ok(_) => Ident::new(&name, variant.span()),
        Err(_) => Ident::new_raw(&name, variant.span()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_names_are_snake_case_and_raw_for_keywords() {
        let apple: Ident = syn::parse_quote!(ApplePay);
        assert_eq!(method_name(&apple).to_string(), "apple_pay");
        let ty: Ident = syn::parse_quote!(Type);
        assert_eq!(method_name(&ty).to_string(), "r#type");
    }

    #[test]
    fn representations_and_refusals() {
        let input: DeriveInput = syn::parse_quote! {
            #[payment(tag = "type", untagged)]
            enum Bad { A(u8, u8), B { x: u8 }, #[payment(other)] C }
        };
        let cx = Ctxt::new();
        let _ = Union::from_ast(&cx, &input);
        let errors: Vec<String> = cx.check().unwrap_err().into_iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 4, "{errors:#?}");
        assert!(errors[0].contains("both tagged"));
    }
}
