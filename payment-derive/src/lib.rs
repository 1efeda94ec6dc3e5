//! # payment-derive
//!
//! Procedural macros of `payment-core`: `#[derive(Builder)]` and the compile-time checked literal macros.
//! Use them through `payment-core`, which re-exports them.

use proc_macro::TokenStream;

// The derive, one stage per file: ast (typed view of the input), attr (darling schemas), ctxt (error
// collector), check (cross-attribute rules), expand/ (code generation); on an enum, ast_enum (view and
// checks) and attr_enum (its darling schemas), expanded by expand/enums.rs.
mod ast;
mod ast_enum;
mod ast_union;
mod attr;
mod attr_enum;
mod attr_union;
mod check;
mod ctxt;
mod expand;

// The literal macros: parse a literal, check it with `payment-rules`, emit the constant or a spanned
// `compile_error!`.
mod literal;

/// Derives a type-state builder, validators and the wire format for a struct with named fields.
///
/// Runnable examples (and `compile_fail` examples of a missing field and a field set twice) are in
/// `payment_core::builder`'s module docs; a proc-macro crate cannot run its own derive in doc tests.
///
/// # What it generates, for `struct Card { .. }`
///
/// - `Card::builder()` returning `CardBuilder`: one setter per field (named after it, taking
///   `impl Into<FieldType>`; for `Option<U>` fields the setter takes `U` and `maybe_<field>` takes the
///   `Option`), then `.build() -> Card`, available only once every required field is set. A missing
///   field is the compile error ``` `CardBuilder::build()` is missing required field `number` ``` at the
///   `.build()` call (one per missing field); a second call of a setter is ``` field `number` of
///   `CardBuilder` is already set ```.
/// - getters `card.number() -> &CardNumber` (`Option<&U>` for options) for every non-`pub` field;
/// - `serde::Serialize` / `Deserialize` in wire names, `payment_core::__private::CollectStruct` (and so
///   `Collect`), and `Card::from_json(&str)`, which reports **every** invalid field with its JSON path.
///   Both directions are emitted as tables (wire names, and the field each one reads or writes) driving
///   one runtime loop in `payment_core::wire`, which keeps the code each user crate compiles small;
/// - `payment_core::__private::CheckRules` and `validator::Validate` (errors keyed by dotted wire paths,
///   never containing values).
///
/// Every field type must implement `Serialize` and `payment_core::wire::Collect` (the value types,
/// strings, integers, `bool`, `IpAddr`, `Option` and `Vec` of those, derived structs, string enums and
/// unions do), or be read through serde (`serde`, `with`, `deserialize_with`). Other APIs' value forms:
/// `ShopperReturnUrl` (a web page or an app's `my-app://` URL, sent as given), `CountryOrUnknown` (ISO 3166-1
/// or `ZZ`), `u64` for an amount that may be zero, and the `with` forms of `payment_core::forms`
/// (a currency in lower case, a phone number with its `+`, an expiry's four-digit year). Also field types:
/// `BTreeMap<String, V>` / `HashMap<String, V>` (a JSON object, written sorted by key), `time::Date`
/// (`"YYYY-MM-DD"`), `time::OffsetDateTime` (RFC 3339; Unix seconds with
/// `with = time::serde::timestamp`) and `payment_core::model::Timestamp`. A range on a date is a
/// `custom` rule:
///
/// ```text
/// fn not_before_1900(d: &time::Date) -> Result<(), payment_core::wire::Invalid> {
///     if d.year() >= 1900 { Ok(()) } else { Err(Invalid::new("date.range", "must be in 1900 or later")) }
/// }
/// #[payment(custom = not_before_1900)]
/// date_of_birth: time::Date,
/// ```
///
/// # Container attribute
///
/// - `#[payment(rename_all = "camelCase")]`: wire names from field names; also `snake_case`,
///   `PascalCase`, `SCREAMING_SNAKE_CASE`, `kebab-case`.
/// - `#[payment(collect_errors)]`: the builder also has the collecting mode: after `.collect_errors()`
///   no setter fails and `build()` returns `Result<T, ValidationReport>` with every rule failure (wire
///   path and Rust field path), nested builders included, whose types need the attribute too. In that
///   mode a value type's setter also takes its text (`&str`, `&String`, `String`), parsed with the type's
///   `FromStr` (a refusal is recorded at the field, with `FromStr`'s message), and `.money(..)` takes a
///   price as text (`"19.99 USD"`, `("19.99", "USD")`): raw input checked in one pass. Opt-in because it
///   costs compile time in every crate that derives (see BENCHMARKS.md).
/// - `#[payment(schema)]`: the struct implements `payment_core::schema::Schema`, its JSON Schema (draft
///   2020-12) from the same attributes (wire names, required keys, rules); opt-in, like `collect_errors`.
/// - `#[payment(box_values)]`: the builder keeps its values in a `Box`. Each setter moves the builder
///   into its next type-state type; without a box the compiler copies all of its values at each move
///   (inlining does not remove the copies), with one it moves a pointer, for one allocation per builder.
///   Worth it for a struct whose values are several hundred bytes (`size_of` of the struct, roughly):
///   `PaymentRequest` (616 bytes) builds and serializes in 7 % fewer instructions and about 10 % less
///   time with it, for one allocation more, and compiles 3 % to 4 % slower (BENCHMARKS.md). It changes no API and no compile error.
/// - `#[payment(money(amount = amount, currency = currency))]`: a `.money(m)` setter that sets the
///   `Amount` and `Currency` fields from one `payment_core::Money`, so they cannot disagree.
/// - `#[payment(crate = "path")]`: where `payment_core` is when a crate renames the dependency
///   (`pc = { package = "payment-core", .. }`: `crate = "pc"`) or reaches it through a re-export. The
///   literal macros (`currency!`, ...) still name `::payment_core`.
/// - `#[payment(check = path::to::rule)]`: a rule across fields, `fn(&T) -> Result<(),
///   payment_core::wire::FieldError>`, whose error names the field(s) it is about (`FieldError::new
///   ("discount", "discount.total", "must not exceed the total")`; paths are prefixed when the struct is
///   nested). It takes the built struct, so it runs once every field was read (`from_json`) or every
///   required field holds a value (the collecting `build()`), after the field rules; it also runs in
///   `validate()`. It makes the checked
///   `build()` return `Result<T, FieldError>` (only for structs that have one, so `build()` stays
///   infallible everywhere else) and a nested closure setter of such a struct return a `Result`.
///
/// # Field attributes
///
/// Every key is inside `#[payment(..)]`, one namespace; `#[serde(..)]` is not read (a struct deriving
/// `Builder` implements `Serialize` and `Deserialize` itself). Where serde has a name for a thing, the key
/// has serde's name and serde's meaning (`rename`, `rename_all`, `default`, `skip`,
/// `skip_serializing_if`, `with`, `serialize_with`, `deserialize_with`, `flatten`). A value read through
/// serde still goes through the field's rules.
///
/// | attribute | meaning |
/// | --- | --- |
/// | `rename = "acceptHeader"` | the field's JSON key |
/// | `default` / `default = expr` | optional; left out it is `Default::default()` / `expr` (not on `Option` fields, which are optional already) |
/// | `nested` | the type derives `Builder` too: `.card(\|c\| c.number(..).name(..))`, `.card_value(card)`; validation recurses, paths are prefixed (`card.name`). On a `Vec<T>`: a list builder, `.items(\|l\| l.push(\|i\| ..).push(..))`, each element's errors at its index (`items[1].name`). A closure that uses `?` returns a `Result`, so end it on a validating setter or wrap it: `\|c\| Ok::<_, FieldError>(c.name("x")?.number(..))` |
/// | `flatten` | serde's: the value's keys stand inline in this object. A struct deriving `Builder` (with `nested` too, its setter is a closure on its builder, and its errors carry this object's paths), or a type implementing `payment_core::wire::Flatten` (`Expiry`: `expiry_month`, `expiry_year`). On an `Option`, neither key means `None`; one key of several is reported missing |
/// | `flatten, rename_keys("expiryMonth", "expiryYear")` | the flattened value's keys under other names in this object, in the order of its type's keys (a constant assertion checks the count) |
/// | `flatten, with = module` | serde's `with` on a `flatten` field: the value's whole wire form, `Flatten<module::Form>` (`with = payment_core::forms::expiry_four_digit_year`: the year written and read as `"2030"`) |
/// | `string` | a number or `bool` sent as a JSON string (`"1200"`): serialized with `Display`, read with `FromStr` |
/// | `skip` | serde's `skip`: kept on the type (its builder still sets it), never written or read; needs `default` or an `Option` type (an idempotency key that goes into a header) |
/// | `skip_serializing_if = path` | serde's: left out of the written object when `path(&value)` is true (`std::ops::Not::not` for a `false` flag, `payment_core::wire::is_default` for any default value) |
/// | `serialize_with = path::to::fn` | serde's: written with `fn<S: Serializer>(&T, S) -> Result<S::Ok, S::Error>` instead of `T: Serialize`, where `T` is the field as declared (`&Option<U>` for an `Option`, whose `None` is left out before the call); an `Amount` as a JSON number: `Amount::serialize_as_number` |
/// | `deserialize_with = path::to::fn` | serde's: read with `fn<'de, D: Deserializer<'de>>(D) -> Result<T, D::Error>`; the value is buffered first (this crate's buffer, not `serde_json::Value`), so its error is recorded at the field and the other fields are still read |
/// | `with = module` | serde's: `module::serialize` and `module::deserialize`, both ways (`with = time::serde::rfc3339` for an `OffsetDateTime`; `...::option` for an `Option` of one, as with serde) |
/// | `serde` | the field's type is read with its own `Deserialize` instead of `Collect` (`serde_json::Value`, a decimal type, your own serde enum): buffered, its first error reported at the field with serde's expectation, never the input (a type's own `custom` message is passed on as written); its schema is any value, or `schema_with` |
/// | `schema_with = path` | `fn() -> serde_json::Value`: the field's JSON Schema, for a field read by serde |
/// | `currency`, `country`, `ip`, `amount`, `email`, `url`, `webhook_url`, `phone`, `merchant_id`, `expiry` | on a field of the value type (`Currency`, ..., `IpAddr`): documentation only, the type is the check. On a `String` field (the wire string kept as is): the setter takes the value type, and `from_json` / `validate()` check the string with it |
/// | `card_number`, `cvc`, `iban` | only on `CardNumber` / `Cvc` / `Iban` fields: a `String` would not be masked or zeroized |
/// | `length(min = 1, max = 45)` | characters of a string (or items of a `Vec`, a nested list builder's too: its closure setter then returns a `Result`, checked once the list is built); either bound may be left out |
/// | `range(min = 1, max = 5)` | bounds of a number |
/// | `custom = path::to::rule` | `fn(&T) -> Result<(), payment_core::wire::Invalid>` (`&U` for an `Option<U>` field, run when present) |
/// | `each(length(max = 5000), text)` | field rules applied to every element of a `Vec`, each error at its index (`tags[2]`) |
/// | `keys(..)`, `values(..)` | field rules applied to every key and every value of a map, errors at `metadata.<key>` (a long or unusual key cut and escaped, never the value) |
/// | `text` | free text (`String`): letters of every script, but no control characters (NUL, tab, line breaks) and no bidirectional overrides or isolates (`payment_rules::text`); every free-text field of the models has it |
/// | `hint = "..."` | a note added to the required field's "missing" and "already set" compile errors, to name what the field means when its name cannot (`payment_source`: a card or a stored card's token) |
///
/// Setters of fields with `length`, `range`, `custom` or `text` return `Result<_, FieldError>`, so a built value
/// always passes its rules and `build()` stays infallible. (Which setters check follows from one list of
/// each field's rules, parsed once: a rule cannot be added without its setter checking it.) A value
/// type's setter takes `impl IntoValue<T, ..>`: the value, or in collecting mode its text; after
/// `.parse()?` in checked mode, name the type (`.parse::<CardNumber>()?`), since the setter is generic
/// over its input. Such fields must not be `pub`. Setters of
/// primitive numbers, `bool` and `char` take the type itself rather than `impl Into<_>`, so an untyped
/// literal (`.screen_height(1200)`) infers the field's type.
///
/// # On an enum: string enums
///
/// On an enum whose variants are unit variants, the derive makes a **string enum**: a JSON string, one
/// wire name per variant, usable as a field type wherever a value type is (required, `Option`, `Vec`,
/// inside nested structs). A builder's setter of such a field takes the variant
/// (`.shopper_interaction(ShopperInteraction::Ecommerce)`), as for any other type. For
/// `enum ShopperInteraction { Ecommerce, ContAuth, Moto }` it generates:
///
/// - `as_str(&self) -> &str`, the wire name; `WIRE_NAMES: &[&str]` and `VARIANTS: &[Self]`, every wire
///   name and every variant in declaration order (without a catch-all that holds a `String`);
/// - `Display` (the wire name, padded as `{:>10}` asks) and `FromStr`, whose error is
///   `payment_core::wire::UnknownVariant` (the allowed names and a suggestion, never the input), or
///   `std::convert::Infallible` for an enum with a catch-all, which takes every string;
/// - `Serialize` (the wire name as a JSON string), `payment_core::wire::Collect` and `Deserialize` on top
///   of it: a string that is none of the names is **one** error at the field's path (`items[1].kind`, code
///   `enum`) listing the allowed names, with "did you mean `Ecommerce`?" when one is close (`Ecomerce`,
///   `ecommerce`), never the input. Matching is exact, as serde's.
///
/// Attributes, in `#[payment(..)]` with serde's names and meanings (`#[serde(..)]` is not read):
///
/// | attribute | on | meaning |
/// | --- | --- | --- |
/// | `rename_all = ".."` | the enum | wire names from variant names, as serde applies the rule to a variant: `lowercase`, `UPPERCASE`, `PascalCase`, `camelCase`, `snake_case`, `SCREAMING_SNAKE_CASE`, `kebab-case`, `SCREAMING-KEBAB-CASE` (`ContAuth`: `contauth`, `CONTAUTH`, `ContAuth`, `contAuth`, `cont_auth`, `CONT_AUTH`, `cont-auth`, `CONT-AUTH`) |
/// | `schema` | the enum | it implements `payment_core::schema::Schema`: `{"type": "string", "enum": [wire names]}`; with a catch-all, which accepts any string, `{"type": "string"}` with the known names as `examples` |
/// | `crate = "path"` | the enum | where `payment_core` is, as on a struct |
/// | `rename = ".."` | a variant | its wire name |
/// | `other` | a variant | the catch-all, as serde's `#[serde(other)]`: on a unit variant, any unknown string reads as it and is dropped (so it cannot be written back: the variant is written as its own wire name); on a variant holding one `String` (`Unknown(String)`), the unknown string is kept and written back unchanged (a response enum that gains values). At most one per enum |
///
/// A variant with data other than the catch-all makes the enum a union, which needs serde's
/// representation (`tag`, `tag` + `content`, or `untagged`); without one it is refused, naming the
/// variant.
///
/// # On an enum: unions
///
/// With serde's `tag`, `tag` + `content` or `untagged`, an enum is a **union**: each variant is a unit
/// or holds one value (`Scheme(SchemeDetails)`, a struct deriving `Builder`, or any field type). On the
/// wire it is what serde writes and reads for the same attributes: `{"type": "scheme", ..the struct's
/// keys..}`, `{"t": "scheme", "c": {..}}`, or the value alone. Reading finds the tag wherever it stands
/// among the keys (the value is buffered: ARCHITECTURE.md); an unknown or missing tag is one error at the
/// union's path listing the tags (with a suggestion); the chosen variant's own errors are reported at
/// their paths, all at once; strict reading does not count the tag as an unknown key. An untagged union
/// takes the first variant that reads without a problem, else one error naming what it takes.
///
/// Its builder chooses the variant **at compile time**: `PaymentMethod::builder().scheme(|s| s..)` (a
/// closure on the variant's builder for a struct variant, the value for another, nothing for a unit
/// variant), then `.build()`; as a `nested` field, `.payment_method(|m| m.scheme(|s| ..))`. Choosing two
/// variants, none, or leaving a field of the chosen variant's struct unset is a compile error naming it.
/// A value built beforehand goes through the field's `_value` setter.
///
/// | attribute | on | meaning |
/// | --- | --- | --- |
/// | `tag = "type"` | the enum | internally tagged: the tag is a key of the variant's own object (a variant holds a struct deriving `Builder`, or nothing) |
/// | `content = "c"` | the enum | with `tag`: adjacently tagged, the variant's value under this key |
/// | `untagged` | the enum | the variant's value alone |
/// | `rename_all`, `schema` (`oneOf`, each variant with its tag as a `const`), `crate` | the enum | as on a string enum |
/// | `collect_errors` | the enum | its builder has the collecting mode too (needed when it is a `nested` field of a collecting builder; its variants' structs need it as well) |
/// | `rename = ".."` | a variant | its wire name, the tag's value |
/// | `alias = ".."` | a variant | serde's: another tag value read as this variant (repeatable); it is written with its wire name |
/// | `nested` | a variant | (adjacent or untagged) the value is a struct deriving `Builder`: its method takes a closure on that builder; an internally tagged variant always is |
///
/// `other` is refused on a union (serde refuses it with `untagged` and on variants with data), and so
/// is a variant of several values or of named fields (give them a struct of their own).
///
/// # Misuse
///
/// Every mistake is reported in one build, at the attribute or field concerned: enums whose variants carry
/// data without `tag` or `untagged`, two `other` variants or one with other data, two variants on one wire
/// name, unions, tuple and unit structs; unknown attribute keys; a validator on a type it cannot check
/// (`email` on a `u32`, `length` on a `bool`, `range` on a `String`); `default` on an `Option`; `nested` with
/// `flatten`; two fields with one JSON key; a `pub` field with a runtime rule.
#[proc_macro_derive(Builder, attributes(payment))]
pub fn derive_builder(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(input).into()
}

