//! Rules between attributes and field types, checked on the typed view before any code is emitted.
//! Every broken rule is recorded in the context, so one build reports all of them.

use std::collections::HashMap;

use quote::ToTokens;

use crate::ast::{Class, Field, Kind, Struct};
use crate::attr::Builtin;
use crate::ctxt::Ctxt;

/// Checks every field of `s`, then the struct as a whole.
pub(crate) fn check(cx: &Ctxt, s: &Struct<'_>) {
    for field in &s.fields {
        check_value_type_path(cx, s, field);
        check_default(cx, field);
        check_nested_and_flatten(cx, field);
        check_builtins(cx, field);
        check_length_and_range(cx, field);
        check_float(cx, field);
        check_string(cx, field);
        check_visibility(cx, field);
        check_hint(cx, field);
        check_serde_keys(cx, field);
        check_parts(cx, field);
    }
    check_wire_names(cx, s);
    check_money(cx, s);
}

/// `money(amount = a, currency = c)`: two required fields of types `Amount` and `Currency`, and no field
/// named `money` (the setter's name).
fn check_money(cx: &Ctxt, s: &Struct<'_>) {
    let Some((m, span)) = &s.money else { return };
    let usage = "`money(amount = <an `Amount` field>, currency = <a `Currency` field>)`";
    for (name, want) in [(&m.amount, Builtin::Amount), (&m.currency, Builtin::Currency)] {
        match s.field(name) {
            None => cx.error_at(
                name.span(),
                format!("`money` names field `{name}`, but `{}` has no such field; {usage}", s.ident),
            ),
            Some(f) if f.class != Class::Value(want) || !matches!(f.kind(), Kind::Required) => cx.error_at(
                name.span(),
                format!(
                    "`money` sets field `{name}`, which must be a required `{}` field, not `{}`; {usage}",
                    want.row().type_name,
                    type_name(f.ty)
                ),
            ),
            Some(_) => {}
        }
    }
    if let Some(f) = s.fields.iter().find(|f| f.name == "money") {
        cx.error_at(
            *span,
            format!("`money` adds a `.money(..)` setter, but `{}` already has a field `{}`", s.ident, f.name),
        );
    }
}

/// How a type reads in a message: `Option<u32>`, not `Option < u32 >`.
pub(crate) fn type_name(ty: &syn::Type) -> String {
    ty.to_token_stream()
        .to_string()
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace(" <", "<")
        .replace("< ", "<")
        .replace(" >", ">")
        .replace("& ", "&")
}

/// A field typed by a qualified path that names another crate's type with a value type's name
/// (`url::Url` under `#[payment(url)]`) is refused here, with one message. An unqualified name (`Url`)
/// cannot be resolved by a derive: the generated code then proves the type (`expand/types.rs`).
fn check_value_type_path(cx: &Ctxt, s: &Struct<'_>, f: &Field<'_>) {
    let Class::Value(class) = f.class else { return };
    let Some((b, span)) = f.attrs.builtins().into_iter().find(|(b, _)| *b == class) else { return };
    let syn::Type::Path(p) = f.inner else { return };
    if p.path.segments.len() < 2 {
        return;
    }
    let prefix: Vec<String> =
        p.path.segments.iter().take(p.path.segments.len() - 1).map(|seg| seg.ident.to_string()).collect();
    let prefix = prefix.join("::");
    let krate = s
        .krate
        .as_ref()
        .map(|k| k.to_token_stream().to_string().replace(' ', "").trim_start_matches("::").to_owned());
    let ours = match b {
        Builtin::Ip => matches!(prefix.as_str(), "std::net" | "core::net"),
        _ => prefix == "payment_core" || krate.as_deref() == Some(prefix.as_str()),
    };
    if !ours {
        let want = b.type_path().trim_start_matches("::");
        cx.error_at(
            span,
            format!(
                "`{key}` is for a `{want}` field (or a `String` kept as the wire string), but field `{name}` \
                 has type `{ty}`, another type with the same name; declare `{name}: {want}`, or remove \
                 `{key}` and implement `payment_core::wire::Collect` for `{ty}`",
                key = b.key(),
                name = f.name,
                ty = type_name(f.inner),
            ),
        );
    }
}

