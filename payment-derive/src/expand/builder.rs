//! The builder: its struct (one marker parameter per required field, then the mode, values as
//! `Option`s) and every setter, in three inherent impls: one for every mode (setters that cannot fail),
//! one for [`Checked`](payment_core::builder::Checked) (validating setters return `Result`, `build()` the
//! value) and one for [`Collecting`](payment_core::builder::Collecting) (validating setters record their
//! failure, `build()` returns every failure at once). The impls of the finished builder are in
//! `builder_impls.rs`; the names and types they share in `shape.rs`.
//!
//! The shape is chosen for compile time (BENCHMARKS.md, the `reference` variant): no state in associated types, no values in the
//! state types, bounds on the methods' own `where` clauses. The mode is the type of the error store
//! itself (`Checked` is a zero-sized type), and the two modes' methods of one name live in impls that do
//! not overlap, so no method's signature depends on a projection. Setters and `build()` are
//! `#[inline(always)]`: in a debug build each setter call is a new function per type state, and LLVM
//! spends less on the call chain inlined into its caller than on one small function per state
//! (BENCHMARKS.md).

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use syn::GenericParam;

use super::shape::{Methods, Shape, any_mode, checked, collecting};
use super::{builder_impls, default_bounds, docs, setters, where_clause};
use crate::ast::{Field, Form, Kind, Struct};

pub(super) fn expand(s: &Struct<'_>) -> TokenStream {
    let states: Vec<Ident> = s.required().map(Field::state_param).collect();
    let args = s
        .generics
        .params
        .iter()
        .map(|p| match p {
            GenericParam::Type(t) => {
                let i = &t.ident;
                quote!(#i)
            }
            GenericParam::Lifetime(l) => {
                let l = &l.lifetime;
                quote!(#l)
            }
            GenericParam::Const(c) => {
                let i = &c.ident;
                quote!(#i)
            }
        })
        .collect();
    let mut impl_generics = s.generics.clone();
    impl_generics.params.extend(states.iter().map(|s| GenericParam::Type(s.clone().into())));
    let collect = s.collect_errors;
    let shape =
        Shape { s, builder: s.builder_ident(), module: s.state_mod(), args, states, impl_generics, collect };
    let definition = definition(&shape);
    let mut methods = Methods::default();
    for f in &s.fields {
        if f.nested {
            setters::nested_setters(&shape, f, &mut methods);
        } else {
            setters::setters(&shape, f, &mut methods);
        }
    }
    methods.any.extend(setters::money_setter(&shape));
    methods.checked.push(builder_impls::build_checked(&shape));
    let own_where = where_clause(s.generics, &[]);
    let impls = builder_impls::expand(&shape);
    if !collect {
        // One mode only: every method in one impl, as without the collecting mode.
        let (impl_g, _, _) = shape.impl_generics.split_for_impl();
        let self_ty = shape.self_ty(&checked());
        let Methods { any, checked, .. } = methods;
        return quote! {
            #definition

            #[allow(clippy::type_complexity, clippy::too_many_arguments)]
            impl #impl_g #self_ty #own_where {
                #(#any)*
                #(#checked)*
            }

            #impls
        };
    }
    methods.checked.push(setters::collect_errors(&shape));
    methods.collecting.push(builder_impls::build_collecting(&shape));
    let mut any_generics = shape.impl_generics.clone();
    any_generics.params.push(GenericParam::Type(syn::parse_quote!(__Mode)));
    let (any_g, _, _) = any_generics.split_for_impl();
    let (one_g, _, _) = shape.impl_generics.split_for_impl();
    let any_ty = shape.self_ty(&any_mode());
    let (checked_ty, collecting_ty) = (shape.self_ty(&checked()), shape.self_ty(&collecting()));
    let Methods { any, checked, collecting } = methods;
    quote! {
        #definition

        #[allow(clippy::type_complexity, clippy::too_many_arguments)]
        impl #any_g #any_ty #own_where {
            #(#any)*
        }

        #[allow(clippy::type_complexity, clippy::too_many_arguments)]
        impl #one_g #checked_ty #own_where {
            #(#checked)*
        }

        #[allow(clippy::type_complexity, clippy::too_many_arguments)]
        impl #one_g #collecting_ty #own_where {
            #(#collecting)*
        }

        #impls
    }
}

