#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub mod order_builder {
    #[diagnostic::on_unimplemented(
        message = "`OrderBuilder::build()` is missing required field `merchant_ref`",
        label = "call `.merchant_ref(..)` before this"
    )]
    pub trait merchant_ref_is_set: ::payment_core::__private::IsSet {}
    impl merchant_ref_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `merchant_ref` of `OrderBuilder` is already set",
        label = "`.merchant_ref(..)` was already called on this builder"
    )]
    pub trait merchant_ref_is_unset {}
    impl merchant_ref_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`OrderBuilder::build()` is missing required field `currency`",
        label = "call `.currency(..)` before this"
    )]
    pub trait currency_is_set: ::payment_core::__private::IsSet {}
    impl currency_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `currency` of `OrderBuilder` is already set",
        label = "`.currency(..)` was already called on this builder"
    )]
    pub trait currency_is_unset {}
    impl currency_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`OrderBuilder::build()` is missing required field `country`",
        label = "call `.country(..)` before this"
    )]
    pub trait country_is_set: ::payment_core::__private::IsSet {}
    impl country_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `country` of `OrderBuilder` is already set",
        label = "`.country(..)` was already called on this builder"
    )]
    pub trait country_is_unset {}
    impl country_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`OrderBuilder::build()` is missing required field `amount`",
        label = "call `.amount(..)` before this"
    )]
    pub trait amount_is_set: ::payment_core::__private::IsSet {}
    impl amount_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `amount` of `OrderBuilder` is already set",
        label = "`.amount(..)` was already called on this builder"
    )]
    pub trait amount_is_unset {}
    impl amount_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`OrderBuilder::build()` is missing required field `card`",
        label = "call `.card(..)` before this"
    )]
    pub trait card_is_set: ::payment_core::__private::IsSet {}
    impl card_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `card` of `OrderBuilder` is already set",
        label = "`.card(..)` was already called on this builder"
    )]
    pub trait card_is_unset {}
    impl card_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`OrderBuilder::build()` is missing required field `expiry`",
        label = "call `.expiry(..)` before this"
    )]
    pub trait expiry_is_set: ::payment_core::__private::IsSet {}
    impl expiry_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `expiry` of `OrderBuilder` is already set",
        label = "`.expiry(..)` was already called on this builder"
    )]
    pub trait expiry_is_unset {}
    impl expiry_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`.card(..)` takes a closure that fills the field's builder, not `{Self}`",
        label = "expected a closure such as `|b| b.field(..)`; for a value built beforehand call `.card_value(..)`",
        note = "to set a `Card` you already have, call `.card_value(value)` instead"
    )]
    pub trait card_closure<B, R>: ::core::ops::FnOnce(B) -> R {}
    #[diagnostic::do_not_recommend]
    impl<B, R, F: ::core::ops::FnOnce(B) -> R> card_closure<B, R> for F {}
}
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub struct __OrderBuilderValues {
    merchant_ref: ::core::option::Option<String>,
    note: Option<String>,
    quantity: ::core::option::Option<u32>,
    currency: ::core::option::Option<String>,
    country: ::core::option::Option<payment_core::Country>,
    amount: ::core::option::Option<u64>,
    card: ::core::option::Option<Card>,
    expiry: ::core::option::Option<payment_core::Expiry>,
    __expiry_partial: ::payment_core::__private::Partial<
        payment_core::Expiry,
        ::payment_core::__private::Natural,
    >,
    risk_score: Option<u8>,
}
impl __OrderBuilderValues {
    #[inline]
    fn into_struct(self) -> ::core::option::Option<Order> {
        let (
            ::core::option::Option::Some(merchant_ref),
            ::core::option::Option::Some(currency),
            ::core::option::Option::Some(country),
            ::core::option::Option::Some(amount),
            ::core::option::Option::Some(card),
            ::core::option::Option::Some(expiry),
        ) = (
            self.merchant_ref,
            self.currency,
            self.country,
            self.amount,
            self.card,
            self.expiry,
        ) else {
            return ::core::option::Option::None;
        };
        ::core::option::Option::Some(Order {
            merchant_ref,
            note: self.note,
            quantity: self.quantity.unwrap_or_else(|| 1),
            currency,
            country,
            amount,
            card,
            expiry,
            risk_score: self.risk_score,
        })
    }
}
/** Builder for [`Order`], made by `Order::builder()`.

 Call one setter per field, then `.build()`. `.build()` is only available once every required field
 is set: a missing field is a compile error naming it, and so is setting a field twice.
 Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value
 is always valid.

 # Required fields

 - `.merchant_ref(..)` — JSON key `merchantRef`; rules: `length(min = 1, max = 45)`. The merchant's reference.
 - `.currency(..)` — JSON key `currency`; rules: checked as `payment_core::Currency`
 - `.country(..)` — JSON key `country`
 - `.amount(..)` — JSON key `amount`; rules: `range(min = 1)`
 - `.card(..)` — JSON key `card`
 - `.expiry(..)` — flattened into the object's keys

 # Optional fields

 - `.note(..)` / `.maybe_note(..)` — JSON key `note`. A note for the shopper.
 - `.quantity(..)` — JSON key `quantity`, default `1`
 - `.risk_score(..)` / `.maybe_risk_score(..)` — JSON key `risk-score`; rules: `custom = crate::rules::score`*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct OrderBuilder<
    __MerchantRef = ::payment_core::builder::Unset,
    __Currency = ::payment_core::builder::Unset,
    __Country = ::payment_core::builder::Unset,
    __Amount = ::payment_core::builder::Unset,
    __Card = ::payment_core::builder::Unset,
    __Expiry = ::payment_core::builder::Unset,
> {
    __values: __OrderBuilderValues,
    __state: ::core::marker::PhantomData<
        fn() -> (__MerchantRef, __Currency, __Country, __Amount, __Card, __Expiry),
    >,
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __MerchantRef,
    __Currency,
    __Country,
    __Amount,
    __Card,
    __Expiry,
> OrderBuilder<__MerchantRef, __Currency, __Country, __Amount, __Card, __Expiry> {
    /// A note for the shopper.
    /**
 Sets the field.
 Optional (left out: `None`); JSON key `note`.*/
    #[inline(always)]
    pub fn note(self, value: impl ::core::convert::Into<String>) -> Self {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            __values.note = ::core::option::Option::Some(value);
            OrderBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets the field from an `Option`: `None` leaves it out (see [`Self::note`]).
    #[inline(always)]
    pub fn maybe_note(self, value: ::core::option::Option<String>) -> Self {
        let mut __values = self.__values;
        let value: ::core::option::Option<String> = value;
        {
            __values.note = value;
            OrderBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /** Sets the field.
 Optional (left out: `1`); JSON key `quantity`.*/
    #[inline(always)]
    pub fn quantity(self, value: u32) -> Self {
        let mut __values = self.__values;
        let value: u32 = value;
        {
            __values.quantity = ::core::option::Option::Some(value);
            OrderBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /** Sets the field.
 Required; JSON key `currency`.
 Takes a `payment_core::Currency` (valid by construction) and stores its string form.*/
    #[inline(always)]
    pub fn currency<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<
            ::payment_core::Currency,
            __Via,
            ::payment_core::builder::Checked,
            Error = ::core::convert::Infallible,
        >,
    ) -> OrderBuilder<
        __MerchantRef,
        ::payment_core::builder::Set,
        __Country,
        __Amount,
        __Card,
        __Expiry,
    >
    where
        __Currency: order_builder::currency_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::std::string::ToString::to_string(
            &::payment_core::__private::infallible(
                ::payment_core::builder::IntoValue::into_value(value),
            ),
        );
        {
            __values.currency = ::core::option::Option::Some(value);
            OrderBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /** Sets the field.
 Required; JSON key `country`.*/
    #[inline(always)]
    pub fn country<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<
            payment_core::Country,
            __Via,
            ::payment_core::builder::Checked,
            Error = ::core::convert::Infallible,
        >,
    ) -> OrderBuilder<
        __MerchantRef,
        __Currency,
        ::payment_core::builder::Set,
        __Amount,
        __Card,
        __Expiry,
    >
    where
        __Country: order_builder::country_is_unset,
    {
        let mut __values = self.__values;
        let value: payment_core::Country = ::payment_core::__private::infallible(
            ::payment_core::builder::IntoValue::into_value(value),
        );
        {
            __values.country = ::core::option::Option::Some(value);
            OrderBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets the field to a value built beforehand (see [`Self::card`]).
    #[inline(always)]
    pub fn card_value(
        self,
        value: impl ::core::convert::Into<Card>,
    ) -> OrderBuilder<
        __MerchantRef,
        __Currency,
        __Country,
        __Amount,
        ::payment_core::builder::Set,
        __Expiry,
    >
    where
        __Card: order_builder::card_is_unset,
    {
        let mut __values = self.__values;
        let value: Card = ::core::convert::Into::into(value);
        {
            __values.card = ::core::option::Option::Some(value);
            OrderBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /** Sets the field.
 Required; flattened into the object's keys.*/
    #[inline(always)]
    pub fn expiry<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<
            payment_core::Expiry,
            __Via,
            ::payment_core::builder::Checked,
            Error = ::core::convert::Infallible,
        >,
    ) -> OrderBuilder<
        __MerchantRef,
        __Currency,
        __Country,
        __Amount,
        __Card,
        ::payment_core::builder::Set,
    >
    where
        __Expiry: order_builder::expiry_is_unset,
    {
        let mut __values = self.__values;
        let value: payment_core::Expiry = ::payment_core::__private::infallible(
            ::payment_core::builder::IntoValue::into_value(value),
        );
        {
            __values.expiry = ::core::option::Option::Some(value);
            OrderBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// The merchant's reference.
    /**
 Sets the field, checking its rules.
 Required; JSON key `merchantRef`.
 Rules: `length(min = 1, max = 45)`. A value breaking them is returned as a `FieldError` at `merchantRef`.*/
    #[inline(always)]
    pub fn merchant_ref(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<
        OrderBuilder<
            ::payment_core::builder::Set,
            __Currency,
            __Country,
            __Amount,
            __Card,
            __Expiry,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __MerchantRef: order_builder::merchant_ref_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::length(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::Some(45),
                ) {
                    return ::core::result::Result::Err(
                        e.at_field("merchantRef", "merchant_ref"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.merchant_ref = ::core::option::Option::Some(value);
            OrderBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /** Sets the field, checking its rules.
 Required; JSON key `amount`.
 Rules: `range(min = 1)`. A value breaking them is returned as a `FieldError` at `amount`.*/
    #[inline(always)]
    pub fn amount(
        self,
        value: u64,
    ) -> ::core::result::Result<
        OrderBuilder<
            __MerchantRef,
            __Currency,
            __Country,
            ::payment_core::builder::Set,
            __Card,
            __Expiry,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __Amount: order_builder::amount_is_unset,
    {
        let mut __values = self.__values;
        let value: u64 = value;
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::range(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::None,
                ) {
                    return ::core::result::Result::Err(e.at_field("amount", "amount"));
                }
            }
        }
        ::core::result::Result::Ok({
            __values.amount = ::core::option::Option::Some(value);
            OrderBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /** Sets the field with a closure that configures its builder: `.card(|b| b.field(..)...)`. Returning a `Result` from the closure (to use `?` on validating setters) makes this setter return a `Result` too, with `card.` in front of the error's path.
 Required; JSON key `card`.*/
    #[inline(always)]
    pub fn card<__B>(
        self,
        build: impl order_builder::card_closure<
            <Card as ::payment_core::builder::Buildable>::Builder,
            __B,
        >,
    ) -> <__B as ::payment_core::builder::Nested<
        Card,
    >>::Output<
        OrderBuilder<
            __MerchantRef,
            __Currency,
            __Country,
            __Amount,
            ::payment_core::builder::Set,
            __Expiry,
        >,
    >
    where
        __B: ::payment_core::builder::Nested<Card>,
        __Card: order_builder::card_is_unset,
    {
        let mut __values = self.__values;
        let start = <Card as ::payment_core::builder::Buildable>::builder();
        ::payment_core::builder::Nested::finish_into(
            build(start),
            "card",
            "card",
            move |value| {
                __values.card = ::core::option::Option::Some(value);
                OrderBuilder {
                    __values,
                    __state: ::core::marker::PhantomData,
                }
            },
        )
    }
    /** Sets the field, checking its rules.
 Optional (left out: `None`); JSON key `risk-score`.
 Rules: `custom = crate::rules::score`. A value breaking them is returned as a `FieldError` at `risk-score`.*/
    #[inline(always)]
    pub fn risk_score(
        self,
        value: u8,
    ) -> ::core::result::Result<Self, ::payment_core::wire::FieldError> {
        let mut __values = self.__values;
        let value: u8 = value;
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = crate::rules::score(v) {
                    return ::core::result::Result::Err(
                        e.at_field("risk-score", "risk_score"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.risk_score = ::core::option::Option::Some(value);
            OrderBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Sets the field from an `Option`: `None` leaves it out (see [`Self::risk_score`]).
    #[inline(always)]
    pub fn maybe_risk_score(
        self,
        value: ::core::option::Option<u8>,
    ) -> ::core::result::Result<Self, ::payment_core::wire::FieldError> {
        let mut __values = self.__values;
        let value: ::core::option::Option<u8> = value;
        if let ::core::option::Option::Some(v) = &value {
            '__rules: {
                if let ::core::result::Result::Err(e) = crate::rules::score(v) {
                    return ::core::result::Result::Err(
                        e.at_field("risk-score", "risk_score"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.risk_score = value;
            OrderBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Builds the [`Order`]. Available once every required field is set.
    #[inline(always)]
    pub fn build(self) -> Order
    where
        __MerchantRef: order_builder::merchant_ref_is_set,
        __Currency: order_builder::currency_is_set,
        __Country: order_builder::country_is_set,
        __Amount: order_builder::amount_is_set,
        __Card: order_builder::card_is_set,
        __Expiry: order_builder::expiry_is_set,
    {
        ::payment_core::__private::required(self.__values.into_struct())
    }
}
#[doc(hidden)]
impl<
    __MerchantRef,
    __Currency,
    __Country,
    __Amount,
    __Card,
    __Expiry,
> ::payment_core::builder::Nested<Order>
for OrderBuilder<__MerchantRef, __Currency, __Country, __Amount, __Card, __Expiry>
where
    __MerchantRef: order_builder::merchant_ref_is_set,
    __Currency: order_builder::currency_is_set,
    __Country: order_builder::country_is_set,
    __Amount: order_builder::amount_is_set,
    __Card: order_builder::card_is_set,
    __Expiry: order_builder::expiry_is_set,
{
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(Order) -> __N,
    ) -> __N {
        then(self.build())
    }
}
impl<__MerchantRef, __Currency, __Country, __Amount, __Card, __Expiry> ::core::fmt::Debug
for OrderBuilder<__MerchantRef, __Currency, __Country, __Amount, __Card, __Expiry> {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "OrderBuilder",
            &[
                ("merchant_ref", self.__values.merchant_ref.is_some()),
                ("note", self.__values.note.is_some()),
                ("quantity", self.__values.quantity.is_some()),
                ("currency", self.__values.currency.is_some()),
                ("country", self.__values.country.is_some()),
                ("amount", self.__values.amount.is_some()),
                ("card", self.__values.card.is_some()),
                ("expiry", self.__values.expiry.is_some()),
                ("risk_score", self.__values.risk_score.is_some()),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::builder::Buildable for Order {
    type Builder = OrderBuilder;
    #[inline]
    fn builder() -> OrderBuilder {
        Self::builder()
    }
}
impl Order {
    /// Starts a [`OrderBuilder`]: set every required field, then call `.build()`. A missing field is a compile error that names it.
    #[inline]
    pub fn builder() -> OrderBuilder {
        OrderBuilder {
            __values: __OrderBuilderValues {
                merchant_ref: ::core::option::Option::None,
                note: ::core::option::Option::None,
                quantity: ::core::option::Option::None,
                currency: ::core::option::Option::None,
                country: ::core::option::Option::None,
                amount: ::core::option::Option::None,
                card: ::core::option::Option::None,
                expiry: ::core::option::Option::None,
                __expiry_partial: ::core::default::Default::default(),
                risk_score: ::core::option::Option::None,
            },
            __state: ::core::marker::PhantomData,
        }
    }
    /** Parses untrusted JSON, checking every field.

 Returns the value only if every field is present (or optional) and valid; otherwise the
 report lists **every** invalid, missing or mistyped field with its path in JSON keys
 (`card.expiry_month`), never the rejected value.*/
    #[inline]
    pub fn from_json(
        json: &str,
    ) -> ::core::result::Result<Self, ::payment_core::wire::ValidationReport> {
        ::payment_core::__private::from_json(json)
    }
    /// The merchant's reference.
    #[inline]
    pub fn merchant_ref(&self) -> &String {
        &self.merchant_ref
    }
    /// A note for the shopper.
    #[inline]
    pub fn note(&self) -> ::core::option::Option<&String> {
        self.note.as_ref()
    }
    /// The `quantity` field (JSON key `quantity`).
    #[inline]
    pub fn quantity(&self) -> &u32 {
        &self.quantity
    }
    /// The `currency` field (JSON key `currency`).
    #[inline]
    pub fn currency(&self) -> &String {
        &self.currency
    }
    /// The `country` field (JSON key `country`).
    #[inline]
    pub fn country(&self) -> &payment_core::Country {
        &self.country
    }
    /// The `amount` field (JSON key `amount`).
    #[inline]
    pub fn amount(&self) -> &u64 {
        &self.amount
    }
    /// The `card` field (JSON key `card`).
    #[inline]
    pub fn card(&self) -> &Card {
        &self.card
    }
    /// The `expiry` field (JSON key `expiry`).
    #[inline]
    pub fn expiry(&self) -> &payment_core::Expiry {
        &self.expiry
    }
    /// The `risk_score` field (JSON key `risk-score`).
    #[inline]
    pub fn risk_score(&self) -> ::core::option::Option<&u8> {
        self.risk_score.as_ref()
    }
}
impl ::payment_core::__private::serde::Serialize for Order {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::payment_core::__private::write_struct(
            serializer,
            &[
                (
                    "merchantRef",
                    ::payment_core::__private::Entry::Value(&self.merchant_ref),
                ),
                ("note", ::payment_core::__private::Entry::optional(&self.note)),
                ("quantity", ::payment_core::__private::Entry::Value(&self.quantity)),
                ("currency", ::payment_core::__private::Entry::Value(&self.currency)),
                ("country", ::payment_core::__private::Entry::Value(&self.country)),
                (
                    "amount",
                    ::payment_core::__private::Entry::Decimal(
                        ::core::convert::From::from(self.amount),
                    ),
                ),
                ("card", ::payment_core::__private::Entry::Value(&self.card)),
                (
                    "expiry",
                    ::payment_core::__private::Entry::Flat(
                        &::payment_core::__private::FlatEntry::<
                            payment_core::Expiry,
                            ::payment_core::__private::Natural,
                        >::new(
                            ::core::option::Option::Some(&self.expiry),
                            <payment_core::Expiry as ::payment_core::__private::Flatten<
                                ::payment_core::__private::Natural,
                            >>::KEYS,
                        ),
                    ),
                ),
                (
                    "risk-score",
                    ::payment_core::__private::Entry::optional(&self.risk_score),
                ),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectStruct for Order {
    const EXPECTING: &'static str = "an Order object";
    const NAMES: &'static [&'static str] = &[
        "merchantRef",
        "note",
        "quantity",
        "currency",
        "country",
        "amount",
        "card",
        "risk-score",
    ];
    type Values = __OrderBuilderValues;
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
                        &mut values.merchant_ref,
                    ),
                )
            }
            1usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.note,
                    ),
                )
            }
            2usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Default,
                        &mut values.quantity,
                    ),
                )
            }
            3usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.currency,
                    ),
                )
            }
            4usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.country,
                    ),
                )
            }
            5usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Text(
                        ::payment_core::__private::Presence::Required,
                        &mut values.amount,
                    ),
                )
            }
            6usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.card,
                    ),
                )
            }
            7usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.risk_score,
                    ),
                )
            }
            _ => ::core::option::Option::None,
        }
    }
    const FLAT: &'static [&'static [&'static str]] = &[
        <payment_core::Expiry as ::payment_core::__private::Flatten<
            ::payment_core::__private::Natural,
        >>::KEYS,
    ];
    #[inline]
    fn flat<'__a, 'de, __A: ::payment_core::__private::serde::de::MapAccess<'de>>(
        values: &'__a mut Self::Values,
        i: usize,
    ) -> ::core::option::Option<
        &'__a mut dyn ::payment_core::__private::ReadFlat<'de, __A>,
    > {
        match i {
            0usize => ::core::option::Option::Some(&mut values.__expiry_partial),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    fn settle(values: &mut Self::Values, c: &mut ::payment_core::__private::Collector) {
        ::payment_core::__private::check_at(
            values.merchant_ref.as_ref(),
            "merchantRef",
            c,
            |v: &String, c: &mut ::payment_core::__private::Collector| {
                c.check(
                    ::payment_core::__private::length(
                        v,
                        ::core::option::Option::Some(1),
                        ::core::option::Option::Some(45),
                    ),
                );
            },
        );
        ::payment_core::__private::check_at(
            values.currency.as_ref(),
            "currency",
            c,
            |v: &String, c: &mut ::payment_core::__private::Collector| {
                ::payment_core::__private::check_as::<::payment_core::Currency>(v, c);
            },
        );
        ::payment_core::__private::check_at(
            values.amount.as_ref(),
            "amount",
            c,
            |v: &u64, c: &mut ::payment_core::__private::Collector| {
                c.check(
                    ::payment_core::__private::range(
                        v,
                        ::core::option::Option::Some(1),
                        ::core::option::Option::None,
                    ),
                );
            },
        );
        ::payment_core::__private::settle_flat(
            &mut values.expiry,
            &mut values.__expiry_partial,
            <payment_core::Expiry as ::payment_core::__private::Flatten<
                ::payment_core::__private::Natural,
            >>::KEYS,
            false,
            c,
        );
        ::payment_core::__private::check_at(
            ::core::option::Option::Some(&values.risk_score),
            "risk-score",
            c,
            |v: &Option<u8>, c: &mut ::payment_core::__private::Collector| {
                if let ::core::option::Option::Some(v) = v {
                    c.check(crate::rules::score(v));
                }
            },
        );
    }
    #[inline]
    fn finish(values: Self::Values) -> ::core::option::Option<Self> {
        values.into_struct()
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for Order {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for Order {
    #[inline]
    fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
        c.enter("merchantRef");
        {
            let v = &self.merchant_ref;
            c.check(
                ::payment_core::__private::length(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::Some(45),
                ),
            );
        }
        c.leave();
        c.enter("currency");
        {
            let v = &self.currency;
            ::payment_core::__private::check_as::<::payment_core::Currency>(v, c);
        }
        c.leave();
        c.enter("amount");
        {
            let v = &self.amount;
            c.check(
                ::payment_core::__private::range(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::None,
                ),
            );
        }
        c.leave();
        c.enter("card");
        ::payment_core::__private::CheckRules::check_rules(&self.card, c);
        c.leave();
        c.enter("risk-score");
        {
            let v = &self.risk_score;
            if let ::core::option::Option::Some(v) = v {
                c.check(crate::rules::score(v));
            }
        }
        c.leave();
    }
}
impl ::payment_core::__private::validator::Validate for Order {
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
const _: () = {
    fn is<T: ?Sized + ::payment_core::__private::IsValueType<U>, U: ?Sized>() {}
    let _ = is::<payment_core::Country, ::payment_core::Country>;
};
