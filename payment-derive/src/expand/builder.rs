//! The builder: its struct (one marker parameter per required field, then the mode, values as
//! `Option`s) and every setter, in three inherent impls: one for every mode (setters that cannot fail),
//! one for [`Checked`](payment_core::builder::Checked) (validating setters return `Result`, `build()` the
//! value) and one for [`Collecting`](payment_core::builder::Collecting) (validating setters record their
//! failure, `build()` returns every failure at once). The impls of the finished builder are in
//! `builder_impls.rs`.
//!
//! The shape is chosen for compile time (issue 3 item 5): no state in associated types, no values in the
//! state types, bounds on the methods' own `where` clauses. The mode is the type of the error store
//! itself (`Checked` is a zero-sized type), and the two modes' methods of one name live in impls that do
//! not overlap, so no method's signature depends on a projection. Setters and `build()` are
//! `#[inline(always)]`: in a debug build each setter call is a new function per type state, and LLVM
//! spends less on the call chain inlined into its caller than on one small function per state
//! (BENCHMARKS.md).

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use syn::{GenericParam, Generics};

use super::validate::{rule_bounds, rule_exprs};
use super::{builder_impls, docs, generic_bounds, where_clause};
use crate::ast::{Field, Kind, Struct};

/// The mode of the generic impl: its own type parameter.
fn any_mode() -> TokenStream {
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
    args: Vec<TokenStream>,
    /// The marker parameter of each required field, in field order.
    pub(super) states: Vec<Ident>,
    /// The struct's generics plus the marker parameters (no defaults), for the impls of one mode.
    pub(super) impl_generics: Generics,
    /// Whether the builder has a mode parameter (`#[payment(collect_errors)]`).
    pub(super) collect: bool,
}

