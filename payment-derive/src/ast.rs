//! The derive's typed view of its input: a [`Struct`] of [`Field`]s, each knowing its wire name, whether it
//! is required, optional (`Option<U>`) or defaulted, and what kind of type it holds.
//!
//! Shape errors (enum, union, tuple or unit struct) are reported here; rules between attributes are in
//! `check.rs`.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Fields, GenericArgument, Generics, Ident, PathArguments, Type};

use crate::attr;
pub(crate) use crate::attr::{Bounds, Builtin};
use crate::ctxt::Ctxt;

/// A struct with named fields that derives `Builder`.
pub(crate) struct Struct<'a> {
    /// The struct's name.
    pub(crate) ident: &'a Ident,
    /// The struct's visibility, given to the builder and every generated method.
    pub(crate) vis: &'a syn::Visibility,
    /// The struct's generics, repeated on the builder.
    pub(crate) generics: &'a Generics,
    /// The fields, in declaration order.
    pub(crate) fields: Vec<Field<'a>>,
    /// `#[payment(money(amount = .., currency = ..))]`, with the span of `money`.
    pub(crate) money: Option<(attr::MoneyFields, Span)>,
    /// `#[payment(collect_errors)]`: the builder has the collecting mode too.
    pub(crate) collect_errors: bool,
    /// `#[payment(schema)]`: the struct has a JSON Schema.
    pub(crate) schema: bool,
    /// `#[payment(box_values)]`: the builder keeps its values in a `Box`.
    pub(crate) box_values: bool,
    /// `#[payment(check = path)]`: the struct-level rule.
    pub(crate) check: Option<syn::Path>,
    /// `#[payment(crate = "path")]`: the path of `payment_core` when it is not `::payment_core`.
    pub(crate) krate: Option<syn::Path>,
}

/// One named field.
pub(crate) struct Field<'a> {
    /// The field as written.
    pub(crate) original: &'a syn::Field,
    /// The field's name (also the setter's and getter's name).
    pub(crate) ident: &'a Ident,
    /// The name without a raw-identifier prefix, for messages and derived names.
    pub(crate) name: String,
    /// The field's type.
    pub(crate) ty: &'a Type,
    /// `U` for an `Option<U>` field, else the field's type.
    pub(crate) inner: &'a Type,
    /// Whether the field's type is `Option<U>`.
    pub(crate) optional: bool,
    /// What kind of type `inner` is, for choosing and checking validators.
    pub(crate) class: Class,
    /// The parsed `#[payment(..)]` keys, as written: read by `check.rs` (which needs their spans) and by
    /// nothing in `expand/`, which reads only the model below (a test in `expand/mod.rs` holds it so).
    pub(crate) attrs: attr::Field,
    /// The key of the field in JSON.
    pub(crate) wire: String,
    /// How the value sits in the JSON object.
    pub(crate) form: Form,
    /// The type derives `Builder` too (`nested`): a closure setter, validation that recurses.
    pub(crate) nested: bool,
    /// Every rule the field's value must pass beyond what its type enforces, parsed once: the setters,
    /// the JSON reader, `CheckRules`, the schema and the docs all read this list.
    pub(crate) rules: Vec<Rule>,
    /// The function that writes the field: `serialize_with = path`, or `module::serialize` of
    /// `with = module`.
    pub(crate) serialize_with: Option<syn::Path>,
    /// How `from_json` reads the field.
    pub(crate) read: Read,
    /// `skip`: never written or read.
    pub(crate) skip: bool,
    /// `skip_serializing_if = path`: left out when `path(&value)` is true.
    pub(crate) skip_serializing_if: Option<syn::Path>,
    /// `schema_with = path`: the field's JSON Schema.
    pub(crate) schema_with: Option<syn::Path>,
    /// `hint = "..."`: the note of the missing and set-twice errors.
    pub(crate) hint: Option<String>,
    /// For a `flatten` field: its wire form (`with = module`, the module's `Form`) and the names of its
    /// keys here (`rename_keys`).
    pub(crate) flat: Option<Flat>,
    /// The built-in validator keys on the field, with their spans (for the type proof of `types.rs`).
    pub(crate) builtins: Vec<(Builtin, Span)>,
    /// `default` (`Some(None)`) or `default = expr` (`Some(Some(expr))`).
    default: Option<Option<syn::Expr>>,
    /// The field's `///` doc comments, carried over to its setter and getter.
    pub(crate) docs: Vec<&'a Attribute>,
}

