//! JSON Schema (draft 2020-12) of the wire format, from the same annotations the builders and `from_json`
//! use: a struct that derives `Builder` with `#[payment(schema)]` (every request model does) implements
//! [`Schema`], and [`document`] gives the schema to publish.
//!
//! ```
//! use payment_core::model::VoidRequest;
//!
//! let schema = payment_core::schema::document::<VoidRequest>();
//! assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(schema["required"], serde_json::json!(["transactionId", "merchant_id"]));
//! ```
//!
//! # What the schema says, and what it cannot
//!
//! Each rule is a constraint where JSON Schema can state it: wire names and required keys, nested
//! objects, numbers sent as strings (`pattern`), lengths (`minLength` / `maxLength`, in characters),
//! ranges of numbers, ISO 4217 and ISO 3166 codes (`enum`), digits (`pattern`), free text without control
//! characters or bidirectional overrides (`pattern`). `format` is only an annotation in 2020-12 unless a
//! validator asserts it, so rules are patterns wherever a pattern can enforce them; `idn-email` and `iri`
//! annotate the internationalized forms the rules accept. What no schema can check is named in the
//! `description` of the field:
//!
//! - a card number's Luhn check digit and its scheme's lengths;
//! - an expiry at most twenty years ahead (it depends on today);
//! - an email address's and a URL's full rules (only their shape is a pattern), and a URL's host being
//!   public;
//! - an IP address beyond its `format` (an annotation);
//! - a stored-card request's choice of exactly one of `card` and `payment_method.stored_payment_method_id`;
//! - custom rules (`#[payment(custom = ..)]`) and struct-level checks.
//!
//! Unknown keys are allowed, as `from_json` skips them (its strict mode refuses them).

use serde_json::{Map, Value, json};

/// A type with a JSON Schema of its wire form.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no JSON Schema",
    label = "a field of this type is part of the schema",
    note = "a struct deriving `Builder` gets one with `#[payment(schema)]`; for your own value type, implement `payment_core::schema::Schema`"
)]
pub trait Schema {
    /// The schema of a value of this type (without `$schema`).
    fn schema() -> Value;
}

/// A type stored as several keys of its parent object (`#[payment(flatten)]`), in the wire form `Form`
/// (see [`Flatten`](crate::wire::Flatten)): the schema of each key, under the type's own key names (the
/// parent renames them by position).
pub trait FlatSchema<Form = crate::wire::Natural> {
    /// `(key, schema, required)` for each key.
    fn properties() -> Vec<(&'static str, Value, bool)>;
}

/// A struct deriving `Builder` flattened into its parent: its object schema's properties, each required
/// as it is in the struct.
impl<T: Schema + crate::__private::CollectStruct> FlatSchema for T {
    fn properties() -> Vec<(&'static str, Value, bool)> {
        let schema = T::schema();
        let required: Vec<&str> = schema["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        T::NAMES
            .iter()
            .filter_map(|name| {
                let property = schema["properties"].get(*name)?.clone();
                Some((*name, property, required.contains(name)))
            })
            .collect()
    }
}

/// `YYYY-MM-DD`.
impl Schema for time::Date {
    fn schema() -> Value {
        json!({ "type": "string", "format": "date", "description": "a date, YYYY-MM-DD" })
    }
}

/// RFC 3339.
impl Schema for time::OffsetDateTime {
    fn schema() -> Value {
        json!({ "type": "string", "format": "date-time", "description": "an RFC 3339 date and time" })
    }
}

/// RFC 3339, written back as read.
impl Schema for crate::model::Timestamp {
    fn schema() -> Value {
        json!({ "type": "string", "format": "date-time", "description": "an RFC 3339 date and time" })
    }
}

/// A map with string keys: a JSON object whose values are `V`s.
impl<V: Schema> Schema for std::collections::BTreeMap<String, V> {
    fn schema() -> Value {
        json!({ "type": "object", "additionalProperties": V::schema() })
    }
}

/// A map with string keys: a JSON object whose values are `V`s.
impl<V: Schema, S> Schema for std::collections::HashMap<String, V, S> {
    fn schema() -> Value {
        json!({ "type": "object", "additionalProperties": V::schema() })
    }
}

/// The schema document of `T`: its schema with `$schema` (draft 2020-12).
pub fn document<T: Schema>() -> Value {
    let mut schema = T::schema();
    if let Value::Object(map) = &mut schema {
        let mut doc = Map::new();
        doc.insert("$schema".to_owned(), json!("https://json-schema.org/draft/2020-12/schema"));
        doc.append(map);
        return Value::Object(doc);
    }
    schema
}

/// A string matching `pattern`, described.
pub(crate) fn pattern(pattern: &str, description: &str) -> Value {
    json!({ "type": "string", "pattern": pattern, "description": description })
}

impl Schema for String {
    fn schema() -> Value {
        json!({ "type": "string" })
    }
}

impl Schema for bool {
    fn schema() -> Value {
        json!({ "type": "boolean" })
    }
}

macro_rules! integer_schema {
    ($($t:ty),*) => {$(
        impl Schema for $t {
            fn schema() -> Value {
                json!({ "type": "integer", "minimum": <$t>::MIN, "maximum": <$t>::MAX })
            }
        }
    )*};
}
integer_schema!(u8, u16, u32, u64, i8, i16, i32, i64);

impl Schema for std::net::IpAddr {
    fn schema() -> Value {
        json!({
            "type": "string",
            "anyOf": [{ "format": "ipv4" }, { "format": "ipv6" }],
            "description": "an IPv4 or IPv6 address (`format` is an annotation: the address itself is checked by from_json)",
        })
    }
}

impl<T: Schema> Schema for Option<T> {
    fn schema() -> Value {
        json!({ "anyOf": [T::schema(), { "type": "null" }] })
    }
}

impl<T: Schema> Schema for Vec<T> {
    fn schema() -> Value {
        json!({ "type": "array", "items": T::schema() })
    }
}

/// The pieces the derive assembles a struct's schema with.
#[doc(hidden)]
pub mod build {
    use serde_json::{Map, Value, json};

