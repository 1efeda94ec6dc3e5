//! The `reference` variant: the builder shape recommended for compile time by the first compile-time study, written
//! out by the generator instead of a proc macro, with no dependency and nothing but the builder.
//!
//! It is the yardstick for the builder part of `ours`: `ours` minus `reference` is what the rest of the
//! derive's output (validators, serialization, the wire reader) and any departure from the shape cost.
//!
//! For `struct Card { number: String, nickname: Option<String> }` it writes:
//!
//! ```text
//! pub struct CardBuilderValues { number: Option<String>, nickname: Option<String> }
//! pub struct CardBuilder<R0 = Unset> { values: CardBuilderValues, _state: PhantomData<fn() -> (R0,)> }
//! impl Card { pub fn builder() -> CardBuilder { .. } }
//! #[diagnostic::on_unimplemented(message = "`CardBuilder::build()` is missing required field `number`", ..)]
//! pub trait CardBuilder_number_set {}        impl CardBuilder_number_set for Set {}
//! #[diagnostic::on_unimplemented(message = "`CardBuilder`: field `number` is set twice", ..)]
//! pub trait CardBuilder_number_unset {}      impl CardBuilder_number_unset for Unset {}
//! impl<R0> CardBuilder<R0> {
//!     pub fn number(mut self, value: impl Into<String>) -> CardBuilder<Set>
//!     where R0: CardBuilder_number_unset {
//!         self.values.number = Some(value.into());
//!         CardBuilder { values: self.values, _state: PhantomData }
//!     }
//!     pub fn nickname(mut self, value: impl Into<String>) -> Self { .. }
//!     pub fn maybe_nickname(mut self, value: Option<String>) -> Self { .. }
//!     pub fn build(self) -> Card where R0: CardBuilder_number_set { .. }
//! }
//! ```
//!
//! Keeping the values in a struct that does not depend on the state matters: a required setter then
//! moves one value into the next builder. Rebuilding the builder field by field
//! (`CardBuilder { number: Some(..), nickname: self.nickname, .. }`) makes every setter as long as the
//! struct, and measured 2.6x slower to compile at 10 x 60 fields (2.87 s against 1.11 s).

use crate::suite::StructDef;

/// Which builder `emit_struct` writes: the recommended shape, or one of the two prototypes measured
/// against it (BENCHMARKS.md, "Builder shapes measured by hand").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// The recommended type-state shape described above (`reference`).
    TypeState,
    /// The same, but each setter takes the field's own type instead of `impl Into<T>` (`reference-exact`):
    /// what the conversion costs, since it makes every setter generic over its argument too.
    Exact,
    /// No type state (`reference-runtime`): one non-generic builder, setters taking the field's own
    /// type, `build()` returning `None` when a required field is missing. What a builder costs when
    /// completeness is only checked at run time, the floor of any shape that checks it at compile time.
    RunTime,
}

/// The items every `reference` crate defines once: the two states and the unwrap used by `build()`.
pub(crate) const PRELUDE: &str = "\
/// The state of a required field that has not been set yet.
pub struct Unset;
/// The state of a required field that has been set.
pub struct Set;