/// How a flattened field sits in its parent: the form and the key names, each the type's own unless
/// given.
pub(crate) struct Flat {
    /// `with = module` on a `flatten` field: `Flatten<module::Form>`.
    pub(crate) form: Option<syn::Path>,
    /// `rename_keys(..)`, with the attribute's span.
    pub(crate) keys: Option<(Vec<String>, Span)>,
}

/// One rule of a field, checked at run time. Every place that acts on a field's rules matches on this
/// enum (`expand/rules.rs`, `expand/schema.rs`), so a new rule cannot be added without deciding, in each,
/// what it does; in particular [`Rule::setter_check`] decides whether a setter checks it, and a setter
/// returns a `Result` exactly when one of its rules says so.
#[derive(Clone)]
pub(crate) enum Rule {
    /// `length(min, max)`: characters of a string, items of a `Vec`.
    Length(Bounds),
    /// `range(min, max)`: bounds of a number.
    Range(Bounds),
    /// `text`: free text, no control characters or bidirectional overrides.
    Text,
    /// `custom = path`: the user's own `fn(&T) -> Result<(), Invalid>`.
    Custom(syn::Path),
    /// A built-in validator on a `String` kept as the wire string (`#[payment(currency)] code: String`):
    /// checked as the value type when data arrives.
    CheckedAs(Builtin),
    /// `each(..)`: these rules on every element of a `Vec`, each failure at its index.
    Each(Vec<Rule>),
    /// `keys(..)`: these rules on every key of a map, each failure at its entry.
    Keys(Vec<Rule>),
    /// `values(..)`: these rules on every value of a map, each failure at its entry.
    Values(Vec<Rule>),
}

/// How a setter makes sure a rule holds.
pub(crate) enum SetterCheck {
    /// The setter's parameter type is the proof: it takes the value type (`CheckedAs`).
    ByType,
    /// The setter runs the rule and fails (checked mode) or records (collecting mode).
    AtRunTime,
}

impl Rule {
    /// How a setter of a field with this rule makes sure it holds.
    pub(crate) fn setter_check(&self) -> SetterCheck {
        match self {
            Rule::Length(_)
            | Rule::Range(_)
            | Rule::Text
            | Rule::Custom(_)
            | Rule::Each(_)
            | Rule::Keys(_)
            | Rule::Values(_) => SetterCheck::AtRunTime,
            Rule::CheckedAs(_) => SetterCheck::ByType,
        }
    }
}

/// How a field's value sits in the JSON object: the one question `serialize.rs`, `collect.rs`, the
/// builder's values struct and the docs each ask, answered once. (`check.rs` refuses `flatten` with
/// `string` or `serialize_with`; were both given anyway, the first of these wins.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// Several keys of this object (`flatten`): the type implements `Flatten`.
    Flattened,
    /// Its own key; a number or boolean sent as a JSON string (`string`): `Display` / `FromStr`.
    Stringly,
    /// Its own key, written by the user's function (`serialize_with`), read with `Collect`.
    SerializeWith,
    /// Its own key, written with `Serialize`, read with `Collect`.
    Plain,
}

/// How `from_json` reads a field's value (flattened and `string` fields aside, which `Form` says).
#[derive(Clone)]
pub(crate) enum Read {
    /// With the type's own `Collect`: every problem inside it reported.
    Collect,
    /// With the type's `Deserialize` (`serde`), the value buffered first: its first error is reported at
    /// the field, with serde's expectation, and the reading goes on.
    Serde,
    /// With the user's function (`deserialize_with = path`, or `module::deserialize` of `with`),
    /// buffered the same way.
    With(syn::Path),
}

