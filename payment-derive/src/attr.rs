//! The `#[payment(..)]` attribute schemas, parsed with darling into plain data with spans.
//!
//! Parsing only: what each key means for a given field type is decided in `ast.rs` and the rules between
//! keys in `check.rs`. darling's own error messages ("Unknown field: ...") are reworded by [`reword`] so a
//! user reads which attribute key is wrong and what the choices are.

use darling::util::{Flag, Override, SpannedValue};
use darling::{FromDeriveInput, FromField, FromMeta};

use crate::ctxt::Ctxt;

/// Container attributes: `#[payment(rename_all = "camelCase", money(amount = amount, currency = currency))]`
/// on the struct.
#[derive(Debug, Default, FromDeriveInput)]
#[darling(attributes(payment))]
pub(crate) struct Container {
    /// How field names become wire names when a field has no `rename`.
    pub(crate) rename_all: Option<SpannedValue<String>>,
    /// `money(amount = .., currency = ..)`: a `.money(..)` setter that sets both fields from one value.
    pub(crate) money: Option<SpannedValue<MoneyFields>>,
    /// `collect_errors`: the builder also has the collecting mode (`.collect_errors()`).
    pub(crate) collect_errors: Flag,
    /// `schema`: the struct implements `payment_core::schema::Schema` (its JSON Schema).
    pub(crate) schema: Flag,
    /// `box_values`: the builder keeps its values in a `Box`, so a setter moves a pointer.
    pub(crate) box_values: Flag,
    /// `check = path::to::fn`: a rule across fields, `fn(&T) -> Result<(), payment_core::wire::FieldError>`.
    pub(crate) check: Option<SpannedValue<syn::Path>>,
    /// `crate = "path"`: where `payment_core` is, for a crate that renames or re-exports it.
    #[darling(rename = "crate")]
    pub(crate) krate: Option<syn::Path>,
}

/// The two fields that `.money(..)` sets.
#[derive(Debug, Clone, FromMeta)]
pub(crate) struct MoneyFields {
    /// The `Amount` field.
    pub(crate) amount: syn::Ident,
    /// The `Currency` field.
    pub(crate) currency: syn::Ident,
}

/// Field attributes: `#[payment(rename = "..", default, nested, flatten, string, <validators>)]`.
#[derive(Debug, Default, FromField)]
#[darling(attributes(payment))]
pub(crate) struct Field {
    /// The wire name, when it differs from the field name (after `rename_all`).
    pub(crate) rename: Option<SpannedValue<String>>,
    /// `default` (uses `Default::default()`) or `default = expr`: the field becomes optional.
    pub(crate) default: Option<SpannedValue<Override<syn::Expr>>>,
    /// The field's type derives `Builder` too: closure setter, validation recursion.
    pub(crate) nested: Flag,
    /// The field's type implements `payment_core::wire::Flatten` (several keys of the parent object).
    pub(crate) flatten: Flag,
    /// `rename_keys("a", "b")`: the names of a flattened field's keys in this object, in the order of
    /// its type's `Flatten::KEYS`.
    pub(crate) rename_keys: Option<SpannedValue<KeyNames>>,
    /// A number or boolean sent as a JSON string.
    pub(crate) string: Flag,
    /// `serialize_with = path::to::fn`: writes the field with
    /// `fn<S: Serializer>(&T, S) -> Result<S::Ok, S::Error>` instead of its `Serialize` impl (an `Amount`
    /// sent as a JSON number, say). Reading is unchanged: the field's `Collect` must accept that form.
    pub(crate) serialize_with: Option<SpannedValue<syn::Path>>,
    /// `deserialize_with = path`: reads the field with `fn<'de, D: Deserializer<'de>>(D) -> Result<T,
    /// D::Error>` (serde's meaning), the value buffered first so that its error is one of many.
    pub(crate) deserialize_with: Option<SpannedValue<syn::Path>>,
    /// `with = module`: `module::serialize` and `module::deserialize`, both ways (serde's meaning).
    pub(crate) with: Option<SpannedValue<syn::Path>>,
    /// `serde`: the field's type is read with its own `Deserialize` (buffered) instead of `Collect`.
    pub(crate) serde: Flag,
    /// `skip`: kept on the type, never written or read (serde's meaning); needs a default.
    pub(crate) skip: Flag,
    /// `skip_serializing_if = path`: left out of the written object when `path(&value)` is true.
    pub(crate) skip_serializing_if: Option<SpannedValue<syn::Path>>,
    /// `schema_with = path`: `fn() -> serde_json::Value`, the field's JSON Schema (for `serde` and `with`
    /// fields, whose schema the derive cannot know).
    pub(crate) schema_with: Option<SpannedValue<syn::Path>>,
    // Built-in validators (see [`Builtin`]), one flag each.
    pub(crate) currency: Flag,
    pub(crate) country: Flag,
    pub(crate) ip: Flag,
    pub(crate) amount: Flag,
    pub(crate) email: Flag,
    pub(crate) url: Flag,
    pub(crate) webhook_url: Flag,
    pub(crate) phone: Flag,
    pub(crate) merchant_id: Flag,
    pub(crate) expiry: Flag,
    pub(crate) card_number: Flag,
    pub(crate) cvc: Flag,
    pub(crate) iban: Flag,
    /// `length(min = .., max = ..)`: bounds on the length in characters (or items).
    pub(crate) length: Option<SpannedValue<Bounds>>,
    /// `range(min = .., max = ..)`: bounds on a number.
    pub(crate) range: Option<SpannedValue<Bounds>>,
    /// `custom = path::to::fn`: the user's own rule, `fn(&T) -> Result<(), payment_core::wire::Invalid>`.
    pub(crate) custom: Option<SpannedValue<syn::Path>>,
    /// `text`: free text, no control characters or bidirectional overrides (`payment_rules::text`).
    pub(crate) text: Flag,
    /// `hint = "..."`: a note added to the field's "missing" and "already set" compile errors, to name
    /// what the field means when its name cannot (a choice between kinds of value, say).
    pub(crate) hint: Option<SpannedValue<String>>,
    /// `each(..)`: rules for every element of a `Vec`.
    pub(crate) each: Option<SpannedValue<ElementRules>>,
    /// `keys(..)`: rules for every key of a map.
    pub(crate) keys: Option<SpannedValue<ElementRules>>,
    /// `values(..)`: rules for every value of a map.
    pub(crate) values: Option<SpannedValue<ElementRules>>,
}

