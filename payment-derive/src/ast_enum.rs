//! The derive's typed view of an enum: a string enum ([`Enum`]), each unit variant with its wire name, and
//! at most one catch-all ([`Other`]). Built and checked here, every misuse recorded in the `Ctxt`, so
//! one build reports all of them; `expand/enums.rs` emits from this view only.
//!
//! An enum whose variants carry data is a union (`ast_union.rs`) when it has serde's `tag` or
//! `untagged`; without one, it is refused here, naming the variant.

use std::collections::HashMap;

use proc_macro2::Span;

use syn::{DeriveInput, Fields, Generics, Ident, Member, Type};

use crate::attr_enum;
use crate::ctxt::Ctxt;

/// An enum that derives `Builder`: a JSON string, one wire name per unit variant.
pub(crate) struct Enum<'a> {
    /// The enum's name.
    pub(crate) ident: &'a Ident,
    /// The enum's visibility, given to the generated inherent items.
    pub(crate) vis: &'a syn::Visibility,
    /// The enum's generics, carried over to every impl.
    pub(crate) generics: &'a Generics,
    /// The unit variants, named on the wire, in declaration order (a unit catch-all too).
    pub(crate) variants: Vec<Variant<'a>>,
    /// The catch-all of unknown wire names, if there is one.
    pub(crate) other: Option<Other<'a>>,
    /// `#[payment(schema)]`: the enum has a JSON Schema.
    pub(crate) schema: bool,
    /// `#[payment(crate = "path")]`: the path of `payment_core` when it is not `::payment_core`.
    pub(crate) krate: Option<syn::Path>,
}

/// A unit variant and its wire name.
pub(crate) struct Variant<'a> {
    /// The variant's name.
    pub(crate) ident: &'a Ident,
    /// Its wire name: `rename`, else `rename_all` applied to its name, else its name.
    pub(crate) wire: String,
    /// Where the wire name comes from (`rename`, else the variant's name), for messages.
    span: Span,
}

/// The catch-all variant (`#[payment(other)]`).
pub(crate) enum Other<'a> {
    /// A unit variant (`variants[i]`): an unknown name reads as it and is dropped (serde's meaning); it is
    /// written as its own wire name.
    Drop(usize),
    /// A variant holding one `String` (`Unknown(String)`): an unknown name is kept and written back as
    /// read. Its field is `member` (`0`, or the name of a braced field).
    Keep { ident: &'a Ident, member: Member },
}

