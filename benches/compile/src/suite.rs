//! The benchmark suites: which structs each generated crate defines.
//!
//! Every variant of a suite defines the same structs with the same plain field types (`String`, `u32`,
//! `i32`, `bool`, `Option<_>`, the suite's own structs and, in `adyen`, its own string enums and tagged
//! union), so the only difference between two crates of a suite is the builder that constructs them
//! (and, for the enums, the derives each variant puts on them: see [`crate::variant`]).

use std::fmt;

/// How many copies of the payment shapes, and how many structs in a `f<N>` suite.
const COPIES: usize = 10;

/// A benchmark suite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Suite {
    /// 10 copies of the paymentv2 request shapes: `Card` (6 fields), `Address` (9), `BrowserInfo` (9),
    /// `ReturnUrl` (3) and `PaymentRequest` (12, holding the other four).
    Payment,
    /// 10 copies of a slice of Adyen's `/payments` request (Checkout v71 `PaymentRequest`): 8 structs,
    /// 6 string enums used as fields and one internally tagged union, `PaymentMethod`, held by
    /// `PaymentRequest`. Not in [`Suite::DEFAULT`]: measured on its own (`--suites adyen`).
    Adyen,
    /// `adyen` plus a list of objects and a map (issue 25): a ninth struct, `LineItem` (5 optional
    /// fields of Adyen's `LineItem`), and two more optional fields on `PaymentRequest`,
    /// `line_items: Option<Vec<LineItem>>` (2 elements, each built with every setter) and
    /// `metadata: Option<BTreeMap<String, String>>` (2 entries). A suite of its own so that the `adyen`
    /// figures stay comparable; not in [`Suite::DEFAULT`] (`--suites adyen-lists`).
    AdyenLists,
    /// 10 structs of `N` required `i32` fields each (`f30` is `Fields(30)`).
    Fields(usize),
}

impl Suite {
    /// The suites `run` measures when none are named.
    pub(crate) const DEFAULT: [Suite; 4] =
        [Suite::Payment, Suite::Fields(10), Suite::Fields(30), Suite::Fields(60)];

    /// Parses `payment`, `adyen` or `f<N>` (N > 0).
    pub(crate) fn parse(name: &str) -> Option<Suite> {
        match name {
            "payment" => return Some(Suite::Payment),
            "adyen" => return Some(Suite::Adyen),
            "adyen-lists" => return Some(Suite::AdyenLists),
            _ => {}
        }
        let n: usize = name.strip_prefix('f')?.parse().ok()?;
        (n > 0).then_some(Suite::Fields(n))
    }

    /// The structs of the suite, in definition order.
    pub(crate) fn structs(self) -> Vec<StructDef> {
        let copies = |shapes: &'static [Shape]| {
            (0..COPIES).flat_map(move |copy| shapes.iter().map(move |&shape| StructDef::new(shape, copy)))
        };
        match self {
            Suite::Payment => copies(&PAYMENT_SHAPES).collect(),
            Suite::Adyen => copies(&ADYEN_SHAPES).collect(),
            Suite::AdyenLists => copies(&ADYEN_LISTS_SHAPES).collect(),
            Suite::Fields(n) => (0..COPIES)
                .map(|copy| StructDef {
                    base: "S",
                    copy,
                    fields: (0..n).map(|i| Field { name: format!("f{i}"), ty: FieldType::I32 }).collect(),
                })
                .collect(),
        }
    }

    /// The enums of the suite (string enums and unions), in definition order.
    pub(crate) fn enums(self) -> Vec<EnumDef> {
        match self {
            Suite::Adyen | Suite::AdyenLists => (0..COPIES)
                .flat_map(|copy| {
                    let strings = ADYEN_STRING_ENUMS
                        .iter()
                        .map(move |&e| EnumDef { shape: EnumShape::Strings(e), copy });
                    strings.chain([EnumDef { shape: EnumShape::Union(&PAYMENT_METHOD), copy }])
                })
                .collect(),
            Suite::Payment | Suite::Fields(_) => Vec::new(),
        }
    }
}

impl fmt::Display for Suite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Suite::Payment => f.write_str("payment"),
            Suite::Adyen => f.write_str("adyen"),
            Suite::AdyenLists => f.write_str("adyen-lists"),
            Suite::Fields(n) => write!(f, "f{n}"),
        }
    }
}

