//! The rustdoc of the generated items: the builder lists its required and optional fields with their
//! JSON keys and rules, and each setter and getter carries its field's own doc comments.

use proc_macro2::TokenStream;
use quote::quote;

use super::rules::describe_rules;
use crate::ast::{Field, Form, Kind, Struct};

/// The builder struct's docs.
pub(super) fn builder(s: &Struct<'_>) -> TokenStream {
    let ident = s.ident;
    let mut lines = vec![
        format!(" Builder for [`{ident}`], made by `{ident}::builder()`."),
        String::new(),
        " Call one setter per field, then `.build()`. `.build()` is only available once every required field"
            .to_owned(),
        " is set: a missing field is a compile error naming it, and so is setting a field twice.".to_owned(),
        " Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value"
            .to_owned(),
        " is always valid.".to_owned(),
    ];
    if s.collect_errors {
        lines.extend([
            String::new(),
            " After `.collect_errors()` every setter listed here takes the same input (and a value type's text \
             too) but never fails: it records the failure, and `.build()` returns every one at once."
                .to_owned(),
        ]);
    }
    let required: Vec<_> = s.fields.iter().filter(|f| matches!(f.kind(), Kind::Required)).collect();
    let optional: Vec<_> = s.fields.iter().filter(|f| !matches!(f.kind(), Kind::Required)).collect();
    if !required.is_empty() {
        lines.extend([String::new(), " # Required fields".to_owned(), String::new()]);
        lines.extend(required.iter().map(|f| item(f)));
    }
    if !optional.is_empty() {
        lines.extend([String::new(), " # Optional fields".to_owned(), String::new()]);
        lines.extend(optional.iter().map(|f| item(f)));
    }
    one_attr(&lines)
}

/// Generated lines as one `#[doc]` attribute: rustdoc reads it as the lines one per attribute would
/// give, and rustc checks and encodes one attribute instead of one per line.
pub(super) fn one_attr(lines: &[String]) -> TokenStream {
    let text = lines.join("\n");
    quote!(#[doc = #text])
}

/// One bullet of the builder's field list.
fn item(f: &Field<'_>) -> String {
    let mut text = format!(" - `.{}(..)`", f.ident);
    if f.optional {
        text.push_str(&format!(" / `.maybe_{}(..)`", f.name));
    }
    text.push_str(&format!(" — JSON key `{}`", f.wire));
    if f.form == Form::Flattened {
        text = format!(" - `.{}(..)` — flattened into the object's keys", f.ident);
    }
    match f.kind() {
        Kind::Default(Some(expr)) => {
            text.push_str(&format!(", default `{}`", quote!(#expr).to_string().replace(" . ", ".")));
        }
        Kind::Default(None) => text.push_str(", default `Default::default()`"),
        _ => {}
    }
    let rules = describe_rules(f);
    if !rules.is_empty() {
        text.push_str(&format!("; rules: {}", rules.join(", ")));
    }
    if let Some(summary) = summary(f) {
        text.push_str(&format!(". {summary}"));
    }
    text
}

/// The first paragraph of the field's doc comment, its lines joined (a summary cut at a line break
/// would end mid-sentence).
fn summary(f: &Field<'_>) -> Option<String> {
    let lines = f.docs.iter().filter_map(|attr| match &attr.meta {
        syn::Meta::NameValue(nv) => match &nv.value {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
            _ => None,
        },
        _ => None,
    });
    let paragraph: Vec<String> = lines
        .flat_map(|doc| doc.lines().map(|l| l.trim().to_owned()).collect::<Vec<_>>())
        .skip_while(String::is_empty)
        .take_while(|l| !l.is_empty())
        .collect();
    (!paragraph.is_empty()).then(|| paragraph.join(" "))
}

/// A setter's docs: the field's doc comments, then what the setter does.
pub(super) fn setter(f: &Field<'_>, what: &str) -> TokenStream {
    let docs = &f.docs;
    let mut extra = vec![what.to_owned()];
    let status = match f.kind() {
        Kind::Required => "Required".to_owned(),
        Kind::Optional => "Optional (left out: `None`)".to_owned(),
        Kind::Default(Some(expr)) => format!("Optional (left out: `{}`)", quote!(#expr)),
        Kind::Default(None) => "Optional (left out: `Default::default()`)".to_owned(),
    };
    let key = if f.form == Form::Flattened {
        "flattened into the object's keys".to_owned()
    } else {
        format!("JSON key `{}`", f.wire)
    };
    extra.push(format!("{status}; {key}."));
    if let Some(b) = f.string_builtin() {
        extra.push(format!(
            "Takes a `{}` (valid by construction) and stores its string form.",
            b.type_path().trim_start_matches("::")
        ));
    }
    if f.fallible_setter() {
        let rules: Vec<String> =
            describe_rules(f).into_iter().filter(|r| !r.starts_with("checked as")).collect();
        extra.push(format!(
            "Rules: {}. A value breaking them is returned as a `FieldError` at `{}`.",
            rules.join(", "),
            f.wire
        ));
    }
    let mut lines: Vec<String> = extra.iter().map(|l| format!(" {l}")).collect();
    if !docs.is_empty() {
        lines.insert(0, String::new());
    }
    let extra = one_attr(&lines);
    quote!(#(#docs)* #extra)
}

/// A getter's docs: the field's doc comments, or a line naming the field.
pub(super) fn getter(f: &Field<'_>) -> TokenStream {
    if f.docs.is_empty() {
        let line = format!(" The `{}` field (JSON key `{}`).", f.name, f.wire);
        quote!(#[doc = #line])
    } else {
        let docs = &f.docs;
        quote!(#(#docs)*)
    }
}
