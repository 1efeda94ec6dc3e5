//! The benchmark suites: which structs each generated crate defines.
//!
//! Every variant of a suite defines the same structs with the same plain field types (`String`, `u32`,
//! `i32`, `bool`, `Option<_>` and the suite's own structs), so the only difference between two crates of
//! a suite is the builder that constructs them.

use std::fmt;

/// How many copies of the payment shapes, and how many structs in a `f<N>` suite.
const COPIES: usize = 10;

/// A benchmark suite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Suite {
    /// 10 copies of the paymentv2 request shapes: `Card` (6 fields), `Address` (9), `BrowserInfo` (9),
    /// `ReturnUrl` (3) and `PaymentRequest` (12, holding the other four).
    Payment,
    /// 10 structs of `N` required `i32` fields each (`f30` is `Fields(30)`).
    Fields(usize),
}

impl Suite {
    /// The suites `run` measures when none are named.
    pub(crate) const DEFAULT: [Suite; 4] =
        [Suite::Payment, Suite::Fields(10), Suite::Fields(30), Suite::Fields(60)];

    /// Parses `payment` or `f<N>` (N > 0).
    pub(crate) fn parse(name: &str) -> Option<Suite> {
        if name == "payment" {
            return Some(Suite::Payment);
        }
        let n: usize = name.strip_prefix('f')?.parse().ok()?;
        (n > 0).then_some(Suite::Fields(n))
    }

    /// The structs of the suite, in definition order.
    pub(crate) fn structs(self) -> Vec<StructDef> {
        match self {
            Suite::Payment => (0..COPIES)
                .flat_map(|copy| {
                    PAYMENT_SHAPES.iter().map(move |(name, fields)| StructDef {
                        base: name,
                        copy,
                        fields: fields
                            .iter()
                            .map(|&(name, ty)| Field { name: name.to_owned(), ty })
                            .collect(),
                    })
                })
                .collect(),
            Suite::Fields(n) => (0..COPIES)
                .map(|copy| StructDef {
                    base: "S",
                    copy,
                    fields: (0..n).map(|i| Field { name: format!("f{i}"), ty: FieldType::I32 }).collect(),
                })
                .collect(),
        }
    }
}

impl fmt::Display for Suite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Suite::Payment => f.write_str("payment"),
            Suite::Fields(n) => write!(f, "f{n}"),
        }
    }
}

/// The paymentv2 request shapes (see `fixtures/paymentv2-request.json`), with plain types standing in for
/// the validated value types. Optional fields are the `Option` ones, as in the real models.
const PAYMENT_SHAPES: [(&str, &[(&str, FieldType)]); 5] = {
    use FieldType::*;
    [
        (
            "Card",
            &[
                ("number", String),
                ("cvc", String),
                ("expiry_month", U32),
                ("expiry_year", U32),
                ("name", String),
                ("nickname", OptionString),
            ],
        ),
        (
            "Address",
            &[
                ("country", String),
                ("email", OptionString),
                ("phone_number", OptionString),
                ("address1", String),
                ("address2", OptionString),
                ("city", String),
                ("state", OptionString),
                ("postal_code", String),
                ("name", OptionString),
            ],
        ),
        (
            "BrowserInfo",
            &[
                ("accept_header", String),
                ("screen_color_depth", U32),
                ("java_enabled", Bool),
                ("language", String),
                ("screen_height", U32),
                ("screen_width", U32),
                ("challenge_window", OptionString),
                ("user_agent", String),
                ("time_zone_offset", OptionString),
            ],
        ),
        ("ReturnUrl", &[("webhook_url", OptionString), ("success_url", String), ("decline_url", String)]),
        (
            "PaymentRequest",
            &[
                ("amount", U32),
                ("currency", String),
                ("card", Struct("Card")),
                ("merchant_txn_ref", String),
                ("customer_ip", String),
                ("merchant_id", String),
                ("return_url", Struct("ReturnUrl")),
                ("billing_address", Struct("Address")),
                ("shipping_address", OptionStruct("Address")),
                ("browser_info", OptionStruct("BrowserInfo")),
                ("time_zone", OptionString),
                ("description", OptionString),
            ],
        ),
    ]
};

/// One struct of a suite: `{base}{copy}`, for example `Card3`.
#[derive(Clone, Debug)]
pub(crate) struct StructDef {
    /// The shape's name, shared by all copies.
    pub(crate) base: &'static str,
    /// Which copy this is; also the suffix of the struct types its fields refer to.
    pub(crate) copy: usize,
    /// The fields, in declaration order.
    pub(crate) fields: Vec<Field>,
}

impl StructDef {
    /// The struct's type name.
    pub(crate) fn ident(&self) -> String {
        format!("{}{}", self.base, self.copy)
    }

    /// The name of the generated function that builds one value with a full setter chain.
    pub(crate) fn maker(&self) -> String {
        maker(self.base, self.copy)
    }
}

/// A named field.
#[derive(Clone, Debug)]
pub(crate) struct Field {
    /// The field (and setter) name.
    pub(crate) name: String,
    /// Its type.
    pub(crate) ty: FieldType,
}

/// The type of a field.
#[derive(Clone, Copy, Debug)]
pub(crate) enum FieldType {
    String,
    U32,
    I32,
    Bool,
    OptionString,
    /// Another struct of the same copy, by base name.
    Struct(&'static str),
    /// `Option` of another struct of the same copy, by base name.
    OptionStruct(&'static str),
}

impl FieldType {
    /// Whether the field is optional: every variant treats exactly the `Option` fields as optional.
    pub(crate) fn is_optional(self) -> bool {
        matches!(self, FieldType::OptionString | FieldType::OptionStruct(_))
    }

    /// The Rust type, for a struct of copy `copy`.
    pub(crate) fn rust(self, copy: usize) -> String {
        match self {
            FieldType::String => "String".to_owned(),
            FieldType::U32 => "u32".to_owned(),
            FieldType::I32 => "i32".to_owned(),
            FieldType::Bool => "bool".to_owned(),
            FieldType::OptionString => "Option<String>".to_owned(),
            FieldType::Struct(base) => format!("{base}{copy}"),
            FieldType::OptionStruct(base) => format!("Option<{base}{copy}>"),
        }
    }

    /// An expression of the value a setter chain passes, of the field's type or, for an `Option<T>`
    /// field, of `T` (every builder under test has a setter taking the inner value).
    pub(crate) fn value(self, copy: usize, index: usize) -> String {
        match self {
            FieldType::String | FieldType::OptionString => format!("String::from(\"v{index}\")"),
            // Suffixed, so that a setter taking `impl Into<u32>` does not see an `i32`.
            FieldType::U32 => format!("{index}_u32"),
            FieldType::I32 => format!("{index}_i32"),
            FieldType::Bool => "true".to_owned(),
            FieldType::Struct(base) | FieldType::OptionStruct(base) => format!("{}()", maker(base, copy)),
        }
    }
}

fn maker(base: &str, copy: usize) -> String {
    format!("make_{}{copy}", base.to_lowercase())
}