/// A struct's shape: its base name and its fields (name, type), in declaration order.
pub(crate) type Shape = (&'static str, &'static [(&'static str, FieldType)]);

/// The paymentv2 request shapes (see `fixtures/paymentv2-request.json`), with plain types standing in for
/// the validated value types. Optional fields are the `Option` ones, as in the real models.
const PAYMENT_SHAPES: [Shape; 5] = {
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

/// A slice of Adyen's Checkout v71 `PaymentRequest` (`Adyen/adyen-openapi`, `json/CheckoutService-v71.json`),
/// in Rust field names, with plain types standing in for value types: the three structs a payment method
/// holds, four more it nests, and the request itself. Optional fields are the `Option` ones, as in
/// Adyen's schema (a few of its required fields are kept required, most of its optional ones left out).
const ADYEN_SHAPES: [Shape; 8] = [
    SCHEME_DETAILS,
    IDEAL_DETAILS,
    PAYPAL_DETAILS,
    {
        use FieldType::*;
        ("Amount", &[("currency", String), ("value", U32)])
    },
    {
        use FieldType::*;
        (
            "Address",
            &[
                ("city", String),
                ("country", String),
                ("house_number_or_name", String),
                ("postal_code", String),
                ("state_or_province", OptionString),
                ("street", String),
            ],
        )
    },
    {
        use FieldType::*;
        (
            "BrowserInfo",
            &[
                ("accept_header", String),
                ("color_depth", U32),
                ("java_enabled", Bool),
                ("language", String),
                ("screen_height", U32),
                ("screen_width", U32),
                ("time_zone_offset", I32),
                ("user_agent", String),
            ],
        )
    },
    {
        use FieldType::*;
        (
            "ThreeDs2RequestData",
            &[
                ("device_channel", String),
                ("challenge_indicator", OptionEnum(&CHALLENGE_INDICATOR)),
                ("transaction_type", OptionEnum(&TRANSACTION_TYPE)),
                ("message_version", OptionString),
            ],
        )
    },
    ("PaymentRequest", &ADYEN_REQUEST_FIELDS),
];

/// The fields of the `adyen` suite's `PaymentRequest`.
const ADYEN_REQUEST_FIELDS: [(&str, FieldType); 15] = {
    use FieldType::*;
    [
        ("amount", Struct("Amount")),
        ("merchant_account", String),
        ("reference", String),
        ("payment_method", Union(&PAYMENT_METHOD)),
        ("return_url", String),
        ("shopper_interaction", Enum(&SHOPPER_INTERACTION)),
        ("recurring_processing_model", OptionEnum(&RECURRING_PROCESSING_MODEL)),
        ("channel", OptionEnum(&CHANNEL)),
        ("industry_usage", OptionEnum(&INDUSTRY_USAGE)),
        ("billing_address", OptionStruct("Address")),
        ("browser_info", OptionStruct("BrowserInfo")),
        ("three_ds2_request_data", OptionStruct("ThreeDs2RequestData")),
        ("shopper_reference", OptionString),
        ("shopper_email", OptionString),
        ("country_code", OptionString),
    ]
};

/// The `adyen-lists` suite: the `adyen` shapes, `LineItem`, and a `PaymentRequest` with
/// `line_items` and `metadata` after its 15 fields.
const ADYEN_LISTS_SHAPES: [Shape; 9] = [
    ADYEN_SHAPES[0],
    ADYEN_SHAPES[1],
    ADYEN_SHAPES[2],
    ADYEN_SHAPES[3],
    ADYEN_SHAPES[4],
    ADYEN_SHAPES[5],
    ADYEN_SHAPES[6],
    LINE_ITEM,
    ("PaymentRequest", &ADYEN_LISTS_REQUEST_FIELDS),
];

/// `ADYEN_REQUEST_FIELDS`, then a list of objects and a map.
const ADYEN_LISTS_REQUEST_FIELDS: [(&str, FieldType); 17] = {
    let mut fields = [("", FieldType::Bool); 17];
    let mut i = 0;
    while i < ADYEN_REQUEST_FIELDS.len() {
        fields[i] = ADYEN_REQUEST_FIELDS[i];
        i += 1;
    }
    fields[15] = ("line_items", FieldType::OptionList(&LINE_ITEM));
    fields[16] = ("metadata", FieldType::OptionMap);
    fields
};

/// Five of the fields of Adyen's `LineItem` (all optional there, as here; amounts in minor units,
/// `taxPercentage` in basis points).
const LINE_ITEM: Shape = {
    use FieldType::*;
    (
        "LineItem",
        &[
            ("id", OptionString),
            ("description", OptionString),
            ("quantity", OptionU32),
            ("amount_including_tax", OptionI64),
            ("tax_percentage", OptionI64),
        ],
    )
};

/// Adyen's `SchemeDetails` (a card), the data of `PaymentMethod::Scheme`.
const SCHEME_DETAILS: Shape = {
    use FieldType::*;
    (
        "SchemeDetails",
        &[
            ("number", String),
            ("expiry_month", U32),
            ("expiry_year", U32),
            ("cvc", String),
            ("holder_name", OptionString),
            ("brand", OptionString),
        ],
    )
};

/// Adyen's `IdealDetails`, the data of `PaymentMethod::Ideal`.
const IDEAL_DETAILS: Shape = {
    use FieldType::*;
    ("IdealDetails", &[("issuer", String), ("checkout_attempt_id", OptionString)])
};

/// Adyen's `PayPalDetails`, the data of `PaymentMethod::PayPal`.
const PAYPAL_DETAILS: Shape = {
    use FieldType::*;
    ("PayPalDetails", &[("order_id", String), ("payer_id", OptionString), ("subtype", OptionString)])
};

/// Adyen's `paymentMethod`, chosen by `type` (58 kinds in Adyen's schema; 4 here, one of them unit).
const PAYMENT_METHOD: Union = Union {
    name: "PaymentMethod",
    tag: "type",
    rename_all: "lowercase",
    variants: &[
        ("Scheme", Some(SCHEME_DETAILS)),
        ("Ideal", Some(IDEAL_DETAILS)),
        ("PayPal", Some(PAYPAL_DETAILS)),
        ("ApplePay", None),
    ],
};

/// `PaymentRequest.shopperInteraction` (Adyen writes the variant names as they are).
const SHOPPER_INTERACTION: StringEnum = StringEnum {
    name: "ShopperInteraction",
    rename_all: "PascalCase",
    variants: &["Ecommerce", "ContAuth", "Moto", "POS"],
};

/// `PaymentRequest.recurringProcessingModel`.
const RECURRING_PROCESSING_MODEL: StringEnum = StringEnum {
    name: "RecurringProcessingModel",
    rename_all: "PascalCase",
    variants: &["CardOnFile", "Subscription", "UnscheduledCardOnFile"],
};

/// `PaymentRequest.channel` (Adyen's wire names are `iOS`, `Android`, `Web`).
const CHANNEL: StringEnum =
    StringEnum { name: "Channel", rename_all: "PascalCase", variants: &["Ios", "Android", "Web"] };

/// `PaymentRequest.industryUsage`.
const INDUSTRY_USAGE: StringEnum = StringEnum {
    name: "IndustryUsage",
    rename_all: "camelCase",
    variants: &["DelayedCharge", "Installment", "NoShow"],
};

/// `ThreeDS2RequestData.challengeIndicator`.
const CHALLENGE_INDICATOR: StringEnum = StringEnum {
    name: "ChallengeIndicator",
    rename_all: "camelCase",
    variants: &["NoPreference", "RequestNoChallenge", "RequestChallenge", "RequestChallengeAsMandate"],
};

/// `ThreeDS2RequestData.transactionType`.
const TRANSACTION_TYPE: StringEnum = StringEnum {
    name: "TransactionType",
    rename_all: "camelCase",
    variants: &[
        "GoodsOrServicePurchase",
        "CheckAcceptance",
        "AccountFunding",
        "QuasiCashTransaction",
        "PrepaidActivationAndLoad",
    ],
};

/// The string enums of the `adyen` suite, in definition order.
const ADYEN_STRING_ENUMS: [&StringEnum; 6] = [
    &SHOPPER_INTERACTION,
    &RECURRING_PROCESSING_MODEL,
    &CHANNEL,
    &INDUSTRY_USAGE,
    &CHALLENGE_INDICATOR,
    &TRANSACTION_TYPE,
];

/// A string enum: a fieldless enum, written on the wire as the name of its variant after `rename_all`.
#[derive(Debug)]
pub(crate) struct StringEnum {
    /// The base name, shared by all copies.
    pub(crate) name: &'static str,
    /// serde's rule turning a variant name into its wire name (`camelCase`, `PascalCase`, ...).
    pub(crate) rename_all: &'static str,
    /// The variant names.
    pub(crate) variants: &'static [&'static str],
}

/// An internally tagged union (serde's `tag`): the variant's name is the value of the key `tag`, beside
/// the keys of the struct it holds.
#[derive(Debug)]
pub(crate) struct Union {
    /// The base name, shared by all copies.
    pub(crate) name: &'static str,
    /// The key that holds the variant's wire name.
    pub(crate) tag: &'static str,
    /// serde's rule turning a variant name into its wire name.
    pub(crate) rename_all: &'static str,
    /// The variants: a name, and the shape of the struct (of the same copy) it holds, `None` for a unit
    /// variant.
    pub(crate) variants: &'static [(&'static str, Option<Shape>)],
}

/// One enum of a suite: `{name}{copy}`, for example `ShopperInteraction3`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct EnumDef {
    /// What the enum is.
    pub(crate) shape: EnumShape,
    /// Which copy this is; also the suffix of the struct types a union's variants hold.
    pub(crate) copy: usize,
}

