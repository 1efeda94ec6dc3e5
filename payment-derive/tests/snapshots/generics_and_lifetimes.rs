#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub(crate) mod draft_builder {
    #[diagnostic::on_unimplemented(
        message = "`DraftBuilder::build()` is missing required field `title`",
        label = "call `.title(..)` before this"
    )]
    pub trait title_is_set: ::payment_core::__private::IsSet {}
    impl title_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `title` of `DraftBuilder` is already set",
        label = "`.title(..)` was already called on this builder"
    )]
    pub trait title_is_unset {}
    impl title_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`DraftBuilder::build()` is missing required field `item`",
        label = "call `.item(..)` before this"
    )]
    pub trait item_is_set: ::payment_core::__private::IsSet {}
    impl item_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `item` of `DraftBuilder` is already set",
        label = "`.item(..)` was already called on this builder"
    )]
    pub trait item_is_unset {}
    impl item_is_unset for ::payment_core::builder::Unset {}
}
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub struct __DraftBuilderValues<'a, T: Clone>
where
    T: Default,
{
    title: ::core::option::Option<&'a str>,
    item: ::core::option::Option<T>,
}
impl<'a, T: Clone> __DraftBuilderValues<'a, T>
where
    T: Default,
{
    #[inline]
    fn into_struct(self) -> ::core::option::Option<Draft<'a, T>> {
        let (::core::option::Option::Some(title), ::core::option::Option::Some(item)) = (
            self.title,
            self.item,
        ) else {
            return ::core::option::Option::None;
        };
        ::core::option::Option::Some(Draft { title, item })
    }
}
/** Builder for [`Draft`], made by `Draft::builder()`.

 Call one setter per field, then `.build()`. `.build()` is only available once every required field
 is set: a missing field is a compile error naming it, and so is setting a field twice.
 Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value
 is always valid.

 # Required fields

 - `.title(..)` — JSON key `title`
 - `.item(..)` — JSON key `item`*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub(crate) struct DraftBuilder<
    'a,
    T: Clone,
    __Title = ::payment_core::builder::Unset,
    __Item = ::payment_core::builder::Unset,
>
where
    T: Default,
{
    __values: __DraftBuilderValues<'a, T>,
    __state: ::core::marker::PhantomData<fn() -> (__Title, __Item)>,
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<'a, T: Clone, __Title, __Item> DraftBuilder<'a, T, __Title, __Item>
where
    T: Default,
{
    /** Sets the field.
 Required; JSON key `title`.*/
    #[inline(always)]
    pub(crate) fn title(
        self,
        value: impl ::core::convert::Into<&'a str>,
    ) -> DraftBuilder<'a, T, ::payment_core::builder::Set, __Item>
    where
        __Title: draft_builder::title_is_unset,
    {
        let mut __values = self.__values;
        let value: &'a str = ::core::convert::Into::<&'a str>::into(value);
        {
            __values.title = ::core::option::Option::Some(value);
            DraftBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /** Sets the field.
 Required; JSON key `item`.*/
    #[inline(always)]
    pub(crate) fn item(
        self,
        value: T,
    ) -> DraftBuilder<'a, T, __Title, ::payment_core::builder::Set>
    where
        __Item: draft_builder::item_is_unset,
    {
        let mut __values = self.__values;
        let value: T = value;
        {
            __values.item = ::core::option::Option::Some(value);
            DraftBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Builds the [`Draft`]. Available once every required field is set.
    #[inline(always)]
    pub(crate) fn build(self) -> Draft<'a, T>
    where
        __Title: draft_builder::title_is_set,
        __Item: draft_builder::item_is_set,
    {
        ::payment_core::__private::required(self.__values.into_struct())
    }
}
#[doc(hidden)]
impl<'a, T: Clone, __Title, __Item> ::payment_core::builder::Nested<Draft<'a, T>>
for DraftBuilder<'a, T, __Title, __Item>
where
    T: Default,
    __Title: draft_builder::title_is_set,
    __Item: draft_builder::item_is_set,
{
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(Draft<'a, T>) -> __N,
    ) -> __N {
        then(self.build())
    }
}
impl<'a, T: Clone, __Title, __Item> ::core::fmt::Debug
for DraftBuilder<'a, T, __Title, __Item>
where
    T: Default,
{
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "DraftBuilder",
            &[
                ("title", self.__values.title.is_some()),
                ("item", self.__values.item.is_some()),
            ],
        )
    }
}
#[doc(hidden)]
impl<'a, T: Clone> ::payment_core::builder::Buildable for Draft<'a, T>
where
    T: Default,
{
    type Builder = DraftBuilder<'a, T>;
    #[inline]
    fn builder() -> DraftBuilder<'a, T> {
        Self::builder()
    }
}
impl<'a, T: Clone> Draft<'a, T>
where
    T: Default,
{
    /// Starts a [`DraftBuilder`]: set every required field, then call `.build()`. A missing field is a compile error that names it.
    #[inline]
    pub(crate) fn builder() -> DraftBuilder<'a, T> {
        DraftBuilder {
            __values: __DraftBuilderValues {
                title: ::core::option::Option::None,
                item: ::core::option::Option::None,
            },
            __state: ::core::marker::PhantomData,
        }
    }
    /** Parses untrusted JSON, checking every field.

 Returns the value only if every field is present (or optional) and valid; otherwise the
 report lists **every** invalid, missing or mistyped field with its path in JSON keys
 (`card.expiry_month`), never the rejected value.*/
    #[inline]
    pub(crate) fn from_json(
        json: &str,
    ) -> ::core::result::Result<Self, ::payment_core::wire::ValidationReport>
    where
        Self: ::payment_core::wire::Collect,
    {
        ::payment_core::__private::from_json(json)
    }
    /// The `title` field (JSON key `title`).
    #[inline]
    pub(crate) fn title(&self) -> &&'a str {
        &self.title
    }
    /// The `item` field (JSON key `item`).
    #[inline]
    pub(crate) fn item(&self) -> &T {
        &self.item
    }
}
impl<'a, T: Clone> ::payment_core::__private::serde::Serialize for Draft<'a, T>
where
    T: Default,
    &'a str: ::payment_core::__private::serde::Serialize,
    T: ::payment_core::__private::serde::Serialize,
{
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::payment_core::__private::write_struct(
            serializer,
            &[
                ("title", ::payment_core::__private::Entry::Value(&self.title)),
                ("item", ::payment_core::__private::Entry::Value(&self.item)),
            ],
        )
    }
}
#[doc(hidden)]
impl<'a, T: Clone> ::payment_core::__private::CollectStruct for Draft<'a, T>
where
    T: Default,
    &'a str: ::payment_core::__private::Collect,
    T: ::payment_core::__private::Collect,
{
    const EXPECTING: &'static str = "a Draft object";
    const NAMES: &'static [&'static str] = &["title", "item"];
    type Values = __DraftBuilderValues<'a, T>;
    #[inline]
    fn values() -> Self::Values {
        Self::builder().__values
    }
    #[inline]
    fn slot<'__a, 'de, __A: ::payment_core::__private::serde::de::MapAccess<'de>>(
        values: &'__a mut Self::Values,
        i: usize,
    ) -> ::core::option::Option<::payment_core::__private::Slot<'__a, 'de, __A>> {
        match i {
            0usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.title,
                    ),
                )
            }
            1usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.item,
                    ),
                )
            }
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    fn finish(values: Self::Values) -> ::core::option::Option<Self> {
        values.into_struct()
    }
}
impl<'de, 'a, T: Clone> ::payment_core::__private::serde::Deserialize<'de>
for Draft<'a, T>
where
    T: Default,
    Self: ::payment_core::__private::Collect,
{
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
#[doc(hidden)]
impl<'a, T: Clone> ::payment_core::__private::CheckRules for Draft<'a, T>
where
    T: Default,
{
    #[inline]
    fn check_rules(&self, _c: &mut ::payment_core::wire::Collector) {}
}
impl<'a, T: Clone> ::payment_core::__private::validator::Validate for Draft<'a, T>
where
    T: Default,
    Self: ::payment_core::__private::CheckRules,
{
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
