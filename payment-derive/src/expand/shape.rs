//! What the builder's generators share: the builder's names and generics ([`Shape`]), its type in a
//! given state and mode, the methods of each impl block ([`Methods`]), and how a setter moves the
//! values into the next state. `builder.rs` assembles the builder from `setters.rs` and
//! `builder_impls.rs`, which both build on this file (and not on each other or on `builder.rs`).

use proc_macro2::{Ident, Punct, Spacing, Span, TokenStream};
use quote::{ToTokens, TokenStreamExt, quote};
use syn::Generics;

use crate::ast::{Field, Form, Kind, Struct};

/// The mode of the generic impl: its own type parameter.
pub(super) fn any_mode() -> TokenStream {
    quote!(__Mode)
}

/// `::payment_core::builder::Checked`.
pub(super) fn checked() -> TokenStream {
    quote!(::payment_core::builder::Checked)
}

/// `::payment_core::builder::Collecting`.
pub(super) fn collecting() -> TokenStream {
    quote!(::payment_core::builder::Collecting)
}

/// Names and generics shared by every piece of the builder.
pub(super) struct Shape<'s, 'a> {
    pub(super) s: &'s Struct<'a>,
    pub(super) builder: Ident,
    pub(super) module: Ident,
    /// The struct's own generic arguments: `'a, T`.
    pub(super) args: Vec<TokenStream>,
    /// The marker parameter of each required field, in field order.
    pub(super) states: Vec<Ident>,
    /// The struct's generics plus the marker parameters (no defaults), for the impls of one mode.
    pub(super) impl_generics: Generics,
    /// Whether the builder has a mode parameter (`#[payment(collect_errors)]`).
    pub(super) collect: bool,
}

/// One generic argument of the builder type, appended token by token. In a proc macro every
/// `TokenStream` that is built and then spliced is a round trip to the compiler, and every setter's
/// return type names every marker, so these are not built as streams of their own (BENCHMARKS.md).
#[derive(Clone, Copy)]
pub(super) enum Arg<'t> {
    Tokens(&'t TokenStream),
    Ident(&'t Ident),
    Set,
    Unset,
}

impl ToTokens for Arg<'_> {
    fn to_tokens(&self, out: &mut TokenStream) {
        match self {
            Arg::Tokens(tokens) => tokens.to_tokens(out),
            Arg::Ident(ident) => ident.to_tokens(out),
            Arg::Set => builder_path(out, "Set"),
            Arg::Unset => builder_path(out, "Unset"),
        }
    }
}

/// Appends `::payment_core::builder::<name>`, the tokens `quote!` would give.
fn builder_path(out: &mut TokenStream, name: &str) {
    for segment in ["payment_core", "builder", name] {
        out.append(Punct::new(':', Spacing::Joint));
        out.append(Punct::new(':', Spacing::Alone));
        out.append(Ident::new(segment, Span::call_site()));
    }
}

