//! The builder: its struct (one marker parameter per required field, values as `Option`s), every setter
//! and `build()` in one inherent impl, `Nested` for complete builders and `Buildable` for the struct.
//!
//! The shape is chosen for compile time (issue 3 item 5): no state in associated types, no values in the
//! state types, one impl block, bounds on the methods' own `where` clauses. Setters and `build()` are
//! `#[inline(always)]`: in a debug build each setter call is a new function per type state, and LLVM
//! spends less on the call chain inlined into its caller than on one small function per state
//! (BENCHMARKS.md).

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use syn::{GenericParam, Generics};

use super::validate::{rule_bounds, rule_exprs};
use super::{docs, generic_bounds, where_clause};
use crate::ast::{Field, Kind, Struct};

/// Names and generics shared by every piece of the builder.
struct Shape<'s, 'a> {
    s: &'s Struct<'a>,
    builder: Ident,
    module: Ident,
    /// The struct's own generic arguments: `'a, T`.
    args: Vec<TokenStream>,
    /// The marker parameter of each required field, in field order.
    states: Vec<Ident>,
    /// The struct's generics plus the marker parameters (no defaults), for impl blocks.
    impl_generics: Generics,
}

impl Shape<'_, '_> {
    /// The builder type with the given markers.
    fn ty(&self, states: &[TokenStream]) -> TokenStream {
        let builder = &self.builder;
        let args: Vec<_> = self.args.iter().chain(states).collect();
        if args.is_empty() { quote!(#builder) } else { quote!(#builder<#(#args),*>) }
    }

    /// The builder type with the impl's own marker parameters.
    fn self_ty(&self) -> TokenStream {
        let states: Vec<_> = self.states.iter().map(|s| quote!(#s)).collect();
        self.ty(&states)
    }

    /// The builder type after `field` was set: its marker becomes `Set`.
    fn next_ty(&self, field: &Field<'_>) -> TokenStream {
        let set = field.state_param();
        let states: Vec<_> = self
            .states
            .iter()
            .map(|s| if *s == set { quote!(::payment_core::builder::Set) } else { quote!(#s) })
            .collect();
        self.ty(&states)
    }

    /// The builder type after each of `fields` was set.
    fn next_ty_all(&self, fields: &[&Field<'_>]) -> TokenStream {
        let set: Vec<Ident> = fields.iter().map(|f| f.state_param()).collect();
        let states: Vec<_> = self
            .states
            .iter()
            .map(|s| if set.contains(s) { quote!(::payment_core::builder::Set) } else { quote!(#s) })
            .collect();
        self.ty(&states)
    }

    /// The first statement of a setter: the values move out of `self`, which is gone from here on. A
    /// panic in a conversion or an early `Err` then drops only the values struct (one drop function per
    /// struct) rather than the builder (one per type state, each compiled in the user's crate).
    fn take(&self) -> TokenStream {
        quote!(let mut __values = self.__values;)
    }

    /// An expression of the next builder, from the values taken by [`Self::take`] with `field` holding
    /// `value` (an `Option`). The values live in a struct that does not depend on the state, so a setter
    /// moves it whole instead of rebuilding the builder field by field (which grows with the square of
    /// the field count in the borrow checker; see BENCHMARKS.md).
    fn store(&self, field: &Field<'_>, value: TokenStream) -> TokenStream {
        let member = field.ident;
        let builder = &self.builder;
        let phantom = (!self.states.is_empty()).then(|| quote!(__state: ::core::marker::PhantomData,));
        quote!({
            __values.#member = #value;
            #builder { __values, #phantom }
        })
    }
}

/// The name of the struct holding a builder's values: `__CardBuilderValues`.
fn values_ident(s: &Struct<'_>) -> Ident {
    quote::format_ident!("__{}Values", s.builder_ident())
}

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
    let shape = Shape { s, builder: s.builder_ident(), module: s.state_mod(), args, states, impl_generics };
    let definition = definition(&shape);
    let setters = s.fields.iter().map(|f| setters(&shape, f));
    let money = money_setter(&shape);
    let build = build(&shape);
    let (impl_g, _, _) = shape.impl_generics.split_for_impl();
    let self_ty = shape.self_ty();
    let own_where = where_clause(s.generics, &[]);
    let nested = nested_impl(&shape);
    quote! {
        #definition

        #[allow(clippy::type_complexity, clippy::too_many_arguments)]
        impl #impl_g #self_ty #own_where {
            #(#setters)*
            #money
            #build
        }

        #nested
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
    let where_clause = &s.generics.where_clause;
    let fields = s.fields.iter().map(|f| {
        let member = f.ident;
        let ty = f.ty;
        let value =
            if f.optional { quote!(#member: #ty,) } else { quote!(#member: ::core::option::Option<#ty>,) };
        // A flattened field also keeps what the JSON reader has read of its keys so far.
        let partial = f.attrs.flatten.is_present().then(|| {
            let partial = partial_ident(f);
            quote!(#partial: ::payment_core::wire::Partial<#ty>,)
        });
        quote!(#value #partial)
    });
    let states = &shape.states;
    let phantom =
        (!states.is_empty()).then(|| quote!(__state: ::core::marker::PhantomData<fn() -> (#(#states,)*)>,));
    let docs = docs::builder(s);
    let must_use = "a builder does nothing until `.build()` is called";
    let values = values_ident(s);
    let own_generics = &s.generics;
    let values_ty = values_ty(s);
    let into_struct = into_struct(s);
    quote! {
        /// The values of a builder (and of the JSON reader): one `Option` per field.
        #[doc(hidden)]
        #[allow(non_camel_case_types, unreachable_pub)]
        pub struct #values #own_generics #where_clause {
            #(#fields)*
        }

        #into_struct

        #docs
        #[must_use = #must_use]
        #vis struct #builder #generics #where_clause {
            __values: #values_ty,
            #phantom
        }
    }
}

/// The values struct's type with the struct's own generic arguments: `__CardBuilderValues<'a, T>`.
pub(super) fn values_ty(s: &Struct<'_>) -> TokenStream {
    let values = values_ident(s);
    let (_, ty_g, _) = s.generics.split_for_impl();
    quote!(#values #ty_g)
}

/// The expression that starts an empty builder (used by `T::builder()`).
pub(super) fn start(s: &Struct<'_>) -> TokenStream {
    let builder = s.builder_ident();
    let values = values_ident(s);
    let members = s.fields.iter().map(|f| {
        let member = f.ident;
        let partial = f.attrs.flatten.is_present().then(|| {
            let partial = partial_ident(f);
            quote!(#partial: ::core::default::Default::default(),)
        });
        quote!(#member: ::core::option::Option::None, #partial)
    });
    let phantom = s.required().next().map(|_| quote!(__state: ::core::marker::PhantomData,));
    quote!(#builder { __values: #values { #(#members)* }, #phantom })
}

/// The field of the values struct holding a flattened field's partial read: `__expiry_partial`.
pub(super) fn partial_ident(f: &Field<'_>) -> Ident {
    f.derived_ident("__", "_partial")
}

/// `into_struct()` on the values struct: the struct, once every required field has a value. `build()`
/// (where the type state guarantees it) and the JSON reader (where it is checked) share it.
fn into_struct(s: &Struct<'_>) -> TokenStream {
    let ident = s.ident;
    let values = values_ident(s);
    let (impl_g, ty_g, _) = s.generics.split_for_impl();
    let required: Vec<&Ident> = s.required().map(|f| f.ident).collect();
    let inits = s.fields.iter().map(|f| {
        let member = f.ident;
        match f.kind() {
            Kind::Required => quote!(#member),
            Kind::Optional => quote!(#member: self.#member),
            Kind::Default(Some(expr)) => {
                quote!(#member: ::payment_core::builder::or_else(self.#member, || #expr))
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

/// `T: Default` for each generic field type left out as `Default::default()` (`#[payment(default)]`):
/// what finishing the struct from its values needs.
pub(super) fn default_bounds(s: &Struct<'_>) -> Vec<TokenStream> {
    generic_bounds(
        s,
        s.fields
            .iter()
            .filter(|f| matches!(f.kind(), Kind::Default(None)))
            .map(|f| (f.ty, quote!(::core::default::Default))),
    )
}

/// `.money(m)` for `#[payment(money(amount = a, currency = c))]`: sets both fields from one `Money`, so
/// the amount is always in the minor units of the currency it is sent with.
fn money_setter(shape: &Shape<'_, '_>) -> Option<TokenStream> {
    let (amount, currency) = shape.s.money_fields()?;
    let vis = shape.s.vis;
    let (a, c) = (amount.ident, currency.ident);
    let next = shape.next_ty_all(&[amount, currency]);
    let module = &shape.module;
    let bounds = [amount, currency].map(|f| {
        let (state, unset) = (f.state_param(), f.unset_trait());
        quote!(#state: #module::#unset,)
    });
    let take = shape.take();
    let phantom = (!shape.states.is_empty()).then(|| quote!(__state: ::core::marker::PhantomData,));
    let builder = &shape.builder;
    let doc = format!(
        " Sets `{a}` and `{c}` from one [`Money`](::payment_core::Money) (`money!(12.50 USD)`, \
         `Money::from_major(\"12.50\", currency)?`): the amount in the currency's minor units, as the wire \
         reads it ([`Money::wire_amount`](::payment_core::Money::wire_amount))."
    );
    Some(quote! {
        #[doc = #doc]
        #[inline(always)]
        #vis fn money(self, value: impl ::core::convert::Into<::payment_core::Money>) -> #next where #(#bounds)* {
            #take
            let value: ::payment_core::Money = ::core::convert::Into::into(value);
            __values.#a = ::core::option::Option::Some(value.wire_amount());
            __values.#c = ::core::option::Option::Some(value.currency());
            #builder { __values, #phantom }
        }
    })
}

/// The setters of one field.
fn setters(shape: &Shape<'_, '_>, f: &Field<'_>) -> TokenStream {
    if f.attrs.nested.is_present() {
        return nested_setters(shape, f);
    }
    let vis = shape.s.vis;
    let member = f.ident;
    let wire = &f.wire;
    let inner = f.inner;
    let required = matches!(f.kind(), Kind::Required);
    let next = if required { shape.next_ty(f) } else { quote!(Self) };
    let mut bounds = rule_bounds(shape.s, f);
    if required {
        let (state, module, unset) = (f.state_param(), &shape.module, f.unset_trait());
        bounds.push(quote!(#state: #module::#unset,));
    }
    let fallible = f.fallible_setter();
    let ret = if fallible {
        quote!(::core::result::Result<#next, ::payment_core::wire::FieldError>)
    } else {
        next.clone()
    };
    let ok = |e: TokenStream| if fallible { quote!(::core::result::Result::Ok(#e)) } else { e };
    let checks = |v: TokenStream| {
        let rules = rule_exprs(f, &v);
        quote!(#(
            if let ::core::result::Result::Err(e) = #rules {
                return ::core::result::Result::Err(e.at(#wire));
            }
        )*)
    };
    // What the setter takes, and how it becomes the stored value.
    let (input, convert) = match f.string_builtin() {
        Some(b) => {
            let ty: TokenStream = b.type_path().parse().expect("a type path");
            (
                ty.clone(),
                quote!(::std::string::ToString::to_string(&::core::convert::Into::<#ty>::into(value))),
            )
        }
        None => (quote!(#inner), quote!(::core::convert::Into::<#inner>::into(value))),
    };
    // Primitive numbers, `bool` and `char` are taken as they are: with `impl Into<u32>` an untyped
    // literal (`.screen_height(1200)`) would be inferred as `i32` and rejected.
    let primitive = f.string_builtin().is_none()
        && matches!(
            f.class,
            crate::ast::Class::Integer
                | crate::ast::Class::Float
                | crate::ast::Class::Bool
                | crate::ast::Class::Char
        );
    // A value type is taken through `IntoValue`, whose compile error names the literal macro and `parse`.
    let value_type = f.string_builtin().is_some() || matches!(f.class, crate::ast::Class::Value(_));
    let (param, convert) = if primitive {
        (quote!(#inner), quote!(value))
    } else if value_type {
        let convert = match f.string_builtin() {
            Some(_) => quote!(::std::string::ToString::to_string(
                &::payment_core::builder::IntoValue::<#input>::into_value(value)
            )),
            None => quote!(::payment_core::builder::IntoValue::<#inner>::into_value(value)),
        };
        (quote!(impl ::payment_core::builder::IntoValue<#input>), convert)
    } else {
        (quote!(impl ::core::convert::Into<#input>), convert)
    };
    let check_value = checks(quote!(&value));
    let take = shape.take();
    let store = ok(shape.store(f, quote!(::core::option::Option::Some(value))));
    let what = if fallible { "Sets the field, checking its rules." } else { "Sets the field." };
    let docs = docs::setter(f, what);
    let main = quote! {
        #docs
        #[inline(always)]
        #vis fn #member(self, value: #param) -> #ret where #(#bounds)* {
            #take
            let value: #inner = #convert;
            #check_value
            #store
        }
    };
    if !f.optional {
        return main;
    }
    let maybe = f.derived_ident("maybe_", "");
    let map = match f.string_builtin() {
        Some(_) => quote!(value.map(|value| ::std::string::ToString::to_string(&value))),
        None => quote!(value),
    };
    let check_some = checks(quote!(value));
    let check_some = (!check_some.is_empty())
        .then(|| quote!(if let ::core::option::Option::Some(value) = &value { #check_some }));
    let store = ok(shape.store(f, quote!(value)));
    let doc = format!(" Sets the field from an `Option`: `None` leaves it out (see [`Self::{}`]).", f.ident);
    quote! {
        #main
        #[doc = #doc]
        #[inline(always)]
        #vis fn #maybe(self, value: ::core::option::Option<#input>) -> #ret where #(#bounds)* {
            #take
            let value: ::core::option::Option<#inner> = #map;
            #check_some
            #store
        }
    }
}

/// The setters of a `nested` field: the closure setter, `<field>_value`, and `maybe_<field>` for an
/// `Option`.
fn nested_setters(shape: &Shape<'_, '_>, f: &Field<'_>) -> TokenStream {
    let vis = shape.s.vis;
    let member = f.ident;
    let wire = &f.wire;
    let inner = f.inner;
    let required = matches!(f.kind(), Kind::Required);
    let next = if required { shape.next_ty(f) } else { quote!(Self) };
    let mut bounds = generic_bounds(shape.s, [(inner, quote!(::payment_core::builder::Buildable))]);
    if required {
        let (state, module, unset) = (f.state_param(), &shape.module, f.unset_trait());
        bounds.push(quote!(#state: #module::#unset,));
    }
    let (module, closure) = (&shape.module, f.closure_trait());
    let take = shape.take();
    let store = shape.store(f, quote!(::core::option::Option::Some(value)));
    let docs = docs::setter(
        f,
        &format!(
            "Sets the field with a closure that configures its builder: `.{}(|b| b.field(..)...)`. \
             Returning a `Result` from the closure (to use `?` on validating setters) makes this setter \
             return a `Result` too, with `{wire}.` in front of the error's path.",
            f.ident
        ),
    );
    let value_fn = f.derived_ident("", "_value");
    let value_doc = format!(" Sets the field to a value built beforehand (see [`Self::{}`]).", f.ident);
    let maybe = f.optional.then(|| {
        let maybe = f.derived_ident("maybe_", "");
        let store = shape.store(f, quote!(value));
        let doc =
            format!(" Sets the field from an `Option`: `None` leaves it out (see [`Self::{}`]).", f.ident);
        quote! {
            #[doc = #doc]
            #[inline(always)]
            #vis fn #maybe(self, value: ::core::option::Option<#inner>) -> Self where #(#bounds)* {
                #take
                #store
            }
        }
    });
    quote! {
        #docs
        #[inline(always)]
        #vis fn #member<__B>(
            self,
            build: impl #module::#closure<<#inner as ::payment_core::builder::Buildable>::Builder, __B>,
        ) -> <__B as ::payment_core::builder::Nested<#inner>>::Output<#next>
        where
            __B: ::payment_core::builder::Nested<#inner>,
            #(#bounds)*
        {
            #take
            let start = <#inner as ::payment_core::builder::Buildable>::builder();
            ::payment_core::builder::Nested::finish_into(build(start), #wire, move |value| #store)
        }

        #[doc = #value_doc]
        #[inline(always)]
        #vis fn #value_fn(self, value: impl ::core::convert::Into<#inner>) -> #next where #(#bounds)* {
            #take
            let value: #inner = ::core::convert::Into::into(value);
            #store
        }

        #maybe
    }
}

/// `build()`: one bound per required field, each its own error when unmet.
fn build(shape: &Shape<'_, '_>) -> TokenStream {
    let s = shape.s;
    let vis = s.vis;
    let ident = s.ident;
    let (_, ty_g, _) = s.generics.split_for_impl();
    let module = &shape.module;
    let mut bounds: Vec<TokenStream> = s
        .required()
        .map(|f| {
            let (state, set) = (f.state_param(), f.set_trait());
            quote!(#state: #module::#set,)
        })
        .collect();
    bounds.extend(default_bounds(s));
    let doc = format!(" Builds the [`{ident}`]. Available once every required field is set.");
    let where_ = (!bounds.is_empty()).then(|| quote!(where #(#bounds)*));
    quote! {
        #[doc = #doc]
        #[inline(always)]
        #vis fn build(self) -> #ident #ty_g #where_ {
            ::payment_core::builder::required(self.__values.into_struct())
        }
    }
}

/// `Nested<T>` for complete builders (so a closure setter accepts them), a value-free `Debug` for the
/// builder, and `Buildable` for `T`.
fn nested_impl(shape: &Shape<'_, '_>) -> TokenStream {
    let s = shape.s;
    let ident = s.ident;
    let module = &shape.module;
    let (impl_g, _, _) = shape.impl_generics.split_for_impl();
    let (own_impl_g, ty_g, _) = s.generics.split_for_impl();
    let self_ty = shape.self_ty();
    let start_ty = shape.ty(&[]);
    let bounds: Vec<TokenStream> = s
        .required()
        .map(|f| {
            let (state, set) = (f.state_param(), f.set_trait());
            quote!(#state: #module::#set,)
        })
        .collect();
    let nested_where = where_clause(s.generics, &bounds);
    let name = shape.builder.to_string();
    let debug_fields = s.fields.iter().map(|f| {
        let (member, field) = (f.ident, &f.name);
        quote!((#field, self.__values.#member.is_some()))
    });
    let own_where = where_clause(s.generics, &[]);
    quote! {
        impl #impl_g ::payment_core::builder::Nested<#ident #ty_g> for #self_ty #nested_where {
            type Output<__N> = __N;
            #[inline]
            fn finish_into<__N>(
                self,
                _key: &'static str,
                then: impl ::core::ops::FnOnce(#ident #ty_g) -> __N,
            ) -> __N {
                then(self.build())
            }
        }

        impl #impl_g ::core::fmt::Debug for #self_ty #own_where {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::payment_core::builder::debug_fields(f, #name, &[#(#debug_fields),*])
            }
        }

        impl #own_impl_g ::payment_core::builder::Buildable for #ident #ty_g #own_where {
            type Builder = #start_ty;
            #[inline]
            fn builder() -> #start_ty {
                Self::builder()
            }
        }
    }
}