/// The rules of `each(..)`, `keys(..)` and `values(..)`: the field rules, applied to each part.
#[derive(Debug, Clone, Default, FromMeta)]
pub(crate) struct ElementRules {
    /// `length(min, max)` of each part.
    pub(crate) length: Option<Bounds>,
    /// `range(min, max)` of each part.
    pub(crate) range: Option<Bounds>,
    /// `text` on each part.
    pub(crate) text: Flag,
    /// `custom = path` on each part.
    pub(crate) custom: Option<syn::Path>,
}

/// The key names of `rename_keys("a", "b")`, as written.
#[derive(Debug, Clone, Default)]
pub(crate) struct KeyNames(pub(crate) Vec<String>);

impl FromMeta for KeyNames {
    fn from_list(items: &[darling::ast::NestedMeta]) -> darling::Result<Self> {
        let names = items.iter().map(|item| match item {
            darling::ast::NestedMeta::Lit(syn::Lit::Str(name)) => Ok(name.value()),
            other => Err(darling::Error::custom(
                "`rename_keys` takes the keys' names as strings, in the order of the type's keys: \
                 `rename_keys(\"expiryMonth\", \"expiryYear\")`",
            )
            .with_span(other)),
        });
        names.collect::<darling::Result<Vec<String>>>().map(KeyNames)
    }
}

/// `min = .., max = ..` of `length` and `range`; either may be left out.
#[derive(Debug, Clone, Default, FromMeta)]
pub(crate) struct Bounds {
    /// The lower bound, inclusive.
    pub(crate) min: Option<syn::Expr>,
    /// The upper bound, inclusive.
    pub(crate) max: Option<syn::Expr>,
}

/// A built-in validator backed by one of payment-core's value types. What each one is lives in
/// [`BUILTINS`], one row per variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Builtin {
    Currency,
    Country,
    Ip,
    Amount,
    Email,
    Url,
    WebhookUrl,
    Phone,
    MerchantId,
    Expiry,
    CardNumber,
    Cvc,
    Iban,
}

/// One built-in validator: its attribute key, its value type and what it checks.
pub(crate) struct Row {
    pub(crate) builtin: Builtin,
    /// The attribute key, e.g. `card_number`.
    pub(crate) key: &'static str,
    /// The last path segment of the value type (how a field's type is recognized).
    pub(crate) type_name: &'static str,
    /// The full path of the value type, for generated code and messages.
    pub(crate) type_path: &'static str,
    /// What the rule checks, in plain words.
    pub(crate) what: &'static str,
    /// A secret that only its own type masks and zeroizes (refused on a `String` field).
    pub(crate) secret: bool,
    /// The attribute's flag in [`Field`].
    flag: fn(&Field) -> &Flag,
}

