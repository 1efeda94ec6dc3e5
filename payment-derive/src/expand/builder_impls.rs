//! What a builder has besides its setters: `build()` in each mode, `Nested<T>` (checked) and
//! `CollectNested<T>` (collecting) for complete builders, so that a closure setter accepts them, a
//! value-free `Debug`, and `Buildable` for the struct.

use proc_macro2::TokenStream;
use quote::quote;

use super::shape::{Shape, checked, collecting, take_values};
use super::{default_bounds, where_clause};

/// The bounds "every required field is set" (each its own error when unmet), plus `Default` for
/// generic defaulted fields.
fn complete_bounds(shape: &Shape<'_, '_>) -> Vec<TokenStream> {
    let module = &shape.module;
    let mut bounds: Vec<TokenStream> = shape
        .s
        .required()
        .map(|f| {
            let (state, set) = (f.state_param(), f.set_trait());
            quote!(#state: #module::#set,)
        })
        .collect();
    bounds.extend(default_bounds(shape.s));
    bounds
}

/// `build()` of a `Checked` builder: the value (the type state guarantees every required field).
pub(super) fn build_checked(shape: &Shape<'_, '_>) -> TokenStream {
    let s = shape.s;
    let (_, receiver) = take_values(s);
    let (vis, ident) = (s.vis, s.ident);
    let (_, ty_g, _) = s.generics.split_for_impl();
    let bounds = complete_bounds(shape);
    let where_ = (!bounds.is_empty()).then(|| quote!(where #(#bounds)*));
    if let Some(check) = &s.check {
        let doc = format!(
            " Builds the [`{ident}`] and runs its struct-level check (`{}`), whose failure is returned. \
             Available once every required field is set.",
            quote!(#check).to_string().replace(' ', "")
        );
        return quote! {
            #[doc = #doc]
            #[inline(always)]
            #vis fn build(self) -> ::core::result::Result<#ident #ty_g, ::payment_core::wire::FieldError> #where_ {
                let value = ::payment_core::__private::required(#receiver.into_struct());
                #check(&value).map(|()| value)
            }
        };
    }
    let doc = format!(" Builds the [`{ident}`]. Available once every required field is set.");
    quote! {
        #[doc = #doc]
        #[inline(always)]
        #vis fn build(self) -> #ident #ty_g #where_ {
            ::payment_core::__private::required(#receiver.into_struct())
        }
    }
}

/// The struct-level check on `value` (an `Option`: `None` when a required field's input was refused),
/// recorded in `errors` (collecting mode). It takes the built struct, so it runs once every required
/// field holds a value.
fn record_check(shape: &Shape<'_, '_>) -> Option<TokenStream> {
    let check = shape.s.check.as_ref()?;
    Some(quote! {
        if let ::core::option::Option::Some(value) = &value {
            if let ::core::result::Result::Err(e) = #check(value) { errors.record(e); }
        }
    })
}

/// `build()` of a `Collecting` builder: the value, or every failure recorded by its setters.
pub(super) fn build_collecting(shape: &Shape<'_, '_>) -> TokenStream {
    let s = shape.s;
    let (take, _) = take_values(s);
    let (vis, ident) = (s.vis, s.ident);
    let (_, ty_g, _) = s.generics.split_for_impl();
    let bounds = complete_bounds(shape);
    let record = record_check(shape);
    let doc = format!(
        " Builds the [`{ident}`], or returns every rule failure recorded since `.collect_errors()` (nested \
         builders included), each with its wire path and its Rust field path. Available once every \
         required field is set."
    );
    let where_ = (!bounds.is_empty()).then(|| quote!(where #(#bounds)*));
    quote! {
        #[doc = #doc]
        #[inline(always)]
        #vis fn build(self) -> ::core::result::Result<#ident #ty_g, ::payment_core::wire::ValidationReport> #where_ {
            let mut values = #take;
            #[allow(unused_mut)]
            let mut errors = ::core::mem::take(&mut values.__errors);
            let value = values.into_struct();
            #record
            errors.finish(value)
        }
    }
}

/// `Nested<T>` and `CollectNested<T>` for complete builders, `Debug` for every builder, `Buildable` for
/// `T`.
pub(super) fn expand(shape: &Shape<'_, '_>) -> TokenStream {
    let s = shape.s;
    let (take, _) = take_values(s);
    let ident = s.ident;
    let (impl_g, _, _) = shape.impl_generics.split_for_impl();
    let (own_impl_g, ty_g, _) = s.generics.split_for_impl();
    let (checked_ty, collecting_ty) = (shape.self_ty(&checked()), shape.self_ty(&collecting()));
    let complete = where_clause(s.generics, &complete_bounds(shape));
    let name = shape.builder.to_string();
    let debug_fields = s.fields.iter().map(|f| {
        let (member, field) = (f.ident, &f.name);
        quote!((#field, self.__values.#member.is_some()))
    });
    let own_where = where_clause(s.generics, &[]);
    let mut any_generics = shape.impl_generics.clone();
    any_generics.params.push(syn::parse_quote!(__Mode));
    let (any_g, _, _) = any_generics.split_for_impl();
    let any_g = quote!(#any_g);
    let impl_g = quote!(#impl_g);
    let any_ty = shape.self_ty(&quote!(__Mode));
    // Without the collecting mode, the defaults of the markers name the empty builder.
    let start = if shape.collect { shape.start_ty(&checked()) } else { shape.ty([], &checked()) };
    let record = record_check(shape);
    let nested_impl = if s.check.is_some() {
        quote! {
            type Output<__N> = ::core::result::Result<__N, ::payment_core::wire::FieldError>;
            #[inline]
            fn finish_into<__N>(
                self,
                key: &str,
                field: &str,
                then: impl ::core::ops::FnOnce(#ident #ty_g) -> __N,
            ) -> ::core::result::Result<__N, ::payment_core::wire::FieldError> {
                self.build().map(then).map_err(|e| e.prefixed_field(key, field))
            }
        }
    } else {
        quote! {
            type Output<__N> = __N;
            #[inline]
            fn finish_into<__N>(
                self,
                _key: &str,
                _field: &str,
                then: impl ::core::ops::FnOnce(#ident #ty_g) -> __N,
            ) -> __N {
                then(self.build())
            }
        }
    };
    let collecting_impls = shape.collect.then(|| {
        let start_collecting = shape.start_ty(&collecting());
        quote! {
            #[doc(hidden)]
            impl #impl_g ::payment_core::builder::CollectNested<#ident #ty_g> for #collecting_ty #complete {
                #[inline]
                fn finish_collecting(self) -> ::core::result::Result<#ident #ty_g, ::payment_core::__private::Errors> {
                    let mut values = #take;
                    #[allow(unused_mut)]
                    let mut errors = ::core::mem::take(&mut values.__errors);
                    let value = values.into_struct();
                    #record
                    errors.finish_nested(value)
                }
            }

            #[doc(hidden)]
            impl #own_impl_g ::payment_core::builder::CanCollect for #ident #ty_g #own_where {
                type Collecting = #start_collecting;
                #[inline]
                fn collecting() -> #start_collecting {
                    Self::builder().collect_errors()
                }
            }
        }
    });
    let (debug_g, debug_ty) =
        if shape.collect { (any_g, any_ty) } else { (impl_g.clone(), checked_ty.clone()) };
    quote! {
        #[doc(hidden)]
        impl #impl_g ::payment_core::builder::Nested<#ident #ty_g> for #checked_ty #complete {
            #nested_impl
        }

        #collecting_impls

        impl #debug_g ::core::fmt::Debug for #debug_ty #own_where {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::payment_core::__private::debug_fields(f, #name, &[#(#debug_fields),*])
            }
        }

        #[doc(hidden)]
        impl #own_impl_g ::payment_core::builder::Buildable for #ident #ty_g #own_where {
            type Builder = #start;
            #[inline]
            fn builder() -> #start {
                Self::builder()
            }
        }
    }
}