    /// The free-text rule as a pattern: no C0/C1 control characters, no bidirectional overrides or
    /// isolates (`payment_rules::text`).
    const TEXT: &str = "^[^\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]*$";

    /// One field's schema, refined by its attributes.
    #[derive(Debug)]
    pub struct Field(pub Value);

    impl Field {
        /// `each(..)`, `keys(..)`, `values(..)`: the rules of every element (`items`), every key
        /// (`propertyNames`) or every value (`additionalProperties`).
        pub fn items(self, rules: impl FnOnce(Field) -> Field) -> Self {
            self.part("items", rules)
        }

        /// See [`Field::items`].
        pub fn keys(self, rules: impl FnOnce(Field) -> Field) -> Self {
            self.part("propertyNames", rules)
        }

        /// See [`Field::items`].
        pub fn values(self, rules: impl FnOnce(Field) -> Field) -> Self {
            self.part("additionalProperties", rules)
        }

        fn part(mut self, key: &str, rules: impl FnOnce(Field) -> Field) -> Self {
            if let Value::Object(m) = &mut self.0 {
                let base = m.remove(key).unwrap_or_else(|| json!({ "type": "string" }));
                m.insert(key.to_owned(), rules(Field(base)).0);
            }
            self
        }

        /// `length(min, max)`: character bounds for a string, item bounds for an array, entry bounds
        /// for an object (a map).
        pub fn length(mut self, min: Option<usize>, max: Option<usize>) -> Self {
            let kind = self.0.get("type").and_then(Value::as_str).unwrap_or("string").to_owned();
            let (lo, hi) = match kind.as_str() {
                "array" => ("minItems", "maxItems"),
                "object" => ("minProperties", "maxProperties"),
                _ => ("minLength", "maxLength"),
            };
            if let Value::Object(m) = &mut self.0 {
                if let Some(min) = min {
                    m.insert(lo.to_owned(), json!(min));
                }
                if let Some(max) = max {
                    m.insert(hi.to_owned(), json!(max));
                }
            }
            self
        }

        /// `range(min, max)` on a number; on a number sent as a string, the string form can only say it
        /// in words.
        pub fn range(mut self, min: Option<Value>, max: Option<Value>) -> Self {
            fn bound(schema: &mut Value, min: &Option<Value>, max: &Option<Value>) {
                if let Value::Object(m) = schema {
                    if let Some(min) = min {
                        m.insert("minimum".to_owned(), min.clone());
                    }
                    if let Some(max) = max {
                        m.insert("maximum".to_owned(), max.clone());
                    }
                }
            }
            let number = |s: &Value| s.get("type").is_some_and(|t| t == "integer" || t == "number");
            if number(&self.0) {
                bound(&mut self.0, &min, &max);
            } else if let Some(branches) = self.0.get_mut("anyOf").and_then(Value::as_array_mut) {
                branches.iter_mut().filter(|b| number(b)).for_each(|b| bound(b, &min, &max));
            }
            if !number(&self.0)
                && let Value::Object(m) = &mut self.0
            {
                let words = format!(
                    "from {} to {} (not stated for the string form)",
                    min.map_or("-".to_owned(), |v| v.to_string()),
                    max.map_or("-".to_owned(), |v| v.to_string())
                );
                super::describe(m, &words);
            }
            self
        }