/// Takes a required field's value in `build()`, whose bounds guarantee it is there.
#[inline]
fn required<T>(value: Option<T>) -> T {
    match value {
        Some(value) => value,
        None => unreachable!(\"build() requires every required field to be set\"),
    }
}

";

/// Appends the struct and its builder, of the given shape, to `out`.
pub(crate) fn emit_struct(def: &StructDef, shape: Shape, out: &mut String) {
    let ident = def.ident();
    let builder = format!("{ident}Builder");
    // Type parameter `R<i>` for the i-th required field.
    let required: Vec<(usize, &str)> = def
        .fields
        .iter()
        .filter(|f| !f.ty.is_optional())
        .enumerate()
        .map(|(i, f)| (i, f.name.as_str()))
        .collect();
    let params: Vec<String> = required.iter().map(|(i, _)| format!("R{i}")).collect();
    let params_joined = params.join(", ");
    let params_tuple: String = params.iter().map(|p| format!("{p}, ")).collect();

    // The struct itself.
    out.push_str(&format!("pub struct {ident} {{\n"));
    for field in &def.fields {
        out.push_str(&format!("    pub {}: {},\n", field.name, field.ty.rust(def.copy)));
    }
    out.push_str("}\n\n");

    // The values, all `Option`s, in a struct of their own that does not depend on the state, so a
    // setter that changes the state moves one value instead of every field.
    let values = format!("{ident}BuilderValues");
    out.push_str(&format!("#[doc(hidden)]\npub struct {values} {{\n"));
    for field in &def.fields {
        let ty = field.ty.rust(def.copy);
        let ty = if field.ty.is_optional() { ty } else { format!("Option<{ty}>") };
        out.push_str(&format!("    {}: {ty},\n", field.name));
    }
    out.push_str("}\n\n");

    if shape == Shape::RunTime {
        return emit_runtime_builder(def, &values, out);
    }

    // The builder: the values and the state, as a `PhantomData` of a function pointer.
    let defaults: Vec<String> = params.iter().map(|p| format!("{p} = Unset")).collect();
    out.push_str(&format!(
        "pub struct {builder}<{}> {{\n    values: {values},\n    \
         _state: ::core::marker::PhantomData<fn() -> ({params_tuple})>,\n}}\n\n",
        defaults.join(", ")
    ));

    let all_none = all_none(def);
    out.push_str(&format!(
        "impl {ident} {{\n    pub fn builder() -> {builder} {{\n        \
         {builder} {{ values: {values} {{ {all_none}}}, _state: ::core::marker::PhantomData }}\n    }}\n}}\n\n"
    ));

    // One pair of diagnostic traits per required field: "missing" on `build()`, "set twice" on the setter.
    for (_, name) in &required {
        out.push_str(&format!(
            "#[diagnostic::on_unimplemented(message = \"`{builder}::build()` is missing required field \
             `{name}`\", label = \"call `.{name}(..)` before this\")]\n\
             #[allow(non_camel_case_types)]\npub trait {builder}_{name}_set {{}}\n\
             impl {builder}_{name}_set for Set {{}}\n\
             #[diagnostic::on_unimplemented(message = \"`{builder}`: field `{name}` is set twice\", \
             label = \"`{name}` was already set\")]\n\
             #[allow(non_camel_case_types)]\npub trait {builder}_{name}_unset {{}}\n\
             impl {builder}_{name}_unset for Unset {{}}\n\n"
        ));
    }

    // All setters and `build()` in one impl block.
    out.push_str(&format!("impl<{params_joined}> {builder}<{params_joined}> {{\n"));
    for field in &def.fields {
        let name = &field.name;
        let ty = field.ty.rust(def.copy);
        let inner = option_inner(&ty);
        // What a setter takes, and how it turns that into the field's type.
        let (arg, convert) = match shape {
            Shape::Exact => (inner.to_string(), "value"),
            _ => (format!("impl Into<{inner}>"), "value.into()"),
        };
        if let Some(&(index, _)) = required.iter().find(|(_, n)| n == name) {
            // A required setter stores the value and moves the values into a builder whose own
            // parameter is `Set`.
            let next: Vec<&str> =
                params.iter().enumerate().map(|(i, p)| if i == index { "Set" } else { p.as_str() }).collect();
            out.push_str(&format!(
                "    pub fn {name}(mut self, value: {arg}) -> {builder}<{}>\n    \
                 where\n        R{index}: {builder}_{name}_unset,\n    {{\n        \
                 self.values.{name} = Some({convert});\n        \
                 {builder} {{ values: self.values, _state: ::core::marker::PhantomData }}\n    }}\n",
                next.join(", "),
            ));
        } else {
            // An optional setter keeps the state: `Self` in, `Self` out.
            out.push_str(&format!(
                "    pub fn {name}(mut self, value: {arg}) -> Self {{\n        \
                 self.values.{name} = Some({convert});\n        self\n    }}\n    \
                 pub fn maybe_{name}(mut self, value: {ty}) -> Self {{\n        \
                 self.values.{name} = value;\n        self\n    }}\n"
            ));
        }
    }
    let bounds: String =
        required.iter().map(|(i, name)| format!("        R{i}: {builder}_{name}_set,\n")).collect();
    let fields: String = def
        .fields
        .iter()
        .map(|f| {
            if f.ty.is_optional() {
                format!("{0}: values.{0}, ", f.name)
            } else {
                format!("{0}: required(values.{0}), ", f.name)
            }
        })
        .collect();
    out.push_str(&format!(
        "    pub fn build(self) -> {ident}\n    where\n{bounds}    {{\n        let values = self.values;\n        \
         {ident} {{ {fields}}}\n    }}\n}}\n\n"
    ));
}

/// The `reference-runtime` builder: no state parameters, setters taking the field's own type, and a
/// `build()` that returns `None` if a required field was not set.
fn emit_runtime_builder(def: &StructDef, values: &str, out: &mut String) {
    let ident = def.ident();
    let builder = format!("{ident}Builder");
    out.push_str(&format!("pub struct {builder} {{\n    values: {values},\n}}\n\n"));
    let all_none = all_none(def);
    out.push_str(&format!(
        "impl {ident} {{\n    pub fn builder() -> {builder} {{\n        \
         {builder} {{ values: {values} {{ {all_none}}} }}\n    }}\n}}\n\n"
    ));
    out.push_str(&format!("impl {builder} {{\n"));
    for field in &def.fields {
        let name = &field.name;
        let ty = field.ty.rust(def.copy);
        let inner = option_inner(&ty);
        out.push_str(&format!(
            "    pub fn {name}(mut self, value: {inner}) -> Self {{\n        \
             self.values.{name} = Some(value);\n        self\n    }}\n"
        ));
        if field.ty.is_optional() {
            out.push_str(&format!(
                "    pub fn maybe_{name}(mut self, value: {ty}) -> Self {{\n        \
                 self.values.{name} = value;\n        self\n    }}\n"
            ));
        }
    }
    // `let ... else` on a tuple of the required values, as `ours` does: a `?` per field would call
    // `Try::branch` once per field in a debug build and cost more than the setters.
    let required: Vec<&str> =
        def.fields.iter().filter(|f| !f.ty.is_optional()).map(|f| f.name.as_str()).collect();
    let pattern: String = required.iter().map(|n| format!("Some({n}), ")).collect();
    let taken: String = required.iter().map(|n| format!("values.{n}, ")).collect();
    let fields: String =
        def.fields
            .iter()
            .map(|f| {
                if f.ty.is_optional() {
                    format!("{0}: values.{0}, ", f.name)
                } else {
                    format!("{0}, ", f.name)
                }
            })
            .collect();
    out.push_str(&format!(
        "    pub fn build(self) -> Option<{ident}> {{\n        let values = self.values;\n        \
         let ({pattern}) = ({taken}) else {{ return None }};\n        \
         Some({ident} {{ {fields}}})\n    }}\n}}\n\n"
    ));
}

/// The fields of an empty values struct: `number: None, nickname: None, `.
fn all_none(def: &StructDef) -> String {
    def.fields.iter().map(|f| format!("{}: None, ", f.name)).collect()
}

/// `T` for `Option<T>`, else the type itself: what a setter of the field takes.
fn option_inner(ty: &str) -> &str {
    ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>')).unwrap_or(ty)
}
