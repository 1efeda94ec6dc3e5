//! The variants: how each library under test declares a struct and builds a value of it.
//!
//! Each generated struct gets one `pub fn make_<struct>()` that calls every setter once and then
//! `build()`, so the builder's code is type-checked, instantiated and code-generated, not only declared.
//! Every variant uses its library's default configuration, plus what it needs to make exactly the
//! `Option` fields optional with a setter taking the inner value.
//!
//! The enums of the `adyen` suite: `ours` derives `payment_core::Builder` on them (the string enums and
//! the union, with serde's `rename_all` and `tag` in `#[payment(..)]`) and sets the union through its
//! nested builder (`.payment_method(|m| m.scheme(|s| s.number(..)..))`); `stack` derives serde's
//! `Serialize` and `Deserialize` with the same `#[serde(..)]` keys (bon derives nothing on an enum, and
//! validator needs nothing on a field without rules); every other variant declares plain enums. Outside
//! `ours`, the union is set as a value, `PaymentMethod3::Scheme(<the struct built as usual>)`.
//!
//! The list of the `adyen-lists` suite (`line_items: Option<Vec<LineItem3>>`): `ours` marks it
//! `#[payment(nested)]` and pushes each element through the list builder
//! (`.line_items(|l| l.push(|i| i.id(..)..).push(|i| ..))`); `stack` marks it `#[validate(nested)]` (and
//! imports `validator::Validate`, which that expansion calls by method syntax); every other variant passes
//! `vec![<each element built as usual>]`. The map (`metadata: Option<BTreeMap<String, String>>`) is a
//! plain value everywhere. No variant has field rules there either.

use std::fmt;

use crate::reference::{self, Shape};
use crate::suite::{EnumDef, EnumShape, Field, FieldType, Shape as StructShape, StructDef};

/// A way of constructing the suite's structs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Variant {
    /// `#[derive(payment_core::Builder)]`: type-state builder, and everything else the derive emits
    /// (validators, serialization, the `Collect` wire reader).
    Ours,
    /// `#[derive(bon::Builder)]`.
    Bon,
    /// `#[derive(bon::Builder, Serialize, Deserialize, Validate)]`: what a user writes today to get what
    /// our derive gives (a type-state builder, the wire format both ways, a validator), with no field
    /// rules, just as `ours` gets none in the generic suites.
    Stack,
    /// `#[derive(typed_builder::TypedBuilder)]`.
    TypedBuilder,
    /// `#[derive(derive_builder::Builder)]` with the owned pattern; missing fields are runtime errors.
    DeriveBuilder,
    /// No derive: a plain struct literal. The floor every builder is compared with.
    Literal,
    /// No derive: the recommended type-state builder shape written out by hand (see [`crate::reference`]),
    /// builder only. The yardstick for the builder part of `ours`.
    Reference,
    /// `reference` with setters taking the field's own type instead of `impl Into<T>`: a prototype.
    ReferenceExact,
    /// A builder written out by hand with no type state (completeness checked at run time), setters
    /// taking the field's own type: a prototype, the floor of the builder part.
    ReferenceRunTime,
}

impl Variant {
    /// All variants, in the order a round builds them.
    pub(crate) const ALL: [Variant; 9] = [
        Variant::Ours,
        Variant::Bon,
        Variant::Stack,
        Variant::TypedBuilder,
        Variant::DeriveBuilder,
        Variant::Literal,
        Variant::Reference,
        Variant::ReferenceExact,
        Variant::ReferenceRunTime,
    ];