/// `hint` is shown by the type-state errors, which only required fields have.
fn check_hint(cx: &Ctxt, f: &Field<'_>) {
    if let (Some(hint), false) = (&f.attrs.hint, matches!(f.kind(), Kind::Required)) {
        cx.error_at(
            hint.span(),
            format!(
                "field `{}` is optional, so no compile error names it; `hint` is for required fields \
                 (put the note in the field's doc comment)",
                f.name
            ),
        );
    }
}

/// serde's field keys: `skip` needs a value for when it is absent and takes no wire key; `with` is
/// both ways, so it excludes `serialize_with` and `deserialize_with`; the keys that read a field through
/// serde (`serde`, `with`, `deserialize_with`) exclude each other and the derive's own wire forms.
fn check_serde_keys(cx: &Ctxt, f: &Field<'_>) {
    let a = &f.attrs;
    let name = &f.name;
    if a.skip.is_present() {
        if !f.optional && a.default.is_none() {
            cx.error_at(
                a.skip.span(),
                format!(
                    "field `{name}` is `skip`: it is never read, so it needs a value when it is built from \
                     JSON; add `default` (or `default = expr`), or make it an `Option`"
                ),
            );
        }
        let mut wire = Vec::new();
        let keys = [
            ("rename", a.rename.is_some()),
            ("nested", a.nested.is_present()),
            ("flatten", a.flatten.is_present()),
            ("string", a.string.is_present()),
            ("serde", a.serde.is_present()),
            ("with", a.with.is_some()),
            ("serialize_with", a.serialize_with.is_some()),
            ("deserialize_with", a.deserialize_with.is_some()),
            ("skip_serializing_if", a.skip_serializing_if.is_some()),
        ];
        wire.extend(keys.iter().filter(|(_, on)| *on).map(|(k, _)| format!("`{k}`")));
        if !wire.is_empty() {
            cx.error_at(
                a.skip.span(),
                format!(
                    "field `{name}` is `skip`: it has no place on the wire, so {} says nothing; remove it",
                    wire.join(", ")
                ),
            );
        }
    }
    if let Some(with) = &a.with {
        let both: Vec<&str> = [
            ("serialize_with", a.serialize_with.is_some()),
            ("deserialize_with", a.deserialize_with.is_some()),
        ]
        .into_iter()
        .filter_map(|(k, on)| on.then_some(k))
        .collect();
        if !both.is_empty() {
            cx.error_at(
                with.span(),
                format!(
                    "field `{name}` has `with`, which is `serialize_with` and `deserialize_with` at once (serde's \
                     meaning); remove `{}`, or write the two functions out instead of `with`",
                    both.join("` and `")
                ),
            );
        }
    }
    let through_serde: Vec<(&str, proc_macro2::Span)> = [
        ("serde", a.serde.is_present().then(|| a.serde.span())),
        // On a `flatten` field, `with` names the value's wire form (`Flatten<module::Form>`).
        ("with", a.with.as_ref().filter(|_| !a.flatten.is_present()).map(|w| w.span())),
        ("deserialize_with", a.deserialize_with.as_ref().map(|w| w.span())),
    ]
    .into_iter()
    .filter_map(|(k, span)| span.map(|s| (k, s)))
    .collect();
    if let [(first, _), (second, span), ..] = through_serde.as_slice() {
        cx.error_at(
            *span,
            format!("field `{name}` is read through serde by `{first}` already; remove `{second}`"),
        );
    }
    if let Some((key, span)) = through_serde.first() {
        let forms = [
            ("nested", a.nested.is_present()),
            ("flatten", a.flatten.is_present()),
            ("string", a.string.is_present()),
        ];
        for (form, _) in forms.iter().filter(|(_, on)| *on) {
            cx.error_at(
                *span,
                format!(
                    "field `{name}` is read through serde (`{key}`), which decides its wire form alone; \
                     remove `{form}`"
                ),
            );
        }
    }
}

