impl ShopperInteraction {
    /// The wire name of every variant, in declaration order: the strings this enum reads and writes.
    pub const WIRE_NAMES: &'static [&'static str] = &["ecommerce", "cont_auth", "MOTO"];
    /// Every variant, in declaration order.
    pub const VARIANTS: &'static [Self] = &[Self::Ecommerce, Self::ContAuth, Self::Moto];
    /// The value as written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ecommerce => "ecommerce",
            Self::ContAuth => "cont_auth",
            Self::Moto => "MOTO",
        }
    }
}
#[doc(hidden)]
impl ::payment_core::__private::StringEnum for ShopperInteraction {
    const NAMES: &'static [&'static str] = Self::WIRE_NAMES;
    #[inline]
    fn from_index(i: usize) -> ::core::option::Option<Self> {
        match i {
            0 => ::core::option::Option::Some(Self::Ecommerce),
            1 => ::core::option::Option::Some(Self::ContAuth),
            2 => ::core::option::Option::Some(Self::Moto),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for ShopperInteraction {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.pad(self.as_str())
    }
}
impl ::core::str::FromStr for ShopperInteraction {
    type Err = ::payment_core::wire::UnknownVariant;
    #[inline]
    fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
        ::payment_core::__private::parse_enum(s)
    }
}
impl ::payment_core::__private::serde::Serialize for ShopperInteraction {
    #[inline]
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl ::payment_core::__private::Collect for ShopperInteraction {
    #[inline]
    fn collect<'de, __D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
        c: &mut ::payment_core::__private::Collector,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        ::payment_core::__private::collect_enum(de, c)
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for ShopperInteraction {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
impl ::payment_core::schema::Schema for ShopperInteraction {
    #[inline]
    fn schema() -> ::payment_core::__private::serde_json::Value {
        ::payment_core::__private::enum_schema(Self::WIRE_NAMES, false)
    }
}

impl Scheme {
    /// The wire name of every variant but the catch-all, in declaration order (which holds any other string).
    pub const WIRE_NAMES: &'static [&'static str] = &["VISA", "MASTERCARD"];
    /// Every variant but the catch-all, in declaration order.
    pub const VARIANTS: &'static [Self] = &[Self::Visa, Self::Mastercard];
    /// The value as written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Visa => "VISA",
            Self::Mastercard => "MASTERCARD",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
#[doc(hidden)]
impl ::payment_core::__private::StringEnum for Scheme {
    const NAMES: &'static [&'static str] = Self::WIRE_NAMES;
    #[inline]
    fn from_index(i: usize) -> ::core::option::Option<Self> {
        match i {
            0 => ::core::option::Option::Some(Self::Visa),
            1 => ::core::option::Option::Some(Self::Mastercard),
            _ => ::core::option::Option::None,
        }
    }
}
#[doc(hidden)]
impl ::payment_core::__private::OpenEnum for Scheme {
    #[inline]
    fn other(value: &str) -> Self {
        Self::Unknown(::core::convert::From::from(value))
    }
}
impl ::core::fmt::Display for Scheme {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.pad(self.as_str())
    }
}
impl ::core::str::FromStr for Scheme {
    type Err = ::core::convert::Infallible;
    #[inline]
    fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
        ::payment_core::__private::parse_open_enum(s)
    }
}
impl ::payment_core::__private::serde::Serialize for Scheme {
    #[inline]
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl ::payment_core::__private::Collect for Scheme {
    #[inline]
    fn collect<'de, __D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
        c: &mut ::payment_core::__private::Collector,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        ::payment_core::__private::collect_open_enum(de, c)
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for Scheme {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