    /// The name used on the command line, in package names and in the report.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Variant::Ours => "ours",
            Variant::Bon => "bon",
            Variant::Stack => "stack",
            Variant::TypedBuilder => "typed-builder",
            Variant::DeriveBuilder => "derive_builder",
            Variant::Literal => "literal",
            Variant::Reference => "reference",
            Variant::ReferenceExact => "reference-exact",
            Variant::ReferenceRunTime => "reference-runtime",
        }
    }

    /// Parses a name as printed by [`Variant::name`].
    pub(crate) fn parse(name: &str) -> Option<Variant> {
        Variant::ALL.into_iter().find(|v| v.name() == name)
    }

    /// The dependencies of a generated crate (keys of the scratch workspace's `[workspace.dependencies]`).
    pub(crate) fn dependencies(self) -> &'static [&'static str] {
        match self {
            Variant::Ours => &["payment-core"],
            Variant::Bon => &["bon"],
            Variant::Stack => &["bon", "serde", "validator"],
            Variant::TypedBuilder => &["typed-builder"],
            Variant::DeriveBuilder => &["derive_builder"],
            Variant::Literal | Variant::Reference | Variant::ReferenceExact | Variant::ReferenceRunTime => {
                &[]
            }
        }
    }

    /// What the crate defines once, before the structs.
    pub(crate) fn prelude(self) -> &'static str {
        match self {
            Variant::Reference | Variant::ReferenceExact => reference::PRELUDE,
            _ => "",
        }
    }

    /// Appends the enum definition: a string enum or a union, with this variant's derives.
    pub(crate) fn emit_enum(self, def: &EnumDef, out: &mut String) {
        let (derive, attr) = match self {
            Variant::Ours => ("#[derive(payment_core::Builder)]\n", "payment"),
            Variant::Stack => ("#[derive(serde::Serialize, serde::Deserialize)]\n", "serde"),
            _ => ("", ""),
        };
        out.push_str(derive);
        match def.shape {
            EnumShape::Strings(e) => {
                if !attr.is_empty() {
                    out.push_str(&format!("#[{attr}(rename_all = \"{}\")]\n", e.rename_all));
                }
                out.push_str(&format!("pub enum {} {{\n", def.ident()));
                for variant in e.variants {
                    out.push_str(&format!("    {variant},\n"));
                }
            }
            EnumShape::Union(u) => {
                if !attr.is_empty() {
                    out.push_str(&format!(
                        "#[{attr}(tag = \"{}\", rename_all = \"{}\")]\n",
                        u.tag, u.rename_all
                    ));
                }
                out.push_str(&format!("pub enum {} {{\n", def.ident()));
                for (variant, data) in u.variants {
                    match data {
                        Some((base, _)) => out.push_str(&format!("    {variant}({base}{}),\n", def.copy)),
                        None => out.push_str(&format!("    {variant},\n")),
                    }
                }
            }
        }
        out.push_str("}\n\n");
    }

    /// Appends the struct definition (and, for `reference`, its builder) to `out`.
    pub(crate) fn emit_struct(self, def: &StructDef, out: &mut String) {
        let shape = match self {
            Variant::Reference => Some(Shape::TypeState),
            Variant::ReferenceExact => Some(Shape::Exact),
            Variant::ReferenceRunTime => Some(Shape::RunTime),
            _ => None,
        };
        if let Some(shape) = shape {
            return reference::emit_struct(def, shape, out);
        }
        let derive = match self {
            Variant::Ours => "#[derive(payment_core::Builder)]\n",
            Variant::Bon => "#[derive(bon::Builder)]\n",
            Variant::Stack => {
                "#[derive(bon::Builder, serde::Serialize, serde::Deserialize, validator::Validate)]\n"
            }
            Variant::TypedBuilder => "#[derive(typed_builder::TypedBuilder)]\n",
            Variant::DeriveBuilder => "#[derive(derive_builder::Builder)]\n#[builder(pattern = \"owned\")]\n",
            _ => "",
        };
        out.push_str(derive);
        out.push_str(&format!("pub struct {} {{\n", def.ident()));
        for field in &def.fields {
            if let Some(attr) = self.optional_field_attr(field) {
                out.push_str(&format!("    {attr}\n"));
            }
            match (self, field.ty) {
                // The union's own builder, or the list builder, as a closure setter
                // (`.payment_method(|m| m.scheme(..))`, `.line_items(|l| l.push(|i| ..).push(..))`).
                (Variant::Ours, FieldType::Union(_) | FieldType::OptionList(_)) => {
                    out.push_str("    #[payment(nested)]\n");
                }
                // validator checks a list's elements only when told to.
                (Variant::Stack, FieldType::OptionList(_)) => out.push_str("    #[validate(nested)]\n"),
                _ => {}
            }
            out.push_str(&format!("    pub {}: {},\n", field.name, field.ty.rust(def.copy)));
        }
        out.push_str("}\n\n");
    }

    /// The attribute that makes an `Option` field optional, for the libraries that do not by default.
    fn optional_field_attr(self, field: &Field) -> Option<&'static str> {
        match self {
            Variant::TypedBuilder | Variant::DeriveBuilder if field.ty.is_optional() => {
                Some("#[builder(default, setter(strip_option))]")
            }
            _ => None,
        }
    }

    /// Appends `pub fn make_<struct>()`, which builds one value with every setter called once.
    pub(crate) fn emit_maker(self, def: &StructDef, out: &mut String) {
        let ident = def.ident();
        out.push_str(&format!("pub fn {}() -> {ident} {{\n", def.maker()));
        out.push_str(&format!("    {}\n", self.construct(def, "    ")));
        out.push_str("}\n\n");
    }

    /// An expression of a value of `def`, every setter called once (or, for `literal`, every field
    /// given), its lines after the first indented by `indent`.
    fn construct(self, def: &StructDef, indent: &str) -> String {
        let ident = def.ident();
        let values = def.fields.iter().enumerate().map(|(i, f)| (f, self.value(f.ty, def.copy, i, indent)));
        let mut out = String::new();
        match self {
            Variant::Literal => {
                out.push_str(&format!("{ident} {{\n"));
                for (field, value) in values {
                    let value = if field.ty.is_optional() { format!("Some({value})") } else { value };
                    out.push_str(&format!("{indent}    {}: {value},\n", field.name));
                }
                out.push_str(&format!("{indent}}}"));
            }
            Variant::Ours
            | Variant::Bon
            | Variant::Stack
            | Variant::TypedBuilder
            | Variant::DeriveBuilder
            | Variant::Reference
            | Variant::ReferenceExact
            | Variant::ReferenceRunTime => {
                let start = match self {
                    Variant::DeriveBuilder => format!("{ident}Builder::default()"),
                    _ => format!("{ident}::builder()"),
                };
                out.push_str(&start);
                out.push_str(&self.setters(values, indent));
                out.push_str(&format!("\n{indent}    .build()"));
                let expect = match self {
                    // derive_builder checks completeness at run time and returns a `Result`.
                    Variant::DeriveBuilder => Some("every field is set"),
                    Variant::ReferenceRunTime => Some("every required field is set"),
                    _ => None,
                };
                if let Some(message) = expect {
                    out.push_str(&format!("\n{indent}    .expect(\"{message}\")"));
                }
            }
        }
        out
    }

    /// The setter calls of a chain, one per line (`\n{indent}    .name(value)`).
    fn setters<'a>(self, values: impl Iterator<Item = (&'a Field, String)>, indent: &str) -> String {
        values.map(|(field, value)| format!("\n{indent}    .{}({value})", field.name)).collect()
    }

    /// The value a setter chain passes for a field (see [`FieldType::value`]). A union's is variant
    /// `copy` modulo the variant count (so the copies of the `adyen` suite use every variant), its struct
    /// built with every setter called once: for `ours` through the union's nested builder
    /// (`|m| m.scheme(|s| s.number(..)..)`, the closures return the builders), for the others as a
    /// value (`PaymentMethod3::Scheme(SchemeDetails3::builder().number(..)...build())`).
    fn value(self, ty: FieldType, copy: usize, index: usize, indent: &str) -> String {
        if let FieldType::OptionList(&shape) = ty {
            return self.list(shape, copy, indent);
        }
        let FieldType::Union(u) = ty else { return ty.value(copy, index) };
        let union = format!("{}{copy}", u.name);
        let (variant, data) = u.variants[copy % u.variants.len()];
        let indent = format!("{indent}    ");
        match (self, data) {
            (Variant::Ours, None) => format!("|m| m.{}()", snake_case(variant)),
            (Variant::Ours, Some(shape)) => {
                let def = StructDef::new(shape, copy);
                let values =
                    def.fields.iter().enumerate().map(|(i, f)| (f, self.value(f.ty, copy, i, &indent)));
                format!("|m| m.{}(|s| s{})", snake_case(variant), self.setters(values, &indent))
            }
            (_, None) => format!("{union}::{variant}"),
            (_, Some(shape)) => {
                format!("{union}::{variant}({})", self.construct(&StructDef::new(shape, copy), &indent))
            }
        }
    }
}