        /// `text`: free text without control characters or bidirectional overrides.
        pub fn text(mut self) -> Self {
            if let Value::Object(m) = &mut self.0 {
                m.insert("pattern".to_owned(), json!(TEXT));
            }
            self
        }

        /// `string`: a number or boolean sent as a JSON string (reading accepts the plain JSON value too).
        pub fn stringly(self) -> Self {
            let inner = self.0.get("type").and_then(Value::as_str).unwrap_or_default().to_owned();
            Field(match inner.as_str() {
                "integer" => json!({
                    "anyOf": [{ "type": "string", "pattern": "^-?[0-9]+$" }, self.0],
                    "description": "an integer, sent as a string",
                }),
                "boolean" => json!({ "anyOf": [{ "type": "string", "enum": ["true", "false"] }, self.0] }),
                _ => json!({ "type": "string" }),
            })
        }

        /// A rule the schema cannot state (a custom rule), named in the description.
        pub fn unchecked(mut self, words: &str) -> Self {
            if let Value::Object(m) = &mut self.0 {
                super::describe(m, words);
            }
            self
        }

        /// An `Option` field: `null` is accepted too (it reads as absent).
        pub fn nullable(self) -> Self {
            Field(json!({ "anyOf": [self.0, { "type": "null" }] }))
        }
    }

    /// A union's schema: exactly one of its variants' schemas.
    pub fn one_of(variants: Vec<Value>) -> Value {
        json!({ "oneOf": variants })
    }

    /// An internally tagged variant: its object's schema with the tag as a required `const` property.
    pub fn tagged(tag: &'static str, name: &'static str, mut variant: Value) -> Value {
        if let Value::Object(m) = &mut variant {
            if let Some(Value::Object(props)) = m.get_mut("properties") {
                props.insert(tag.to_owned(), json!({ "const": name }));
            }
            if let Some(Value::Array(required)) = m.get_mut("required") {
                required.insert(0, json!(tag));
            }
        }
        variant
    }

    /// A variant without data, internally tagged: an object of the tag alone.
    pub fn tag_only(tag: &'static str, name: &'static str) -> Value {
        json!({ "type": "object", "properties": { tag: { "const": name } }, "required": [tag] })
    }

    /// An adjacently tagged variant: `{tag: name, content: variant}`.
    pub fn adjacent(tag: &'static str, name: &'static str, content: &'static str, variant: Value) -> Value {
        json!({
            "type": "object",
            "properties": { tag: { "const": name }, content: variant },
            "required": [tag, content]
        })
    }

    /// An object schema from its properties and required keys.
    pub fn object(properties: Vec<(&'static str, Value)>, required: Vec<&'static str>) -> Value {
        let props: Map<String, Value> = properties.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        json!({ "type": "object", "properties": props, "required": required })
    }
}

/// Adds `words` to a schema's description.
fn describe(m: &mut Map<String, Value>, words: &str) {
    let text = match m.get("description").and_then(Value::as_str) {
        Some(d) => format!("{d}; {words}"),
        None => words.to_owned(),
    };
    m.insert("description".to_owned(), json!(text));
}

mod values {
    use serde_json::{Value, json};

    use super::{FlatSchema, Schema, pattern};
    use crate::model::{Card, PaymentSource, StoredCardToken, TransactionId};
    use crate::{
        Amount, CardNumber, Country, CountryOrUnknown, Currency, Cvc, Email, Expiry, MerchantId, Phone,
        ShopperReturnUrl, Url, WebhookUrl,
    };

    const UUID: &str = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    impl Schema for Currency {
        fn schema() -> Value {
            let codes: Vec<&str> = Currency::all().map(Currency::code).collect();
            json!({ "type": "string", "enum": codes, "description": "an active ISO 4217 currency code" })
        }
    }

    impl Schema for Country {
        fn schema() -> Value {
            let codes: Vec<&str> = Country::all().map(Country::code).collect();
            json!({ "type": "string", "enum": codes, "description": "an ISO 3166-1 alpha-2 country code" })
        }
    }

    impl Schema for CountryOrUnknown {
        fn schema() -> Value {
            let codes: Vec<&str> =
                Country::all().map(Country::code).chain([CountryOrUnknown::UNKNOWN_CODE]).collect();
            json!({ "type": "string", "enum": codes, "description": "an ISO 3166-1 alpha-2 country code, or ZZ when unknown" })
        }
    }