impl Shape<'_, '_> {
    /// The builder type with the given markers, in `mode`.
    pub(super) fn ty<'t>(
        &'t self,
        states: impl IntoIterator<Item = Arg<'t>>,
        mode: &'t TokenStream,
    ) -> TokenStream {
        let builder = &self.builder;
        let mode = self.collect.then_some(Arg::Tokens(mode));
        let args: Vec<Arg<'_>> = self.args.iter().map(Arg::Tokens).chain(states).chain(mode).collect();
        if args.is_empty() { quote!(#builder) } else { quote!(#builder<#(#args),*>) }
    }

    /// The builder type with the impl's own marker parameters, in `mode`.
    pub(super) fn self_ty(&self, mode: &TokenStream) -> TokenStream {
        self.ty(self.states.iter().map(Arg::Ident), mode)
    }

    /// The builder type with no field set, in `mode`.
    pub(super) fn start_ty(&self, mode: &TokenStream) -> TokenStream {
        self.ty(self.states.iter().map(|_| Arg::Unset), mode)
    }

    /// The builder type after each of `fields` was set: their markers become `Set`.
    pub(super) fn next_ty(&self, fields: &[&Field<'_>], mode: &TokenStream) -> TokenStream {
        let set: Vec<Ident> = fields.iter().map(|f| f.state_param()).collect();
        self.ty(self.states.iter().map(|s| if set.contains(s) { Arg::Set } else { Arg::Ident(s) }), mode)
    }

    /// The type a setter of `f` returns (before any `Result`): the next state, or `Self` for a field
    /// without a marker.
    pub(super) fn after(&self, f: &Field<'_>, mode: &TokenStream) -> TokenStream {
        if matches!(f.kind(), Kind::Required) { self.next_ty(&[f], mode) } else { quote!(Self) }
    }

    /// The bounds of a setter of `f`: its rules' bounds on generic types, and "not set yet".
    pub(super) fn setter_bounds(&self, f: &Field<'_>, mut bounds: Vec<TokenStream>) -> Vec<TokenStream> {
        if matches!(f.kind(), Kind::Required) {
            let (state, module, unset) = (f.state_param(), &self.module, f.unset_trait());
            bounds.push(quote!(#state: #module::#unset,));
        }
        bounds
    }

    /// An expression of the next builder, from the values a setter took out of `self` first (`let mut
    /// __values = self.__values;`, written into each setter: a panic in a conversion or an early `Err`
    /// then drops only the values struct, one drop function per struct, rather than the builder, one
    /// per type state, each compiled in the user's crate), with `field` holding
    /// `value` (an `Option`). The values live in a struct that does not depend on the state, so a setter
    /// moves it whole instead of rebuilding the builder field by field (which grows with the square of
    /// the field count in the borrow checker; see BENCHMARKS.md).
    pub(super) fn store(&self, field: &Field<'_>, value: TokenStream) -> TokenStream {
        let (member, builder) = (field.ident, &self.builder);
        quote!({
            __values.#member = #value;
            #builder { __values, __state: ::core::marker::PhantomData }
        })
    }

    /// The next builder from `__values` (its mode and markers come from the return type).
    pub(super) fn rebuild(&self) -> TokenStream {
        let builder = &self.builder;
        quote!(#builder { __values, __state: ::core::marker::PhantomData })
    }
}

/// What each impl block holds: the methods of every mode, of `Checked`, of `Collecting`.
#[derive(Default)]
pub(super) struct Methods {
    pub(super) any: Vec<TokenStream>,
    pub(super) checked: Vec<TokenStream>,
    pub(super) collecting: Vec<TokenStream>,
}

/// The builder's values moved out of `self`, as the values struct: `(self.__values, receiver)`, the
/// second in parentheses where a box is dereferenced, to call a method on.
pub(super) fn take_values(s: &Struct<'_>) -> (TokenStream, TokenStream) {
    if s.box_values {
        (quote!(*self.__values), quote!((*self.__values)))
    } else {
        (quote!(self.__values), quote!(self.__values))
    }
}

/// The expression that starts an empty builder (used by `T::builder()`).
pub(super) fn start(s: &Struct<'_>) -> TokenStream {
    let builder = s.builder_ident();
    let values = start_values(s);
    let values = if s.box_values { quote!(::std::boxed::Box::new(#values)) } else { values };
    quote!(#builder { __values: #values, __state: ::core::marker::PhantomData })
}

/// The values of an empty builder, every field `None` (also where the JSON reader starts).
pub(super) fn start_values(s: &Struct<'_>) -> TokenStream {
    let values = s.values_ident();
    let members = s.fields.iter().map(|f| {
        let member = f.ident;
        let partial = (f.form == Form::Flattened).then(|| {
            let partial = f.partial_ident();
            quote!(#partial: ::core::default::Default::default(),)
        });
        quote!(#member: ::core::option::Option::None, #partial)
    });
    let errors = s.collect_errors.then(|| quote!(__errors: ::payment_core::__private::Errors::new(),));
    quote!(#values { #(#members)* #errors })
}