/// The built-in validators, in `Builtin` order. Adding a value type to the derive is a variant above, a
/// row here and a flag in [`Field`] (all in this file); its literal macro can live with its type in
/// `payment-core` (`iban!`, a `const` evaluation) or in `literal.rs` / `lib.rs`.
pub(crate) const BUILTINS: [Row; 13] = [
    row(
        Builtin::Currency,
        "currency",
        "Currency",
        "::payment_core::Currency",
        "an ISO 4217 currency code",
        |f| &f.currency,
    ),
    row(
        Builtin::Country,
        "country",
        "Country",
        "::payment_core::Country",
        "an ISO 3166-1 alpha-2 country code",
        |f| &f.country,
    ),
    row(Builtin::Ip, "ip", "IpAddr", "::std::net::IpAddr", "an IPv4 or IPv6 address", |f| &f.ip),
    row(Builtin::Amount, "amount", "Amount", "::payment_core::Amount", "an amount in minor units", |f| {
        &f.amount
    }),
    row(Builtin::Email, "email", "Email", "::payment_core::Email", "an email address", |f| &f.email),
    row(Builtin::Url, "url", "Url", "::payment_core::Url", "an absolute http(s) URL", |f| &f.url),
    row(
        Builtin::WebhookUrl,
        "webhook_url",
        "WebhookUrl",
        "::payment_core::WebhookUrl",
        "an absolute https URL for webhooks",
        |f| &f.webhook_url,
    ),
    row(Builtin::Phone, "phone", "Phone", "::payment_core::Phone", "a phone number", |f| &f.phone),
    row(
        Builtin::MerchantId,
        "merchant_id",
        "MerchantId",
        "::payment_core::MerchantId",
        "a merchant id",
        |f| &f.merchant_id,
    ),
    row(Builtin::Expiry, "expiry", "Expiry", "::payment_core::Expiry", "a card expiry date", |f| &f.expiry),
    Row {
        secret: true,
        ..row(
            Builtin::CardNumber,
            "card_number",
            "CardNumber",
            "::payment_core::CardNumber",
            "a card number",
            |f| &f.card_number,
        )
    },
    Row {
        secret: true,
        ..row(Builtin::Cvc, "cvc", "Cvc", "::payment_core::Cvc", "a card verification code", |f| &f.cvc)
    },
    Row {
        secret: true,
        ..row(Builtin::Iban, "iban", "Iban", "::payment_core::Iban", "an IBAN", |f| &f.iban)
    },
];

const fn row(
    builtin: Builtin,
    key: &'static str,
    type_name: &'static str,
    type_path: &'static str,
    what: &'static str,
    flag: fn(&Field) -> &Flag,
) -> Row {
    Row { builtin, key, type_name, type_path, what, secret: false, flag }
}

impl Builtin {
    /// This validator's row of [`BUILTINS`].
    pub(crate) fn row(self) -> &'static Row {
        &BUILTINS[self as usize]
    }

    /// The attribute key, e.g. `card_number`.
    pub(crate) fn key(self) -> &'static str {
        self.row().key
    }

    /// The full path of the value type, for generated code and messages.
    pub(crate) fn type_path(self) -> &'static str {
        self.row().type_path
    }

    /// What the rule checks, in plain words.
    pub(crate) fn what(self) -> &'static str {
        self.row().what
    }

    /// Whether the value is a secret that only its own type masks and zeroizes.
    pub(crate) fn is_secret(self) -> bool {
        self.row().secret
    }

    /// The validator whose value type has this last path segment (`Currency`), if any.
    pub(crate) fn of_type_name(name: &str) -> Option<Builtin> {
        BUILTINS.iter().find(|r| r.type_name == name).map(|r| r.builtin)
    }
}

impl Field {
    /// The built-in validators present on the field, with the span of each key.
    pub(crate) fn builtins(&self) -> Vec<(Builtin, proc_macro2::Span)> {
        BUILTINS
            .iter()
            .filter(|r| (r.flag)(self).is_present())
            .map(|r| (r.builtin, (r.flag)(self).span()))
            .collect()
    }
}

/// The keys accepted on a field, for "expected one of" messages.
fn field_keys() -> String {
    let mut keys = vec![
        "rename",
        "default",
        "skip",
        "skip_serializing_if",
        "nested",
        "flatten",
        "string",
        "serde",
        "with",
        "serialize_with",
        "deserialize_with",
        "schema_with",
    ];
    keys.extend(BUILTINS.iter().map(|r| r.key));
    keys.extend(["length", "range", "custom", "text", "each", "keys", "values", "hint"]);
    keys.join(", ")
}

/// Parses the container attributes, recording errors in `cx`.
pub(crate) fn container(cx: &Ctxt, input: &syn::DeriveInput) -> Container {
    Container::from_derive_input(input).unwrap_or_else(|e| {
        reword(cx, e, "rename_all, money, collect_errors, schema, box_values, check, crate");
        Container::default()
    })
}

/// Parses one field's attributes, recording errors in `cx`.
pub(crate) fn field(cx: &Ctxt, field: &syn::Field) -> Field {
    Field::from_field(field).unwrap_or_else(|e| {
        reword(cx, e, &field_keys());
        Field::default()
    })
}

