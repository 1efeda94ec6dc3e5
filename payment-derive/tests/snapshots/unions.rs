impl ::payment_core::__private::serde::Serialize for PaymentMethod {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        match self {
            Self::Scheme(v) => {
                ::payment_core::__private::serde::Serialize::serialize(
                    v,
                    ::payment_core::__private::TaggedSerializer {
                        tag: "type",
                        name: "scheme",
                        inner: serializer,
                    },
                )
            }
            Self::PayPal => {
                ::payment_core::__private::serde::Serializer::serialize_unit(::payment_core::__private::TaggedSerializer {
                    tag: "type",
                    name: "paypal",
                    inner: serializer,
                })
            }
        }
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectUnion for PaymentMethod {
    const REPR: ::payment_core::__private::Repr = ::payment_core::__private::Repr::Internal(
        "type",
    );
    const NAMES: &'static [&'static str] = &["scheme", "paypal"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    const EXPECTING: &'static str = "one of `SchemeDetails` (variant `Scheme`) or null";
    #[inline]
    fn variant(
        i: usize,
        value: ::payment_core::__private::Buffered,
        c: &mut ::payment_core::__private::Collector,
    ) -> ::core::option::Option<Self> {
        match i {
            0usize => {
                ::payment_core::__private::collect_variant::<SchemeDetails>(value, c)
                    .map(Self::Scheme)
            }
            1usize => {
                ::payment_core::__private::unit_variant(value, c).then_some(Self::PayPal)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl ::payment_core::__private::Collect for PaymentMethod {
    fn collect<'de, __D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
        c: &mut ::payment_core::__private::Collector,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        ::payment_core::__private::collect_union(de, c)
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for PaymentMethod {
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
impl PaymentMethod {
    /// Reads a value from JSON, reporting every problem with its path (the chosen variant's own
    /// fields included), never with the value.
    #[inline]
    pub fn from_json(
        json: &str,
    ) -> ::core::result::Result<Self, ::payment_core::wire::ValidationReport> {
        ::payment_core::wire::from_json(json)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for PaymentMethod {
    #[allow(unused_variables)]
    #[inline]
    fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
        #[allow(unreachable_patterns)]
        match self {
            Self::Scheme(v) => {
                ::payment_core::__private::CheckRules::check_rules(v, c);
            }
            _ => {}
        }
    }
}
impl ::payment_core::__private::validator::Validate for PaymentMethod {
    #[inline]
    fn validate(
        &self,
    ) -> ::core::result::Result<
        (),
        ::payment_core::__private::validator::ValidationErrors,
    > {
        ::payment_core::__private::validate(self)
    }
}
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub mod payment_method_builder {
    #[diagnostic::on_unimplemented(
        message = "`PaymentMethodBuilder` has no variant chosen: a `PaymentMethod` is one of its variants",
        label = "no variant chosen here",
        note = "call one of `.scheme(..)`, `.pay_pal()`"
    )]
    pub trait choice_is_made: ::payment_core::__private::IsSet {}
    impl choice_is_made for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "a `PaymentMethod` is one variant, and this `PaymentMethodBuilder` has one chosen already",
        label = "a second variant",
        note = "call only one of `.scheme(..)`, `.pay_pal()`"
    )]
    pub trait choice_is_open {}
    impl choice_is_open for ::payment_core::builder::Unset {}
}
/// Builder for the union [`PaymentMethod`], made by `PaymentMethod::builder()`: choose one variant (`.scheme(..)`, `.pay_pal()`), then `.build()`. As a `nested` field of a struct, the closure chooses the variant the same way.
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct PaymentMethodBuilder<
    __Choice = ::payment_core::builder::Unset,
    __Mode = ::payment_core::builder::Checked,
> {
    __value: ::core::option::Option<PaymentMethod>,
    __errors: ::payment_core::__private::Errors,
    __state: ::core::marker::PhantomData<fn() -> (__Choice, __Mode)>,
}
impl PaymentMethod {
    /// Starts a builder: choose one variant, then `.build()`.
    #[inline]
    pub fn builder() -> PaymentMethodBuilder {
        PaymentMethodBuilder {
            __value: ::core::option::Option::None,
            __errors: ::payment_core::__private::Errors::new(),
            __state: ::core::marker::PhantomData,
        }
    }
}
impl<__Choice> PaymentMethodBuilder<__Choice, ::payment_core::builder::Checked> {
    /// Chooses the `Scheme` variant (wire name `scheme`).
    /// The closure configures the variant's own builder; a missing field in it is a compile error.
    #[inline]
    pub fn scheme<__B>(
        self,
        build: impl ::core::ops::FnOnce(
            <SchemeDetails as ::payment_core::builder::Buildable>::Builder,
        ) -> __B,
    ) -> <__B as ::payment_core::builder::Nested<
        SchemeDetails,
    >>::Output<
        PaymentMethodBuilder<
            ::payment_core::builder::Set,
            ::payment_core::builder::Checked,
        >,
    >
    where
        __B: ::payment_core::builder::Nested<SchemeDetails>,
        __Choice: payment_method_builder::choice_is_open,
    {
        ::payment_core::builder::Nested::finish_into(
            build(<SchemeDetails as ::payment_core::builder::Buildable>::builder()),
            "",
            "scheme",
            |v| PaymentMethodBuilder::<
                ::payment_core::builder::Set,
                ::payment_core::builder::Checked,
            > {
                __value: ::core::option::Option::Some(PaymentMethod::Scheme(v)),
                __errors: ::payment_core::__private::Errors::new(),
                __state: ::core::marker::PhantomData,
            },
        )
    }
    /// Chooses the `PayPal` variant (wire name `paypal`).
    #[inline]
    pub fn pay_pal(
        self,
    ) -> PaymentMethodBuilder<
        ::payment_core::builder::Set,
        ::payment_core::builder::Checked,
    >
    where
        __Choice: payment_method_builder::choice_is_open,
    {
        PaymentMethodBuilder::<
            ::payment_core::builder::Set,
            ::payment_core::builder::Checked,
        > {
            __value: ::core::option::Option::Some(PaymentMethod::PayPal),
            __errors: ::payment_core::__private::Errors::new(),
            __state: ::core::marker::PhantomData,
        }
    }
}
impl<__Choice> PaymentMethodBuilder<__Choice, ::payment_core::builder::Checked> {
    /// Builds the value. Available once a variant is chosen.
    #[inline]
    pub fn build(self) -> PaymentMethod
    where
        __Choice: payment_method_builder::choice_is_made,
    {
        ::payment_core::__private::required(self.__value)
    }
}
#[doc(hidden)]
impl<
    __Choice: payment_method_builder::choice_is_made,
> ::payment_core::builder::Nested<PaymentMethod>
for PaymentMethodBuilder<__Choice, ::payment_core::builder::Checked> {
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(PaymentMethod) -> __N,
    ) -> __N {
        then(::payment_core::__private::required(self.__value))
    }
}
#[doc(hidden)]
impl ::payment_core::builder::Buildable for PaymentMethod {
    type Builder = PaymentMethodBuilder;
    #[inline]
    fn builder() -> PaymentMethodBuilder {
        Self::builder()
    }
}
impl<__Choice, __Mode> ::core::fmt::Debug for PaymentMethodBuilder<__Choice, __Mode> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "PaymentMethodBuilder",
            &[("variant", self.__value.is_some())],
        )
    }
}
impl ::payment_core::schema::Schema for PaymentMethod {
    #[inline]
    fn schema() -> ::payment_core::__private::serde_json::Value {
        ::payment_core::__private::schema_build::one_of(
            ::std::vec![
                ::payment_core::__private::schema_build::tagged("type", "scheme", <
                SchemeDetails as ::payment_core::schema::Schema > ::schema()),
                ::payment_core::__private::schema_build::tag_only("type", "paypal")
            ],
        )
    }
}