/// What a field's (inner) type is, as far as the derive can tell from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// `String`.
    String,
    /// A primitive integer.
    Integer,
    /// `f32` / `f64`.
    Float,
    /// `bool`.
    Bool,
    /// `char`.
    Char,
    /// `Vec<_>`.
    Vec,
    /// One of payment-core's value types (by last path segment, e.g. `Currency`).
    Value(Builtin),
    /// One of payment-core's value types that has no built-in attribute (`ShopperReturnUrl`,
    /// `CountryOrUnknown`): its setter takes it through `IntoValue` as a built-in's does (text too, in
    /// collecting mode), and no attribute checks a `String` by its rule.
    Parsed,
    /// Anything else: checked by the compiler through the traits the generated code uses.
    Other,
}

impl Class {
    /// Classifies a type by its last path segment.
    fn of(ty: &Type) -> Self {
        let Some(last) = last_segment(ty) else { return Class::Other };
        let name = last.ident.to_string();
        match name.as_str() {
            "String" => Class::String,
            "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
            | "isize" => Class::Integer,
            "f32" | "f64" => Class::Float,
            "bool" => Class::Bool,
            "char" => Class::Char,
            "Vec" => Class::Vec,
            "ShopperReturnUrl" | "CountryOrUnknown" => Class::Parsed,
            _ => Builtin::of_type_name(&name).map_or(Class::Other, Class::Value),
        }
    }
}

/// Whether the field is needed before `build()`, and what it becomes when left out.
pub(crate) enum Kind<'a> {
    /// Must be set: one type-state parameter.
    Required,
    /// `Option<U>`: `None` when left out.
    Optional,
    /// `#[payment(default)]` (`None`: `Default::default()`) or `default = expr`.
    Default(Option<&'a syn::Expr>),
}

impl<'a> Struct<'a> {
    /// Builds the view, recording shape and attribute errors in `cx`. `None` if the input is not a struct
    /// with named fields.
    pub(crate) fn from_ast(cx: &Ctxt, input: &'a DeriveInput) -> Option<Self> {
        let container = attr::container(cx, input);
        let name = &input.ident;
        let fields = match &input.data {
            Data::Struct(s) => {
                match &s.fields {
                    Fields::Named(named) => &named.named,
                    Fields::Unnamed(f) => {
                        cx.error_spanned_by(
                            f,
                            format!(
                                "`#[derive(Builder)]` needs named fields, but `{name}` is a tuple struct; \
                             write it as `struct {name} {{ field: Type, .. }}`"
                            ),
                        );
                        return None;
                    }
                    Fields::Unit => {
                        cx.error_spanned_by(
                        name,
                        format!("`#[derive(Builder)]` needs named fields, but `{name}` is a unit struct with none"),
                    );
                        return None;
                    }
                }
            }
            Data::Enum(e) => {
                // `expand::derive` reads an enum as a string enum (`ast_enum.rs`) and never comes here.
                cx.error_at(
                    e.enum_token.span(),
                    format!("`{name}` is an enum, which `ast_enum::Enum` reads, not this struct view"),
                );
                return None;
            }
            Data::Union(u) => {
                cx.error_at(
                    u.union_token.span(),
                    format!(
                        "`#[derive(Builder)]` works on structs with named fields, but `{name}` is a union"
                    ),
                );
                return None;
            }
        };
        let rename_all = container.rename_all.as_ref().and_then(|rule| {
            let parsed = RenameRule::parse(rule);
            if parsed.is_none() {
                cx.error_at(
                    rule.span(),
                    format!(
                        "unknown `rename_all` rule \"{}\"; expected one of: {}",
                        rule.as_str(),
                        RenameRule::NAMES
                    ),
                );
            }
            parsed
        });
        let fields = fields.iter().map(|f| Field::from_ast(cx, f, rename_all)).collect();
        let money = container.money.map(|m| {
            let span = m.span();
            (m.into_inner(), span)
        });
        let collect_errors = container.collect_errors.is_present();
        let schema = container.schema.is_present();
        let box_values = container.box_values.is_present();
        let check = container.check.map(|c| c.into_inner());
        let krate = container.krate;
        Some(Struct {
            ident: name,
            vis: &input.vis,
            generics: &input.generics,
            fields,
            money,
            collect_errors,
            schema,
            box_values,
            check,
            krate,
        })
    }