/// What an [`EnumDef`] is.
#[derive(Clone, Copy, Debug)]
pub(crate) enum EnumShape {
    /// A string enum.
    Strings(&'static StringEnum),
    /// An internally tagged union.
    Union(&'static Union),
}

impl EnumDef {
    /// The enum's type name.
    pub(crate) fn ident(&self) -> String {
        let name = match self.shape {
            EnumShape::Strings(e) => e.name,
            EnumShape::Union(u) => u.name,
        };
        format!("{name}{}", self.copy)
    }
}

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
    /// Copy `copy` of a shape.
    pub(crate) fn new((base, fields): Shape, copy: usize) -> StructDef {
        StructDef {
            base,
            copy,
            fields: fields.iter().map(|&(name, ty)| Field { name: name.to_owned(), ty }).collect(),
        }
    }

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
    /// `Option<u32>`.
    OptionU32,
    /// `Option<i64>`.
    OptionI64,
    /// `Option<Vec<_>>` of another struct of the same copy, set with 2 elements. How they are built depends
    /// on the variant ([`crate::variant::Variant::emit_maker`]): `ours` pushes each through the list
    /// builder, the others build each with their builder and pass a `vec![..]`.
    OptionList(&'static Shape),
    /// `Option<BTreeMap<String, String>>`, set with 2 entries.
    OptionMap,
    /// Another struct of the same copy, by base name.
    Struct(&'static str),
    /// `Option` of another struct of the same copy, by base name.
    OptionStruct(&'static str),
    /// A string enum of the same copy.
    Enum(&'static StringEnum),
    /// `Option` of a string enum of the same copy.
    OptionEnum(&'static StringEnum),
    /// A union of the same copy (required). How a value of it is built depends on the variant
    /// ([`crate::variant::Variant::emit_maker`]), so [`FieldType::value`] does not cover it.
    Union(&'static Union),
}

impl FieldType {
    /// Whether the field is optional: every variant treats exactly the `Option` fields as optional.
    pub(crate) fn is_optional(self) -> bool {
        matches!(
            self,
            FieldType::OptionString
                | FieldType::OptionU32
                | FieldType::OptionI64
                | FieldType::OptionStruct(_)
                | FieldType::OptionEnum(_)
                | FieldType::OptionList(_)
                | FieldType::OptionMap
        )
    }

    /// The Rust type, for a struct of copy `copy`.
    pub(crate) fn rust(self, copy: usize) -> String {
        match self {
            FieldType::String => "String".to_owned(),
            FieldType::U32 => "u32".to_owned(),
            FieldType::I32 => "i32".to_owned(),
            FieldType::Bool => "bool".to_owned(),
            FieldType::OptionString => "Option<String>".to_owned(),
            FieldType::OptionU32 => "Option<u32>".to_owned(),
            FieldType::OptionI64 => "Option<i64>".to_owned(),
            FieldType::OptionList((base, _)) => format!("Option<Vec<{base}{copy}>>"),
            FieldType::OptionMap => "Option<std::collections::BTreeMap<String, String>>".to_owned(),
            FieldType::Struct(base) => format!("{base}{copy}"),
            FieldType::OptionStruct(base) => format!("Option<{base}{copy}>"),
            FieldType::Enum(e) => format!("{}{copy}", e.name),
            FieldType::OptionEnum(e) => format!("Option<{}{copy}>", e.name),
            FieldType::Union(u) => format!("{}{copy}", u.name),
        }
    }

    /// An expression of the value a setter chain passes, of the field's type or, for an `Option<T>`
    /// field, of `T` (every builder under test has a setter taking the inner value). A string enum's
    /// value is its variant `index` modulo the variant count. Not for a union: see [`FieldType::Union`].
    pub(crate) fn value(self, copy: usize, index: usize) -> String {
        match self {
            FieldType::String | FieldType::OptionString => format!("String::from(\"v{index}\")"),
            // Suffixed, so that a setter taking `impl Into<u32>` does not see an `i32`.
            FieldType::U32 | FieldType::OptionU32 => format!("{index}_u32"),
            FieldType::OptionI64 => format!("{index}_i64"),
            FieldType::OptionMap => "std::collections::BTreeMap::from([\
                 (String::from(\"k0\"), String::from(\"v0\")), (String::from(\"k1\"), String::from(\"v1\"))])"
                .to_owned(),
            FieldType::I32 => format!("{index}_i32"),
            FieldType::Bool => "true".to_owned(),
            FieldType::Struct(base) | FieldType::OptionStruct(base) => format!("{}()", maker(base, copy)),
            FieldType::Enum(e) | FieldType::OptionEnum(e) => {
                format!("{}{copy}::{}", e.name, e.variants[index % e.variants.len()])
            }
            FieldType::Union(u) => {
                unreachable!("a value of the union `{}` is written by the variant", u.name)
            }
            FieldType::OptionList((base, _)) => {
                unreachable!("a value of the list of `{base}` is written by the variant")
            }
        }
    }
}

fn maker(base: &str, copy: usize) -> String {
    format!("make_{}{copy}", base.to_lowercase())
}
