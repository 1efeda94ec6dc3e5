//! Expansion snapshots: what `#[derive(Builder)]` emits, pretty-printed, so a reviewer reads the code
//! users compile. Update with `UPDATE_EXPECT=1 cargo test -p payment-derive --test expand`.
//!
//! A proc-macro crate exports only its macros, so the derive's modules are compiled into this test
//! directly.

#![allow(dead_code, unreachable_pub)]

#[path = "../src/ast.rs"]
mod ast;
#[path = "../src/ast_enum.rs"]
mod ast_enum;
#[path = "../src/ast_union.rs"]
mod ast_union;
#[path = "../src/attr.rs"]
mod attr;
#[path = "../src/attr_enum.rs"]
mod attr_enum;
#[path = "../src/attr_union.rs"]
mod attr_union;
#[path = "../src/check.rs"]
mod check;
#[path = "../src/ctxt.rs"]
mod ctxt;
#[path = "../src/expand/mod.rs"]
mod expand;

use expect_test::expect_file;
use quote::ToTokens;

fn pretty(input: syn::DeriveInput) -> String {
    let tokens = expand::derive(input);
    let file: syn::File = syn::parse2(tokens).expect("the derive emits valid items");
    prettyplease::unparse(&file)
}

/// One field of each kind: required, optional, defaulted, validated, built-in on a wire string, typed
/// value, `string`, `nested`, `flatten`, renamed.
#[test]
fn one_field_of_each_kind() {
    let input = syn::parse_quote! {
        #[payment(rename_all = "camelCase")]
        pub struct Order {
            /// The merchant's reference.
            #[payment(length(min = 1, max = 45))]
            merchant_ref: String,
            /// A note for the shopper.
            note: Option<String>,
            #[payment(default = 1)]
            quantity: u32,
            #[payment(currency)]
            currency: String,
            #[payment(country)]
            country: payment_core::Country,
            #[payment(string, range(min = 1))]
            amount: u64,
            #[payment(nested)]
            card: Card,
            #[payment(flatten)]
            expiry: payment_core::Expiry,
            #[payment(rename = "risk-score", custom = crate::rules::score)]
            risk_score: Option<u8>,
        }
    };
    expect_file!["snapshots/one_field_of_each_kind.rs"].assert_eq(&pretty(input));
}

/// Generics, a lifetime and a `where` clause are carried over to the builder and every impl.
#[test]
fn generics_and_lifetimes() {
    let input = syn::parse_quote! {
        pub(crate) struct Draft<'a, T: Clone> where T: Default {
            title: &'a str,
            item: T,
        }
    };
    expect_file!["snapshots/generics_and_lifetimes.rs"].assert_eq(&pretty(input));
}

/// String enums: one without a catch-all (`rename_all`, a `rename`, the schema) and one whose catch-all
/// keeps an unknown value (`#[payment(other)] Unknown(String)`), as the response enums of payment-core.
#[test]
fn string_enums() {
    let closed: syn::DeriveInput = syn::parse_quote! {
        #[payment(rename_all = "snake_case", schema)]
        pub enum ShopperInteraction {
            Ecommerce,
            ContAuth,
            #[payment(rename = "MOTO")]
            Moto,
        }
    };
    let open: syn::DeriveInput = syn::parse_quote! {
        #[payment(rename_all = "UPPERCASE")]
        pub enum Scheme {
            Visa,
            Mastercard,
            #[payment(other)]
            Unknown(String),
        }
    };
    let both = format!("{}\n{}", pretty(closed), pretty(open));
    expect_file!["snapshots/string_enums.rs"].assert_eq(&both);
}

/// Unions, one of each representation: internally tagged (with a unit variant), adjacently tagged, and
/// untagged (a value variant and a nested one).
#[test]
fn unions() {
    let internal: syn::DeriveInput = syn::parse_quote! {
        #[payment(tag = "type", rename_all = "lowercase", schema)]
        pub enum PaymentMethod {
            Scheme(SchemeDetails),
            PayPal,
        }
    };
    let adjacent: syn::DeriveInput = syn::parse_quote! {
        #[payment(tag = "kind", content = "data")]
        pub enum Event {
            #[payment(nested)]
            Created(Details),
            Deleted,
        }
    };
    let untagged: syn::DeriveInput = syn::parse_quote! {
        #[payment(untagged)]
        pub enum OffSession {
            Flag(bool),
            Kind(OffSessionKind),
        }
    };
    let all = format!("{}\n{}\n{}", pretty(internal), pretty(adjacent), pretty(untagged));
    expect_file!["snapshots/unions.rs"].assert_eq(&all);
}

/// Misuse expands to the errors alone: no half-generated impl whose own errors would bury them. (Which
/// errors, and their wording, is the trybuild snapshot `tests/ui/builder/fail/misuse_attributes.stderr`.)
#[test]
fn misuse_expands_to_nothing_but_errors() {
    let input = syn::parse_quote! {
        struct Bad {
            #[payment(email)]
            n: u32,
            #[payment(default)]
            o: Option<u8>,
        }
    };
    let out = expand::derive(input).to_string();
    assert!(out.contains("compile_error"), "{out}");
    for generated in ["impl", "struct", "mod", "fn"] {
        assert!(!out.split_whitespace().any(|t| t == generated), "`{generated}` in {out}");
    }
}

/// The real models of payment-core, read from their source files: a reviewer sees exactly what the
/// paymentv2 request types compile to, and any change to the derive shows up here as a diff. Every file
/// of `payment-core/src/model/` with a `#[derive(Builder)]` struct or enum gets a snapshot (a new model
/// file too), and a snapshot whose file has none left fails the test.
#[test]
fn payment_core_models() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../payment-core/src/model");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("payment-core's model directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    let mut snapshotted = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).expect("payment-core's model source");
        let parsed: syn::File = syn::parse_file(&source).expect("the model source parses");
        let mut expanded = String::new();
        for item in parsed.items {
            let input = match item {
                syn::Item::Struct(item) => syn::DeriveInput::from(item),
                syn::Item::Enum(item) => syn::DeriveInput::from(item),
                _ => continue,
            };
            let derives_builder = input.attrs.iter().any(|a| {
                a.path().is_ident("derive") && a.meta.to_token_stream().to_string().contains("Builder")
            });
            if derives_builder {
                expanded.push_str(&format!("// ---- #[derive(Builder)] on `{}` ----\n", input.ident));
                expanded.push_str(&pretty(input));
                expanded.push('\n');
            }
        }
        if expanded.is_empty() {
            continue;
        }
        let file = path.file_name().and_then(|f| f.to_str()).expect("a file name").to_owned();
        expect_file![format!("snapshots/models/{file}")].assert_eq(&expanded);
        snapshotted.push(file);
    }
    assert!(snapshotted.len() >= 2, "the request models are found: {snapshotted:?}");
    let snapshots = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/models");
    for entry in std::fs::read_dir(snapshots).expect("the snapshot directory").filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(snapshotted.contains(&name), "snapshots/models/{name} has no model file with a derive left");
    }
}
