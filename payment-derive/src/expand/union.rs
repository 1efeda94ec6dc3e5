//! What `#[derive(Builder)]` emits for a union (`ast_union.rs`): serde's representation both ways
//! (`Serialize`, and `Collect` / `Deserialize` through the runtime's `collect_union`, which buffers the
//! value, finds the variant and reads it with its own `Collect`), `CheckRules`, the JSON Schema
//! (`oneOf`), and the builder that chooses a variant at compile time:
//!
//! - `E::builder()` is an `EBuilder` with no variant chosen; one method per variant chooses it (a
//!   closure on the variant's own builder for a struct variant, the value otherwise, nothing for a unit
//!   variant). Choosing a second variant, or building with none, is a compile error naming the choice
//!   (the marker traits of the hidden `e_builder` module, as for a struct's fields).
//! - as a `nested` field of a struct (`.payment_method(|m| m.scheme(|s| ..))`) it works like any nested
//!   builder, in both modes: the complete builder implements `Nested` and `CollectNested`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast_union::{Data, Repr, Union, Variant};

pub(crate) fn expand(u: &Union<'_>) -> TokenStream {
    let parts = [serialize(u), collect(u), check_rules(u), builder(u), schema(u)];
    quote!(#(#parts)*)
}

fn serialize(u: &Union<'_>) -> TokenStream {
    let ident = u.ident;
    let arms = u.variants.iter().map(|v| {
        let (vident, name) = (v.ident, &v.wire);
        let tagged = |tag: &str| quote!(::payment_core::__private::TaggedSerializer { tag: #tag, name: #name, inner: serializer });
        match (&v.data, &u.repr) {
            (Data::Unit, Repr::Internal(tag) | Repr::Adjacent(tag, _)) => {
                let tagged = tagged(tag);
                quote!(Self::#vident => ::payment_core::__private::serde::Serializer::serialize_unit(#tagged),)
            }
            (Data::Unit, Repr::Untagged) => {
                quote!(Self::#vident => ::payment_core::__private::serde::Serializer::serialize_unit(serializer),)
            }
            (Data::Nested(_) | Data::Value(_), Repr::Internal(tag)) => {
                let tagged = tagged(tag);
                quote!(Self::#vident(v) => ::payment_core::__private::serde::Serialize::serialize(v, #tagged),)
            }
            (Data::Nested(_) | Data::Value(_), Repr::Adjacent(tag, content)) => quote! {
                Self::#vident(v) => ::payment_core::__private::serialize_adjacent(serializer, (#tag, #name), (#content, v)),
            },
            (Data::Nested(_) | Data::Value(_), Repr::Untagged) => {
                quote!(Self::#vident(v) => ::payment_core::__private::serde::Serialize::serialize(v, serializer),)
            }
        }
    });
    quote! {
        impl ::payment_core::__private::serde::Serialize for #ident {
            fn serialize<__S: ::payment_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                match self {
                    #(#arms)*
                }
            }
        }
    }
}

fn collect(u: &Union<'_>) -> TokenStream {
    let ident = u.ident;
    let names = u.variants.iter().map(|v| &v.wire);
    let aliases =
        u.variants.iter().enumerate().flat_map(|(i, v)| v.aliases.iter().map(move |a| quote!((#a, #i))));
    let repr = match &u.repr {
        Repr::Internal(tag) => quote!(Internal(#tag)),
        Repr::Adjacent(tag, content) => quote!(Adjacent(#tag, #content)),
        Repr::Untagged => quote!(Untagged),
    };
    let expecting = expecting(u);
    let untagged = matches!(u.repr, Repr::Untagged);
    let arms = u.variants.iter().enumerate().map(|(i, v)| {
        let vident = v.ident;
        match &v.data {
            Data::Unit if untagged => quote! {
                #i => ::core::matches!(value, ::payment_core::__private::Buffered::Null).then_some(Self::#vident),
            },
            Data::Unit => quote!(#i => ::payment_core::__private::unit_variant(value, c).then_some(Self::#vident),),
            Data::Nested(ty) | Data::Value(ty) => {
                quote!(#i => ::payment_core::__private::collect_variant::<#ty>(value, c).map(Self::#vident),)
            }
        }
    });
    quote! {
        #[doc(hidden)]
        impl ::payment_core::__private::CollectUnion for #ident {
            const REPR: ::payment_core::__private::Repr = ::payment_core::__private::Repr::#repr;
            const NAMES: &'static [&'static str] = &[#(#names),*];
            const ALIASES: &'static [(&'static str, usize)] = &[#(#aliases),*];
            const EXPECTING: &'static str = #expecting;

            #[inline]
            fn variant(
                i: usize,
                value: ::payment_core::__private::Buffered,
                c: &mut ::payment_core::__private::Collector,
            ) -> ::core::option::Option<Self> {
                match i {
                    #(#arms)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        impl ::payment_core::__private::Collect for #ident {
            fn collect<'de, __D: ::payment_core::__private::serde::Deserializer<'de>>(
                de: __D,
                c: &mut ::payment_core::__private::Collector,
            ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
                ::payment_core::__private::collect_union(de, c)
            }
        }

        impl<'de> ::payment_core::__private::serde::Deserialize<'de> for #ident {
            fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(de: __D) -> ::core::result::Result<Self, __D::Error> {
                ::payment_core::__private::deserialize_collected(de)
            }
        }

        impl #ident {
            /// Reads a value from JSON, reporting every problem with its path (the chosen variant's own
            /// fields included), never with the value.
            #[inline]
            pub fn from_json(json: &str) -> ::core::result::Result<Self, ::payment_core::wire::ValidationReport> {
                ::payment_core::wire::from_json(json)
            }
        }
    }
}

/// What an untagged union takes, for its error when no variant reads: "`bool`, `OffSessionKind` or null".
fn expecting(u: &Union<'_>) -> String {
    let kinds: Vec<String> = u
        .variants
        .iter()
        .map(|v| match &v.data {
            Data::Unit => "null".to_owned(),
            Data::Nested(ty) | Data::Value(ty) => {
                format!("`{}` (variant `{}`)", crate::check::type_name(ty), v.ident)
            }
        })
        .collect();
    match kinds.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("one of {} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

fn check_rules(u: &Union<'_>) -> TokenStream {
    let ident = u.ident;
    let (enter, leave) = match &u.repr {
        Repr::Adjacent(_, content) => (quote!(c.enter(#content);), quote!(c.leave();)),
        _ => (quote!(), quote!()),
    };
    let arms = u.variants.iter().filter_map(|v| {
        let vident = v.ident;
        match &v.data {
            Data::Nested(_) => Some(quote! {
                Self::#vident(v) => { #enter ::payment_core::__private::CheckRules::check_rules(v, c); #leave }
            }),
            _ => None,
        }
    });
    quote! {
        #[doc(hidden)]
        impl ::payment_core::__private::CheckRules for #ident {
            #[allow(unused_variables)]
            #[inline]
            fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
                #[allow(unreachable_patterns)]
                match self {
                    #(#arms)*
                    _ => {}
                }
            }
        }

        impl ::payment_core::__private::validator::Validate for #ident {
            #[inline]
            fn validate(&self) -> ::core::result::Result<(), ::payment_core::__private::validator::ValidationErrors> {
                ::payment_core::__private::validate(self)
            }
        }
    }
}

/// The path prefix of a variant's errors: `(wire key, Rust name)`. An internally tagged or untagged
/// variant's fields stand in the union's own object (no wire key); an adjacent one's under `content`.
fn prefix<'u>(u: &'u Union<'_>, v: &Variant<'_>) -> (&'u str, String) {
    let key = match &u.repr {
        Repr::Adjacent(_, content) => content.as_str(),
        _ => "",
    };
    (key, v.method.to_string().trim_start_matches("r#").to_owned())
}

fn builder(u: &Union<'_>) -> TokenStream {
    let (ident, vis) = (u.ident, u.vis);
    let builder = u.builder_ident();
    let module = u.state_mod();
    let set = quote!(::payment_core::builder::Set);
    let unset = quote!(::payment_core::builder::Unset);
    let checked = quote!(::payment_core::builder::Checked);
    let collecting = quote!(::payment_core::builder::Collecting);
    let methods_list: Vec<String> = u
        .variants
        .iter()
        .map(|v| match v.data {
            Data::Unit => format!("`.{}()`", v.method),
            _ => format!("`.{}(..)`", v.method),
        })
        .collect();
    let methods_list = methods_list.join(", ");
    let missing = format!("`{builder}` has no variant chosen: a `{ident}` is one of its variants");
    let missing_note = format!("call one of {methods_list}");
    let twice = format!("a `{ident}` is one variant, and this `{builder}` has one chosen already");
    let twice_note = format!("call only one of {methods_list}");
    let next = |mode: &TokenStream| quote!(#builder<#set, #mode>);
    let chosen = |mode: &TokenStream, value: TokenStream| {
        quote!(#builder::<#set, #mode> {
            __value: #value,
            __errors: ::payment_core::__private::Errors::new(),
            __state: ::core::marker::PhantomData,
        })
    };
    let mut checked_methods = Vec::new();
    let mut collecting_methods = Vec::new();
    for v in &u.variants {
        let (vident, method) = (v.ident, &v.method);
        let (key, field) = prefix(u, v);
        let doc = format!(" Chooses the `{}` variant (wire name `{}`).", vident, v.wire);
        let open = quote!(__Choice: #module::choice_is_open);
        match &v.data {
            Data::Unit => {
                for (mode, list) in [(&checked, &mut checked_methods), (&collecting, &mut collecting_methods)]
                {
                    let next = next(mode);
                    let value = chosen(mode, quote!(::core::option::Option::Some(#ident::#vident)));
                    list.push(quote! {
                        #[doc = #doc]
                        #[inline]
                        #vis fn #method(self) -> #next where #open { #value }
                    });
                }
            }
            Data::Value(ty) => {
                for (mode, list) in [(&checked, &mut checked_methods), (&collecting, &mut collecting_methods)]
                {
                    let next = next(mode);
                    let value = chosen(
                        mode,
                        quote!(::core::option::Option::Some(#ident::#vident(::core::convert::Into::into(value)))),
                    );
                    list.push(quote! {
                        #[doc = #doc]
                        #[inline]
                        #vis fn #method(self, value: impl ::core::convert::Into<#ty>) -> #next where #open { #value }
                    });
                }
            }
            Data::Nested(ty) => {
                let buildable = quote!(<#ty as ::payment_core::builder::Buildable>);
                let next_checked = next(&checked);
                let value = chosen(&checked, quote!(::core::option::Option::Some(#ident::#vident(v))));
                checked_methods.push(quote! {
                    #[doc = #doc]
                    #[doc = " The closure configures the variant's own builder; a missing field in it is a compile error."]
                    #[inline]
                    #vis fn #method<__B>(
                        self,
                        build: impl ::core::ops::FnOnce(#buildable::Builder) -> __B,
                    ) -> <__B as ::payment_core::builder::Nested<#ty>>::Output<#next_checked>
                    where
                        __B: ::payment_core::builder::Nested<#ty>,
                        #open
                    {
                        ::payment_core::builder::Nested::finish_into(build(#buildable::builder()), #key, #field, |v| #value)
                    }
                });
                let can_collect = quote!(<#ty as ::payment_core::builder::CanCollect>);
                let next_collecting = next(&collecting);
                collecting_methods.push(quote! {
                    #[doc = #doc]
                    #[doc = " The closure configures the variant's own builder, in collecting mode."]
                    #[inline]
                    #vis fn #method<__B>(self, build: impl ::core::ops::FnOnce(#can_collect::Collecting) -> __B) -> #next_collecting
                    where
                        #ty: ::payment_core::builder::CanCollect,
                        __B: ::payment_core::builder::CollectNested<#ty>,
                        #open
                    {
                        let mut errors = ::payment_core::__private::Errors::new();
                        let nested = ::payment_core::builder::CollectNested::finish_collecting(build(#can_collect::collecting()));
                        let value = errors.take_nested(nested, #key, #field);
                        #builder::<#set, #collecting> {
                            __value: value.map(#ident::#vident),
                            __errors: errors,
                            __state: ::core::marker::PhantomData,
                        }
                    }
                });
            }
        }
    }
    let builder_doc = format!(
        " Builder for the union [`{ident}`], made by `{ident}::builder()`: choose one variant ({methods_list}), \
         then `.build()`. As a `nested` field of a struct, the closure chooses the variant the same way."
    );
    let name = builder.to_string();
    // The collecting mode, opt-in as for structs (`collect_errors`): its methods name the variants'
    // collecting builders, which exist only when their structs opted in too.
    let collecting_impls = u.collect_errors.then(|| {
        quote! {
        impl<__Choice> #builder<__Choice, #collecting> {
            #(#collecting_methods)*
        }

        impl #builder<#unset, #checked> {
            /// From here on no variant's setter fails: each failure is recorded and `.build()` returns
            /// every one at once.
            #[inline]
            #vis fn collect_errors(self) -> #builder<#unset, #collecting> {
                #builder { __value: self.__value, __errors: self.__errors, __state: ::core::marker::PhantomData }
            }
        }

        impl<__Choice> #builder<__Choice, #collecting> {
            /// Builds the value, or returns every failure the chosen variant's builder recorded.
            #[inline]
            #vis fn build(self) -> ::core::result::Result<#ident, ::payment_core::wire::ValidationReport>
            where
                __Choice: #module::choice_is_made,
            {
                self.__errors.finish(self.__value)
            }
        }

        #[doc(hidden)]
        impl<__Choice: #module::choice_is_made> ::payment_core::builder::CollectNested<#ident> for #builder<__Choice, #collecting> {
            #[inline]
            fn finish_collecting(self) -> ::core::result::Result<#ident, ::payment_core::__private::Errors> {
                self.__errors.finish_nested(self.__value)
            }
        }

        #[doc(hidden)]
        impl ::payment_core::builder::CanCollect for #ident {
            type Collecting = #builder<#unset, #collecting>;
            #[inline]
            fn collecting() -> #builder<#unset, #collecting> {
                Self::builder().collect_errors()
            }
        }

        }
    });
    quote! {
        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        #vis mod #module {
            #[diagnostic::on_unimplemented(message = #missing, label = "no variant chosen here", note = #missing_note)]
            pub trait choice_is_made: ::payment_core::__private::IsSet {}
            impl choice_is_made for ::payment_core::builder::Set {}
            #[diagnostic::on_unimplemented(message = #twice, label = "a second variant", note = #twice_note)]
            pub trait choice_is_open {}
            impl choice_is_open for ::payment_core::builder::Unset {}
        }

        #[doc = #builder_doc]
        #[must_use = "a builder does nothing until `.build()` is called"]
        #vis struct #builder<__Choice = #unset, __Mode = #checked> {
            __value: ::core::option::Option<#ident>,
            __errors: ::payment_core::__private::Errors,
            __state: ::core::marker::PhantomData<fn() -> (__Choice, __Mode)>,
        }

        impl #ident {
            /// Starts a builder: choose one variant, then `.build()`.
            #[inline]
            #vis fn builder() -> #builder {
                #builder { __value: ::core::option::Option::None, __errors: ::payment_core::__private::Errors::new(), __state: ::core::marker::PhantomData }
            }
        }

        impl<__Choice> #builder<__Choice, #checked> {
            #(#checked_methods)*
        }

        impl<__Choice> #builder<__Choice, #checked> {
            /// Builds the value. Available once a variant is chosen.
            #[inline]
            #vis fn build(self) -> #ident
            where
                __Choice: #module::choice_is_made,
            {
                ::payment_core::__private::required(self.__value)
            }
        }

        #[doc(hidden)]
        impl<__Choice: #module::choice_is_made> ::payment_core::builder::Nested<#ident> for #builder<__Choice, #checked> {
            type Output<__N> = __N;
            #[inline]
            fn finish_into<__N>(
                self,
                _key: &str,
                _field: &str,
                then: impl ::core::ops::FnOnce(#ident) -> __N,
            ) -> __N {
                then(::payment_core::__private::required(self.__value))
            }
        }

        #[doc(hidden)]
        impl ::payment_core::builder::Buildable for #ident {
            type Builder = #builder;
            #[inline]
            fn builder() -> #builder {
                Self::builder()
            }
        }

        #collecting_impls

        impl<__Choice, __Mode> ::core::fmt::Debug for #builder<__Choice, __Mode> {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::payment_core::__private::debug_fields(f, #name, &[("variant", self.__value.is_some())])
            }
        }
    }
}

fn schema(u: &Union<'_>) -> TokenStream {
    if !u.schema {
        return TokenStream::new();
    }
    let ident = u.ident;
    let variants = u.variants.iter().map(|v| {
        let name = &v.wire;
        let inner = match &v.data {
            Data::Unit => None,
            Data::Nested(ty) | Data::Value(ty) => {
                Some(quote!(<#ty as ::payment_core::schema::Schema>::schema()))
            }
        };
        match (&u.repr, inner) {
            (Repr::Internal(tag), Some(s)) => {
                quote!(::payment_core::__private::schema_build::tagged(#tag, #name, #s))
            }
            (Repr::Internal(tag) | Repr::Adjacent(tag, _), None) => {
                quote!(::payment_core::__private::schema_build::tag_only(#tag, #name))
            }
            (Repr::Adjacent(tag, content), Some(s)) => {
                quote!(::payment_core::__private::schema_build::adjacent(#tag, #name, #content, #s))
            }
            (Repr::Untagged, Some(s)) => s,
            (Repr::Untagged, None) => {
                quote!(::payment_core::__private::serde_json::json!({ "type": "null" }))
            }
        }
    });
    quote! {
        impl ::payment_core::schema::Schema for #ident {
            #[inline]
            fn schema() -> ::payment_core::__private::serde_json::Value {
                ::payment_core::__private::schema_build::one_of(::std::vec![#(#variants),*])
            }
        }
    }
}