/// The builder struct.
fn definition(shape: &Shape<'_, '_>) -> TokenStream {
    let s = shape.s;
    let vis = s.vis;
    let builder = &shape.builder;
    let mut generics = s.generics.clone();
    generics.params.extend(shape.states.iter().map(|state| {
        let mut p = syn::TypeParam::from(state.clone());
        p.default = Some((Default::default(), syn::parse_quote!(::payment_core::builder::Unset)));
        GenericParam::Type(p)
    }));
    let mode = shape.collect.then(|| quote!(__Mode,));
    let errors = shape.collect.then(|| quote!(__errors: ::payment_core::__private::Errors,));
    if shape.collect {
        generics
            .params
            .push(GenericParam::Type(syn::parse_quote!(__Mode = ::payment_core::builder::Checked)));
    }
    let where_clause = &s.generics.where_clause;
    let fields = s.fields.iter().map(|f| {
        let member = f.ident;
        let ty = f.ty;
        let value =
            if f.optional { quote!(#member: #ty,) } else { quote!(#member: ::core::option::Option<#ty>,) };
        // A flattened field also keeps what the JSON reader has read of its keys so far.
        let partial = (f.form == Form::Flattened).then(|| {
            let (partial, inner, form) = (f.partial_ident(), f.inner, f.flat_form());
            quote!(#partial: ::payment_core::__private::Partial<#inner, #form>,)
        });
        quote!(#value #partial)
    });
    let states = &shape.states;
    let docs = docs::builder(s);
    let must_use = "a builder does nothing until `.build()` is called";
    let values = s.values_ident();
    let own_generics = &s.generics;
    let into_struct = into_struct(s);
    let slot_ty = slot_ty(s);
    // The values struct (hidden, so undocumented like the marker module): the values of a builder and of
    // the JSON reader, one `Option` per field, and the failures a collecting builder recorded (kept here
    // so that no setter moves more than this struct).
    quote! {
        #[doc(hidden)]
        #[allow(non_camel_case_types, unreachable_pub)]
        pub struct #values #own_generics #where_clause {
            #(#fields)*
            #errors
        }

        #into_struct

        #docs
        #[must_use = #must_use]
        #vis struct #builder #generics #where_clause {
            __values: #slot_ty,
            __state: ::core::marker::PhantomData<fn() -> (#(#states,)* #mode)>,
        }
    }
}

/// The type of the builder's `__values` field: the values struct, or a `Box` of it
/// (`#[payment(box_values)]`). Field access goes through a `Box` without a `Deref` call, so the setters
/// are the same code either way.
fn slot_ty(s: &Struct<'_>) -> TokenStream {
    let values_ty = s.values_ty();
    if s.box_values { quote!(::std::boxed::Box<#values_ty>) } else { values_ty }
}

/// `into_struct()` on the values struct: the struct, once every required field has a value. `build()`
/// (where the type state guarantees it) and the JSON reader (where it is checked) share it.
fn into_struct(s: &Struct<'_>) -> TokenStream {
    let ident = s.ident;
    let values = s.values_ident();
    let (impl_g, ty_g, _) = s.generics.split_for_impl();
    let required: Vec<&Ident> = s.required().map(|f| f.ident).collect();
    let inits = s.fields.iter().map(|f| {
        let member = f.ident;
        match f.kind() {
            Kind::Required => quote!(#member),
            Kind::Optional => quote!(#member: self.#member),
            Kind::Default(Some(expr)) => {
                quote!(#member: self.#member.unwrap_or_else(|| #expr))
            }
            Kind::Default(None) => {
                quote!(#member: self.#member.unwrap_or_default())
            }
        }
    });
    let where_ = where_clause(s.generics, &default_bounds(s));
    let take_required = (!required.is_empty()).then(|| {
        quote! {
            let (#(::core::option::Option::Some(#required),)*) = (#(self.#required,)*) else {
                return ::core::option::Option::None;
            };
        }
    });
    quote! {
        impl #impl_g #values #ty_g #where_ {
            #[inline]
            fn into_struct(self) -> ::core::option::Option<#ident #ty_g> {
                #take_required
                ::core::option::Option::Some(#ident { #(#inits,)* })
            }
        }
    }
}
