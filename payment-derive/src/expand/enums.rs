//! A string enum (`#[derive(Builder)]` on a fieldless enum), emitted from `ast_enum::Enum`: a table, not
//! a reader. The wire names as one `&'static [&'static str]` and a `match` from a name's index to its
//! variant (`StringEnum`, or `OpenEnum` with a catch-all); the lookup, the refusal with the allowed names
//! and its "did you mean", and reading a JSON string live once in `payment_core::wire`. Around the
//! table: `as_str` (a `match` to each wire name), the const slices, `Display`, `FromStr`, `Serialize`,
//! `Collect`, `Deserialize` through `Collect`, and `Schema` with `#[payment(schema)]`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{where_clause, with_lifetime};
use crate::ast_enum::{Enum, Other};

pub(super) fn expand(e: &Enum<'_>) -> TokenStream {
    let ident = e.ident;
    let vis = e.vis;
    let (impl_g, ty_g, where_g) = e.generics.split_for_impl();
    let variants: Vec<_> = e.variants.iter().map(|v| v.ident).collect();
    let wires: Vec<_> = e.variants.iter().map(|v| &v.wire).collect();
    let index = (0..variants.len()).map(proc_macro2::Literal::usize_unsuffixed);
    let keep = match &e.other {
        Some(Other::Keep { ident, member }) => Some((*ident, member)),
        _ => None,
    };
    let keep_arm = keep.map(|(other, member)| {
        let pattern = holding(other, member, quote!(value));
        quote!(#pattern => value.as_str(),)
    });
    let names_doc = match &e.other {
        None => {
            "The wire name of every variant, in declaration order: the strings this enum reads and writes."
        }
        Some(Other::Drop(_)) => {
            "The wire name of every variant, in declaration order (any other string reads as the catch-all)."
        }
        Some(Other::Keep { .. }) => {
            "The wire name of every variant but the catch-all, in declaration order (which holds any other \
             string)."
        }
    };
    // A space after `///`, as a doc comment written by hand has.
    let names_doc = format!(" {names_doc}");
    let variants_doc = if keep.is_some() {
        "Every variant but the catch-all, in declaration order."
    } else {
        "Every variant, in declaration order."
    };
    let variants_doc = format!(" {variants_doc}");

    let (parse, collect, err) = match &e.other {
        None => (quote!(parse_enum), quote!(collect_enum), quote!(::payment_core::wire::UnknownVariant)),
        Some(_) => (quote!(parse_open_enum), quote!(collect_open_enum), quote!(::core::convert::Infallible)),
    };
    let open = e.other.as_ref().map(|other| {
        let (param, value) = match other {
            Other::Drop(i) => {
                let unit = e.variants[*i].ident;
                (quote!(_), quote!(Self::#unit))
            }
            Other::Keep { ident, member } => {
                (quote!(value), holding(ident, member, quote!(::core::convert::From::from(value))))
            }
        };
        quote! {
            #[doc(hidden)]
            impl #impl_g ::payment_core::__private::OpenEnum for #ident #ty_g #where_g {
                #[inline]
                fn other(#param: &str) -> Self {
                    #value
                }
            }
        }
    });
    let schema = e.schema.then(|| {
        let open = e.other.is_some();
        quote! {
            impl #impl_g ::payment_core::schema::Schema for #ident #ty_g #where_g {
                #[inline]
                fn schema() -> ::payment_core::__private::serde_json::Value {
                    ::payment_core::__private::enum_schema(Self::WIRE_NAMES, #open)
                }
            }
        }
    });
    let de_generics = with_lifetime(e.generics, "'de");
    let (de_impl_g, _, _) = de_generics.split_for_impl();
    let de_where = where_clause(e.generics, &[]);

    quote! {
        impl #impl_g #ident #ty_g #where_g {
            #[doc = #names_doc]
            #vis const WIRE_NAMES: &'static [&'static str] = &[#(#wires),*];
            #[doc = #variants_doc]
            #vis const VARIANTS: &'static [Self] = &[#(Self::#variants),*];

            /// The value as written on the wire.
            #[inline]
            #vis fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #wires,)*
                    #keep_arm
                }
            }
        }

        #[doc(hidden)]
        impl #impl_g ::payment_core::__private::StringEnum for #ident #ty_g #where_g {
            const NAMES: &'static [&'static str] = Self::WIRE_NAMES;

            #[inline]
            fn from_index(i: usize) -> ::core::option::Option<Self> {
                match i {
                    #(#index => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        #open

        impl #impl_g ::core::fmt::Display for #ident #ty_g #where_g {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl #impl_g ::core::str::FromStr for #ident #ty_g #where_g {
            type Err = #err;

            #[inline]
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                ::payment_core::__private::#parse(s)
            }
        }

        impl #impl_g ::payment_core::__private::serde::Serialize for #ident #ty_g #where_g {
            #[inline]
            fn serialize<__S: ::payment_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl #impl_g ::payment_core::__private::Collect for #ident #ty_g #where_g {
            #[inline]
            fn collect<'de, __D: ::payment_core::__private::serde::Deserializer<'de>>(
                de: __D,
                c: &mut ::payment_core::__private::Collector,
            ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
                ::payment_core::__private::#collect(de, c)
            }
        }

        impl #de_impl_g ::payment_core::__private::serde::Deserialize<'de> for #ident #ty_g #de_where {
            #[inline]
            fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(de: __D) -> ::core::result::Result<Self, __D::Error> {
                ::payment_core::__private::deserialize_collected(de)
            }
        }

        #schema
    }
}

/// The catch-all variant holding `value`, as a pattern or an expression: `Self::Unknown(value)`, or
/// `Self::Unknown { field: value }` for a braced variant.
fn holding(variant: &syn::Ident, member: &syn::Member, value: TokenStream) -> TokenStream {
    match member {
        syn::Member::Named(field) => quote!(Self::#variant { #field: #value }),
        syn::Member::Unnamed(_) => quote!(Self::#variant(#value)),
    }
}
