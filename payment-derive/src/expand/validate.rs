//! `CheckRules` and `validator::Validate`: each field's runtime rules (`rules.rs`), nested structs'
//! rules, and the struct-level `check`.

use proc_macro2::TokenStream;
use quote::quote;

use super::rules::{check_body, rule_bounds};
use super::{generic_bounds, self_bound, where_clause};
use crate::ast::Struct;

pub(super) fn expand(s: &Struct<'_>) -> TokenStream {
    let ident = s.ident;
    let (impl_g, ty_g, _) = s.generics.split_for_impl();
    let mut bounds = Vec::new();
    let mut checks = Vec::new();
    for f in &s.fields {
        let wire = &f.wire;
        let member = f.ident;
        if f.nested {
            let ty = f.ty;
            bounds.extend(generic_bounds(s, [(ty, quote!(::payment_core::__private::CheckRules))]));
            checks.push(if f.form == crate::ast::Form::Flattened {
                // Its keys stand in this object.
                quote!(::payment_core::__private::CheckRules::check_rules(&self.#member, c);)
            } else {
                quote! {
                    c.enter(#wire);
                    ::payment_core::__private::CheckRules::check_rules(&self.#member, c);
                    c.leave();
                }
            });
        } else if let Some(body) = check_body(f) {
            bounds.extend(rule_bounds(s, f));
            checks.push(quote! {
                c.enter(#wire);
                {
                    let v = &self.#member;
                    #body
                }
                c.leave();
            });
        }
    }
    if let Some(check) = &s.check {
        checks.push(quote! {
            if let ::core::result::Result::Err(e) = #check(self) {
                c.field_error(e);
            }
        });
    }
    let c = if checks.is_empty() { quote!(_c) } else { quote!(c) };
    let check_where = where_clause(s.generics, &bounds);
    let validate_where =
        where_clause(s.generics, &[self_bound(s, quote!(::payment_core::__private::CheckRules))]);
    quote! {
        #[doc(hidden)]
        impl #impl_g ::payment_core::__private::CheckRules for #ident #ty_g #check_where {
            #[inline]
            fn check_rules(&self, #c: &mut ::payment_core::wire::Collector) {
                #(#checks)*
            }
        }

        impl #impl_g ::payment_core::__private::validator::Validate for #ident #ty_g #validate_where {
            #[inline]
            fn validate(&self) -> ::core::result::Result<(), ::payment_core::__private::validator::ValidationErrors> {
                ::payment_core::__private::validate(self)
            }
        }
    }
}