/// `each(..)` is for a list, `keys(..)` and `values(..)` for a map (by the type's name, as a derive can
/// only tell; another type fails to compile at the generated call, which names the rule's function).
fn check_parts(cx: &Ctxt, f: &Field<'_>) {
    let a = &f.attrs;
    let map = crate::ast::type_is(f.inner, "BTreeMap") || crate::ast::type_is(f.inner, "HashMap");
    if let Some(each) = &a.each
        && f.class != Class::Vec
    {
        cx.error_at(
            each.span(),
            format!(
                "`each` applies rules to every element of a list, but field `{}` has type `{}`; use it on a `Vec`",
                f.name,
                type_name(f.inner)
            ),
        );
    }
    for (key, part) in [("keys", &a.keys), ("values", &a.values)] {
        if let Some(part) = part
            && !map
        {
            cx.error_at(
                part.span(),
                format!(
                    "`{key}` applies rules to every {} of a map, but field `{}` has type `{}`; use it on a \
                     `BTreeMap<String, _>` or `HashMap<String, _>`",
                    key.trim_end_matches('s'),
                    f.name,
                    type_name(f.inner)
                ),
            );
        }
    }
}

fn check_default(cx: &Ctxt, f: &Field<'_>) {
    if let (true, Some(default)) = (f.optional, &f.attrs.default) {
        cx.error_at(
            default.span(),
            format!(
                "field `{}` is an `Option`, so it is already optional (left out, it is `None`); \
                 remove `default`",
                f.name
            ),
        );
    }
}

fn check_nested_and_flatten(cx: &Ctxt, f: &Field<'_>) {
    let a = &f.attrs;
    // `nested` with `flatten`: a struct deriving `Builder` whose keys stand inline in this object, set
    // with a closure on its builder.
    if let Some(with) = &a.serialize_with
        && (a.string.is_present() || a.flatten.is_present() || a.nested.is_present())
    {
        cx.error_at(
            with.span(),
            format!(
                "field `{}` has `serialize_with`, which decides its wire form alone; remove `string`, \
                 `flatten` or `nested`",
                f.name
            ),
        );
    }
    // `length` on a nested list counts its items (the list builder's elements validate themselves).
    let counted_list = f.class == Class::Vec && a.nested.is_present();
    let validators = !a.builtins().is_empty()
        || (a.length.is_some() && !counted_list)
        || a.range.is_some()
        || a.custom.is_some()
        || a.text.is_present();
    if a.nested.is_present() && a.flatten.is_present() && f.optional {
        cx.error_at(
            a.flatten.span(),
            format!(
                "`flatten` field `{}` cannot be an `Option`: its keys are read as the object's own",
                f.name
            ),
        );
    }
    if a.nested.is_present() {
        if validators || a.string.is_present() {
            cx.error_at(
                a.nested.span(),
                format!(
                    "field `{}` is `nested`: its type derives `Builder` and validates its own fields, so \
                     put validators and `string` on the fields of that struct instead",
                    f.name
                ),
            );
        }
    } else if a.flatten.is_present() {
        let mut conflicts = Vec::new();
        if a.rename.is_some() {
            conflicts
                .push("`rename` (its keys come from its type; name them with `rename_keys(\"..\", ..)`)");
        }
        // (`serialize_with` has its own message, for `string` and `nested` too.)
        if a.deserialize_with.is_some() || a.serde.is_present() {
            conflicts.push("`deserialize_with` or `serde` (a form of the whole value is `with = module`)");
        }
        if a.default.is_some() {
            conflicts.push("`default`");
        }
        if a.string.is_present() {
            conflicts.push("`string`");
        }
        if a.length.is_some() || a.range.is_some() || a.custom.is_some() || a.text.is_present() {
            conflicts.push("`length`, `range`, `custom` or `text`");
        }
        if !conflicts.is_empty() {
            cx.error_at(
                a.flatten.span(),
                format!("`flatten` field `{}` cannot have {}", f.name, conflicts.join(", ")),
            );
        }
        if a.rename_keys.as_ref().is_some_and(|k| k.0.is_empty()) {
            cx.error_at(
                a.rename_keys.as_ref().map_or_else(|| a.flatten.span(), |k| k.span()),
                format!("`rename_keys` of field `{}` names no key; list the names in the order of its type's keys", f.name),
            );
        }
    }
    if let Some(keys) = a.rename_keys.as_ref().filter(|_| !a.flatten.is_present()) {
        cx.error_at(
            keys.span(),
            format!(
                "`rename_keys` names the keys of a `flatten` field, but field `{}` is not flattened; to rename its one key, use `rename = \"..\"`",
                f.name
            ),
        );
    }
}