    /// The name of the struct holding a builder's values: `__CardBuilderValues`.
    pub(crate) fn values_ident(&self) -> Ident {
        quote::format_ident!("__{}Values", self.builder_ident())
    }

    /// The values struct's type with the struct's own generic arguments: `__CardBuilderValues<'a, T>`.
    pub(crate) fn values_ty(&self) -> proc_macro2::TokenStream {
        let values = self.values_ident();
        let (_, ty_g, _) = self.generics.split_for_impl();
        quote::quote!(#values #ty_g)
    }

    /// The builder's name: `CardBuilder`.
    pub(crate) fn builder_ident(&self) -> Ident {
        Ident::new(&format!("{}Builder", self.ident), self.ident.span())
    }

    /// The hidden module with the per-field state traits: `card_builder`. rustc prints its path in
    /// notes (`card_builder::number_is_set`), so it reads as words, not as an internal name.
    pub(crate) fn state_mod(&self) -> Ident {
        Ident::new(&format!("{}_builder", snake_case(&self.ident.to_string())), Span::call_site())
    }

    /// The field named `name`.
    pub(crate) fn field(&self, name: &Ident) -> Option<&Field<'a>> {
        self.fields.iter().find(|f| f.ident == name)
    }

    /// The `Amount` and `Currency` fields that `.money(..)` sets, if the struct has the attribute and
    /// both fields are there.
    pub(crate) fn money_fields(&self) -> Option<(&Field<'a>, &Field<'a>)> {
        let (m, _) = self.money.as_ref()?;
        Some((self.field(&m.amount)?, self.field(&m.currency)?))
    }

    /// The fields that have a type-state parameter.
    pub(crate) fn required(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields.iter().filter(|f| matches!(f.kind(), Kind::Required))
    }

    /// The fields that are stored in the struct's own JSON keys (not flattened, not skipped).
    pub(crate) fn keyed(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields.iter().filter(|f| f.form != Form::Flattened && !f.skip)
    }

    /// The fields flattened into the struct's object.
    pub(crate) fn flattened(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields.iter().filter(|f| f.form == Form::Flattened)
    }
}

impl<'a> Field<'a> {
    fn from_ast(cx: &Ctxt, field: &'a syn::Field, rename_all: Option<RenameRule>) -> Self {
        let ident = field.ident.as_ref().expect("named field");
        let name = ident.to_string().trim_start_matches("r#").to_owned();
        let attrs = attr::field(cx, field);
        let (optional, inner) = match option_inner(&field.ty) {
            Some(inner) => (true, inner),
            None => (false, &field.ty),
        };
        let wire = match &attrs.rename {
            Some(rename) => rename.as_str().to_owned(),
            None => rename_all.map_or_else(|| name.clone(), |rule| rule.apply(&name)),
        };
        let docs = field.attrs.iter().filter(|a| a.path().is_ident("doc")).collect();
        let form = if attrs.flatten.is_present() {
            Form::Flattened
        } else if attrs.string.is_present() {
            Form::Stringly
        } else if attrs.serialize_with.is_some() || attrs.with.is_some() {
            Form::SerializeWith
        } else {
            Form::Plain
        };
        let class = Class::of(inner);
        let builtins = attrs.builtins();
        let rules = rules(&attrs, class, &builtins);
        // On a flattened field, `with` names the wire form of the whole value (serde's `with` on a
        // `flatten` field), not two functions of one key.
        let flat = (form == Form::Flattened).then(|| Flat {
            form: attrs.with.as_ref().map(|w| (**w).clone()),
            keys: attrs.rename_keys.as_ref().map(|k| (k.0.clone(), k.span())),
        });
        let with = if flat.is_some() { None } else { attrs.with.as_ref() };
        Field {
            original: field,
            ident,
            name,
            ty: &field.ty,
            inner,
            optional,
            class,
            nested: attrs.nested.is_present(),
            serialize_with: match (&attrs.serialize_with, with) {
                (Some(path), _) => Some((**path).clone()),
                (None, Some(module)) => Some(in_module(module, "serialize")),
                (None, None) => None,
            },
            read: match (&attrs.deserialize_with, with, attrs.serde.is_present()) {
                (Some(path), _, _) => Read::With((**path).clone()),
                (None, Some(module), _) => Read::With(in_module(module, "deserialize")),
                (None, None, true) => Read::Serde,
                (None, None, false) => Read::Collect,
            },
            skip: attrs.skip.is_present(),
            skip_serializing_if: attrs.skip_serializing_if.as_ref().map(|p| (**p).clone()),
            schema_with: attrs.schema_with.as_ref().map(|p| (**p).clone()),
            hint: attrs.hint.as_ref().map(|h| h.as_str().to_owned()),
            flat,
            default: attrs.default.as_ref().map(|d| d.as_ref().as_ref().explicit().cloned()),
            builtins,
            rules,
            attrs,
            wire,
            form,
            docs,
        }
    }

