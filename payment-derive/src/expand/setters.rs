//! The setters of a builder, sorted by `builder.rs` into the impl of every mode, of `Checked` and of
//! `Collecting`: one per field (and `maybe_` for an `Option`), the closure, `_value` and `maybe_`
//! setters of a nested field, `.money(..)`, and `.collect_errors()`.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::builder::{Methods, Shape, any_mode, checked, collecting};
use super::rules::{rule_bounds, rule_exprs};
use super::{docs, generic_bounds};
use crate::ast::Field;

/// `.collect_errors()`: the same builder in `Collecting` mode.
pub(super) fn collect_errors(shape: &Shape<'_, '_>) -> TokenStream {
    let vis = shape.s.vis;
    let next = shape.self_ty(&collecting());
    let builder = &shape.builder;
    let doc = " From here on no setter fails: each rule failure is recorded with its wire path and its \
               Rust field path, and `.build()` returns `Result<_, ValidationReport>` with every failure at \
               once (nested builders included). Required fields are still checked at compile time.";
    quote! {
        #[doc = #doc]
        #[inline(always)]
        #vis fn collect_errors(self) -> #next {
            #builder { __values: self.__values, __state: ::core::marker::PhantomData }
        }
    }
}

/// `.money(m)` for `#[payment(money(amount = a, currency = c))]`: sets both fields from one `Money`, so
/// the amount is always in the minor units of the currency it is sent with.
pub(super) fn money_setter(shape: &Shape<'_, '_>) -> Option<TokenStream> {
    let (amount, currency) = shape.s.money_fields()?;
    let vis = shape.s.vis;
    let (a, c) = (amount.ident, currency.ident);
    let next = shape.next_ty(&[amount, currency], &any_mode());
    let bounds = shape.setter_bounds(currency, shape.setter_bounds(amount, Vec::new()));
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
            let mut __values = self.__values;
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
pub(super) fn setters(shape: &Shape<'_, '_>, f: &Field<'_>, methods: &mut Methods) {
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
            let mut __values = self.__values;
            let value: #stored_ty = #convert;
            #body
        }
    }
}

/// The setters of a `nested` field: the closure setter (one per mode: the closure gets the nested
/// builder in the same mode), `<field>_value`, and `maybe_<field>` for an `Option`.
pub(super) fn nested_setters(shape: &Shape<'_, '_>, f: &Field<'_>, methods: &mut Methods) {
    let vis = shape.s.vis;
    let member = f.ident;
    let (wire, field) = (&f.wire, &f.name);
    let inner = f.inner;
    let bounds = shape
        .setter_bounds(f, generic_bounds(shape.s, [(inner, quote!(::payment_core::builder::Buildable))]));
    let (module, closure) = (&shape.module, f.closure_trait());
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
            let mut __values = self.__values;
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
            let mut __values = self.__values;
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
            let mut __values = self.__values;
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
                let mut __values = self.__values;
                #store
            }
        });
    }
}