impl Variant {
    /// The value a setter chain passes for a list of `shape` (an `Option<Vec<_>>` field): 2 elements,
    /// each built with every setter called once; for `ours` through the list builder
    /// (`|l| l.push(|i| i.id(..)..).push(|i| ..)`), for the others as a value
    /// (`vec![LineItem3::builder().id(..)...build(), ..]`).
    fn list(self, shape: StructShape, copy: usize, indent: &str) -> String {
        let def = StructDef::new(shape, copy);
        let indent = format!("{indent}    ");
        let element = |indent: &str| {
            let values = def.fields.iter().enumerate().map(|(i, f)| (f, self.value(f.ty, copy, i, indent)));
            match self {
                Variant::Ours => self.setters(values, indent),
                _ => self.construct(&def, indent),
            }
        };
        match self {
            Variant::Ours => {
                let inner = format!("{indent}    ");
                format!(
                    "|l| l\n{inner}.push(|i| i{})\n{inner}.push(|i| i{})",
                    element(&inner),
                    element(&inner)
                )
            }
            _ => format!(
                "vec![\n{indent}    {},\n{indent}    {},\n{indent}]",
                element(&format!("{indent}    ")),
                element(&format!("{indent}    "))
            ),
        }
    }
}

/// `PayPal` -> `pay_pal`: the name of a union variant's method on the union's builder.
fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

impl fmt::Display for Variant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