    /// Required, optional or defaulted. (`default` on an `Option` is an error reported by `check.rs`;
    /// such a field counts as optional.)
    pub(crate) fn kind(&self) -> Kind<'_> {
        if self.optional {
            Kind::Optional
        } else if let Some(default) = &self.default {
            Kind::Default(default.as_ref())
        } else {
            Kind::Required
        }
    }

    /// The built-in validator whose value type the setter takes, when the field is kept as a wire
    /// `String`: `#[payment(currency)] currency: String` takes `impl Into<Currency>`.
    pub(crate) fn string_builtin(&self) -> Option<Builtin> {
        self.rules.iter().find_map(|r| match r {
            Rule::CheckedAs(b) => Some(*b),
            _ => None,
        })
    }

    /// Whether a setter must check a rule at run time: it then returns a `Result` (checked mode) or
    /// records the failure (collecting mode). Follows from the rules, so no rule goes unchecked.
    pub(crate) fn fallible_setter(&self) -> bool {
        self.rules.iter().any(|r| matches!(r.setter_check(), SetterCheck::AtRunTime))
    }

    /// Whether a value of the field can break a rule that its type does not enforce (so the field must
    /// stay private and be checked when data arrives).
    pub(crate) fn has_runtime_rules(&self) -> bool {
        !self.rules.is_empty()
    }

    /// The field's wire name as a path segment of its errors: the name, or `["a.b"]` escaped when it has
    /// `.`, `[` or `"` in it (as the reader writes it), so that it cannot read as a nested path.
    pub(crate) fn path(&self) -> String {
        if self.wire.contains(['.', '[', '"']) {
            payment_rules::text::path_segment(&self.wire)
        } else {
            self.wire.clone()
        }
    }

    /// The marker type parameter of a required field: `__Number`.
    pub(crate) fn state_param(&self) -> Ident {
        Ident::new(&format!("__{}", camel_case(&self.name, true)), Span::call_site())
    }

    /// The trait a required field's marker implements once set: `number_is_set`.
    pub(crate) fn set_trait(&self) -> Ident {
        Ident::new(&format!("{}_is_set", self.name), Span::call_site())
    }

    /// The field of the values struct holding a flattened field's partial read: `__expiry_partial`.
    /// A flattened field's wire form, for `Flatten<Form>`: the `with` module's `Form`, or `Natural`.
    pub(crate) fn flat_form(&self) -> TokenStream {
        match self.flat.as_ref().and_then(|f| f.form.as_ref()) {
            // At the path's span, so a module without a `Form` is named where it is written.
            Some(module) => quote::quote_spanned!(module.span()=> #module::Form),
            None => quote!(::payment_core::__private::Natural),
        }
    }

    /// The names of a flattened field's keys in this object: `rename_keys`, or its type's `KEYS`.
    pub(crate) fn flat_keys(&self) -> TokenStream {
        match self.flat.as_ref().and_then(|f| f.keys.as_ref()) {
            Some((keys, _)) => quote!(&[#(#keys),*]),
            None => {
                let (inner, form) = (self.inner, self.flat_form());
                quote!(<#inner as ::payment_core::__private::Flatten<#form>>::KEYS)
            }
        }
    }

    pub(crate) fn partial_ident(&self) -> Ident {
        self.derived_ident("__", "_partial")
    }

    /// The trait a nested field's closure implements: `card_closure`.
    pub(crate) fn closure_trait(&self) -> Ident {
        Ident::new(&format!("{}_closure", self.name), Span::call_site())
    }

    /// The trait a required field's marker implements while unset: `number_is_unset`.
    pub(crate) fn unset_trait(&self) -> Ident {
        Ident::new(&format!("{}_is_unset", self.name), Span::call_site())
    }

    /// A name derived from the field's: `maybe_number`, `number_value`. Spanned at the field.
    pub(crate) fn derived_ident(&self, prefix: &str, suffix: &str) -> Ident {
        Ident::new(&format!("{prefix}{}{suffix}", self.name), self.ident.span())
    }
}

/// A field's rules from its attributes, in the order they run: `length`, `range`, `text`, `custom`, then
/// the value-type check of a wire `String`.
fn rules(attrs: &attr::Field, class: Class, builtins: &[(Builtin, Span)]) -> Vec<Rule> {
    let mut rules = Vec::new();
    rules.extend(attrs.length.as_ref().map(|b| Rule::Length((**b).clone())));
    rules.extend(attrs.range.as_ref().map(|b| Rule::Range((**b).clone())));
    if attrs.text.is_present() {
        rules.push(Rule::Text);
    }
    rules.extend(attrs.custom.as_ref().map(|p| Rule::Custom((**p).clone())));
    rules.extend(attrs.each.as_ref().map(|e| Rule::Each(element_rules(e))));
    rules.extend(attrs.keys.as_ref().map(|e| Rule::Keys(element_rules(e))));
    rules.extend(attrs.values.as_ref().map(|e| Rule::Values(element_rules(e))));
    if class == Class::String {
        // Secret kinds are refused on a `String` by `check.rs` (only their own type masks them).
        rules.extend(builtins.iter().map(|(b, _)| *b).find(|b| !b.is_secret()).map(Rule::CheckedAs));
    }
    rules
}

/// The rules inside `each(..)`, `keys(..)` or `values(..)`, in the order they run.
fn element_rules(e: &attr::ElementRules) -> Vec<Rule> {
    let mut rules = Vec::new();
    rules.extend(e.length.clone().map(Rule::Length));
    rules.extend(e.range.clone().map(Rule::Range));
    if e.text.is_present() {
        rules.push(Rule::Text);
    }
    rules.extend(e.custom.clone().map(Rule::Custom));
    rules
}

/// `module::name`, for `with = module`.
fn in_module(module: &syn::Path, name: &str) -> syn::Path {
    let mut path = module.clone();
    path.segments.push(syn::PathSegment::from(Ident::new(name, Span::call_site())));
    path
}

/// The `T` of `Option<T>` (also `std::option::Option`, `core::option::Option`).
fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let segments: Vec<_> = path.path.segments.iter().map(|s| s.ident.to_string()).collect();
    let is_option = matches!(
        segments.iter().map(String::as_str).collect::<Vec<_>>().as_slice(),
        ["Option"] | ["std" | "core", "option", "Option"]
    );
    if !is_option {
        return None;
    }
    match &path.path.segments.last()?.arguments {
        PathArguments::AngleBracketed(args) if args.args.len() == 1 => match args.args.first()? {
            GenericArgument::Type(inner) => Some(inner),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `ty`'s last path segment is `name` (`HashMap` for `std::collections::HashMap<K, V>`).
pub(crate) fn type_is(ty: &Type, name: &str) -> bool {
    last_segment(ty).is_some_and(|s| s.ident == name)
}

fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(p) if p.qself.is_none() => p.path.segments.last(),
        Type::Group(g) => last_segment(&g.elem),
        Type::Paren(p) => last_segment(&p.elem),
        _ => None,
    }
}

/// A `rename_all` rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RenameRule {
    Camel,
    Pascal,
    Snake,
    ScreamingSnake,
    Kebab,
}

impl RenameRule {
    const NAMES: &'static str = "camelCase, PascalCase, snake_case, SCREAMING_SNAKE_CASE, kebab-case";

    fn parse(rule: &str) -> Option<Self> {
        Some(match rule {
            "camelCase" => RenameRule::Camel,
            "PascalCase" => RenameRule::Pascal,
            "snake_case" => RenameRule::Snake,
            "SCREAMING_SNAKE_CASE" => RenameRule::ScreamingSnake,
            "kebab-case" => RenameRule::Kebab,
            _ => return None,
        })
    }

    /// Applies the rule to a snake_case field name.
    pub(crate) fn apply(self, field: &str) -> String {
        match self {
            RenameRule::Camel => camel_case(field, false),
            RenameRule::Pascal => camel_case(field, true),
            RenameRule::Snake => field.to_owned(),
            RenameRule::ScreamingSnake => field.to_ascii_uppercase(),
            RenameRule::Kebab => field.replace('_', "-"),
        }
    }
}

/// `screen_color_depth` -> `screenColorDepth` (or `ScreenColorDepth` with `upper_first`).
fn camel_case(snake: &str, upper_first: bool) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = upper_first;
    for ch in snake.chars() {
        if ch == '_' {
            upper = !out.is_empty() || upper_first;
        } else if upper {
            out.extend(ch.to_uppercase());
            upper = false;
        } else {
            out.push(ch);
        }
    }
    out
}

/// `PaymentRequest` -> `payment_request`.
pub(crate) fn snake_case(camel: &str) -> String {
    let mut out = String::with_capacity(camel.len() + 4);
    for (i, ch) in camel.chars().enumerate() {
        if ch.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(ch.to_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames() {
        assert_eq!(RenameRule::Camel.apply("screen_color_depth"), "screenColorDepth");
        assert_eq!(RenameRule::Pascal.apply("accept_header"), "AcceptHeader");
        assert_eq!(RenameRule::Kebab.apply("risk_details"), "risk-details");
        assert_eq!(RenameRule::ScreamingSnake.apply("a_b"), "A_B");
        assert_eq!(RenameRule::Snake.apply("a_b"), "a_b");
        assert_eq!(snake_case("PaymentRequest"), "payment_request");
    }

    #[test]
    fn finds_option_inner_type() {
        let ty: Type = syn::parse_quote!(Option<String>);
        assert!(option_inner(&ty).is_some());
        let ty: Type = syn::parse_quote!(std::option::Option<u8>);
        assert!(option_inner(&ty).is_some());
        let ty: Type = syn::parse_quote!(Vec<String>);
        assert!(option_inner(&ty).is_none());
    }

    /// Each rule a setter checks makes the setter fallible, and the only rule that does not is the one
    /// whose check is the setter's parameter type: the list decides both (issue 26).
    #[test]
    fn every_rule_decides_whether_the_setter_checks() {
        let input: syn::DeriveInput = syn::parse_quote! {
            struct S {
                #[payment(length(max = 3))] a: String,
                #[payment(range(min = 1))] b: u32,
                #[payment(text)] c: String,
                #[payment(custom = f)] d: String,
                #[payment(currency)] e: String,
                f: String,
            }
        };
        let cx = Ctxt::new();
        let s = Struct::from_ast(&cx, &input).unwrap();
        cx.check().unwrap();
        let seen: Vec<(String, usize, bool)> =
            s.fields.iter().map(|f| (f.name.clone(), f.rules.len(), f.fallible_setter())).collect();
        assert_eq!(
            seen,
            [
                ("a".into(), 1, true),
                ("b".into(), 1, true),
                ("c".into(), 1, true),
                ("d".into(), 1, true),
                ("e".into(), 1, false),
                ("f".into(), 0, false),
            ]
        );
        for f in &s.fields {
            let at_run_time =
                f.rules.iter().filter(|r| matches!(r.setter_check(), SetterCheck::AtRunTime)).count();
            assert_eq!(at_run_time > 0, f.fallible_setter(), "{}", f.name);
        }
    }

    #[test]
    fn classifies_types() {
        let ty: Type = syn::parse_quote!(payment_core::Currency);
        assert_eq!(Class::of(&ty), Class::Value(Builtin::Currency));
        let ty: Type = syn::parse_quote!(u32);
        assert_eq!(Class::of(&ty), Class::Integer);
        let ty: Type = syn::parse_quote!(std::string::String);
        assert_eq!(Class::of(&ty), Class::String);
    }
}