    impl Schema for Amount {
        fn schema() -> Value {
            json!({
                "anyOf": [
                    { "type": "string", "pattern": "^[1-9][0-9]{0,19}$" },
                    { "type": "integer", "minimum": 1, "maximum": u64::MAX },
                ],
                "description": "an amount in minor units of the currency, greater than zero (a string in paymentv2, a number in capture and refund)",
            })
        }
    }

    impl Schema for CardNumber {
        fn schema() -> Value {
            pattern(
                "^[1-9][0-9]*([ -]*[0-9]+)*$",
                "a card number: 12 to 19 digits (spaces and dashes allowed between them), not starting with 0; \
                 not stated here: the Luhn check digit and the lengths of the card's scheme",
            )
        }
    }

    impl Schema for Cvc {
        fn schema() -> Value {
            pattern("^[0-9]{3,4}$", "a card verification code: 3 or 4 digits")
        }
    }

    impl Schema for Email {
        fn schema() -> Value {
            json!({
                "type": "string", "format": "idn-email", "maxLength": 254, "pattern": "^[^@\\s]+@[^@\\s]+$",
                "description": "an email address (internationalized forms accepted); only its shape is a pattern here",
            })
        }
    }

    impl Schema for Url {
        fn schema() -> Value {
            json!({
                "type": "string", "format": "iri", "pattern": "^[hH][tT][tT][pP][sS]?://",
                "description": "an absolute http(s) URL; not stated here: its host must be public and it has no user info",
            })
        }
    }

    impl Schema for ShopperReturnUrl {
        fn schema() -> Value {
            json!({
                "type": "string", "format": "uri", "pattern": "^[A-Za-z][A-Za-z0-9+.-]*:",
                "description": "an absolute http(s) URL or an app's own URL (`my-app://..`); not stated here: the schemes a browser runs or reads itself (javascript, data, file, ...) are refused, an http(s) host must be public, and no user info",
            })
        }
    }

    impl Schema for WebhookUrl {
        fn schema() -> Value {
            json!({
                "type": "string", "format": "iri", "pattern": "^[hH][tT][tT][pP][sS]://",
                "description": "an absolute https URL; not stated here: its host must be public and it has no user info",
            })
        }
    }

    impl Schema for Phone {
        fn schema() -> Value {
            pattern(
                "^\\+?[0-9]{7,15}$",
                "a phone number in international form: an optional + and 7 to 15 digits",
            )
        }
    }

    impl Schema for MerchantId {
        fn schema() -> Value {
            json!({
                "type": "string", "minLength": 1, "maxLength": 128,
                "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]*$",
                "description": "the merchant id the gateway issued",
            })
        }
    }

    impl Schema for TransactionId {
        fn schema() -> Value {
            pattern(UUID, "a transaction id (a UUID)")
        }
    }

    impl Schema for StoredCardToken {
        fn schema() -> Value {
            pattern(UUID, "a stored card's token (a UUID)")
        }
    }

    impl FlatSchema for Expiry {
        fn properties() -> Vec<(&'static str, Value, bool)> {
            vec![
                ("expiry_month", pattern("^(0[1-9]|1[0-2])$", "the expiry month, 01 to 12"), true),
                (
                    "expiry_year",
                    pattern(
                        "^([0-9]{2}|20[0-9]{2})$",
                        "the expiry year, YY or 20YY; not stated here: at most twenty years ahead",
                    ),
                    true,
                ),
            ]
        }
    }

    impl FlatSchema<crate::forms::expiry_four_digit_year::Form> for Expiry {
        fn properties() -> Vec<(&'static str, Value, bool)> {
            let mut keys = <Expiry as FlatSchema>::properties();
            keys[1].1 =
                pattern("^20[0-9]{2}$", "the expiry year, YYYY; not stated here: at most twenty years ahead");
            keys
        }
    }

    impl FlatSchema for PaymentSource {
        fn properties() -> Vec<(&'static str, Value, bool)> {
            let method = json!({
                "type": "object",
                "properties": {
                    "type": { "const": "scheme" },
                    "store_payment_method": { "const": true },
                    "stored_payment_method_id": StoredCardToken::schema(),
                },
                "required": ["type", "store_payment_method"],
            });
            let mut card = Card::schema();
            card["description"] = json!(
                "the card to charge and store; not stated here: exactly one of `card` and \
                 `payment_method.stored_payment_method_id` is sent"
            );
            vec![("card", card, false), ("payment_method", method, true)]
        }
    }
}
