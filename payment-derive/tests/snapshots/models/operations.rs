// ---- #[derive(Builder)] on `CaptureRequest` ----
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub mod capture_request_builder {
    #[diagnostic::on_unimplemented(
        message = "`CaptureRequestBuilder::build()` is missing required field `transaction_id`",
        label = "call `.transaction_id(..)` before this"
    )]
    pub trait transaction_id_is_set: ::payment_core::__private::IsSet {}
    impl transaction_id_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `transaction_id` of `CaptureRequestBuilder` is already set",
        label = "`.transaction_id(..)` was already called on this builder"
    )]
    pub trait transaction_id_is_unset {}
    impl transaction_id_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`CaptureRequestBuilder::build()` is missing required field `amount`",
        label = "call `.amount(..)` before this"
    )]
    pub trait amount_is_set: ::payment_core::__private::IsSet {}
    impl amount_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `amount` of `CaptureRequestBuilder` is already set",
        label = "`.amount(..)` was already called on this builder"
    )]
    pub trait amount_is_unset {}
    impl amount_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`CaptureRequestBuilder::build()` is missing required field `merchant_id`",
        label = "call `.merchant_id(..)` before this"
    )]
    pub trait merchant_id_is_set: ::payment_core::__private::IsSet {}
    impl merchant_id_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `merchant_id` of `CaptureRequestBuilder` is already set",
        label = "`.merchant_id(..)` was already called on this builder"
    )]
    pub trait merchant_id_is_unset {}
    impl merchant_id_is_unset for ::payment_core::builder::Unset {}
}
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub struct __CaptureRequestBuilderValues {
    transaction_id: ::core::option::Option<TransactionId>,
    amount: ::core::option::Option<Amount>,
    merchant_id: ::core::option::Option<MerchantId>,
    notes: Option<String>,
    __errors: ::payment_core::__private::Errors,
}
impl __CaptureRequestBuilderValues {
    #[inline]
    fn into_struct(self) -> ::core::option::Option<CaptureRequest> {
        let (
            ::core::option::Option::Some(transaction_id),
            ::core::option::Option::Some(amount),
            ::core::option::Option::Some(merchant_id),
        ) = (self.transaction_id, self.amount, self.merchant_id) else {
            return ::core::option::Option::None;
        };
        ::core::option::Option::Some(CaptureRequest {
            transaction_id,
            amount,
            merchant_id,
            notes: self.notes,
        })
    }
}
/** Builder for [`CaptureRequest`], made by `CaptureRequest::builder()`.

 Call one setter per field, then `.build()`. `.build()` is only available once every required field
 is set: a missing field is a compile error naming it, and so is setting a field twice.
 Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value
 is always valid.

 After `.collect_errors()` every setter listed here takes the same input (and a value type's text too) but never fails: it records the failure, and `.build()` returns every one at once.

 # Required fields

 - `.transaction_id(..)` — JSON key `transactionId`. The id of the authorisation to capture (`transaction_details.id` of the paymentv2 answer).
 - `.amount(..)` — JSON key `amount`. The amount to capture, in minor units; at most what was authorised.
 - `.merchant_id(..)` — JSON key `merchant_id`. Your merchant id (`merchant_id!("...")`, or parsed from your configuration).

 # Optional fields

 - `.notes(..)` / `.maybe_notes(..)` — JSON key `notes`; rules: `length(max = 255)`, `text` (no control characters or bidirectional overrides). A note kept with the transaction (at most 255 characters).*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct CaptureRequestBuilder<
    __TransactionId = ::payment_core::builder::Unset,
    __Amount = ::payment_core::builder::Unset,
    __MerchantId = ::payment_core::builder::Unset,
    __Mode = ::payment_core::builder::Checked,
> {
    __values: __CaptureRequestBuilderValues,
    __state: ::core::marker::PhantomData<
        fn() -> (__TransactionId, __Amount, __MerchantId, __Mode),
    >,
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __TransactionId,
    __Amount,
    __MerchantId,
    __Mode,
> CaptureRequestBuilder<__TransactionId, __Amount, __MerchantId, __Mode> {
    /// The id of the authorisation to capture (`transaction_details.id` of the paymentv2 answer).
    /**
 Sets the field.
 Required; JSON key `transactionId`.*/
    #[inline(always)]
    pub fn transaction_id(
        self,
        value: impl ::core::convert::Into<TransactionId>,
    ) -> CaptureRequestBuilder<
        ::payment_core::builder::Set,
        __Amount,
        __MerchantId,
        __Mode,
    >
    where
        __TransactionId: capture_request_builder::transaction_id_is_unset,
    {
        let mut __values = self.__values;
        let value: TransactionId = ::core::convert::Into::<TransactionId>::into(value);
        {
            __values.transaction_id = ::core::option::Option::Some(value);
            CaptureRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// The amount to capture, in minor units; at most what was authorised.
    /**
 Sets the field.
 Required; JSON key `amount`.*/
    #[inline(always)]
    pub fn amount<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Amount, __Via, __Mode>,
    ) -> CaptureRequestBuilder<
        __TransactionId,
        ::payment_core::builder::Set,
        __MerchantId,
        __Mode,
    >
    where
        __Amount: capture_request_builder::amount_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<Amount> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "amount",
                "amount",
            );
        {
            __values.amount = value;
            CaptureRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
    /**
 Sets the field.
 Required; JSON key `merchant_id`.*/
    #[inline(always)]
    pub fn merchant_id<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<MerchantId, __Via, __Mode>,
    ) -> CaptureRequestBuilder<
        __TransactionId,
        __Amount,
        ::payment_core::builder::Set,
        __Mode,
    >
    where
        __MerchantId: capture_request_builder::merchant_id_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<MerchantId> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "merchant_id",
                "merchant_id",
            );
        {
            __values.merchant_id = value;
            CaptureRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __TransactionId,
    __Amount,
    __MerchantId,
> CaptureRequestBuilder<
    __TransactionId,
    __Amount,
    __MerchantId,
    ::payment_core::builder::Checked,
> {
    /// A note kept with the transaction (at most 255 characters).
    /**
 Sets the field, checking its rules.
 Optional (left out: `None`); JSON key `notes`.
 Rules: `length(max = 255)`, `text` (no control characters or bidirectional overrides). A value breaking them is returned as a `FieldError` at `notes`.*/
    #[inline(always)]
    pub fn notes(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<Self, ::payment_core::wire::FieldError> {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::length(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(255),
                ) {
                    return ::core::result::Result::Err(e.at_field("notes", "notes"));
                }
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(e.at_field("notes", "notes"));
                }
            }
        }
        ::core::result::Result::Ok({
            __values.notes = ::core::option::Option::Some(value);
            CaptureRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Sets the field from an `Option`: `None` leaves it out (see [`Self::notes`]).
    #[inline(always)]
    pub fn maybe_notes(
        self,
        value: ::core::option::Option<String>,
    ) -> ::core::result::Result<Self, ::payment_core::wire::FieldError> {
        let mut __values = self.__values;
        let value: ::core::option::Option<String> = value;
        if let ::core::option::Option::Some(v) = &value {
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::length(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(255),
                ) {
                    return ::core::result::Result::Err(e.at_field("notes", "notes"));
                }
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(e.at_field("notes", "notes"));
                }
            }
        }
        ::core::result::Result::Ok({
            __values.notes = value;
            CaptureRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Builds the [`CaptureRequest`]. Available once every required field is set.
    #[inline(always)]
    pub fn build(self) -> CaptureRequest
    where
        __TransactionId: capture_request_builder::transaction_id_is_set,
        __Amount: capture_request_builder::amount_is_set,
        __MerchantId: capture_request_builder::merchant_id_is_set,
    {
        ::payment_core::__private::required(self.__values.into_struct())
    }
    /// From here on no setter fails: each rule failure is recorded with its wire path and its Rust field path, and `.build()` returns `Result<_, ValidationReport>` with every failure at once (nested builders included). Required fields are still checked at compile time.
    #[inline(always)]
    pub fn collect_errors(
        self,
    ) -> CaptureRequestBuilder<
        __TransactionId,
        __Amount,
        __MerchantId,
        ::payment_core::builder::Collecting,
    > {
        CaptureRequestBuilder {
            __values: self.__values,
            __state: ::core::marker::PhantomData,
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __TransactionId,
    __Amount,
    __MerchantId,
> CaptureRequestBuilder<
    __TransactionId,
    __Amount,
    __MerchantId,
    ::payment_core::builder::Collecting,
> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn notes(self, value: impl ::core::convert::Into<String>) -> Self {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::length(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(255),
                ) {
                    __values.__errors.record(e.at_field("notes", "notes"));
                    break '__rules;
                }
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values.__errors.record(e.at_field("notes", "notes"));
                    break '__rules;
                }
            }
        }
        {
            __values.notes = ::core::option::Option::Some(value);
            CaptureRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn maybe_notes(self, value: ::core::option::Option<String>) -> Self {
        let mut __values = self.__values;
        let value: ::core::option::Option<String> = value;
        if let ::core::option::Option::Some(v) = &value {
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::length(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(255),
                ) {
                    __values.__errors.record(e.at_field("notes", "notes"));
                    break '__rules;
                }
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values.__errors.record(e.at_field("notes", "notes"));
                    break '__rules;
                }
            }
        }
        {
            __values.notes = value;
            CaptureRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Builds the [`CaptureRequest`], or returns every rule failure recorded since `.collect_errors()` (nested builders included), each with its wire path and its Rust field path. Available once every required field is set.
    #[inline(always)]
    pub fn build(
        self,
    ) -> ::core::result::Result<CaptureRequest, ::payment_core::wire::ValidationReport>
    where
        __TransactionId: capture_request_builder::transaction_id_is_set,
        __Amount: capture_request_builder::amount_is_set,
        __MerchantId: capture_request_builder::merchant_id_is_set,
    {
        let mut values = self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish(value)
    }
}
#[doc(hidden)]
impl<
    __TransactionId,
    __Amount,
    __MerchantId,
> ::payment_core::builder::Nested<CaptureRequest>
for CaptureRequestBuilder<
    __TransactionId,
    __Amount,
    __MerchantId,
    ::payment_core::builder::Checked,
>
where
    __TransactionId: capture_request_builder::transaction_id_is_set,
    __Amount: capture_request_builder::amount_is_set,
    __MerchantId: capture_request_builder::merchant_id_is_set,
{
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(CaptureRequest) -> __N,
    ) -> __N {
        then(self.build())
    }
}
#[doc(hidden)]
impl<
    __TransactionId,
    __Amount,
    __MerchantId,
> ::payment_core::builder::CollectNested<CaptureRequest>
for CaptureRequestBuilder<
    __TransactionId,
    __Amount,
    __MerchantId,
    ::payment_core::builder::Collecting,
>
where
    __TransactionId: capture_request_builder::transaction_id_is_set,
    __Amount: capture_request_builder::amount_is_set,
    __MerchantId: capture_request_builder::merchant_id_is_set,
{
    #[inline]
    fn finish_collecting(
        self,
    ) -> ::core::result::Result<CaptureRequest, ::payment_core::__private::Errors> {
        let mut values = self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish_nested(value)
    }
}
#[doc(hidden)]
impl ::payment_core::builder::CanCollect for CaptureRequest {
    type Collecting = CaptureRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    >;
    #[inline]
    fn collecting() -> CaptureRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    > {
        Self::builder().collect_errors()
    }
}
impl<__TransactionId, __Amount, __MerchantId, __Mode> ::core::fmt::Debug
for CaptureRequestBuilder<__TransactionId, __Amount, __MerchantId, __Mode> {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "CaptureRequestBuilder",
            &[
                ("transaction_id", self.__values.transaction_id.is_some()),
                ("amount", self.__values.amount.is_some()),
                ("merchant_id", self.__values.merchant_id.is_some()),
                ("notes", self.__values.notes.is_some()),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::builder::Buildable for CaptureRequest {
    type Builder = CaptureRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    >;
    #[inline]
    fn builder() -> CaptureRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    > {
        Self::builder()
    }
}
impl CaptureRequest {
    /// Starts a [`CaptureRequestBuilder`]: set every required field, then call `.build()`. A missing field is a compile error that names it.
    #[inline]
    pub fn builder() -> CaptureRequestBuilder {
        CaptureRequestBuilder {
            __values: __CaptureRequestBuilderValues {
                transaction_id: ::core::option::Option::None,
                amount: ::core::option::Option::None,
                merchant_id: ::core::option::Option::None,
                notes: ::core::option::Option::None,
                __errors: ::payment_core::__private::Errors::new(),
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
    /// The id of the authorisation to capture (`transaction_details.id` of the paymentv2 answer).
    #[inline]
    pub fn transaction_id(&self) -> &TransactionId {
        &self.transaction_id
    }
    /// The amount to capture, in minor units; at most what was authorised.
    #[inline]
    pub fn amount(&self) -> &Amount {
        &self.amount
    }
    /// Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
    #[inline]
    pub fn merchant_id(&self) -> &MerchantId {
        &self.merchant_id
    }
    /// A note kept with the transaction (at most 255 characters).
    #[inline]
    pub fn notes(&self) -> ::core::option::Option<&String> {
        self.notes.as_ref()
    }
}
impl ::payment_core::__private::serde::Serialize for CaptureRequest {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::payment_core::__private::write_struct(
            serializer,
            &[
                (
                    "transactionId",
                    ::payment_core::__private::Entry::Value(&self.transaction_id),
                ),
                (
                    "amount",
                    ::payment_core::__private::Entry::Value(
                        &{
                            struct __SerializeWith<'__a>(&'__a Amount);
                            impl ::payment_core::__private::serde::Serialize
                            for __SerializeWith<'_> {
                                fn serialize<
                                    __S2: ::payment_core::__private::serde::Serializer,
                                >(
                                    &self,
                                    serializer: __S2,
                                ) -> ::core::result::Result<__S2::Ok, __S2::Error> {
                                    Amount::serialize_as_number(self.0, serializer)
                                }
                            }
                            __SerializeWith(&self.amount)
                        },
                    ),
                ),
                (
                    "merchant_id",
                    ::payment_core::__private::Entry::Value(&self.merchant_id),
                ),
                ("notes", ::payment_core::__private::Entry::optional(&self.notes)),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectStruct for CaptureRequest {
    const EXPECTING: &'static str = "a CaptureRequest object";
    const NAMES: &'static [&'static str] = &[
        "transactionId",
        "amount",
        "merchant_id",
        "notes",
    ];
    type Values = __CaptureRequestBuilderValues;
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
                        &mut values.transaction_id,
                    ),
                )
            }
            1usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.amount,
                    ),
                )
            }
            2usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.merchant_id,
                    ),
                )
            }
            3usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.notes,
                    ),
                )
            }
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    fn settle(values: &mut Self::Values, c: &mut ::payment_core::__private::Collector) {
        ::payment_core::__private::check_at(
            ::core::option::Option::Some(&values.notes),
            "notes",
            c,
            |v: &Option<String>, c: &mut ::payment_core::__private::Collector| {
                if let ::core::option::Option::Some(v) = v {
                    c.check(
                        ::payment_core::__private::length(
                            v,
                            ::core::option::Option::None,
                            ::core::option::Option::Some(255),
                        ),
                    );
                    c.check(::payment_core::__private::text(v));
                }
            },
        );
    }
    #[inline]
    fn finish(values: Self::Values) -> ::core::option::Option<Self> {
        values.into_struct()
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for CaptureRequest {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for CaptureRequest {
    #[inline]
    fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
        c.enter("notes");
        {
            let v = &self.notes;
            if let ::core::option::Option::Some(v) = v {
                c.check(
                    ::payment_core::__private::length(
                        v,
                        ::core::option::Option::None,
                        ::core::option::Option::Some(255),
                    ),
                );
                c.check(::payment_core::__private::text(v));
            }
        }
        c.leave();
    }
}
impl ::payment_core::__private::validator::Validate for CaptureRequest {
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
impl ::payment_core::schema::Schema for CaptureRequest {
    fn schema() -> ::payment_core::__private::serde_json::Value {
        let mut properties = ::std::vec::Vec::new();
        let mut required_keys: ::std::vec::Vec<&'static str> = ::std::vec::Vec::new();
        properties
            .push((
                "transactionId",
                ::payment_core::__private::schema_build::Field(
                        <TransactionId as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("transactionId");
        properties
            .push((
                "amount",
                ::payment_core::__private::schema_build::Field(
                        <Amount as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("amount");
        properties
            .push((
                "merchant_id",
                ::payment_core::__private::schema_build::Field(
                        <MerchantId as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("merchant_id");
        properties
            .push((
                "notes",
                ::payment_core::__private::schema_build::Field(
                        <String as ::payment_core::schema::Schema>::schema(),
                    )
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some((255) as usize),
                    )
                    .text()
                    .nullable()
                    .0,
            ));
        ::payment_core::__private::schema_build::object(properties, required_keys)
    }
}

// ---- #[derive(Builder)] on `RefundRequest` ----
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub mod refund_request_builder {
    #[diagnostic::on_unimplemented(
        message = "`RefundRequestBuilder::build()` is missing required field `transaction_id`",
        label = "call `.transaction_id(..)` before this"
    )]
    pub trait transaction_id_is_set: ::payment_core::__private::IsSet {}
    impl transaction_id_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `transaction_id` of `RefundRequestBuilder` is already set",
        label = "`.transaction_id(..)` was already called on this builder"
    )]
    pub trait transaction_id_is_unset {}
    impl transaction_id_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`RefundRequestBuilder::build()` is missing required field `amount`",
        label = "call `.amount(..)` before this"
    )]
    pub trait amount_is_set: ::payment_core::__private::IsSet {}
    impl amount_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `amount` of `RefundRequestBuilder` is already set",
        label = "`.amount(..)` was already called on this builder"
    )]
    pub trait amount_is_unset {}
    impl amount_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`RefundRequestBuilder::build()` is missing required field `merchant_id`",
        label = "call `.merchant_id(..)` before this"
    )]
    pub trait merchant_id_is_set: ::payment_core::__private::IsSet {}
    impl merchant_id_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `merchant_id` of `RefundRequestBuilder` is already set",
        label = "`.merchant_id(..)` was already called on this builder"
    )]
    pub trait merchant_id_is_unset {}
    impl merchant_id_is_unset for ::payment_core::builder::Unset {}
}
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub struct __RefundRequestBuilderValues {
    transaction_id: ::core::option::Option<TransactionId>,
    amount: ::core::option::Option<Amount>,
    merchant_id: ::core::option::Option<MerchantId>,
    notes: Option<String>,
    __errors: ::payment_core::__private::Errors,
}
impl __RefundRequestBuilderValues {
    #[inline]
    fn into_struct(self) -> ::core::option::Option<RefundRequest> {
        let (
            ::core::option::Option::Some(transaction_id),
            ::core::option::Option::Some(amount),
            ::core::option::Option::Some(merchant_id),
        ) = (self.transaction_id, self.amount, self.merchant_id) else {
            return ::core::option::Option::None;
        };
        ::core::option::Option::Some(RefundRequest {
            transaction_id,
            amount,
            merchant_id,
            notes: self.notes,
        })
    }
}
/** Builder for [`RefundRequest`], made by `RefundRequest::builder()`.

 Call one setter per field, then `.build()`. `.build()` is only available once every required field
 is set: a missing field is a compile error naming it, and so is setting a field twice.
 Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value
 is always valid.

 After `.collect_errors()` every setter listed here takes the same input (and a value type's text too) but never fails: it records the failure, and `.build()` returns every one at once.

 # Required fields

 - `.transaction_id(..)` — JSON key `transactionId`. The id of the transaction to refund.
 - `.amount(..)` — JSON key `amount`. The amount to refund, in minor units; partial refunds are allowed.
 - `.merchant_id(..)` — JSON key `merchant_id`. Your merchant id (`merchant_id!("...")`, or parsed from your configuration).

 # Optional fields

 - `.notes(..)` / `.maybe_notes(..)` — JSON key `notes`; rules: `length(max = 255)`, `text` (no control characters or bidirectional overrides). A note kept with the refund (at most 255 characters).*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct RefundRequestBuilder<
    __TransactionId = ::payment_core::builder::Unset,
    __Amount = ::payment_core::builder::Unset,
    __MerchantId = ::payment_core::builder::Unset,
    __Mode = ::payment_core::builder::Checked,
> {
    __values: __RefundRequestBuilderValues,
    __state: ::core::marker::PhantomData<
        fn() -> (__TransactionId, __Amount, __MerchantId, __Mode),
    >,
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __TransactionId,
    __Amount,
    __MerchantId,
    __Mode,
> RefundRequestBuilder<__TransactionId, __Amount, __MerchantId, __Mode> {
    /// The id of the transaction to refund.
    /**
 Sets the field.
 Required; JSON key `transactionId`.*/
    #[inline(always)]
    pub fn transaction_id(
        self,
        value: impl ::core::convert::Into<TransactionId>,
    ) -> RefundRequestBuilder<
        ::payment_core::builder::Set,
        __Amount,
        __MerchantId,
        __Mode,
    >
    where
        __TransactionId: refund_request_builder::transaction_id_is_unset,
    {
        let mut __values = self.__values;
        let value: TransactionId = ::core::convert::Into::<TransactionId>::into(value);
        {
            __values.transaction_id = ::core::option::Option::Some(value);
            RefundRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// The amount to refund, in minor units; partial refunds are allowed.
    /**
 Sets the field.
 Required; JSON key `amount`.*/
    #[inline(always)]
    pub fn amount<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Amount, __Via, __Mode>,
    ) -> RefundRequestBuilder<
        __TransactionId,
        ::payment_core::builder::Set,
        __MerchantId,
        __Mode,
    >
    where
        __Amount: refund_request_builder::amount_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<Amount> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "amount",
                "amount",
            );
        {
            __values.amount = value;
            RefundRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
    /**
 Sets the field.
 Required; JSON key `merchant_id`.*/
    #[inline(always)]
    pub fn merchant_id<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<MerchantId, __Via, __Mode>,
    ) -> RefundRequestBuilder<
        __TransactionId,
        __Amount,
        ::payment_core::builder::Set,
        __Mode,
    >
    where
        __MerchantId: refund_request_builder::merchant_id_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<MerchantId> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "merchant_id",
                "merchant_id",
            );
        {
            __values.merchant_id = value;
            RefundRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __TransactionId,
    __Amount,
    __MerchantId,
> RefundRequestBuilder<
    __TransactionId,
    __Amount,
    __MerchantId,
    ::payment_core::builder::Checked,
> {
    /// A note kept with the refund (at most 255 characters).
    /**
 Sets the field, checking its rules.
 Optional (left out: `None`); JSON key `notes`.
 Rules: `length(max = 255)`, `text` (no control characters or bidirectional overrides). A value breaking them is returned as a `FieldError` at `notes`.*/
    #[inline(always)]
    pub fn notes(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<Self, ::payment_core::wire::FieldError> {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::length(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(255),
                ) {
                    return ::core::result::Result::Err(e.at_field("notes", "notes"));
                }
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(e.at_field("notes", "notes"));
                }
            }
        }
        ::core::result::Result::Ok({
            __values.notes = ::core::option::Option::Some(value);
            RefundRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Sets the field from an `Option`: `None` leaves it out (see [`Self::notes`]).
    #[inline(always)]
    pub fn maybe_notes(
        self,
        value: ::core::option::Option<String>,
    ) -> ::core::result::Result<Self, ::payment_core::wire::FieldError> {
        let mut __values = self.__values;
        let value: ::core::option::Option<String> = value;
        if let ::core::option::Option::Some(v) = &value {
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::length(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(255),
                ) {
                    return ::core::result::Result::Err(e.at_field("notes", "notes"));
                }
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(e.at_field("notes", "notes"));
                }
            }
        }
        ::core::result::Result::Ok({
            __values.notes = value;
            RefundRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Builds the [`RefundRequest`]. Available once every required field is set.
    #[inline(always)]
    pub fn build(self) -> RefundRequest
    where
        __TransactionId: refund_request_builder::transaction_id_is_set,
        __Amount: refund_request_builder::amount_is_set,
        __MerchantId: refund_request_builder::merchant_id_is_set,
    {
        ::payment_core::__private::required(self.__values.into_struct())
    }
    /// From here on no setter fails: each rule failure is recorded with its wire path and its Rust field path, and `.build()` returns `Result<_, ValidationReport>` with every failure at once (nested builders included). Required fields are still checked at compile time.
    #[inline(always)]
    pub fn collect_errors(
        self,
    ) -> RefundRequestBuilder<
        __TransactionId,
        __Amount,
        __MerchantId,
        ::payment_core::builder::Collecting,
    > {
        RefundRequestBuilder {
            __values: self.__values,
            __state: ::core::marker::PhantomData,
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __TransactionId,
    __Amount,
    __MerchantId,
> RefundRequestBuilder<
    __TransactionId,
    __Amount,
    __MerchantId,
    ::payment_core::builder::Collecting,
> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn notes(self, value: impl ::core::convert::Into<String>) -> Self {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::length(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(255),
                ) {
                    __values.__errors.record(e.at_field("notes", "notes"));
                    break '__rules;
                }
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values.__errors.record(e.at_field("notes", "notes"));
                    break '__rules;
                }
            }
        }
        {
            __values.notes = ::core::option::Option::Some(value);
            RefundRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn maybe_notes(self, value: ::core::option::Option<String>) -> Self {
        let mut __values = self.__values;
        let value: ::core::option::Option<String> = value;
        if let ::core::option::Option::Some(v) = &value {
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::length(
                    v,
                    ::core::option::Option::None,
                    ::core::option::Option::Some(255),
                ) {
                    __values.__errors.record(e.at_field("notes", "notes"));
                    break '__rules;
                }
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values.__errors.record(e.at_field("notes", "notes"));
                    break '__rules;
                }
            }
        }
        {
            __values.notes = value;
            RefundRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Builds the [`RefundRequest`], or returns every rule failure recorded since `.collect_errors()` (nested builders included), each with its wire path and its Rust field path. Available once every required field is set.
    #[inline(always)]
    pub fn build(
        self,
    ) -> ::core::result::Result<RefundRequest, ::payment_core::wire::ValidationReport>
    where
        __TransactionId: refund_request_builder::transaction_id_is_set,
        __Amount: refund_request_builder::amount_is_set,
        __MerchantId: refund_request_builder::merchant_id_is_set,
    {
        let mut values = self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish(value)
    }
}
#[doc(hidden)]
impl<
    __TransactionId,
    __Amount,
    __MerchantId,
> ::payment_core::builder::Nested<RefundRequest>
for RefundRequestBuilder<
    __TransactionId,
    __Amount,
    __MerchantId,
    ::payment_core::builder::Checked,
>
where
    __TransactionId: refund_request_builder::transaction_id_is_set,
    __Amount: refund_request_builder::amount_is_set,
    __MerchantId: refund_request_builder::merchant_id_is_set,
{
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(RefundRequest) -> __N,
    ) -> __N {
        then(self.build())
    }
}
#[doc(hidden)]
impl<
    __TransactionId,
    __Amount,
    __MerchantId,
> ::payment_core::builder::CollectNested<RefundRequest>
for RefundRequestBuilder<
    __TransactionId,
    __Amount,
    __MerchantId,
    ::payment_core::builder::Collecting,
>
where
    __TransactionId: refund_request_builder::transaction_id_is_set,
    __Amount: refund_request_builder::amount_is_set,
    __MerchantId: refund_request_builder::merchant_id_is_set,
{
    #[inline]
    fn finish_collecting(
        self,
    ) -> ::core::result::Result<RefundRequest, ::payment_core::__private::Errors> {
        let mut values = self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish_nested(value)
    }
}
#[doc(hidden)]
impl ::payment_core::builder::CanCollect for RefundRequest {
    type Collecting = RefundRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    >;
    #[inline]
    fn collecting() -> RefundRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    > {
        Self::builder().collect_errors()
    }
}
impl<__TransactionId, __Amount, __MerchantId, __Mode> ::core::fmt::Debug
for RefundRequestBuilder<__TransactionId, __Amount, __MerchantId, __Mode> {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "RefundRequestBuilder",
            &[
                ("transaction_id", self.__values.transaction_id.is_some()),
                ("amount", self.__values.amount.is_some()),
                ("merchant_id", self.__values.merchant_id.is_some()),
                ("notes", self.__values.notes.is_some()),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::builder::Buildable for RefundRequest {
    type Builder = RefundRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    >;
    #[inline]
    fn builder() -> RefundRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    > {
        Self::builder()
    }
}
impl RefundRequest {
    /// Starts a [`RefundRequestBuilder`]: set every required field, then call `.build()`. A missing field is a compile error that names it.
    #[inline]
    pub fn builder() -> RefundRequestBuilder {
        RefundRequestBuilder {
            __values: __RefundRequestBuilderValues {
                transaction_id: ::core::option::Option::None,
                amount: ::core::option::Option::None,
                merchant_id: ::core::option::Option::None,
                notes: ::core::option::Option::None,
                __errors: ::payment_core::__private::Errors::new(),
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
    /// The id of the transaction to refund.
    #[inline]
    pub fn transaction_id(&self) -> &TransactionId {
        &self.transaction_id
    }
    /// The amount to refund, in minor units; partial refunds are allowed.
    #[inline]
    pub fn amount(&self) -> &Amount {
        &self.amount
    }
    /// Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
    #[inline]
    pub fn merchant_id(&self) -> &MerchantId {
        &self.merchant_id
    }
    /// A note kept with the refund (at most 255 characters).
    #[inline]
    pub fn notes(&self) -> ::core::option::Option<&String> {
        self.notes.as_ref()
    }
}
impl ::payment_core::__private::serde::Serialize for RefundRequest {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::payment_core::__private::write_struct(
            serializer,
            &[
                (
                    "transactionId",
                    ::payment_core::__private::Entry::Value(&self.transaction_id),
                ),
                (
                    "amount",
                    ::payment_core::__private::Entry::Value(
                        &{
                            struct __SerializeWith<'__a>(&'__a Amount);
                            impl ::payment_core::__private::serde::Serialize
                            for __SerializeWith<'_> {
                                fn serialize<
                                    __S2: ::payment_core::__private::serde::Serializer,
                                >(
                                    &self,
                                    serializer: __S2,
                                ) -> ::core::result::Result<__S2::Ok, __S2::Error> {
                                    Amount::serialize_as_number(self.0, serializer)
                                }
                            }
                            __SerializeWith(&self.amount)
                        },
                    ),
                ),
                (
                    "merchant_id",
                    ::payment_core::__private::Entry::Value(&self.merchant_id),
                ),
                ("notes", ::payment_core::__private::Entry::optional(&self.notes)),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectStruct for RefundRequest {
    const EXPECTING: &'static str = "a RefundRequest object";
    const NAMES: &'static [&'static str] = &[
        "transactionId",
        "amount",
        "merchant_id",
        "notes",
    ];
    type Values = __RefundRequestBuilderValues;
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
                        &mut values.transaction_id,
                    ),
                )
            }
            1usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.amount,
                    ),
                )
            }
            2usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.merchant_id,
                    ),
                )
            }
            3usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.notes,
                    ),
                )
            }
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    fn settle(values: &mut Self::Values, c: &mut ::payment_core::__private::Collector) {
        ::payment_core::__private::check_at(
            ::core::option::Option::Some(&values.notes),
            "notes",
            c,
            |v: &Option<String>, c: &mut ::payment_core::__private::Collector| {
                if let ::core::option::Option::Some(v) = v {
                    c.check(
                        ::payment_core::__private::length(
                            v,
                            ::core::option::Option::None,
                            ::core::option::Option::Some(255),
                        ),
                    );
                    c.check(::payment_core::__private::text(v));
                }
            },
        );
    }
    #[inline]
    fn finish(values: Self::Values) -> ::core::option::Option<Self> {
        values.into_struct()
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for RefundRequest {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for RefundRequest {
    #[inline]
    fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
        c.enter("notes");
        {
            let v = &self.notes;
            if let ::core::option::Option::Some(v) = v {
                c.check(
                    ::payment_core::__private::length(
                        v,
                        ::core::option::Option::None,
                        ::core::option::Option::Some(255),
                    ),
                );
                c.check(::payment_core::__private::text(v));
            }
        }
        c.leave();
    }
}
impl ::payment_core::__private::validator::Validate for RefundRequest {
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
impl ::payment_core::schema::Schema for RefundRequest {
    fn schema() -> ::payment_core::__private::serde_json::Value {
        let mut properties = ::std::vec::Vec::new();
        let mut required_keys: ::std::vec::Vec<&'static str> = ::std::vec::Vec::new();
        properties
            .push((
                "transactionId",
                ::payment_core::__private::schema_build::Field(
                        <TransactionId as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("transactionId");
        properties
            .push((
                "amount",
                ::payment_core::__private::schema_build::Field(
                        <Amount as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("amount");
        properties
            .push((
                "merchant_id",
                ::payment_core::__private::schema_build::Field(
                        <MerchantId as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("merchant_id");
        properties
            .push((
                "notes",
                ::payment_core::__private::schema_build::Field(
                        <String as ::payment_core::schema::Schema>::schema(),
                    )
                    .length(
                        ::core::option::Option::None,
                        ::core::option::Option::Some((255) as usize),
                    )
                    .text()
                    .nullable()
                    .0,
            ));
        ::payment_core::__private::schema_build::object(properties, required_keys)
    }
}

// ---- #[derive(Builder)] on `VoidRequest` ----
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub mod void_request_builder {
    #[diagnostic::on_unimplemented(
        message = "`VoidRequestBuilder::build()` is missing required field `transaction_id`",
        label = "call `.transaction_id(..)` before this"
    )]
    pub trait transaction_id_is_set: ::payment_core::__private::IsSet {}
    impl transaction_id_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `transaction_id` of `VoidRequestBuilder` is already set",
        label = "`.transaction_id(..)` was already called on this builder"
    )]
    pub trait transaction_id_is_unset {}
    impl transaction_id_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`VoidRequestBuilder::build()` is missing required field `merchant_id`",
        label = "call `.merchant_id(..)` before this"
    )]
    pub trait merchant_id_is_set: ::payment_core::__private::IsSet {}
    impl merchant_id_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `merchant_id` of `VoidRequestBuilder` is already set",
        label = "`.merchant_id(..)` was already called on this builder"
    )]
    pub trait merchant_id_is_unset {}
    impl merchant_id_is_unset for ::payment_core::builder::Unset {}
}
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub struct __VoidRequestBuilderValues {
    transaction_id: ::core::option::Option<TransactionId>,
    merchant_id: ::core::option::Option<MerchantId>,
    __errors: ::payment_core::__private::Errors,
}
impl __VoidRequestBuilderValues {
    #[inline]
    fn into_struct(self) -> ::core::option::Option<VoidRequest> {
        let (
            ::core::option::Option::Some(transaction_id),
            ::core::option::Option::Some(merchant_id),
        ) = (self.transaction_id, self.merchant_id) else {
            return ::core::option::Option::None;
        };
        ::core::option::Option::Some(VoidRequest {
            transaction_id,
            merchant_id,
        })
    }
}
/** Builder for [`VoidRequest`], made by `VoidRequest::builder()`.

 Call one setter per field, then `.build()`. `.build()` is only available once every required field
 is set: a missing field is a compile error naming it, and so is setting a field twice.
 Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value
 is always valid.

 After `.collect_errors()` every setter listed here takes the same input (and a value type's text too) but never fails: it records the failure, and `.build()` returns every one at once.

 # Required fields

 - `.transaction_id(..)` — JSON key `transactionId`. The id of the authorisation to cancel.
 - `.merchant_id(..)` — JSON key `merchant_id`. Your merchant id (`merchant_id!("...")`, or parsed from your configuration).*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct VoidRequestBuilder<
    __TransactionId = ::payment_core::builder::Unset,
    __MerchantId = ::payment_core::builder::Unset,
    __Mode = ::payment_core::builder::Checked,
> {
    __values: __VoidRequestBuilderValues,
    __state: ::core::marker::PhantomData<
        fn() -> (__TransactionId, __MerchantId, __Mode),
    >,
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __TransactionId,
    __MerchantId,
    __Mode,
> VoidRequestBuilder<__TransactionId, __MerchantId, __Mode> {
    /// The id of the authorisation to cancel.
    /**
 Sets the field.
 Required; JSON key `transactionId`.*/
    #[inline(always)]
    pub fn transaction_id(
        self,
        value: impl ::core::convert::Into<TransactionId>,
    ) -> VoidRequestBuilder<::payment_core::builder::Set, __MerchantId, __Mode>
    where
        __TransactionId: void_request_builder::transaction_id_is_unset,
    {
        let mut __values = self.__values;
        let value: TransactionId = ::core::convert::Into::<TransactionId>::into(value);
        {
            __values.transaction_id = ::core::option::Option::Some(value);
            VoidRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
    /**
 Sets the field.
 Required; JSON key `merchant_id`.*/
    #[inline(always)]
    pub fn merchant_id<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<MerchantId, __Via, __Mode>,
    ) -> VoidRequestBuilder<__TransactionId, ::payment_core::builder::Set, __Mode>
    where
        __MerchantId: void_request_builder::merchant_id_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<MerchantId> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "merchant_id",
                "merchant_id",
            );
        {
            __values.merchant_id = value;
            VoidRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __TransactionId,
    __MerchantId,
> VoidRequestBuilder<__TransactionId, __MerchantId, ::payment_core::builder::Checked> {
    /// Builds the [`VoidRequest`]. Available once every required field is set.
    #[inline(always)]
    pub fn build(self) -> VoidRequest
    where
        __TransactionId: void_request_builder::transaction_id_is_set,
        __MerchantId: void_request_builder::merchant_id_is_set,
    {
        ::payment_core::__private::required(self.__values.into_struct())
    }
    /// From here on no setter fails: each rule failure is recorded with its wire path and its Rust field path, and `.build()` returns `Result<_, ValidationReport>` with every failure at once (nested builders included). Required fields are still checked at compile time.
    #[inline(always)]
    pub fn collect_errors(
        self,
    ) -> VoidRequestBuilder<
        __TransactionId,
        __MerchantId,
        ::payment_core::builder::Collecting,
    > {
        VoidRequestBuilder {
            __values: self.__values,
            __state: ::core::marker::PhantomData,
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __TransactionId,
    __MerchantId,
> VoidRequestBuilder<
    __TransactionId,
    __MerchantId,
    ::payment_core::builder::Collecting,
> {
    /// Builds the [`VoidRequest`], or returns every rule failure recorded since `.collect_errors()` (nested builders included), each with its wire path and its Rust field path. Available once every required field is set.
    #[inline(always)]
    pub fn build(
        self,
    ) -> ::core::result::Result<VoidRequest, ::payment_core::wire::ValidationReport>
    where
        __TransactionId: void_request_builder::transaction_id_is_set,
        __MerchantId: void_request_builder::merchant_id_is_set,
    {
        let mut values = self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish(value)
    }
}
#[doc(hidden)]
impl<__TransactionId, __MerchantId> ::payment_core::builder::Nested<VoidRequest>
for VoidRequestBuilder<__TransactionId, __MerchantId, ::payment_core::builder::Checked>
where
    __TransactionId: void_request_builder::transaction_id_is_set,
    __MerchantId: void_request_builder::merchant_id_is_set,
{
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(VoidRequest) -> __N,
    ) -> __N {
        then(self.build())
    }
}
#[doc(hidden)]
impl<__TransactionId, __MerchantId> ::payment_core::builder::CollectNested<VoidRequest>
for VoidRequestBuilder<
    __TransactionId,
    __MerchantId,
    ::payment_core::builder::Collecting,
>
where
    __TransactionId: void_request_builder::transaction_id_is_set,
    __MerchantId: void_request_builder::merchant_id_is_set,
{
    #[inline]
    fn finish_collecting(
        self,
    ) -> ::core::result::Result<VoidRequest, ::payment_core::__private::Errors> {
        let mut values = self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish_nested(value)
    }
}
#[doc(hidden)]
impl ::payment_core::builder::CanCollect for VoidRequest {
    type Collecting = VoidRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    >;
    #[inline]
    fn collecting() -> VoidRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    > {
        Self::builder().collect_errors()
    }
}
impl<__TransactionId, __MerchantId, __Mode> ::core::fmt::Debug
for VoidRequestBuilder<__TransactionId, __MerchantId, __Mode> {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "VoidRequestBuilder",
            &[
                ("transaction_id", self.__values.transaction_id.is_some()),
                ("merchant_id", self.__values.merchant_id.is_some()),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::builder::Buildable for VoidRequest {
    type Builder = VoidRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    >;
    #[inline]
    fn builder() -> VoidRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    > {
        Self::builder()
    }
}
impl VoidRequest {
    /// Starts a [`VoidRequestBuilder`]: set every required field, then call `.build()`. A missing field is a compile error that names it.
    #[inline]
    pub fn builder() -> VoidRequestBuilder {
        VoidRequestBuilder {
            __values: __VoidRequestBuilderValues {
                transaction_id: ::core::option::Option::None,
                merchant_id: ::core::option::Option::None,
                __errors: ::payment_core::__private::Errors::new(),
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
    /// The id of the authorisation to cancel.
    #[inline]
    pub fn transaction_id(&self) -> &TransactionId {
        &self.transaction_id
    }
    /// Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
    #[inline]
    pub fn merchant_id(&self) -> &MerchantId {
        &self.merchant_id
    }
}
impl ::payment_core::__private::serde::Serialize for VoidRequest {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::payment_core::__private::write_struct(
            serializer,
            &[
                (
                    "transactionId",
                    ::payment_core::__private::Entry::Value(&self.transaction_id),
                ),
                (
                    "merchant_id",
                    ::payment_core::__private::Entry::Value(&self.merchant_id),
                ),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectStruct for VoidRequest {
    const EXPECTING: &'static str = "a VoidRequest object";
    const NAMES: &'static [&'static str] = &["transactionId", "merchant_id"];
    type Values = __VoidRequestBuilderValues;
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
                        &mut values.transaction_id,
                    ),
                )
            }
            1usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.merchant_id,
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
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for VoidRequest {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for VoidRequest {
    #[inline]
    fn check_rules(&self, _c: &mut ::payment_core::wire::Collector) {}
}
impl ::payment_core::__private::validator::Validate for VoidRequest {
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
impl ::payment_core::schema::Schema for VoidRequest {
    fn schema() -> ::payment_core::__private::serde_json::Value {
        let mut properties = ::std::vec::Vec::new();
        let mut required_keys: ::std::vec::Vec<&'static str> = ::std::vec::Vec::new();
        properties
            .push((
                "transactionId",
                ::payment_core::__private::schema_build::Field(
                        <TransactionId as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("transactionId");
        properties
            .push((
                "merchant_id",
                ::payment_core::__private::schema_build::Field(
                        <MerchantId as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("merchant_id");
        ::payment_core::__private::schema_build::object(properties, required_keys)
    }
}