/// Parses one enum variant's attributes with `parse`, recording darling's errors in `cx` reworded and
/// each naming the variant (string enums and unions share it).
pub(crate) fn variant_attrs<T: Default>(
    cx: &Ctxt,
    variant: &syn::Variant,
    keys: &str,
    parse: impl FnOnce(&syn::Variant) -> darling::Result<T>,
) -> T {
    parse(variant).unwrap_or_else(|e| {
        let local = Ctxt::new();
        reword(&local, e, keys);
        if let Err(errors) = local.check() {
            for e in errors {
                cx.error_at(e.span(), format!("variant `{}`: {e}", variant.ident));
            }
        }
        T::default()
    })
}

/// Records darling's errors in `cx`, reworded: "Unknown field: `x`" becomes "unknown attribute key
/// `payment(x)`" with the list of valid keys.
pub(crate) fn reword(cx: &Ctxt, error: darling::Error, expected: &str) {
    for e in error.flatten() {
        let span = e.span();
        let text = e.to_string();
        let message = match unknown_key(&text) {
            Some((key, location, hint)) if location == "length" || location == "range" => {
                format!("unknown key `{key}` in `{location}(..)`; expected `min` and/or `max`{hint}")
            }
            Some((key, location, hint)) if ["each", "keys", "values"].contains(&location) => {
                format!(
                    "unknown rule `{key}` in `{location}(..)`{hint}; expected one of: length, range, text, custom"
                )
            }
            Some((key, _, hint)) => {
                format!(
                    "unknown attribute key `{key}` in `#[payment(..)]`{hint}; expected one of: {expected}"
                )
            }
            None => text.replace("Unexpected type `", "unexpected attribute value form `"),
        };
        cx.error_at(span, message);
    }
}

/// Splits darling's "Unknown field: `key`[. Did you mean `x`?][ at location]" into its parts.
fn unknown_key(text: &str) -> Option<(&str, &str, String)> {
    let rest = text.strip_prefix("Unknown field: `")?;
    let (key, rest) = rest.split_once('`')?;
    let (rest, location) = match rest.rsplit_once(" at ") {
        Some((r, l)) => (r, l),
        None => (rest, ""),
    };
    let hint = match rest.split_once("Did you mean `") {
        Some((_, s)) => format!(" (did you mean `{}`?)", s.trim_end_matches(['`', '?'])),
        None => String::new(),
    };
    Some((key, location, hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_unknown_key_messages() {
        let (key, at, hint) = unknown_key("Unknown field: `lenght`. Did you mean `length`?").unwrap();
        assert_eq!((key, at, hint.as_str()), ("lenght", "", " (did you mean `length`?)"));
        let (key, at, _) = unknown_key("Unknown field: `mni` at length").unwrap();
        assert_eq!((key, at), ("mni", "length"));
        assert!(unknown_key("Duplicate field `rename`").is_none());
    }
}

#[cfg(test)]
mod table_tests {
    use super::*;

    #[test]
    fn rows_are_in_variant_order_with_distinct_keys_and_types() {
        for (i, row) in BUILTINS.iter().enumerate() {
            assert_eq!(row.builtin as usize, i, "{}", row.key);
            assert!(row.type_path.ends_with(row.type_name), "{}", row.key);
        }
        let mut keys: Vec<_> = BUILTINS.iter().map(|r| r.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), BUILTINS.len());
        assert_eq!(BUILTINS.iter().filter(|r| r.secret).count(), 3);
    }

    /// The derive's docs (`lib.rs`, the attribute table users read) list every built-in validator of
    /// this table, in one of its two rows (value types; secrets), and no other.
    #[test]
    fn the_docs_table_lists_every_builtin() {
        let docs = include_str!("lib.rs");
        let row = |start: &str| {
            docs.lines()
                .find(|l| l.starts_with(start))
                .unwrap_or_else(|| panic!("no row `{start}`"))
                .to_owned()
        };
        let values = row("/// | `currency`");
        let secrets = row("/// | `card_number`");
        for r in &BUILTINS {
            let (line, other) = if r.secret { (&secrets, &values) } else { (&values, &secrets) };
            let key = format!("`{}`", r.key);
            let cell = line.split(" | ").nth(1).unwrap_or_default();
            assert!(cell.contains(&key), "the docs table's row does not list {key}: {cell}");
            assert!(!other.split(" | ").nth(1).unwrap_or_default().contains(&key), "{key} in the wrong row");
        }
        let listed = values.split(" | ").nth(1).unwrap().matches('`').count() / 2
            + secrets.split(" | ").nth(1).unwrap().matches('`').count() / 2;
        assert_eq!(listed, BUILTINS.len(), "the docs list a key that is no built-in");
    }
}