impl<'a> Enum<'a> {
    /// Builds and checks the view of `input`, which must be an enum, recording every error in `cx`.
    /// `None` when the shape is wrong (a variant with data, no variant at all).
    pub(crate) fn from_ast(cx: &Ctxt, input: &'a DeriveInput) -> Option<Self> {
        let syn::Data::Enum(data) = &input.data else {
            unreachable!("the derive dispatches only enums here")
        };
        let name = &input.ident;
        let container = attr_enum::container(cx, input);
        let rename_all = VariantRename::from_attr(cx, container.rename_all.as_ref());
        if data.variants.is_empty() {
            cx.error_spanned_by(
                name,
                format!(
                    "`#[derive(Builder)]` on an enum makes a string enum, but `{name}` has no variants; give it \
                     one per wire value"
                ),
            );
            return None;
        }
        let mut variants = Vec::new();
        let mut other: Option<(Other<'a>, &'a Ident)> = None;
        let mut shape_ok = true;
        for v in &data.variants {
            let attrs = attr_enum::variant(cx, v);
            refuse_field_attributes(cx, v);
            let is_other = attrs.other.is_present();
            if is_other && let Some((_, first)) = &other {
                cx.error_at(
                    attrs.other.span(),
                    format!(
                        "variants `{first}` and `{}` of `{name}` are both `#[payment(other)]`; a string enum \
                         has at most one catch-all variant",
                        v.ident
                    ),
                );
            }
            let wire = match &attrs.rename {
                Some(rename) => rename.as_str().to_owned(),
                None => {
                    let own = v.ident.to_string();
                    let own = own.trim_start_matches("r#");
                    rename_all.map_or_else(|| own.to_owned(), |rule| rule.apply(own))
                }
            };
            match (&v.fields, is_other) {
                (Fields::Unit, _) => {
                    if is_other && other.is_none() {
                        other = Some((Other::Drop(variants.len()), &v.ident));
                    }
                    let span = attrs.rename.as_ref().map_or_else(|| v.ident.span(), |r| r.span());
                    variants.push(Variant { ident: &v.ident, wire, span });
                }
                (fields, true) => match keeps_a_string(fields) {
                    Some(member) => {
                        if let Some(rename) = &attrs.rename {
                            cx.error_at(
                                rename.span(),
                                format!(
                                    "variant `{}` is the catch-all holding the unknown value, which is its wire \
                                     name; remove `rename`",
                                    v.ident
                                ),
                            );
                        }
                        if other.is_none() {
                            other = Some((Other::Keep { ident: &v.ident, member }, &v.ident));
                        }
                    }
                    None => {
                        shape_ok = false;
                        cx.error_spanned_by(
                            fields,
                            format!(
                                "`#[payment(other)]` variant `{}` must be a unit variant (an unknown value is \
                                 dropped) or hold one `String` (an unknown value is kept): `{}` or `{}(String)`",
                                v.ident, v.ident, v.ident
                            ),
                        );
                    }
                },
                (fields, false) => {
                    shape_ok = false;
                    cx.error_spanned_by(
                        fields,
                        format!(
                            "`#[derive(Builder)]` on an enum without `tag` or `untagged` makes a string enum, \
                             whose variants are unit variants, but variant `{variant}` of `{name}` carries data; \
                             for a union, give the enum serde's representation: `#[payment(tag = \"type\")]` \
                             (with `content = \"..\"`: adjacently tagged) or `#[payment(untagged)]` (a catch-all \
                             variant that keeps an unknown value is written `#[payment(other)] Unknown(String)`)",
                            variant = v.ident
                        ),
                    );
                }
            }
        }
        check_wire_names(cx, name, &variants);
        if !shape_ok {
            return None;
        }
        Some(Enum {
            ident: name,
            vis: &input.vis,
            generics: &input.generics,
            variants,
            other: other.map(|(o, _)| o),
            schema: container.schema.is_present(),
            krate: container.krate,
        })
    }
}

/// The member of a variant's only field when that field is a `String` (`Unknown(String)`,
/// `Unknown { value: String }`).
fn keeps_a_string(fields: &Fields) -> Option<Member> {
    let mut iter = fields.iter();
    let (field, None) = (iter.next()?, iter.next()) else { return None };
    let Type::Path(p) = &field.ty else { return None };
    let last = p.path.segments.last()?;
    if p.qself.is_some() || last.ident != "String" || !last.arguments.is_none() {
        return None;
    }
    Some(match &field.ident {
        Some(ident) => Member::Named(ident.clone()),
        None => Member::Unnamed(0.into()),
    })
}

/// `#[payment(..)]` on a field of a variant means nothing in a string enum: refused rather than ignored.
fn refuse_field_attributes(cx: &Ctxt, v: &syn::Variant) {
    for field in &v.fields {
        for attr in field.attrs.iter().filter(|a| a.path().is_ident("payment")) {
            cx.error_spanned_by(
                attr,
                format!(
                    "`#[payment(..)]` on a field of variant `{}` has no meaning in a string enum; put \
                     `rename` or `other` on the variant",
                    v.ident
                ),
            );
        }
    }
}

