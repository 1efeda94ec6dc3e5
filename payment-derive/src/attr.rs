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
    /// A number or boolean sent as a JSON string.
    pub(crate) string: Flag,
    /// `serialize_with = path::to::fn`: writes the field with
    /// `fn<S: Serializer>(&T, S) -> Result<S::Ok, S::Error>` instead of its `Serialize` impl (an `Amount`
    /// sent as a JSON number, say). Reading is unchanged: the field's `Collect` must accept that form.
    pub(crate) serialize_with: Option<SpannedValue<syn::Path>>,
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
}

/// `min = .., max = ..` of `length` and `range`; either may be left out.
#[derive(Debug, Clone, Default, FromMeta)]
pub(crate) struct Bounds {
    /// The lower bound, inclusive.
    pub(crate) min: Option<syn::Expr>,
    /// The upper bound, inclusive.
    pub(crate) max: Option<syn::Expr>,
}

/// A built-in validator backed by one of payment-core's value types.
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
}

impl Builtin {
    /// The attribute key, e.g. `card_number`.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Builtin::Currency => "currency",
            Builtin::Country => "country",
            Builtin::Ip => "ip",
            Builtin::Amount => "amount",
            Builtin::Email => "email",
            Builtin::Url => "url",
            Builtin::WebhookUrl => "webhook_url",
            Builtin::Phone => "phone",
            Builtin::MerchantId => "merchant_id",
            Builtin::Expiry => "expiry",
            Builtin::CardNumber => "card_number",
            Builtin::Cvc => "cvc",
        }
    }

    /// The last path segment of the value type that holds only valid values of this kind.
    pub(crate) fn type_name(self) -> &'static str {
        match self {
            Builtin::Currency => "Currency",
            Builtin::Country => "Country",
            Builtin::Ip => "IpAddr",
            Builtin::Amount => "Amount",
            Builtin::Email => "Email",
            Builtin::Url => "Url",
            Builtin::WebhookUrl => "WebhookUrl",
            Builtin::Phone => "Phone",
            Builtin::MerchantId => "MerchantId",
            Builtin::Expiry => "Expiry",
            Builtin::CardNumber => "CardNumber",
            Builtin::Cvc => "Cvc",
        }
    }

    /// The full path of the value type, for generated code and messages.
    pub(crate) fn type_path(self) -> &'static str {
        match self {
            Builtin::Ip => "::std::net::IpAddr",
            Builtin::Currency => "::payment_core::Currency",
            Builtin::Country => "::payment_core::Country",
            Builtin::Amount => "::payment_core::Amount",
            Builtin::Email => "::payment_core::Email",
            Builtin::Url => "::payment_core::Url",
            Builtin::WebhookUrl => "::payment_core::WebhookUrl",
            Builtin::Phone => "::payment_core::Phone",
            Builtin::MerchantId => "::payment_core::MerchantId",
            Builtin::Expiry => "::payment_core::Expiry",
            Builtin::CardNumber => "::payment_core::CardNumber",
            Builtin::Cvc => "::payment_core::Cvc",
        }
    }

    /// What the rule checks, in plain words.
    pub(crate) fn what(self) -> &'static str {
        match self {
            Builtin::Currency => "an ISO 4217 currency code",
            Builtin::Country => "an ISO 3166-1 alpha-2 country code",
            Builtin::Ip => "an IPv4 or IPv6 address",
            Builtin::Amount => "an amount in minor units",
            Builtin::Email => "an email address",
            Builtin::Url => "an absolute http(s) URL",
            Builtin::WebhookUrl => "an absolute https URL for webhooks",
            Builtin::Phone => "a phone number",
            Builtin::MerchantId => "a merchant id",
            Builtin::Expiry => "a card expiry date",
            Builtin::CardNumber => "a card number",
            Builtin::Cvc => "a card verification code",
        }
    }

    /// Whether the value is a secret that only its own type masks and zeroizes.
    pub(crate) fn is_secret(self) -> bool {
        matches!(self, Builtin::CardNumber | Builtin::Cvc)
    }
}

impl Field {
    /// The built-in validators present on the field, with the span of each key.
    pub(crate) fn builtins(&self) -> Vec<(Builtin, proc_macro2::Span)> {
        [
            (Builtin::Currency, &self.currency),
            (Builtin::Country, &self.country),
            (Builtin::Ip, &self.ip),
            (Builtin::Amount, &self.amount),
            (Builtin::Email, &self.email),
            (Builtin::Url, &self.url),
            (Builtin::WebhookUrl, &self.webhook_url),
            (Builtin::Phone, &self.phone),
            (Builtin::MerchantId, &self.merchant_id),
            (Builtin::Expiry, &self.expiry),
            (Builtin::CardNumber, &self.card_number),
            (Builtin::Cvc, &self.cvc),
        ]
        .into_iter()
        .filter(|(_, flag)| flag.is_present())
        .map(|(b, flag)| (b, flag.span()))
        .collect()
    }
}

/// The keys accepted on a field, for "expected one of" messages.
pub(crate) const FIELD_KEYS: &str = "rename, default, nested, flatten, string, serialize_with, currency, country, ip, amount, \
                                     email, url, webhook_url, phone, merchant_id, expiry, card_number, cvc, length, range, custom, text";

/// Parses the container attributes, recording errors in `cx`.
pub(crate) fn container(cx: &Ctxt, input: &syn::DeriveInput) -> Container {
    Container::from_derive_input(input).unwrap_or_else(|e| {
        reword(cx, e, "rename_all, money, collect_errors, check, crate");
        Container::default()
    })
}

/// Parses one field's attributes, recording errors in `cx`.
pub(crate) fn field(cx: &Ctxt, field: &syn::Field) -> Field {
    Field::from_field(field).unwrap_or_else(|e| {
        reword(cx, e, FIELD_KEYS);
        Field::default()
    })
}

/// Records darling's errors in `cx`, reworded: "Unknown field: `x`" becomes "unknown attribute key
/// `payment(x)`" with the list of valid keys.
fn reword(cx: &Ctxt, error: darling::Error, expected: &str) {
    for e in error.flatten() {
        let span = e.span();
        let text = e.to_string();
        let message = match unknown_key(&text) {
            Some((key, location, hint)) if location == "length" || location == "range" => {
                format!("unknown key `{key}` in `{location}(..)`; expected `min` and/or `max`{hint}")
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