/// Declares the literal macros: each checks its literal with `payment-rules` at expansion time.
macro_rules! literal_macros {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[proc_macro]
        pub fn $name(input: TokenStream) -> TokenStream {
            literal::$name(input.into()).into()
        }
    )*};
}

literal_macros! {
    /// `currency!("JPY")`: a `payment_core::Currency` checked at compile time (active ISO 4217 code with a
    /// minor unit; `JPX` fails with "did you mean `JPY`?").
    currency;
    /// `country!("JP")`: a `payment_core::Country` checked at compile time (assigned ISO 3166-1 alpha-2).
    country;
    /// `expiry!("12/30")`: a `payment_core::Expiry` checked at compile time (`MM/YY` or `MM/YYYY`, at most
    /// twenty years after the build date).
    expiry;
    /// `ip!("127.0.0.1")`: a `std::net::IpAddr` checked at compile time (IPv4 or IPv6).
    ip;
    /// `card_number!("5200 0000 0000 1005")`: a `payment_core::CardNumber` checked at compile time (12-19
    /// digits, Luhn, scheme length). Errors never echo the digits.
    card_number;
    /// `cvc!("100")`: a `payment_core::Cvc` checked at compile time (3 or 4 digits).
    cvc;
    /// `amount!(1000)`: a `payment_core::Amount` checked at compile time (a positive integer literal).
    amount;
    /// `money!(12.50 USD)`: a `payment_core::Money` from a decimal in major units and a currency code,
    /// converted exactly at compile time (at most as many decimals as the currency has).
    money;
    /// `merchant_id!("my-merchant")`: a `payment_core::MerchantId` checked at compile time (1 to 128
    /// characters of free text).
    merchant_id;
    /// `email!("billing@testemail.com")`: a `payment_core::Email` checked at compile time.
    email;
    /// `url!("http://www.successurl.com/")`: a `payment_core::Url` checked at compile time (absolute
    /// http(s), public host, no user info).
    url;
    /// `webhook_url!("https://www.webhookurl.com/")`: a `payment_core::WebhookUrl` checked at compile time
    /// (https, public host, no user info).
    webhook_url;
    /// `phone!("+81 12 3456 78")`: a `payment_core::Phone` checked at compile time (written as people write
    /// it, an assigned country code first, 7 to 15 digits), holding the digits.
    phone;
}
