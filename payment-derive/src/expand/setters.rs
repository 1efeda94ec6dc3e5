//! The setters of a builder, sorted by `builder.rs` into the impl of every mode, of `Checked` and of
//! `Collecting`: one per field (and `maybe_` for an `Option`), the closure, `_value` and `maybe_`
//! setters of a nested field, `.money(..)`, and `.collect_errors()`.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::rules::{rule_bounds, setter_exprs};
use super::shape::{Methods, Shape, any_mode, checked, collecting};
use super::{docs, generic_bounds};
use crate::ast::{Class, Field};

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
/// the amount is always in the minor units of the currency it is sent with. In collecting mode it takes
/// a price as text too (`IntoMoney`), each refusal recorded at the field it is about.
pub(super) fn money_setter(shape: &Shape<'_, '_>) -> Option<TokenStream> {
    let (amount, currency) = shape.s.money_fields()?;
    let vis = shape.s.vis;
    let (a, c) = (amount.ident, currency.ident);
    let next = shape.next_ty(&[amount, currency], &any_mode());
    let bounds = shape.setter_bounds(currency, shape.setter_bounds(amount, Vec::new()));
    let rebuild = shape.rebuild();
    let into = quote!(::payment_core::builder::IntoMoney);
    let text = if shape.collect {
        " In `.collect_errors()` mode it also takes the price as text, `\"19.99 USD\"` or `(\"19.99\", \"USD\")`          (or a `Currency` for the second), converted as `Money::from_major` does; a refusal is recorded at          the amount or the currency for `.build()` to report."
    } else {
        ""
    };
    let doc = format!(
        " Sets `{a}` and `{c}` from one [`Money`](::payment_core::Money) (`money!(12.50 USD)`, \
         `Money::from_major(\"12.50\", currency)?`): the amount in the currency's minor units, as the wire \
         reads it ([`Money::wire_amount`](::payment_core::Money::wire_amount)).{text}"
    );
    let (param, money) = if shape.collect {
        let (aw, af, cw, cf) = (&amount.wire, &amount.name, &currency.wire, &currency.name);
        (
            quote!(impl #into<__Via, __Mode>),
            quote!(__values.__errors.take_money(#into::into_money(value), (#aw, #af), (#cw, #cf))),
        )
    } else {
        (
            quote!(impl #into<__Via, ::payment_core::builder::Checked, Error = ::core::convert::Infallible>),
            quote!(::core::option::Option::Some(::payment_core::__private::infallible(#into::into_money(value)))),
        )
    };
    Some(quote! {
        #[doc = #doc]
        #[inline(always)]
        #vis fn money<__Via>(self, value: #param) -> #next where #(#bounds)* {
            let mut __values = self.__values;
            let money: ::core::option::Option<::payment_core::Money> = #money;
            __values.#a = money.map(::payment_core::Money::wire_amount);
            __values.#c = money.map(::payment_core::Money::currency);
            #rebuild
        }
    })
}

/// Which impl block a setter goes into, and so which mode its input is read in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    /// The impl of every mode (`__Mode`), or the one impl of a builder without the collecting mode.
    Any,
    /// The `Checked` impl.
    Checked,
    /// The `Collecting` impl.
    Collecting,
}

/// What a setter takes and how it turns `value` into what is stored.
struct Input {
    /// The setter's parameter type.
    param: TokenStream,
    /// Generic parameters of the setter itself (`<__Via>` for a value type).
    generics: TokenStream,
    /// `let value: <ty> = <expr>;`
    ty: TokenStream,
    expr: TokenStream,
    /// Whether `value` is an `Option` (text refused in collecting mode leaves the field unset).
    maybe_absent: bool,
}

/// How the setter of `f` takes its value in `ctx`:
/// - primitive numbers, `bool` and `char` as they are (with `impl Into<u32>` an untyped literal,
///   `.screen_height(1200)`, would be inferred as `i32` and rejected);
/// - a value type (or a `String` kept as the wire string of one) through `IntoValue`, whose compile error
///   names the literal macro and `parse`, and which in collecting mode takes text too (a refusal is
///   recorded and the field left unset);
/// - anything else through `Into`.
fn input(shape: &Shape<'_, '_>, f: &Field<'_>, ctx: Ctx) -> Input {
    let inner = f.inner;
    let builtin = f.string_builtin();
    let value_type = builtin.is_some() || matches!(f.class, Class::Value(_) | Class::Parsed);
    let primitive =
        builtin.is_none() && matches!(f.class, Class::Integer | Class::Float | Class::Bool | Class::Char);
    // A field typed by one of the struct's type parameters (`data: T`) takes `T` itself, so the value
    // infers the parameter (`Envelope::builder().data(x)` is an `Envelope<X>`); `impl Into<T>` would not.
    if primitive || is_type_param(shape, inner) {
        return Input {
            param: quote!(#inner),
            generics: quote!(),
            ty: quote!(#inner),
            expr: quote!(value),
            maybe_absent: false,
        };
    }
    if !value_type {
        return Input {
            param: quote!(impl ::core::convert::Into<#inner>),
            generics: quote!(),
            ty: quote!(#inner),
            expr: quote!(::core::convert::Into::<#inner>::into(value)),
            maybe_absent: false,
        };
    }
    // What the input becomes before it is stored (the value type, for a `String` kept as is).
    let of: TokenStream = match builtin {
        Some(b) => b.type_path().parse().expect("a type path"),
        None => quote!(#inner),
    };
    let to_string = builtin.map(|_| quote!(.map(|v| ::std::string::ToString::to_string(&v))));
    let collects = match ctx {
        Ctx::Any => shape.collect,
        Ctx::Checked => false,
        Ctx::Collecting => true,
    };
    let (wire, field) = (&f.path(), &f.name);
    let into = quote!(::payment_core::builder::IntoValue);
    if collects {
        let mode = if ctx == Ctx::Any { any_mode() } else { collecting() };
        Input {
            param: quote!(impl #into<#of, __Via, #mode>),
            generics: quote!(<__Via>),
            ty: quote!(::core::option::Option<#inner>),
            expr: quote!(__values.__errors.take_value(#into::into_value(value), #wire, #field) #to_string),
            maybe_absent: true,
        }
    } else {
        let mode = checked();
        let converted = quote!(::payment_core::__private::infallible(#into::into_value(value)));
        let expr = match builtin {
            Some(_) => quote!(::std::string::ToString::to_string(&#converted)),
            None => converted,
        };
        Input {
            param: quote!(impl #into<#of, __Via, #mode, Error = ::core::convert::Infallible>),
            generics: quote!(<__Via>),
            ty: quote!(#inner),
            expr,
            maybe_absent: false,
        }
    }
}

/// Whether `ty` is exactly one of the struct's type parameters.
fn is_type_param(shape: &Shape<'_, '_>, ty: &syn::Type) -> bool {
    let syn::Type::Path(p) = ty else { return false };
    let Some(ident) = p.path.get_ident().filter(|_| p.qself.is_none()) else { return false };
    shape.s.generics.type_params().any(|t| t.ident == *ident)
}

/// `maybe_<field>(Option<..>)`: the value type itself (or the field's type), never text.
fn maybe_input(f: &Field<'_>) -> Input {
    let inner = f.inner;
    let (param, expr) = match f.string_builtin() {
        Some(b) => {
            let of: TokenStream = b.type_path().parse().expect("a type path");
            (
                quote!(::core::option::Option<#of>),
                quote!(value.map(|value| ::std::string::ToString::to_string(&value))),
            )
        }
        None => (quote!(::core::option::Option<#inner>), quote!(value)),
    };
    Input { param, generics: quote!(), ty: quote!(::core::option::Option<#inner>), expr, maybe_absent: true }
}

/// The setters of one field: `field(..)` and, for an `Option`, `maybe_field(..)`. Without a runtime rule
/// they serve every mode; with one, a `Checked` version returns `Result` and a `Collecting` version
/// records the failure.
pub(super) fn setters(shape: &Shape<'_, '_>, f: &Field<'_>, methods: &mut Methods) {
    let maybe = f.derived_ident("maybe_", "");
    let maybe_doc =
        format!(" Sets the field from an `Option`: `None` leaves it out (see [`Self::{}`]).", f.ident);
    let bounds = shape.setter_bounds(f, rule_bounds(shape.s, f));
    if !f.fallible_setter() {
        let docs = docs::setter(f, "Sets the field.");
        let next = shape.after(f, &any_mode());
        let input = input(shape, f, Ctx::Any);
        methods.any.push(setter_named(shape, f, f.ident, &docs, &input, &next, &bounds, None));
        if f.optional {
            let doc = quote!(#[doc = #maybe_doc]);
            methods.any.push(setter_named(shape, f, &maybe, &doc, &maybe_input(f), &next, &bounds, None));
        }
        return;
    }
    let modes: &[(Ctx, TokenStream)] = if shape.collect {
        &[(Ctx::Checked, checked()), (Ctx::Collecting, collecting())]
    } else {
        &[(Ctx::Checked, checked())]
    };
    for (ctx, mode) in modes {
        let collect = *ctx == Ctx::Collecting;
        let what = "Sets the field, checking its rules.";
        // The collecting twin is hidden from the docs: the builder's docs say, in one line, that every
        // validating setter has one (issue 25: each setter listed once).
        let docs = if collect { quote!(#[doc(hidden)]) } else { docs::setter(f, what) };
        let next = shape.after(f, mode);
        let list = if collect { &mut methods.collecting } else { &mut methods.checked };
        let input = input(shape, f, *ctx);
        list.push(setter_named(shape, f, f.ident, &docs, &input, &next, &bounds, Some(collect)));
        if f.optional {
            let doc = if collect { quote!(#[doc(hidden)]) } else { quote!(#[doc = #maybe_doc]) };
            list.push(setter_named(shape, f, &maybe, &doc, &maybe_input(f), &next, &bounds, Some(collect)));
        }
    }
}

/// One setter. `checked` is `None` for a field without runtime rules, `Some(false)` for the `Checked`
/// version (returns `Result`) and `Some(true)` for the `Collecting` one (records the failure).
#[allow(clippy::too_many_arguments)]
fn setter_named(
    shape: &Shape<'_, '_>,
    f: &Field<'_>,
    name: &Ident,
    docs: &TokenStream,
    input: &Input,
    next: &TokenStream,
    bounds: &[TokenStream],
    checked: Option<bool>,
) -> TokenStream {
    let vis = shape.s.vis;
    let Input { param, generics, ty, expr, maybe_absent } = input;
    let stored = if *maybe_absent { quote!(value) } else { quote!(::core::option::Option::Some(value)) };
    let store = shape.store(f, stored);
    let check = |collect: bool| rules_check(f, collect, *maybe_absent);
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
        #vis fn #name #generics(self, value: #param) -> #ret where #(#bounds)* {
            let mut __values = self.__values;
            let value: #ty = #expr;
            #body
        }
    }
}

/// The rules of `f`, in order, on a reference to the inner value `value` (skipped for `None` when
/// `maybe_absent`); the first failure is returned (checked) or recorded (collecting).
fn rules_check(f: &Field<'_>, collect: bool, maybe_absent: bool) -> TokenStream {
    let (wire, field) = (&f.path(), &f.name);
    let on_error = if collect {
        quote!({ __values.__errors.record(e.at_field(#wire, #field)); break '__rules; })
    } else {
        quote!({ return ::core::result::Result::Err(e.at_field(#wire, #field)); })
    };
    let rules = setter_exprs(f, &quote!(v));
    let check = quote!('__rules: {
        #( if let ::core::result::Result::Err(e) = #rules #on_error )*
    });
    if maybe_absent {
        quote!(if let ::core::option::Option::Some(v) = &value { #check })
    } else {
        quote!({ let v = &value; #check })
    }
}

/// The setters of a `nested` field: the closure setter (one per mode: the closure gets the nested
/// builder in the same mode), `<field>_value`, and `maybe_<field>` for an `Option`.
pub(super) fn nested_setters(shape: &Shape<'_, '_>, f: &Field<'_>, methods: &mut Methods) {
    let vis = shape.s.vis;
    let member = f.ident;
    // A flattened struct's keys stand in this object: its errors get no key of their own.
    let path = f.path();
    let wire = if f.form == crate::ast::Form::Flattened { "" } else { path.as_str() };
    let field = &f.name;
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
    let nested = quote!(::payment_core::builder::Nested<#inner>);
    // With a rule on the whole value (`length` of a list) the closure's value is checked once built, so
    // the setter always returns a `Result`; without one it returns what the closure's builder says.
    let (ret, extra_bound, body) = if f.fallible_setter() {
        let check = rules_check(f, false, false);
        (
            quote!(::core::result::Result<#next, ::payment_core::wire::FieldError>),
            quote!(<__B as #nested>::Output<#inner>: ::payment_core::builder::IntoFieldResult<#inner>,),
            quote! {
                let built = ::payment_core::builder::Nested::finish_into(build(start), #wire, #field, |v| v);
                let value = ::payment_core::builder::IntoFieldResult::into_field_result(built)?;
                #check
                ::core::result::Result::Ok(#store)
            },
        )
    } else {
        (
            quote!(<__B as #nested>::Output<#next>),
            quote!(),
            quote!(::payment_core::builder::Nested::finish_into(build(start), #wire, #field, move |value| #store)),
        )
    };
    let checked_setter = quote! {
        #docs
        #[inline(always)]
        #vis fn #member<__B>(
            self,
            build: impl #module::#closure<#buildable::Builder, __B>,
        ) -> #ret
        where
            __B: #nested,
            #extra_bound
            #(#bounds)*
        {
            let mut __values = self.__values;
            let start = #buildable::builder();
            #body
        }
    };
    methods.checked.push(checked_setter);
    let next = shape.after(f, &collecting());
    let store_option = shape.store(f, quote!(value));
    let collect_check = f.fallible_setter().then(|| rules_check(f, true, true));
    let collecting_setter = shape.collect.then(|| {
    let can_collect = quote!(<#inner as ::payment_core::builder::CanCollect>);
    quote! {
        #[doc(hidden)]
        #[inline(always)]
        #vis fn #member<__B>(self, build: impl #module::#closure<#can_collect::Collecting, __B>) -> #next
        where
            #inner: ::payment_core::builder::CanCollect,
            __B: ::payment_core::builder::CollectNested<#inner>,
            #(#bounds)*
        {
            let mut __values = self.__values;
            let nested = ::payment_core::builder::CollectNested::finish_collecting(build(#can_collect::collecting()));
            let value = __values.__errors.take_nested(nested, #wire, #field);
            #collect_check
            #store_option
        }
    }
    });
    methods.collecting.extend(collecting_setter);
    let value_fn = f.derived_ident("", "_value");
    let value_doc = format!(" Sets the field to a value built beforehand (see [`Self::{}`]).", f.ident);
    if f.fallible_setter() {
        // The value built beforehand passes the same rules: checked (a `Result`) or recorded.
        let maybe = f.derived_ident("maybe_", "");
        for collect in [false, true] {
            if collect && !shape.collect {
                continue;
            }
            let (mode, list) = if collect {
                (collecting(), &mut methods.collecting)
            } else {
                (checked(), &mut methods.checked)
            };
            let next = shape.after(f, &mode);
            let (ret, ok) = if collect {
                (quote!(#next), quote!())
            } else {
                (
                    quote!(::core::result::Result<#next, ::payment_core::wire::FieldError>),
                    quote!(::core::result::Result::Ok),
                )
            };
            let docs = if collect { quote!(#[doc(hidden)]) } else { quote!(#[doc = #value_doc]) };
            let check = rules_check(f, collect, false);
            let store_some = shape.store(f, quote!(::core::option::Option::Some(value)));
            list.push(quote! {
                #docs
                #[inline(always)]
                #vis fn #value_fn(self, value: impl ::core::convert::Into<#inner>) -> #ret where #(#bounds)* {
                    let mut __values = self.__values;
                    let value: #inner = ::core::convert::Into::into(value);
                    #check
                    #ok(#store_some)
                }
            });
            if f.optional {
                let doc = format!(
                    " Sets the field from an `Option`: `None` leaves it out (see [`Self::{}`]).",
                    f.ident
                );
                let docs = if collect { quote!(#[doc(hidden)]) } else { quote!(#[doc = #doc]) };
                let check = rules_check(f, collect, true);
                let store = shape.store(f, quote!(value));
                let ret = if collect {
                    quote!(Self)
                } else {
                    quote!(::core::result::Result<Self, ::payment_core::wire::FieldError>)
                };
                list.push(quote! {
                    #docs
                    #[inline(always)]
                    #vis fn #maybe(self, value: ::core::option::Option<#inner>) -> #ret where #(#bounds)* {
                        let mut __values = self.__values;
                        #check
                        #ok(#store)
                    }
                });
            }
        }
        return;
    }
    let next = shape.after(f, &any_mode());
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