impl Shape<'_, '_> {
    /// The builder type with the given markers, in `mode`.
    pub(super) fn ty(&self, states: &[TokenStream], mode: &TokenStream) -> TokenStream {
        let builder = &self.builder;
        let mode = self.collect.then_some(mode);
        let args: Vec<_> = self.args.iter().chain(states).chain(mode).collect();
        if args.is_empty() { quote!(#builder) } else { quote!(#builder<#(#args),*>) }
    }

    /// The builder type with the impl's own marker parameters, in `mode`.
    pub(super) fn self_ty(&self, mode: &TokenStream) -> TokenStream {
        let states: Vec<_> = self.states.iter().map(|s| quote!(#s)).collect();
        self.ty(&states, mode)
    }

    /// The builder type with no field set, in `mode`.
    pub(super) fn start_ty(&self, mode: &TokenStream) -> TokenStream {
        let unset: Vec<_> = self.states.iter().map(|_| quote!(::payment_core::builder::Unset)).collect();
        self.ty(&unset, mode)
    }

    /// The builder type after each of `fields` was set: their markers become `Set`.
    fn next_ty(&self, fields: &[&Field<'_>], mode: &TokenStream) -> TokenStream {
        let set: Vec<Ident> = fields.iter().map(|f| f.state_param()).collect();
        let states: Vec<_> = self
            .states
            .iter()
            .map(|s| if set.contains(s) { quote!(::payment_core::builder::Set) } else { quote!(#s) })
            .collect();
        self.ty(&states, mode)
    }

    /// The type a setter of `f` returns (before any `Result`): the next state, or `Self` for a field
    /// without a marker.
    fn after(&self, f: &Field<'_>, mode: &TokenStream) -> TokenStream {
        if matches!(f.kind(), Kind::Required) { self.next_ty(&[f], mode) } else { quote!(Self) }
    }

    /// The bounds of a setter of `f`: its rules' bounds on generic types, and "not set yet".
    fn setter_bounds(&self, f: &Field<'_>, mut bounds: Vec<TokenStream>) -> Vec<TokenStream> {
        if matches!(f.kind(), Kind::Required) {
            let (state, module, unset) = (f.state_param(), &self.module, f.unset_trait());
            bounds.push(quote!(#state: #module::#unset,));
        }
        bounds
    }

    /// The first statements of a setter: the values and the error store move out of `self`, which is
    /// gone from here on. A panic in a conversion or an early `Err` then drops only the values struct
    /// (one drop function per struct) rather than the builder (one per type state, each compiled in the
    /// user's crate).
    fn take(&self) -> TokenStream {
        quote!(let mut __values = self.__values;)
    }

    /// An expression of the next builder, from the values taken by [`Self::take`] with `field` holding
    /// `value` (an `Option`). The values live in a struct that does not depend on the state, so a setter
    /// moves it whole instead of rebuilding the builder field by field (which grows with the square of
    /// the field count in the borrow checker; see BENCHMARKS.md).
    fn store(&self, field: &Field<'_>, value: TokenStream) -> TokenStream {
        let member = field.ident;
        let finish = self.rebuild();
        quote!({
            __values.#member = #value;
            #finish
        })
    }

    /// The next builder from `__values` (its mode and markers come from the return type).
    pub(super) fn rebuild(&self) -> TokenStream {
        let builder = &self.builder;
        quote!(#builder { __values, __state: ::core::marker::PhantomData })
    }
}

/// The name of the struct holding a builder's values: `__CardBuilderValues`.
fn values_ident(s: &Struct<'_>) -> Ident {
    quote::format_ident!("__{}Values", s.builder_ident())
}

/// What each impl block holds: the methods of every mode, of `Checked`, of `Collecting`.
#[derive(Default)]
struct Methods {
    any: Vec<TokenStream>,
    checked: Vec<TokenStream>,
    collecting: Vec<TokenStream>,
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
    let collect = s.collect_errors;
    let shape =
        Shape { s, builder: s.builder_ident(), module: s.state_mod(), args, states, impl_generics, collect };
    let definition = definition(&shape);
    let mut methods = Methods::default();
    for f in &s.fields {
        if f.attrs.nested.is_present() {
            nested_setters(&shape, f, &mut methods);
        } else {
            setters(&shape, f, &mut methods);
        }
    }
    methods.any.extend(money_setter(&shape));
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
    methods.checked.push(collect_errors(&shape));
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
    let errors = shape.collect.then(|| quote!(__errors: ::payment_core::builder::Errors,));
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
        let partial = f.attrs.flatten.is_present().then(|| {
            let partial = partial_ident(f);
            quote!(#partial: ::payment_core::wire::Partial<#ty>,)
        });
        quote!(#value #partial)
    });
    let states = &shape.states;
    let docs = docs::builder(s);
    let must_use = "a builder does nothing until `.build()` is called";
    let values = values_ident(s);
    let own_generics = &s.generics;
    let values_ty = values_ty(s);
    let into_struct = into_struct(s);
    quote! {
        /// The values of a builder (and of the JSON reader): one `Option` per field, and the failures a
        /// collecting builder recorded (kept here so that no setter moves more than this struct).
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
            __values: #values_ty,
            __state: ::core::marker::PhantomData<fn() -> (#(#states,)* #mode)>,
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
    let errors = s.collect_errors.then(|| quote!(__errors: ::payment_core::builder::Errors::new(),));
    quote!(#builder { __values: #values { #(#members)* #errors }, __state: ::core::marker::PhantomData })
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

/// `.collect_errors()`: the same builder in `Collecting` mode.
fn collect_errors(shape: &Shape<'_, '_>) -> TokenStream {
    let vis = shape.s.vis;
    let next = shape.self_ty(&collecting());
    let builder = &shape.builder;
    quote! {
        /// From here on no setter fails: each rule failure is recorded with its wire path and its Rust
        /// field path, and `.build()` returns `Result<_, ValidationReport>` with every failure at once
        /// (nested builders included). Required fields are still checked at compile time.
        #[inline(always)]
        #vis fn collect_errors(self) -> #next {
            #builder { __values: self.__values, __state: ::core::marker::PhantomData }
        }
    }
}

/// `.money(m)` for `#[payment(money(amount = a, currency = c))]`: sets both fields from one `Money`, so
/// the amount is always in the minor units of the currency it is sent with.
fn money_setter(shape: &Shape<'_, '_>) -> Option<TokenStream> {
    let (amount, currency) = shape.s.money_fields()?;
    let vis = shape.s.vis;
    let (a, c) = (amount.ident, currency.ident);
    let next = shape.next_ty(&[amount, currency], &any_mode());
    let bounds = shape.setter_bounds(currency, shape.setter_bounds(amount, Vec::new()));
    let take = shape.take();
    let rebuild = shape.rebuild();
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
            #rebuild
        }
    })
}

/// What a setter of `f` takes, and the expression that turns `value` into the stored type.
fn input(f: &Field<'_>) -> (TokenStream, TokenStream, TokenStream) {
    let inner = f.inner;
    // What the value is converted to before it is stored (a value type for a `String` kept as is).
    let input = match f.string_builtin() {
        Some(b) => b.type_path().parse().expect("a type path"),
        None => quote!(#inner),
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
    let (param, converted) = if primitive {
        (quote!(#inner), quote!(value))
    } else if value_type {
        (
            quote!(impl ::payment_core::builder::IntoValue<#input>),
            quote!(::payment_core::builder::IntoValue::<#input>::into_value(value)),
        )
    } else {
        (quote!(impl ::core::convert::Into<#input>), quote!(::core::convert::Into::<#input>::into(value)))
    };
    let convert = match f.string_builtin() {
        Some(_) => quote!(::std::string::ToString::to_string(&#converted)),
        None => converted,
    };
    (input, param, convert)
}

/// The setters of one field: `field(..)` and, for an `Option`, `maybe_field(..)`. Without a runtime rule
/// they serve every mode; with one, a `Checked` version returns `Result` and a `Collecting` version
/// records the failure.
fn setters(shape: &Shape<'_, '_>, f: &Field<'_>, methods: &mut Methods) {
    let (input, param, convert) = input(f);
    let maybe = f.derived_ident("maybe_", "");
    let map = match f.string_builtin() {
        Some(_) => quote!(value.map(|value| ::std::string::ToString::to_string(&value))),
        None => quote!(value),
    };
    let maybe_doc =
        format!(" Sets the field from an `Option`: `None` leaves it out (see [`Self::{}`]).", f.ident);
    if !f.fallible_setter() {
        let docs = docs::setter(f, "Sets the field.");
        let next = shape.after(f, &any_mode());
        let bounds = shape.setter_bounds(f, rule_bounds(shape.s, f));
        methods.any.push(setter_named(
            shape,
            f,
            f.ident,
            &docs,
            quote!(#param),
            &next,
            &bounds,
            &convert,
            None,
            false,
        ));
        if f.optional {
            let doc = quote!(#[doc = #maybe_doc]);
            let param = quote!(::core::option::Option<#input>);
            let convert = map.clone();
            methods
                .any
                .push(setter_named(shape, f, &maybe, &doc, param, &next, &bounds, &convert, None, true));
        }
        return;
    }
    let modes: &[(TokenStream, bool)] =
        if shape.collect { &[(checked(), false), (collecting(), true)] } else { &[(checked(), false)] };
    for (mode, collect) in modes.iter().cloned() {
        let what = if collect {
            "Sets the field, recording a broken rule for `.build()` to report."
        } else {
            "Sets the field, checking its rules."
        };
        let docs = docs::setter(f, what);
        let next = shape.after(f, &mode);
        let bounds = shape.setter_bounds(f, rule_bounds(shape.s, f));
        let list = if collect { &mut methods.collecting } else { &mut methods.checked };
        list.push(setter_named(
            shape,
            f,
            f.ident,
            &docs,
            param.clone(),
            &next,
            &bounds,
            &convert,
            Some(collect),
            false,
        ));
        if f.optional {
            let doc = quote!(#[doc = #maybe_doc]);
            let param = quote!(::core::option::Option<#input>);
            let convert = map.clone();
            list.push(setter_named(
                shape,
                f,
                &maybe,
                &doc,
                param,
                &next,
                &bounds,
                &convert,
                Some(collect),
                true,
            ));
        }
    }
}

/// One setter. `checked` is `None` for a field without runtime rules, `Some(false)` for the `Checked`
/// version (returns `Result`) and `Some(true)` for the `Collecting` one (records the failure). `optional`
/// says the converted value is already an `Option` (`maybe_field`).
#[allow(clippy::too_many_arguments)]
fn setter_named(
    shape: &Shape<'_, '_>,
    f: &Field<'_>,
    name: &Ident,
    docs: &TokenStream,
    param: TokenStream,
    next: &TokenStream,
    bounds: &[TokenStream],
    convert: &TokenStream,
    checked: Option<bool>,
    optional: bool,
) -> TokenStream {
    let vis = shape.s.vis;
    let (wire, field) = (&f.wire, &f.name);
    let inner = f.inner;
    let stored_ty = if optional { quote!(::core::option::Option<#inner>) } else { quote!(#inner) };
    let stored = if optional { quote!(value) } else { quote!(::core::option::Option::Some(value)) };
    let take = shape.take();
    let store = shape.store(f, stored);
    // The rules, in order, on a reference to the inner value (skipped for `None`); the first failure
    // is returned (checked) or recorded (collecting).
    let check = |collect: bool| {
        let on_error = if collect {
            quote!({ __values.__errors.record(e.at_field(#wire, #field)); break '__rules; })
        } else {
            quote!({ return ::core::result::Result::Err(e.at_field(#wire, #field)); })
        };
        let rules = rule_exprs(f, &quote!(v));
        let check = quote!('__rules: {
            #( if let ::core::result::Result::Err(e) = #rules #on_error )*
        });
        if optional {
            quote!(if let ::core::option::Option::Some(v) = &value { #check })
        } else {
            quote!({ let v = &value; #check })
        }
    };
    let (ret, body) = match checked {
        None => (quote!(#next), store),
        Some(false) => {
            let check = check(false);
            (
                quote!(::core::result::Result<#next, ::payment_core::wire::FieldError>),
                quote!(#check ::core::result::Result::Ok(#store)),
            )
        }
        Some(true) => {
            let check = check(true);
            (quote!(#next), quote!(#check #store))
        }
    };
    quote! {
        #docs
        #[inline(always)]
        #vis fn #name(self, value: #param) -> #ret where #(#bounds)* {
            #take
            let value: #stored_ty = #convert;
            #body
        }
    }
}

/// The setters of a `nested` field: the closure setter (one per mode: the closure gets the nested
/// builder in the same mode), `<field>_value`, and `maybe_<field>` for an `Option`.
fn nested_setters(shape: &Shape<'_, '_>, f: &Field<'_>, methods: &mut Methods) {
    let vis = shape.s.vis;
    let member = f.ident;
    let (wire, field) = (&f.wire, &f.name);
    let inner = f.inner;
    let bounds = shape
        .setter_bounds(f, generic_bounds(shape.s, [(inner, quote!(::payment_core::builder::Buildable))]));
    let (module, closure) = (&shape.module, f.closure_trait());
    let take = shape.take();
    let store = shape.store(f, quote!(::core::option::Option::Some(value)));
    let buildable = quote!(<#inner as ::payment_core::builder::Buildable>);
    let docs = docs::setter(
        f,
        &format!(
            "Sets the field with a closure that configures its builder: `.{}(|b| b.field(..)...)`. \
             Returning a `Result` from the closure (to use `?` on validating setters) makes this setter \
             return a `Result` too, with `{wire}.` in front of the error's path.",
            f.ident
        ),
    );
    let next = shape.after(f, &checked());
    methods.checked.push(quote! {
        #docs
        #[inline(always)]
        #vis fn #member<__B>(
            self,
            build: impl #module::#closure<#buildable::Builder, __B>,
        ) -> <__B as ::payment_core::builder::Nested<#inner>>::Output<#next>
        where
            __B: ::payment_core::builder::Nested<#inner>,
            #(#bounds)*
        {
            #take
            let start = #buildable::builder();
            ::payment_core::builder::Nested::finish_into(build(start), #wire, #field, move |value| #store)
        }
    });
    let next = shape.after(f, &collecting());
    let collecting_setter = shape.collect.then(|| {
    let doc = format!(
        " Sets the field with a closure that configures its builder (in collecting mode): \
         `.{member}(|b| b.field(..)...)`. The nested builder's failures are reported by `.build()` under \
         `{wire}.`."
    );
    let can_collect = quote!(<#inner as ::payment_core::builder::CanCollect>);
    quote! {
        #[doc = #doc]
        #[inline(always)]
        #vis fn #member<__B>(self, build: impl #module::#closure<#can_collect::Collecting, __B>) -> #next
        where
            #inner: ::payment_core::builder::CanCollect,
            __B: ::payment_core::builder::CollectNested<#inner>,
            #(#bounds)*
        {
            #take
            let (value, nested) = ::payment_core::builder::CollectNested::finish_collecting(build(#can_collect::collecting()));
            __values.__errors.absorb(nested, #wire, #field);
            #store
        }
    }
    });
    methods.collecting.extend(collecting_setter);
    let next = shape.after(f, &any_mode());
    let value_fn = f.derived_ident("", "_value");
    let value_doc = format!(" Sets the field to a value built beforehand (see [`Self::{}`]).", f.ident);
    methods.any.push(quote! {
        #[doc = #value_doc]
        #[inline(always)]
        #vis fn #value_fn(self, value: impl ::core::convert::Into<#inner>) -> #next where #(#bounds)* {
            #take
            let value: #inner = ::core::convert::Into::into(value);
            #store
        }
    });
    if f.optional {
        let maybe = f.derived_ident("maybe_", "");
        let store = shape.store(f, quote!(value));
        let doc =
            format!(" Sets the field from an `Option`: `None` leaves it out (see [`Self::{}`]).", f.ident);
        methods.any.push(quote! {
            #[doc = #doc]
            #[inline(always)]
            #vis fn #maybe(self, value: ::core::option::Option<#inner>) -> Self where #(#bounds)* {
                #take
                #store
            }
        });
    }
}