impl ::payment_core::__private::serde::Serialize for Event {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        match self {
            Self::Created(v) => {
                ::payment_core::__private::serialize_adjacent(
                    serializer,
                    ("kind", "Created"),
                    ("data", v),
                )
            }
            Self::Deleted => {
                ::payment_core::__private::serde::Serializer::serialize_unit(::payment_core::__private::TaggedSerializer {
                    tag: "kind",
                    name: "Deleted",
                    inner: serializer,
                })
            }
        }
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectUnion for Event {
    const REPR: ::payment_core::__private::Repr = ::payment_core::__private::Repr::Adjacent(
        "kind",
        "data",
    );
    const NAMES: &'static [&'static str] = &["Created", "Deleted"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    const EXPECTING: &'static str = "one of `Details` (variant `Created`) or null";
    #[inline]
    fn variant(
        i: usize,
        value: ::payment_core::__private::Buffered,
        c: &mut ::payment_core::__private::Collector,
    ) -> ::core::option::Option<Self> {
        match i {
            0usize => {
                ::payment_core::__private::collect_variant::<Details>(value, c)
                    .map(Self::Created)
            }
            1usize => {
                ::payment_core::__private::unit_variant(value, c)
                    .then_some(Self::Deleted)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl ::payment_core::__private::Collect for Event {
    fn collect<'de, __D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
        c: &mut ::payment_core::__private::Collector,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        ::payment_core::__private::collect_union(de, c)
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for Event {
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
impl Event {
    /// Reads a value from JSON, reporting every problem with its path (the chosen variant's own
    /// fields included), never with the value.
    #[inline]
    pub fn from_json(
        json: &str,
    ) -> ::core::result::Result<Self, ::payment_core::wire::ValidationReport> {
        ::payment_core::wire::from_json(json)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for Event {
    #[allow(unused_variables)]
    #[inline]
    fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
        #[allow(unreachable_patterns)]
        match self {
            Self::Created(v) => {
                c.enter("data");
                ::payment_core::__private::CheckRules::check_rules(v, c);
                c.leave();
            }
            _ => {}
        }
    }
}
impl ::payment_core::__private::validator::Validate for Event {
    #[inline]
    fn validate(
        &self,
    ) -> ::core::result::Result<
        (),
        ::payment_core::__private::validator::ValidationErrors,
    > {
        ::payment_core::__private::validate(self)
    }
}
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub mod event_builder {
    #[diagnostic::on_unimplemented(
        message = "`EventBuilder` has no variant chosen: a `Event` is one of its variants",
        label = "no variant chosen here",
        note = "call one of `.created(..)`, `.deleted()`"
    )]
    pub trait choice_is_made: ::payment_core::__private::IsSet {}
    impl choice_is_made for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "a `Event` is one variant, and this `EventBuilder` has one chosen already",
        label = "a second variant",
        note = "call only one of `.created(..)`, `.deleted()`"
    )]
    pub trait choice_is_open {}
    impl choice_is_open for ::payment_core::builder::Unset {}
}
/// Builder for the union [`Event`], made by `Event::builder()`: choose one variant (`.created(..)`, `.deleted()`), then `.build()`. As a `nested` field of a struct, the closure chooses the variant the same way.
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct EventBuilder<
    __Choice = ::payment_core::builder::Unset,
    __Mode = ::payment_core::builder::Checked,
> {
    __value: ::core::option::Option<Event>,
    __errors: ::payment_core::__private::Errors,
    __state: ::core::marker::PhantomData<fn() -> (__Choice, __Mode)>,
}
impl Event {
    /// Starts a builder: choose one variant, then `.build()`.
    #[inline]
    pub fn builder() -> EventBuilder {
        EventBuilder {
            __value: ::core::option::Option::None,
            __errors: ::payment_core::__private::Errors::new(),
            __state: ::core::marker::PhantomData,
        }
    }
}
impl<__Choice> EventBuilder<__Choice, ::payment_core::builder::Checked> {
    /// Chooses the `Created` variant (wire name `Created`).
    /// The closure configures the variant's own builder; a missing field in it is a compile error.
    #[inline]
    pub fn created<__B>(
        self,
        build: impl ::core::ops::FnOnce(
            <Details as ::payment_core::builder::Buildable>::Builder,
        ) -> __B,
    ) -> <__B as ::payment_core::builder::Nested<
        Details,
    >>::Output<
        EventBuilder<::payment_core::builder::Set, ::payment_core::builder::Checked>,
    >
    where
        __B: ::payment_core::builder::Nested<Details>,
        __Choice: event_builder::choice_is_open,
    {
        ::payment_core::builder::Nested::finish_into(
            build(<Details as ::payment_core::builder::Buildable>::builder()),
            "data",
            "created",
            |v| EventBuilder::<
                ::payment_core::builder::Set,
                ::payment_core::builder::Checked,
            > {
                __value: ::core::option::Option::Some(Event::Created(v)),
                __errors: ::payment_core::__private::Errors::new(),
                __state: ::core::marker::PhantomData,
            },
        )
    }
    /// Chooses the `Deleted` variant (wire name `Deleted`).
    #[inline]
    pub fn deleted(
        self,
    ) -> EventBuilder<::payment_core::builder::Set, ::payment_core::builder::Checked>
    where
        __Choice: event_builder::choice_is_open,
    {
        EventBuilder::<::payment_core::builder::Set, ::payment_core::builder::Checked> {
            __value: ::core::option::Option::Some(Event::Deleted),
            __errors: ::payment_core::__private::Errors::new(),
            __state: ::core::marker::PhantomData,
        }
    }
}
impl<__Choice> EventBuilder<__Choice, ::payment_core::builder::Checked> {
    /// Builds the value. Available once a variant is chosen.
    #[inline]
    pub fn build(self) -> Event
    where
        __Choice: event_builder::choice_is_made,
    {
        ::payment_core::__private::required(self.__value)
    }
}
#[doc(hidden)]
impl<__Choice: event_builder::choice_is_made> ::payment_core::builder::Nested<Event>
for EventBuilder<__Choice, ::payment_core::builder::Checked> {
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(Event) -> __N,
    ) -> __N {
        then(::payment_core::__private::required(self.__value))
    }
}
#[doc(hidden)]
impl ::payment_core::builder::Buildable for Event {
    type Builder = EventBuilder;
    #[inline]
    fn builder() -> EventBuilder {
        Self::builder()
    }
}
impl<__Choice, __Mode> ::core::fmt::Debug for EventBuilder<__Choice, __Mode> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "EventBuilder",
            &[("variant", self.__value.is_some())],
        )
    }
}