fn check_builtins(cx: &Ctxt, f: &Field<'_>) {
    let builtins = f.attrs.builtins();
    if let [_, (second, span), ..] = builtins.as_slice() {
        cx.error_at(
            *span,
            format!(
                "field `{}` has more than one built-in validator; `{}` is one too many",
                f.name,
                second.key()
            ),
        );
    }
    for (b, span) in builtins {
        let short = b.type_path().trim_start_matches("::");
        match f.class {
            Class::Value(v) if v == b => {}
            Class::String if b.is_secret() => cx.error_at(
                span,
                format!(
                    "`{key}` is not allowed on a `String` field: a plain `String` holding {what} would not \
                     be masked in `Debug` output nor zeroized on drop; declare `{name}: {short}` instead \
                     (the type validates, masks and zeroizes it)",
                    key = b.key(),
                    what = b.what(),
                    name = f.name,
                ),
            ),
            Class::String => {}
            _ if b.is_secret() => cx.error_at(
                span,
                format!(
                    "`{}` checks {}, but field `{}` has type `{}`; it is only accepted on a `{short}` field",
                    b.key(),
                    b.what(),
                    f.name,
                    type_name(f.inner),
                ),
            ),
            _ => cx.error_at(
                span,
                format!(
                    "`{}` checks {}, but field `{}` has type `{}`; use it on a `String` field (kept as the \
                     wire string) or on a `{short}` field",
                    b.key(),
                    b.what(),
                    f.name,
                    type_name(f.inner),
                ),
            ),
        }
    }
}

/// A float cannot hold money exactly, and the wire layer reads none: say what to use instead.
fn check_float(cx: &Ctxt, f: &Field<'_>) {
    if f.class == Class::Float {
        cx.error_spanned_by(
            f.ty,
            format!(
                "field `{}` is a floating-point number (`{}`), which `#[derive(Builder)]` does not read: \
                 floats cannot hold money exactly (`0.1 + 0.2 != 0.3`); for money use `Amount` with a \
                 `Currency`, or `Money` (`money!(12.50 USD)`, `Money::from_major(\"12.50\", currency)`); for other \
                 quantities use an integer of the smallest unit or a decimal type that implements `Collect`",
                f.name,
                type_name(f.inner)
            ),
        );
    }
}

fn check_length_and_range(cx: &Ctxt, f: &Field<'_>) {
    if f.attrs.text.is_present()
        && matches!(
            f.class,
            Class::Bool
                | Class::Integer
                | Class::Float
                | Class::Char
                | Class::Vec
                | Class::Value(_)
                | Class::Parsed
        )
    {
        cx.error_at(
            f.attrs.text.span(),
            format!(
                "`text` checks free text, but field `{}` has type `{}`; use it on a `String` field",
                f.name,
                type_name(f.inner)
            ),
        );
    }
    if let Some(length) = &f.attrs.length {
        if length.min.is_none() && length.max.is_none() {
            cx.error_at(
                length.span(),
                "`length` needs a bound: `length(min = 1)`, `length(max = 45)` or both",
            );
        }
        if matches!(f.class, Class::Bool | Class::Integer | Class::Float | Class::Char | Class::Value(_)) {
            let hint = if matches!(f.class, Class::Integer | Class::Float) {
                "; for numbers use `range`"
            } else {
                ""
            };
            cx.error_at(
                length.span(),
                format!(
                    "`length` bounds the length of a string or list, but field `{}` has type `{}`{hint}",
                    f.name,
                    type_name(f.inner)
                ),
            );
        }
    }
    if let Some(range) = &f.attrs.range {
        if range.min.is_none() && range.max.is_none() {
            cx.error_at(range.span(), "`range` needs a bound: `range(min = 1)`, `range(max = 5)` or both");
        }
        if matches!(f.class, Class::String | Class::Bool | Class::Vec | Class::Value(_) | Class::Parsed) {
            let hint =
                if matches!(f.class, Class::String | Class::Vec) { "; for lengths use `length`" } else { "" };
            cx.error_at(
                range.span(),
                format!(
                    "`range` bounds a number, but field `{}` has type `{}`{hint}",
                    f.name,
                    type_name(f.inner)
                ),
            );
        }
    }
}

