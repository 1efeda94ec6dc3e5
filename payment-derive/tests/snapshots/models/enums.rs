// ---- #[derive(Builder)] on `TransactionType` ----
impl TransactionType {
    /// The wire name of every variant but the catch-all, in declaration order (which holds any other string).
    pub const WIRE_NAMES: &'static [&'static str] = &[
        "PRE_AUTH",
        "CAPTURE",
        "REFUND",
        "VOID",
    ];
    /// Every variant but the catch-all, in declaration order.
    pub const VARIANTS: &'static [Self] = &[
        Self::PreAuth,
        Self::Capture,
        Self::Refund,
        Self::Void,
    ];
    /// The value as written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::PreAuth => "PRE_AUTH",
            Self::Capture => "CAPTURE",
            Self::Refund => "REFUND",
            Self::Void => "VOID",
            Self::Other(value) => value.as_str(),
        }
    }
}
#[doc(hidden)]
impl ::payment_core::__private::StringEnum for TransactionType {
    const NAMES: &'static [&'static str] = Self::WIRE_NAMES;
    #[inline]
    fn from_index(i: usize) -> ::core::option::Option<Self> {
        match i {
            0 => ::core::option::Option::Some(Self::PreAuth),
            1 => ::core::option::Option::Some(Self::Capture),
            2 => ::core::option::Option::Some(Self::Refund),
            3 => ::core::option::Option::Some(Self::Void),
            _ => ::core::option::Option::None,
        }
    }
}
#[doc(hidden)]
impl ::payment_core::__private::OpenEnum for TransactionType {
    #[inline]
    fn other(value: &str) -> Self {
        Self::Other(::core::convert::From::from(value))
    }
}
impl ::core::fmt::Display for TransactionType {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.pad(self.as_str())
    }
}
impl ::core::str::FromStr for TransactionType {
    type Err = ::core::convert::Infallible;
    #[inline]
    fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
        ::payment_core::__private::parse_open_enum(s)
    }
}
impl ::payment_core::__private::serde::Serialize for TransactionType {
    #[inline]
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl ::payment_core::__private::Collect for TransactionType {
    #[inline]
    fn collect<'de, __D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
        c: &mut ::payment_core::__private::Collector,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        ::payment_core::__private::collect_open_enum(de, c)
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for TransactionType {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}

// ---- #[derive(Builder)] on `GatewayMessageType` ----
impl GatewayMessageType {
    /// The wire name of every variant but the catch-all, in declaration order (which holds any other string).
    pub const WIRE_NAMES: &'static [&'static str] = &["INFO", "ERROR"];
    /// Every variant but the catch-all, in declaration order.
    pub const VARIANTS: &'static [Self] = &[Self::Info, Self::Error];
    /// The value as written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "INFO",
            Self::Error => "ERROR",
            Self::Other(value) => value.as_str(),
        }
    }
}
#[doc(hidden)]
impl ::payment_core::__private::StringEnum for GatewayMessageType {
    const NAMES: &'static [&'static str] = Self::WIRE_NAMES;
    #[inline]
    fn from_index(i: usize) -> ::core::option::Option<Self> {
        match i {
            0 => ::core::option::Option::Some(Self::Info),
            1 => ::core::option::Option::Some(Self::Error),
            _ => ::core::option::Option::None,
        }
    }
}
#[doc(hidden)]
impl ::payment_core::__private::OpenEnum for GatewayMessageType {
    #[inline]
    fn other(value: &str) -> Self {
        Self::Other(::core::convert::From::from(value))
    }
}
impl ::core::fmt::Display for GatewayMessageType {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.pad(self.as_str())
    }
}
impl ::core::str::FromStr for GatewayMessageType {
    type Err = ::core::convert::Infallible;
    #[inline]
    fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
        ::payment_core::__private::parse_open_enum(s)
    }
}
impl ::payment_core::__private::serde::Serialize for GatewayMessageType {
    #[inline]
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl ::payment_core::__private::Collect for GatewayMessageType {
    #[inline]
    fn collect<'de, __D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
        c: &mut ::payment_core::__private::Collector,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        ::payment_core::__private::collect_open_enum(de, c)
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for GatewayMessageType {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}

// ---- #[derive(Builder)] on `CardScheme` ----
impl CardScheme {
    /// The wire name of every variant but the catch-all, in declaration order (which holds any other string).
    pub const WIRE_NAMES: &'static [&'static str] = &[
        "MASTERCARD",
        "VISA",
        "AMEX",
        "JCB",
        "DISCOVER",
        "DINERS",
        "UNIONPAY",
    ];
    /// Every variant but the catch-all, in declaration order.
    pub const VARIANTS: &'static [Self] = &[
        Self::Mastercard,
        Self::Visa,
        Self::Amex,
        Self::Jcb,
        Self::Discover,
        Self::Diners,
        Self::UnionPay,
    ];
    /// The value as written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mastercard => "MASTERCARD",
            Self::Visa => "VISA",
            Self::Amex => "AMEX",
            Self::Jcb => "JCB",
            Self::Discover => "DISCOVER",
            Self::Diners => "DINERS",
            Self::UnionPay => "UNIONPAY",
            Self::Other(value) => value.as_str(),
        }
    }
}
#[doc(hidden)]
impl ::payment_core::__private::StringEnum for CardScheme {
    const NAMES: &'static [&'static str] = Self::WIRE_NAMES;
    #[inline]
    fn from_index(i: usize) -> ::core::option::Option<Self> {
        match i {
            0 => ::core::option::Option::Some(Self::Mastercard),
            1 => ::core::option::Option::Some(Self::Visa),
            2 => ::core::option::Option::Some(Self::Amex),
            3 => ::core::option::Option::Some(Self::Jcb),
            4 => ::core::option::Option::Some(Self::Discover),
            5 => ::core::option::Option::Some(Self::Diners),
            6 => ::core::option::Option::Some(Self::UnionPay),
            _ => ::core::option::Option::None,
        }
    }
}
#[doc(hidden)]
impl ::payment_core::__private::OpenEnum for CardScheme {
    #[inline]
    fn other(value: &str) -> Self {
        Self::Other(::core::convert::From::from(value))
    }
}
impl ::core::fmt::Display for CardScheme {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.pad(self.as_str())
    }
}
impl ::core::str::FromStr for CardScheme {
    type Err = ::core::convert::Infallible;
    #[inline]
    fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
        ::payment_core::__private::parse_open_enum(s)
    }
}
impl ::payment_core::__private::serde::Serialize for CardScheme {
    #[inline]
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl ::payment_core::__private::Collect for CardScheme {
    #[inline]
    fn collect<'de, __D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
        c: &mut ::payment_core::__private::Collector,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        ::payment_core::__private::collect_open_enum(de, c)
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for CardScheme {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}