impl ::payment_core::__private::serde::Serialize for OffSession {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        match self {
            Self::Flag(v) => {
                ::payment_core::__private::serde::Serialize::serialize(v, serializer)
            }
            Self::Kind(v) => {
                ::payment_core::__private::serde::Serialize::serialize(v, serializer)
            }
        }
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectUnion for OffSession {
    const REPR: ::payment_core::__private::Repr = ::payment_core::__private::Repr::Untagged;
    const NAMES: &'static [&'static str] = &["Flag", "Kind"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    const EXPECTING: &'static str = "one of `bool` (variant `Flag`) or `OffSessionKind` (variant `Kind`)";
    #[inline]
    fn variant(
        i: usize,
        value: ::payment_core::__private::Buffered,
        c: &mut ::payment_core::__private::Collector,
    ) -> ::core::option::Option<Self> {
        match i {
            0usize => {
                ::payment_core::__private::collect_variant::<bool>(value, c)
                    .map(Self::Flag)
            }
            1usize => {
                ::payment_core::__private::collect_variant::<OffSessionKind>(value, c)
                    .map(Self::Kind)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl ::payment_core::__private::Collect for OffSession {
    fn collect<'de, __D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
        c: &mut ::payment_core::__private::Collector,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        ::payment_core::__private::collect_union(de, c)
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for OffSession {
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
impl OffSession {
    /// Reads a value from JSON, reporting every problem with its path (the chosen variant's own
    /// fields included), never with the value.
    #[inline]
    pub fn from_json(
        json: &str,
    ) -> ::core::result::Result<Self, ::payment_core::wire::ValidationReport> {
        ::payment_core::wire::from_json(json)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for OffSession {
    #[allow(unused_variables)]
    #[inline]
    fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
        #[allow(unreachable_patterns)]
        match self {
            _ => {}
        }
    }
}
impl ::payment_core::__private::validator::Validate for OffSession {
    #[inline]
    fn validate(
        &self,
    ) -> ::core::result::Result<
        (),
        ::payment_core::__private::validator::ValidationErrors,
    > {
        ::payment_core::__private::validate(self)
    }
}
#[doc(hidden)]
#[allow(non_camel_case_types)]
pub mod off_session_builder {
    #[diagnostic::on_unimplemented(
        message = "`OffSessionBuilder` has no variant chosen: a `OffSession` is one of its variants",
        label = "no variant chosen here",
        note = "call one of `.flag(..)`, `.kind(..)`"
    )]
    pub trait choice_is_made: ::payment_core::__private::IsSet {}
    impl choice_is_made for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "a `OffSession` is one variant, and this `OffSessionBuilder` has one chosen already",
        label = "a second variant",
        note = "call only one of `.flag(..)`, `.kind(..)`"
    )]
    pub trait choice_is_open {}
    impl choice_is_open for ::payment_core::builder::Unset {}
}
/// Builder for the union [`OffSession`], made by `OffSession::builder()`: choose one variant (`.flag(..)`, `.kind(..)`), then `.build()`. As a `nested` field of a struct, the closure chooses the variant the same way.
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct OffSessionBuilder<
    __Choice = ::payment_core::builder::Unset,
    __Mode = ::payment_core::builder::Checked,
> {
    __value: ::core::option::Option<OffSession>,
    __errors: ::payment_core::__private::Errors,
    __state: ::core::marker::PhantomData<fn() -> (__Choice, __Mode)>,
}
impl OffSession {
    /// Starts a builder: choose one variant, then `.build()`.
    #[inline]
    pub fn builder() -> OffSessionBuilder {
        OffSessionBuilder {
            __value: ::core::option::Option::None,
            __errors: ::payment_core::__private::Errors::new(),
            __state: ::core::marker::PhantomData,
        }
    }
}
impl<__Choice> OffSessionBuilder<__Choice, ::payment_core::builder::Checked> {
    /// Chooses the `Flag` variant (wire name `Flag`).
    #[inline]
    pub fn flag(
        self,
        value: impl ::core::convert::Into<bool>,
    ) -> OffSessionBuilder<
        ::payment_core::builder::Set,
        ::payment_core::builder::Checked,
    >
    where
        __Choice: off_session_builder::choice_is_open,
    {
        OffSessionBuilder::<
            ::payment_core::builder::Set,
            ::payment_core::builder::Checked,
        > {
            __value: ::core::option::Option::Some(
                OffSession::Flag(::core::convert::Into::into(value)),
            ),
            __errors: ::payment_core::__private::Errors::new(),
            __state: ::core::marker::PhantomData,
        }
    }
    /// Chooses the `Kind` variant (wire name `Kind`).
    #[inline]
    pub fn kind(
        self,
        value: impl ::core::convert::Into<OffSessionKind>,
    ) -> OffSessionBuilder<
        ::payment_core::builder::Set,
        ::payment_core::builder::Checked,
    >
    where
        __Choice: off_session_builder::choice_is_open,
    {
        OffSessionBuilder::<
            ::payment_core::builder::Set,
            ::payment_core::builder::Checked,
        > {
            __value: ::core::option::Option::Some(
                OffSession::Kind(::core::convert::Into::into(value)),
            ),
            __errors: ::payment_core::__private::Errors::new(),
            __state: ::core::marker::PhantomData,
        }
    }
}
impl<__Choice> OffSessionBuilder<__Choice, ::payment_core::builder::Checked> {
    /// Builds the value. Available once a variant is chosen.
    #[inline]
    pub fn build(self) -> OffSession
    where
        __Choice: off_session_builder::choice_is_made,
    {
        ::payment_core::__private::required(self.__value)
    }
}
#[doc(hidden)]
impl<
    __Choice: off_session_builder::choice_is_made,
> ::payment_core::builder::Nested<OffSession>
for OffSessionBuilder<__Choice, ::payment_core::builder::Checked> {
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(OffSession) -> __N,
    ) -> __N {
        then(::payment_core::__private::required(self.__value))
    }
}
#[doc(hidden)]
impl ::payment_core::builder::Buildable for OffSession {
    type Builder = OffSessionBuilder;
    #[inline]
    fn builder() -> OffSessionBuilder {
        Self::builder()
    }
}
impl<__Choice, __Mode> ::core::fmt::Debug for OffSessionBuilder<__Choice, __Mode> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "OffSessionBuilder",
            &[("variant", self.__value.is_some())],
        )
    }
}
