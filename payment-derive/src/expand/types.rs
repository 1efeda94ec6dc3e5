//! Compile-time proof that a field the derive took for a value type of `payment-core` by its name
//! (`Url`, `Amount`, ...) is that type, wherever the generated code relies on it: a field with a built-in
//! validator attribute, and the two fields of `money(..)`. A field of another crate's type with the same
//! name (`url::Url`) then fails with one message naming the type to write, at the attribute, instead of a
//! page of trait bounds.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::Type;

use crate::ast::{Builtin, Class, Struct};

pub(super) fn expand(s: &Struct<'_>) -> TokenStream {
    let mut checks: Vec<(&Type, Builtin, Span)> = Vec::new();
    for f in &s.fields {
        if let Class::Value(class) = f.class {
            for &(b, span) in &f.builtins {
                if b == class {
                    checks.push((f.inner, b, span));
                }
            }
        }
    }
    if let Some((amount, currency)) = s.money_fields() {
        let span = s.money.as_ref().map_or_else(Span::call_site, |(_, span)| *span);
        checks.push((amount.inner, Builtin::Amount, span));
        checks.push((currency.inner, Builtin::Currency, span));
    }
    // A generic struct's field types cannot be named outside its impls; such a field is still checked by
    // the trait bounds of the generated code.
    if !s.generics.params.is_empty() {
        return TokenStream::new();
    }
    let key_counts = key_counts(s);
    if checks.is_empty() {
        return key_counts;
    }
    let asserts = checks.into_iter().map(|(ty, b, span)| {
        let want: TokenStream = b.type_path().parse().expect("a type path");
        quote_spanned!(span=> let _ = is::<#ty, #want>;)
    });
    quote! {
        const _: () = {
            fn is<T: ?Sized + ::payment_core::__private::IsValueType<U>, U: ?Sized>() {}
            #(#asserts)*
        };
        #key_counts
    }
}

/// `rename_keys(..)` names as many keys as the flattened type has: a constant assertion per such field,
/// failing `cargo check` with the field's name at the attribute.
fn key_counts(s: &Struct<'_>) -> TokenStream {
    let asserts = s.fields.iter().filter_map(|f| {
        let (keys, span) = f.flat.as_ref()?.keys.as_ref()?;
        let (inner, form, n, span) = (f.inner, f.flat_form(), keys.len(), *span);
        let message = format!(
            "`rename_keys` of field `{}` must name as many keys as its type writes, in the order of its `Flatten::KEYS`",
            f.name
        );
        Some(quote_spanned!(span=> const _: () = ::core::assert!(
            <#inner as ::payment_core::__private::Flatten<#form>>::KEYS.len() == #n, #message
        );))
    });
    quote!(#(#asserts)*)
}