fn check_string(cx: &Ctxt, f: &Field<'_>) {
    if f.attrs.string.is_present() && matches!(f.class, Class::String | Class::Vec) {
        cx.error_at(
            f.attrs.string.span(),
            format!(
                "`string` sends a number or boolean as a JSON string, but field `{}` has type `{}`",
                f.name,
                type_name(f.inner)
            ),
        );
    }
}

fn check_visibility(cx: &Ctxt, f: &Field<'_>) {
    if matches!(f.original.vis, syn::Visibility::Inherited) || !f.has_runtime_rules() {
        return;
    }
    cx.error_spanned_by(
        &f.original.vis,
        format!(
            "field `{name}` is validated, so it must not be `pub`: code outside the crate could set an \
             invalid value; remove `pub` and use the generated getter `{name}()`",
            name = f.name
        ),
    );
}

fn check_wire_names(cx: &Ctxt, s: &Struct<'_>) {
    let mut seen: HashMap<&str, &Field<'_>> = HashMap::new();
    for f in s.keyed() {
        if let Some(first) = seen.insert(&f.wire, f) {
            let span = f.attrs.rename.as_ref().map_or_else(|| f.ident.span(), |r| r.span());
            cx.error_at(
                span,
                format!(
                    "fields `{}` and `{}` both use the JSON key \"{}\"; give one a different `rename`",
                    first.name, f.name, f.wire
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(input: syn::DeriveInput) -> Vec<String> {
        let cx = Ctxt::new();
        if let Some(s) = Struct::from_ast(&cx, &input) {
            check(&cx, &s);
        }
        match cx.check() {
            Ok(()) => Vec::new(),
            Err(e) => e.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    /// What the trybuild snapshot of the same misuses (`tests/ui/builder/fail/misuse_attributes.rs`)
    /// cannot show: each accepted use of an attribute passes the checks without a word.
    fn accepts_every_attribute_where_it_belongs() {
        let errs = errors(syn::parse_quote! {
            #[payment(rename_all = "camelCase", money(amount = total, currency = code))]
            struct Good {
                #[payment(email)]
                contact: String,
                #[payment(default)]
                retries: u8,
                #[payment(nested)]
                holder: Holder,
                #[payment(flatten)]
                expiry: Expiry,
                #[payment(length(min = 1, max = 45), text, hint = "the order's reference")]
                reference: String,
                #[payment(rename = "ref2", string, range(min = 1, max = 5))]
                window: u8,
                pan: CardNumber,
                total: Amount,
                code: Currency,
                #[payment(custom = zone)]
                zone: Option<String>,
                // A value type named by its own qualified path is that type, not a foreign namesake.
                #[payment(ip)]
                customer_ip: std::net::IpAddr,
                #[payment(ip)]
                server_ip: core::net::IpAddr,
                #[payment(url)]
                site: payment_core::Url,
            }
        });
        assert_eq!(errs, Vec::<String>::new());
    }

    /// Each attribute that conflicts with `serialize_with`, `nested` or `flatten` is refused on its own,
    /// not only in company (the trybuild snapshot shows the messages; this covers every alternative).
    #[test]
    fn each_conflicting_attribute_is_refused_alone() {
        let with = "has `serialize_with`, which decides its wire form alone";
        let nested = "is `nested`: its type derives `Builder`";
        let flat = "`flatten` field `a` cannot have `length`, `range`, `custom` or `text`";
        let cases: Vec<(syn::DeriveInput, &str)> = vec![
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(serialize_with = w, string)]
                        a: u8,
                    }
                ),
                with,
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(serialize_with = w, flatten)]
                        a: E,
                    }
                ),
                with,
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(serialize_with = w, nested)]
                        a: N,
                    }
                ),
                with,
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(nested, email)]
                        a: N,
                    }
                ),
                nested,
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(nested, length(max = 3))]
                        a: N,
                    }
                ),
                nested,
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(nested, range(max = 3))]
                        a: N,
                    }
                ),
                nested,
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(nested, custom = c)]
                        a: N,
                    }
                ),
                nested,
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(nested, text)]
                        a: N,
                    }
                ),
                nested,
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(nested, string)]
                        a: N,
                    }
                ),
                nested,
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(flatten, length(max = 3))]
                        a: E,
                    }
                ),
                flat,
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(flatten, range(max = 3))]
                        a: E,
                    }
                ),
                flat,
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(flatten, custom = c)]
                        a: E,
                    }
                ),
                flat,
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(flatten, text)]
                        a: E,
                    }
                ),
                flat,
            ),
        ];
        for (input, want) in cases {
            let attrs = quote::ToTokens::to_token_stream(&input).to_string();
            let errs = errors(input);
            assert!(errs.iter().any(|e| e.contains(want)), "{attrs}: expected {want:?}, got {errs:?}");
        }
    }

    /// A built-in validator on a field of another type: refused, with the fix for a plain validator
    /// (a `String` or its own type) and for a secret one (its own type only; never a `String`).
    #[test]
    fn a_built_in_validator_on_another_type_names_the_types_it_belongs_on() {
        let cases: Vec<(syn::DeriveInput, &str)> = vec![
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(email)]
                        a: Currency,
                    }
                ),
                "`email` checks an email address, but field `a` has type `Currency`; use it on a `String` field",
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(email)]
                        a: u64,
                    }
                ),
                "`email` checks an email address, but field `a` has type `u64`; use it on a `String` field",
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(card_number)]
                        a: u64,
                    }
                ),
                "it is only accepted on a `payment_core::CardNumber` field",
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(cvc)]
                        a: String,
                    }
                ),
                "`cvc` is not allowed on a `String` field: a plain `String` holding a card verification code",
            ),
        ];
        for (input, want) in cases {
            let label = quote::ToTokens::to_token_stream(&input).to_string();
            let errs = errors(input);
            assert!(errs.iter().any(|e| e.contains(want)), "{label}: expected {want:?}, got {errs:?}");
        }
    }

    /// `string` on a text field, a validated field left `pub`, and two fields on one JSON key: each
    /// refused with its fix.
    #[test]
    fn string_on_text_pub_validated_fields_and_shared_keys_are_refused() {
        let cases: Vec<(syn::DeriveInput, &str)> = vec![
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(string)]
                        a: String,
                    }
                ),
                "`string` sends a number or boolean as a JSON string, but field `a` has type `String`",
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(string)]
                        a: Vec<u8>,
                    }
                ),
                "`string` sends a number or boolean as a JSON string, but field `a` has type `Vec",
            ),
            (
                syn::parse_quote!(
                    struct S {
                        #[payment(length(max = 3))]
                        pub a: String,
                    }
                ),
                "field `a` is validated, so it must not be `pub`",
            ),
            (
                syn::parse_quote!(
                    struct S {
                        a: u8,
                        #[payment(rename = "a")]
                        b: u8,
                    }
                ),
                "fields `a` and `b` both use the JSON key \"a\"; give one a different `rename`",
            ),
        ];
        for (input, want) in cases {
            let label = quote::ToTokens::to_token_stream(&input).to_string();
            let errs = errors(input);
            assert!(errs.iter().any(|e| e.contains(want)), "{label}: expected {want:?}, got {errs:?}");
        }
        // A `pub` field without a runtime rule stays allowed.
        assert_eq!(
            errors(syn::parse_quote!(
                struct S {
                    pub a: u8,
                    pub b: String,
                }
            )),
            Vec::<String>::new()
        );
    }

    #[test]
    fn shapes() {
        let e = errors(syn::parse_quote!(
            enum E {
                A,
            }
        ));
        assert!(e[0].contains("is an enum"));
        let e = errors(syn::parse_quote!(
            struct T(u8);
        ));
        assert!(e[0].contains("tuple struct"));
        let e = errors(syn::parse_quote!(
            struct U;
        ));
        assert!(e[0].contains("unit struct"));
    }
}