/// Two variants on one wire name could not be told apart when read.
fn check_wire_names(cx: &Ctxt, name: &Ident, variants: &[Variant<'_>]) {
    let mut seen: HashMap<&str, &Ident> = HashMap::new();
    for v in variants {
        if let Some(first) = seen.insert(&v.wire, v.ident) {
            cx.error_at(
                v.span,
                format!(
                    "variants `{first}` and `{}` of `{name}` both use the wire name \"{}\"; give one a \
                     different `rename`",
                    v.ident, v.wire
                ),
            );
        }
    }
}

/// A `rename_all` rule for variant names, with serde's names and meanings (serde applies them to a
/// variant's PascalCase name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VariantRename {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

impl VariantRename {
    /// The rule `rename_all = ".."` names, or `None` with an error recorded (naming the nearest rule)
    /// when it names none.
    pub(crate) fn from_attr(cx: &Ctxt, rule: Option<&darling::util::SpannedValue<String>>) -> Option<Self> {
        rule.and_then(|rule| {
            let parsed = VariantRename::parse(rule);
            if parsed.is_none() {
                cx.error_at(
                    rule.span(),
                    format!(
                        "unknown `rename_all` rule \"{}\"{}; expected one of: {}",
                        rule.as_str(),
                        payment_rules::suggest::nearest_name(rule.as_str(), VariantRename::NAMES.split(", "))
                            .map(|meant| format!(" (did you mean \"{meant}\"?)"))
                            .unwrap_or_default(),
                        VariantRename::NAMES
                    ),
                );
            }
            parsed
        })
    }

    pub(crate) const NAMES: &'static str = "lowercase, UPPERCASE, PascalCase, camelCase, snake_case, SCREAMING_SNAKE_CASE, \
                                 kebab-case, SCREAMING-KEBAB-CASE";

    pub(crate) fn parse(rule: &str) -> Option<Self> {
        Some(match rule {
            "lowercase" => VariantRename::Lower,
            "UPPERCASE" => VariantRename::Upper,
            "PascalCase" => VariantRename::Pascal,
            "camelCase" => VariantRename::Camel,
            "snake_case" => VariantRename::Snake,
            "SCREAMING_SNAKE_CASE" => VariantRename::ScreamingSnake,
            "kebab-case" => VariantRename::Kebab,
            "SCREAMING-KEBAB-CASE" => VariantRename::ScreamingKebab,
            _ => return None,
        })
    }

    /// Applies the rule to a variant name, as serde does (`ContAuth`: `contauth`, `CONTAUTH`, `ContAuth`,
    /// `contAuth`, `cont_auth`, `CONT_AUTH`, `cont-auth`, `CONT-AUTH`).
    pub(crate) fn apply(self, variant: &str) -> String {
        match self {
            VariantRename::Lower => variant.to_ascii_lowercase(),
            VariantRename::Upper => variant.to_ascii_uppercase(),
            VariantRename::Pascal => variant.to_owned(),
            VariantRename::Camel => {
                let mut chars = variant.chars();
                match chars.next() {
                    Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
                    None => String::new(),
                }
            }
            VariantRename::Snake => {
                let mut snake = String::with_capacity(variant.len() + 4);
                for (i, ch) in variant.char_indices() {
                    if i > 0 && ch.is_uppercase() {
                        snake.push('_');
                    }
                    snake.push(ch.to_ascii_lowercase());
                }
                snake
            }
            VariantRename::ScreamingSnake => VariantRename::Snake.apply(variant).to_ascii_uppercase(),
            VariantRename::Kebab => VariantRename::Snake.apply(variant).replace('_', "-"),
            VariantRename::ScreamingKebab => VariantRename::ScreamingSnake.apply(variant).replace('_', "-"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(input: DeriveInput) -> Vec<String> {
        let cx = Ctxt::new();
        let _ = Enum::from_ast(&cx, &input);
        match cx.check() {
            Ok(()) => Vec::new(),
            Err(e) => e.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn renames_variants_as_serde_does() {
        let cases = [
            (VariantRename::Lower, "contauth"),
            (VariantRename::Upper, "CONTAUTH"),
            (VariantRename::Pascal, "ContAuth"),
            (VariantRename::Camel, "contAuth"),
            (VariantRename::Snake, "cont_auth"),
            (VariantRename::ScreamingSnake, "CONT_AUTH"),
            (VariantRename::Kebab, "cont-auth"),
            (VariantRename::ScreamingKebab, "CONT-AUTH"),
        ];
        for (rule, want) in cases {
            assert_eq!(rule.apply("ContAuth"), want, "{rule:?}");
        }
        for name in VariantRename::NAMES.split(", ") {
            assert!(VariantRename::parse(name).is_some(), "{name}");
        }
        assert_eq!(VariantRename::parse("Lowercase"), None);
        assert_eq!(VariantRename::Camel.apply(""), "");
        assert_eq!(VariantRename::Snake.apply("PreAuth3ds"), "pre_auth3ds");
    }

    #[test]
    fn reads_wire_names_and_the_catch_all() {
        let input: DeriveInput = syn::parse_quote! {
            #[payment(rename_all = "SCREAMING_SNAKE_CASE", schema)]
            enum Kind {
                PreAuth,
                #[payment(rename = "cap")]
                Capture,
                #[payment(other)]
                Unknown(String),
            }
        };
        let cx = Ctxt::new();
        let e = Enum::from_ast(&cx, &input).unwrap();
        cx.check().unwrap();
        let wires: Vec<&str> = e.variants.iter().map(|v| v.wire.as_str()).collect();
        assert_eq!(wires, ["PRE_AUTH", "cap"]);
        assert!(
            matches!(&e.other, Some(Other::Keep { ident, member: Member::Unnamed(_) }) if *ident == "Unknown")
        );
        assert!(e.schema);

        let input: DeriveInput = syn::parse_quote! {
            enum Kind {
                A,
                #[payment(other)]
                Unknown { value: String },
            }
        };
        let cx = Ctxt::new();
        let e = Enum::from_ast(&cx, &input).unwrap();
        cx.check().unwrap();
        assert!(matches!(&e.other, Some(Other::Keep { member: Member::Named(m), .. }) if m == "value"));

        let input: DeriveInput = syn::parse_quote! {
            enum Kind {
                A,
                #[payment(other)]
                Unknown,
            }
        };
        let cx = Ctxt::new();
        let e = Enum::from_ast(&cx, &input).unwrap();
        cx.check().unwrap();
        assert!(matches!(e.other, Some(Other::Drop(1))));
        assert_eq!(e.variants.len(), 2);
    }

    /// Each misuse is refused with a message naming the variant; all of them in one build.
    #[test]
    fn refuses_each_misuse_naming_the_variant() {
        let errs = errors(syn::parse_quote! {
            #[payment(rename_all = "lower_case")]
            enum Kind {
                Card(u32),
                #[payment(other)]
                First(String),
                #[payment(other)]
                Second(String),
                #[payment(other)]
                Pair(String, String),
                #[payment(other)]
                Number(u32),
                #[payment(other, rename = "x")]
                Renamed(String),
                #[payment(renme = "y")]
                Typo,
                A,
                #[payment(rename = "A")]
                B,
                Field(#[payment(rename = "x")] String),
            }
        });
        let want = [
            "unknown `rename_all` rule \"lower_case\" (did you mean \"lowercase\"?)",
            "variant `Card` of `Kind` carries data; for a union, give the enum serde's representation: \
             `#[payment(tag = \"type\")]`",
            "variants `First` and `Second` of `Kind` are both `#[payment(other)]`",
            "`#[payment(other)]` variant `Pair` must be a unit variant",
            "`#[payment(other)]` variant `Number` must be a unit variant",
            "variant `Renamed` is the catch-all holding the unknown value, which is its wire name; remove `rename`",
            "variant `Typo`: unknown attribute key `renme` in `#[payment(..)]` (did you mean `rename`?); expected \
             one of: rename, other",
            "variants `A` and `B` of `Kind` both use the wire name \"A\"",
            "`#[payment(..)]` on a field of variant `Field` has no meaning in a string enum",
        ];
        for w in want {
            assert!(errs.iter().any(|e| e.contains(w)), "expected {w:?} in {errs:#?}");
        }
        let errs = errors(syn::parse_quote!(
            enum Empty {}
        ));
        assert!(errs[0].contains("`Empty` has no variants"), "{errs:?}");
        let errs = errors(syn::parse_quote! {
            #[payment(collect_errors)]
            enum Kind { A }
        });
        assert!(errs[0].contains("expected one of: rename_all, schema, crate"), "{errs:?}");
    }
}
