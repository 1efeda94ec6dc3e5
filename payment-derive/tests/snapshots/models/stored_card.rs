// ---- #[derive(Builder)] on `StoredCardRequest` ----
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub mod stored_card_request_builder {
    #[diagnostic::on_unimplemented(
        message = "`StoredCardRequestBuilder::build()` is missing required field `amount`",
        label = "call `.amount(..)` before this"
    )]
    pub trait amount_is_set: ::payment_core::__private::IsSet {}
    impl amount_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `amount` of `StoredCardRequestBuilder` is already set",
        label = "`.amount(..)` was already called on this builder"
    )]
    pub trait amount_is_unset {}
    impl amount_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`StoredCardRequestBuilder::build()` is missing required field `currency`",
        label = "call `.currency(..)` before this"
    )]
    pub trait currency_is_set: ::payment_core::__private::IsSet {}
    impl currency_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `currency` of `StoredCardRequestBuilder` is already set",
        label = "`.currency(..)` was already called on this builder"
    )]
    pub trait currency_is_unset {}
    impl currency_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`StoredCardRequestBuilder::build()` is missing required field `payment_source`",
        label = "call `.payment_source(..)` before this",
        note = "a stored-card request takes exactly one payment source: a `Card` to charge and store (`.payment_source(card)`), or a `StoredCardToken` from an earlier answer (`.payment_source(token)`)"
    )]
    pub trait payment_source_is_set: ::payment_core::__private::IsSet {}
    impl payment_source_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `payment_source` of `StoredCardRequestBuilder` is already set",
        label = "`.payment_source(..)` was already called on this builder",
        note = "a stored-card request takes exactly one payment source: a `Card` to charge and store (`.payment_source(card)`), or a `StoredCardToken` from an earlier answer (`.payment_source(token)`)"
    )]
    pub trait payment_source_is_unset {}
    impl payment_source_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`StoredCardRequestBuilder::build()` is missing required field `merchant_txn_ref`",
        label = "call `.merchant_txn_ref(..)` before this"
    )]
    pub trait merchant_txn_ref_is_set: ::payment_core::__private::IsSet {}
    impl merchant_txn_ref_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `merchant_txn_ref` of `StoredCardRequestBuilder` is already set",
        label = "`.merchant_txn_ref(..)` was already called on this builder"
    )]
    pub trait merchant_txn_ref_is_unset {}
    impl merchant_txn_ref_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`StoredCardRequestBuilder::build()` is missing required field `customer_ip`",
        label = "call `.customer_ip(..)` before this"
    )]
    pub trait customer_ip_is_set: ::payment_core::__private::IsSet {}
    impl customer_ip_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `customer_ip` of `StoredCardRequestBuilder` is already set",
        label = "`.customer_ip(..)` was already called on this builder"
    )]
    pub trait customer_ip_is_unset {}
    impl customer_ip_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`StoredCardRequestBuilder::build()` is missing required field `merchant_id`",
        label = "call `.merchant_id(..)` before this"
    )]
    pub trait merchant_id_is_set: ::payment_core::__private::IsSet {}
    impl merchant_id_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `merchant_id` of `StoredCardRequestBuilder` is already set",
        label = "`.merchant_id(..)` was already called on this builder"
    )]
    pub trait merchant_id_is_unset {}
    impl merchant_id_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`StoredCardRequestBuilder::build()` is missing required field `return_url`",
        label = "call `.return_url(..)` before this"
    )]
    pub trait return_url_is_set: ::payment_core::__private::IsSet {}
    impl return_url_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `return_url` of `StoredCardRequestBuilder` is already set",
        label = "`.return_url(..)` was already called on this builder"
    )]
    pub trait return_url_is_unset {}
    impl return_url_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`StoredCardRequestBuilder::build()` is missing required field `billing_address`",
        label = "call `.billing_address(..)` before this"
    )]
    pub trait billing_address_is_set: ::payment_core::__private::IsSet {}
    impl billing_address_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `billing_address` of `StoredCardRequestBuilder` is already set",
        label = "`.billing_address(..)` was already called on this builder"
    )]
    pub trait billing_address_is_unset {}
    impl billing_address_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`.return_url(..)` takes a closure that fills the field's builder, not `{Self}`",
        label = "expected a closure such as `|b| b.field(..)`; for a value built beforehand call `.return_url_value(..)`",
        note = "to set a `ReturnUrl` you already have, call `.return_url_value(value)` instead"
    )]
    pub trait return_url_closure<B, R>: ::core::ops::FnOnce(B) -> R {}
    #[diagnostic::do_not_recommend]
    impl<B, R, F: ::core::ops::FnOnce(B) -> R> return_url_closure<B, R> for F {}
    #[diagnostic::on_unimplemented(
        message = "`.billing_address(..)` takes a closure that fills the field's builder, not `{Self}`",
        label = "expected a closure such as `|b| b.field(..)`; for a value built beforehand call `.billing_address_value(..)`",
        note = "to set a `Address` you already have, call `.billing_address_value(value)` instead"
    )]
    pub trait billing_address_closure<B, R>: ::core::ops::FnOnce(B) -> R {}
    #[diagnostic::do_not_recommend]
    impl<B, R, F: ::core::ops::FnOnce(B) -> R> billing_address_closure<B, R> for F {}
    #[diagnostic::on_unimplemented(
        message = "`.shipping_address(..)` takes a closure that fills the field's builder, not `{Self}`",
        label = "expected a closure such as `|b| b.field(..)`; for a value built beforehand call `.shipping_address_value(..)`",
        note = "to set a `Address` you already have, call `.shipping_address_value(value)` instead"
    )]
    pub trait shipping_address_closure<B, R>: ::core::ops::FnOnce(B) -> R {}
    #[diagnostic::do_not_recommend]
    impl<B, R, F: ::core::ops::FnOnce(B) -> R> shipping_address_closure<B, R> for F {}
    #[diagnostic::on_unimplemented(
        message = "`.browser_info(..)` takes a closure that fills the field's builder, not `{Self}`",
        label = "expected a closure such as `|b| b.field(..)`; for a value built beforehand call `.browser_info_value(..)`",
        note = "to set a `BrowserInfo` you already have, call `.browser_info_value(value)` instead"
    )]
    pub trait browser_info_closure<B, R>: ::core::ops::FnOnce(B) -> R {}
    #[diagnostic::do_not_recommend]
    impl<B, R, F: ::core::ops::FnOnce(B) -> R> browser_info_closure<B, R> for F {}
}
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub struct __StoredCardRequestBuilderValues {
    amount: ::core::option::Option<Amount>,
    currency: ::core::option::Option<Currency>,
    payment_source: ::core::option::Option<PaymentSource>,
    __payment_source_partial: ::payment_core::__private::Partial<
        PaymentSource,
        ::payment_core::__private::Natural,
    >,
    merchant_txn_ref: ::core::option::Option<String>,
    customer_ip: ::core::option::Option<IpAddr>,
    merchant_id: ::core::option::Option<MerchantId>,
    return_url: ::core::option::Option<ReturnUrl>,
    billing_address: ::core::option::Option<Address>,
    shipping_address: Option<Address>,
    browser_info: Option<BrowserInfo>,
    time_zone: Option<String>,
    __errors: ::payment_core::__private::Errors,
}
impl __StoredCardRequestBuilderValues {
    #[inline]
    fn into_struct(self) -> ::core::option::Option<StoredCardRequest> {
        let (
            ::core::option::Option::Some(amount),
            ::core::option::Option::Some(currency),
            ::core::option::Option::Some(payment_source),
            ::core::option::Option::Some(merchant_txn_ref),
            ::core::option::Option::Some(customer_ip),
            ::core::option::Option::Some(merchant_id),
            ::core::option::Option::Some(return_url),
            ::core::option::Option::Some(billing_address),
        ) = (
            self.amount,
            self.currency,
            self.payment_source,
            self.merchant_txn_ref,
            self.customer_ip,
            self.merchant_id,
            self.return_url,
            self.billing_address,
        ) else {
            return ::core::option::Option::None;
        };
        ::core::option::Option::Some(StoredCardRequest {
            amount,
            currency,
            payment_source,
            merchant_txn_ref,
            customer_ip,
            merchant_id,
            return_url,
            billing_address,
            shipping_address: self.shipping_address,
            browser_info: self.browser_info,
            time_zone: self.time_zone,
        })
    }
}
/** Builder for [`StoredCardRequest`], made by `StoredCardRequest::builder()`.

 Call one setter per field, then `.build()`. `.build()` is only available once every required field
 is set: a missing field is a compile error naming it, and so is setting a field twice.
 Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value
 is always valid.

 After `.collect_errors()` every setter listed here takes the same input (and a value type's text too) but never fails: it records the failure, and `.build()` returns every one at once.

 # Required fields

 - `.amount(..)` — JSON key `amount`. The amount in minor units of `currency`, sent as a string (see [`Money`](crate::Money)).
 - `.currency(..)` — JSON key `currency`. The ISO 4217 currency.
 - `.payment_source(..)` — flattened into the object's keys. What is charged: a card to store, or a stored card. Sent as `card` and `payment_method`.
 - `.merchant_txn_ref(..)` — JSON key `merchant_txn_ref`; rules: `length(min = 1, max = 45)`, `text` (no control characters or bidirectional overrides). Your reference for this payment, 1 to 45 characters; echoed in the response.
 - `.customer_ip(..)` — JSON key `customer_ip`. The shopper's IP address (IPv4 or IPv6).
 - `.merchant_id(..)` — JSON key `merchant_id`. Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
 - `.return_url(..)` — JSON key `return_url`. Where the shopper's browser and the gateway's notification go after the payment.
 - `.billing_address(..)` — JSON key `billing_address`. The billing address.

 # Optional fields

 - `.shipping_address(..)` / `.maybe_shipping_address(..)` — JSON key `shipping_address`. The shipping address, if any.
 - `.browser_info(..)` / `.maybe_browser_info(..)` — JSON key `browser_info`. The shopper's browser, for 3-D Secure.
 - `.time_zone(..)` / `.maybe_time_zone(..)` — JSON key `time_zone`; rules: `custom = super::payment::time_zone`. The shopper's time zone, an IANA name such as `Asia/Kuala_Lumpur` (at most 128 characters).*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct StoredCardRequestBuilder<
    __Amount = ::payment_core::builder::Unset,
    __Currency = ::payment_core::builder::Unset,
    __PaymentSource = ::payment_core::builder::Unset,
    __MerchantTxnRef = ::payment_core::builder::Unset,
    __CustomerIp = ::payment_core::builder::Unset,
    __MerchantId = ::payment_core::builder::Unset,
    __ReturnUrl = ::payment_core::builder::Unset,
    __BillingAddress = ::payment_core::builder::Unset,
    __Mode = ::payment_core::builder::Checked,
> {
    __values: ::std::boxed::Box<__StoredCardRequestBuilderValues>,
    __state: ::core::marker::PhantomData<
        fn() -> (
            __Amount,
            __Currency,
            __PaymentSource,
            __MerchantTxnRef,
            __CustomerIp,
            __MerchantId,
            __ReturnUrl,
            __BillingAddress,
            __Mode,
        ),
    >,
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __Amount,
    __Currency,
    __PaymentSource,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    __Mode,
> StoredCardRequestBuilder<
    __Amount,
    __Currency,
    __PaymentSource,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    __Mode,
> {
    /// The amount in minor units of `currency`, sent as a string (see [`Money`](crate::Money)).
    /**
 Sets the field.
 Required; JSON key `amount`.*/
    #[inline(always)]
    pub fn amount<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Amount, __Via, __Mode>,
    ) -> StoredCardRequestBuilder<
        ::payment_core::builder::Set,
        __Currency,
        __PaymentSource,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        __Mode,
    >
    where
        __Amount: stored_card_request_builder::amount_is_unset,
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
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// The ISO 4217 currency.
    /**
 Sets the field.
 Required; JSON key `currency`.*/
    #[inline(always)]
    pub fn currency<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Currency, __Via, __Mode>,
    ) -> StoredCardRequestBuilder<
        __Amount,
        ::payment_core::builder::Set,
        __PaymentSource,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        __Mode,
    >
    where
        __Currency: stored_card_request_builder::currency_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<Currency> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "currency",
                "currency",
            );
        {
            __values.currency = value;
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// What is charged: a card to store, or a stored card. Sent as `card` and `payment_method`.
    /**
 Sets the field.
 Required; flattened into the object's keys.*/
    #[inline(always)]
    pub fn payment_source(
        self,
        value: impl ::core::convert::Into<PaymentSource>,
    ) -> StoredCardRequestBuilder<
        __Amount,
        __Currency,
        ::payment_core::builder::Set,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        __Mode,
    >
    where
        __PaymentSource: stored_card_request_builder::payment_source_is_unset,
    {
        let mut __values = self.__values;
        let value: PaymentSource = ::core::convert::Into::<PaymentSource>::into(value);
        {
            __values.payment_source = ::core::option::Option::Some(value);
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// The shopper's IP address (IPv4 or IPv6).
    /**
 Sets the field.
 Required; JSON key `customer_ip`.*/
    #[inline(always)]
    pub fn customer_ip<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<IpAddr, __Via, __Mode>,
    ) -> StoredCardRequestBuilder<
        __Amount,
        __Currency,
        __PaymentSource,
        __MerchantTxnRef,
        ::payment_core::builder::Set,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        __Mode,
    >
    where
        __CustomerIp: stored_card_request_builder::customer_ip_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<IpAddr> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "customer_ip",
                "customer_ip",
            );
        {
            __values.customer_ip = value;
            StoredCardRequestBuilder {
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
    ) -> StoredCardRequestBuilder<
        __Amount,
        __Currency,
        __PaymentSource,
        __MerchantTxnRef,
        __CustomerIp,
        ::payment_core::builder::Set,
        __ReturnUrl,
        __BillingAddress,
        __Mode,
    >
    where
        __MerchantId: stored_card_request_builder::merchant_id_is_unset,
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
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets the field to a value built beforehand (see [`Self::return_url`]).
    #[inline(always)]
    pub fn return_url_value(
        self,
        value: impl ::core::convert::Into<ReturnUrl>,
    ) -> StoredCardRequestBuilder<
        __Amount,
        __Currency,
        __PaymentSource,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        ::payment_core::builder::Set,
        __BillingAddress,
        __Mode,
    >
    where
        __ReturnUrl: stored_card_request_builder::return_url_is_unset,
    {
        let mut __values = self.__values;
        let value: ReturnUrl = ::core::convert::Into::into(value);
        {
            __values.return_url = ::core::option::Option::Some(value);
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets the field to a value built beforehand (see [`Self::billing_address`]).
    #[inline(always)]
    pub fn billing_address_value(
        self,
        value: impl ::core::convert::Into<Address>,
    ) -> StoredCardRequestBuilder<
        __Amount,
        __Currency,
        __PaymentSource,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        ::payment_core::builder::Set,
        __Mode,
    >
    where
        __BillingAddress: stored_card_request_builder::billing_address_is_unset,
    {
        let mut __values = self.__values;
        let value: Address = ::core::convert::Into::into(value);
        {
            __values.billing_address = ::core::option::Option::Some(value);
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets the field to a value built beforehand (see [`Self::shipping_address`]).
    #[inline(always)]
    pub fn shipping_address_value(
        self,
        value: impl ::core::convert::Into<Address>,
    ) -> Self {
        let mut __values = self.__values;
        let value: Address = ::core::convert::Into::into(value);
        {
            __values.shipping_address = ::core::option::Option::Some(value);
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets the field from an `Option`: `None` leaves it out (see [`Self::shipping_address`]).
    #[inline(always)]
    pub fn maybe_shipping_address(self, value: ::core::option::Option<Address>) -> Self {
        let mut __values = self.__values;
        {
            __values.shipping_address = value;
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets the field to a value built beforehand (see [`Self::browser_info`]).
    #[inline(always)]
    pub fn browser_info_value(
        self,
        value: impl ::core::convert::Into<BrowserInfo>,
    ) -> Self {
        let mut __values = self.__values;
        let value: BrowserInfo = ::core::convert::Into::into(value);
        {
            __values.browser_info = ::core::option::Option::Some(value);
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets the field from an `Option`: `None` leaves it out (see [`Self::browser_info`]).
    #[inline(always)]
    pub fn maybe_browser_info(self, value: ::core::option::Option<BrowserInfo>) -> Self {
        let mut __values = self.__values;
        {
            __values.browser_info = value;
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets `amount` and `currency` from one [`Money`](::payment_core::Money) (`money!(12.50 USD)`, `Money::from_major("12.50", currency)?`): the amount in the currency's minor units, as the wire reads it ([`Money::wire_amount`](::payment_core::Money::wire_amount)). In `.collect_errors()` mode it also takes the price as text, `"19.99 USD"` or `("19.99", "USD")`          (or a `Currency` for the second), converted as `Money::from_major` does; a refusal is recorded at          the amount or the currency for `.build()` to report.
    #[inline(always)]
    pub fn money<__Via>(
        self,
        value: impl ::payment_core::builder::IntoMoney<__Via, __Mode>,
    ) -> StoredCardRequestBuilder<
        ::payment_core::builder::Set,
        ::payment_core::builder::Set,
        __PaymentSource,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        __Mode,
    >
    where
        __Amount: stored_card_request_builder::amount_is_unset,
        __Currency: stored_card_request_builder::currency_is_unset,
    {
        let mut __values = self.__values;
        let money: ::core::option::Option<::payment_core::Money> = __values
            .__errors
            .take_money(
                ::payment_core::builder::IntoMoney::into_money(value),
                ("amount", "amount"),
                ("currency", "currency"),
            );
        __values.amount = money.map(::payment_core::Money::wire_amount);
        __values.currency = money.map(::payment_core::Money::currency);
        StoredCardRequestBuilder {
            __values,
            __state: ::core::marker::PhantomData,
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __Amount,
    __Currency,
    __PaymentSource,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
> StoredCardRequestBuilder<
    __Amount,
    __Currency,
    __PaymentSource,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    ::payment_core::builder::Checked,
> {
    /// Your reference for this payment, 1 to 45 characters; echoed in the response.
    /**
 Sets the field, checking its rules.
 Required; JSON key `merchant_txn_ref`.
 Rules: `length(min = 1, max = 45)`, `text` (no control characters or bidirectional overrides). A value breaking them is returned as a `FieldError` at `merchant_txn_ref`.*/
    #[inline(always)]
    pub fn merchant_txn_ref(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<
        StoredCardRequestBuilder<
            __Amount,
            __Currency,
            __PaymentSource,
            ::payment_core::builder::Set,
            __CustomerIp,
            __MerchantId,
            __ReturnUrl,
            __BillingAddress,
            ::payment_core::builder::Checked,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __MerchantTxnRef: stored_card_request_builder::merchant_txn_ref_is_unset,
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
                        e.at_field("merchant_txn_ref", "merchant_txn_ref"),
                    );
                }
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(
                        e.at_field("merchant_txn_ref", "merchant_txn_ref"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.merchant_txn_ref = ::core::option::Option::Some(value);
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Where the shopper's browser and the gateway's notification go after the payment.
    /**
 Sets the field with a closure that configures its builder: `.return_url(|b| b.field(..)...)`. Returning a `Result` from the closure (to use `?` on validating setters) makes this setter return a `Result` too, with `return_url.` in front of the error's path.
 Required; JSON key `return_url`.*/
    #[inline(always)]
    pub fn return_url<__B>(
        self,
        build: impl stored_card_request_builder::return_url_closure<
            <ReturnUrl as ::payment_core::builder::Buildable>::Builder,
            __B,
        >,
    ) -> <__B as ::payment_core::builder::Nested<
        ReturnUrl,
    >>::Output<
        StoredCardRequestBuilder<
            __Amount,
            __Currency,
            __PaymentSource,
            __MerchantTxnRef,
            __CustomerIp,
            __MerchantId,
            ::payment_core::builder::Set,
            __BillingAddress,
            ::payment_core::builder::Checked,
        >,
    >
    where
        __B: ::payment_core::builder::Nested<ReturnUrl>,
        __ReturnUrl: stored_card_request_builder::return_url_is_unset,
    {
        let mut __values = self.__values;
        let start = <ReturnUrl as ::payment_core::builder::Buildable>::builder();
        ::payment_core::builder::Nested::finish_into(
            build(start),
            "return_url",
            "return_url",
            move |value| {
                __values.return_url = ::core::option::Option::Some(value);
                StoredCardRequestBuilder {
                    __values,
                    __state: ::core::marker::PhantomData,
                }
            },
        )
    }
    /// The billing address.
    /**
 Sets the field with a closure that configures its builder: `.billing_address(|b| b.field(..)...)`. Returning a `Result` from the closure (to use `?` on validating setters) makes this setter return a `Result` too, with `billing_address.` in front of the error's path.
 Required; JSON key `billing_address`.*/
    #[inline(always)]
    pub fn billing_address<__B>(
        self,
        build: impl stored_card_request_builder::billing_address_closure<
            <Address as ::payment_core::builder::Buildable>::Builder,
            __B,
        >,
    ) -> <__B as ::payment_core::builder::Nested<
        Address,
    >>::Output<
        StoredCardRequestBuilder<
            __Amount,
            __Currency,
            __PaymentSource,
            __MerchantTxnRef,
            __CustomerIp,
            __MerchantId,
            __ReturnUrl,
            ::payment_core::builder::Set,
            ::payment_core::builder::Checked,
        >,
    >
    where
        __B: ::payment_core::builder::Nested<Address>,
        __BillingAddress: stored_card_request_builder::billing_address_is_unset,
    {
        let mut __values = self.__values;
        let start = <Address as ::payment_core::builder::Buildable>::builder();
        ::payment_core::builder::Nested::finish_into(
            build(start),
            "billing_address",
            "billing_address",
            move |value| {
                __values.billing_address = ::core::option::Option::Some(value);
                StoredCardRequestBuilder {
                    __values,
                    __state: ::core::marker::PhantomData,
                }
            },
        )
    }
    /// The shipping address, if any.
    /**
 Sets the field with a closure that configures its builder: `.shipping_address(|b| b.field(..)...)`. Returning a `Result` from the closure (to use `?` on validating setters) makes this setter return a `Result` too, with `shipping_address.` in front of the error's path.
 Optional (left out: `None`); JSON key `shipping_address`.*/
    #[inline(always)]
    pub fn shipping_address<__B>(
        self,
        build: impl stored_card_request_builder::shipping_address_closure<
            <Address as ::payment_core::builder::Buildable>::Builder,
            __B,
        >,
    ) -> <__B as ::payment_core::builder::Nested<Address>>::Output<Self>
    where
        __B: ::payment_core::builder::Nested<Address>,
    {
        let mut __values = self.__values;
        let start = <Address as ::payment_core::builder::Buildable>::builder();
        ::payment_core::builder::Nested::finish_into(
            build(start),
            "shipping_address",
            "shipping_address",
            move |value| {
                __values.shipping_address = ::core::option::Option::Some(value);
                StoredCardRequestBuilder {
                    __values,
                    __state: ::core::marker::PhantomData,
                }
            },
        )
    }
    /// The shopper's browser, for 3-D Secure.
    /**
 Sets the field with a closure that configures its builder: `.browser_info(|b| b.field(..)...)`. Returning a `Result` from the closure (to use `?` on validating setters) makes this setter return a `Result` too, with `browser_info.` in front of the error's path.
 Optional (left out: `None`); JSON key `browser_info`.*/
    #[inline(always)]
    pub fn browser_info<__B>(
        self,
        build: impl stored_card_request_builder::browser_info_closure<
            <BrowserInfo as ::payment_core::builder::Buildable>::Builder,
            __B,
        >,
    ) -> <__B as ::payment_core::builder::Nested<BrowserInfo>>::Output<Self>
    where
        __B: ::payment_core::builder::Nested<BrowserInfo>,
    {
        let mut __values = self.__values;
        let start = <BrowserInfo as ::payment_core::builder::Buildable>::builder();
        ::payment_core::builder::Nested::finish_into(
            build(start),
            "browser_info",
            "browser_info",
            move |value| {
                __values.browser_info = ::core::option::Option::Some(value);
                StoredCardRequestBuilder {
                    __values,
                    __state: ::core::marker::PhantomData,
                }
            },
        )
    }
    /// The shopper's time zone, an IANA name such as `Asia/Kuala_Lumpur` (at most 128 characters).
    /**
 Sets the field, checking its rules.
 Optional (left out: `None`); JSON key `time_zone`.
 Rules: `custom = super::payment::time_zone`. A value breaking them is returned as a `FieldError` at `time_zone`.*/
    #[inline(always)]
    pub fn time_zone(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<Self, ::payment_core::wire::FieldError> {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = super::payment::time_zone(v) {
                    return ::core::result::Result::Err(
                        e.at_field("time_zone", "time_zone"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.time_zone = ::core::option::Option::Some(value);
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Sets the field from an `Option`: `None` leaves it out (see [`Self::time_zone`]).
    #[inline(always)]
    pub fn maybe_time_zone(
        self,
        value: ::core::option::Option<String>,
    ) -> ::core::result::Result<Self, ::payment_core::wire::FieldError> {
        let mut __values = self.__values;
        let value: ::core::option::Option<String> = value;
        if let ::core::option::Option::Some(v) = &value {
            '__rules: {
                if let ::core::result::Result::Err(e) = super::payment::time_zone(v) {
                    return ::core::result::Result::Err(
                        e.at_field("time_zone", "time_zone"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.time_zone = value;
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Builds the [`StoredCardRequest`]. Available once every required field is set.
    #[inline(always)]
    pub fn build(self) -> StoredCardRequest
    where
        __Amount: stored_card_request_builder::amount_is_set,
        __Currency: stored_card_request_builder::currency_is_set,
        __PaymentSource: stored_card_request_builder::payment_source_is_set,
        __MerchantTxnRef: stored_card_request_builder::merchant_txn_ref_is_set,
        __CustomerIp: stored_card_request_builder::customer_ip_is_set,
        __MerchantId: stored_card_request_builder::merchant_id_is_set,
        __ReturnUrl: stored_card_request_builder::return_url_is_set,
        __BillingAddress: stored_card_request_builder::billing_address_is_set,
    {
        ::payment_core::__private::required((*self.__values).into_struct())
    }
    /// From here on no setter fails: each rule failure is recorded with its wire path and its Rust field path, and `.build()` returns `Result<_, ValidationReport>` with every failure at once (nested builders included). Required fields are still checked at compile time.
    #[inline(always)]
    pub fn collect_errors(
        self,
    ) -> StoredCardRequestBuilder<
        __Amount,
        __Currency,
        __PaymentSource,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        ::payment_core::builder::Collecting,
    > {
        StoredCardRequestBuilder {
            __values: self.__values,
            __state: ::core::marker::PhantomData,
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __Amount,
    __Currency,
    __PaymentSource,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
> StoredCardRequestBuilder<
    __Amount,
    __Currency,
    __PaymentSource,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    ::payment_core::builder::Collecting,
> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn merchant_txn_ref(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> StoredCardRequestBuilder<
        __Amount,
        __Currency,
        __PaymentSource,
        ::payment_core::builder::Set,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        ::payment_core::builder::Collecting,
    >
    where
        __MerchantTxnRef: stored_card_request_builder::merchant_txn_ref_is_unset,
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
                    __values
                        .__errors
                        .record(e.at_field("merchant_txn_ref", "merchant_txn_ref"));
                    break '__rules;
                }
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values
                        .__errors
                        .record(e.at_field("merchant_txn_ref", "merchant_txn_ref"));
                    break '__rules;
                }
            }
        }
        {
            __values.merchant_txn_ref = ::core::option::Option::Some(value);
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn return_url<__B>(
        self,
        build: impl stored_card_request_builder::return_url_closure<
            <ReturnUrl as ::payment_core::builder::CanCollect>::Collecting,
            __B,
        >,
    ) -> StoredCardRequestBuilder<
        __Amount,
        __Currency,
        __PaymentSource,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        ::payment_core::builder::Set,
        __BillingAddress,
        ::payment_core::builder::Collecting,
    >
    where
        ReturnUrl: ::payment_core::builder::CanCollect,
        __B: ::payment_core::builder::CollectNested<ReturnUrl>,
        __ReturnUrl: stored_card_request_builder::return_url_is_unset,
    {
        let mut __values = self.__values;
        let nested = ::payment_core::builder::CollectNested::finish_collecting(
            build(<ReturnUrl as ::payment_core::builder::CanCollect>::collecting()),
        );
        let value = __values.__errors.take_nested(nested, "return_url", "return_url");
        {
            __values.return_url = value;
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn billing_address<__B>(
        self,
        build: impl stored_card_request_builder::billing_address_closure<
            <Address as ::payment_core::builder::CanCollect>::Collecting,
            __B,
        >,
    ) -> StoredCardRequestBuilder<
        __Amount,
        __Currency,
        __PaymentSource,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        ::payment_core::builder::Set,
        ::payment_core::builder::Collecting,
    >
    where
        Address: ::payment_core::builder::CanCollect,
        __B: ::payment_core::builder::CollectNested<Address>,
        __BillingAddress: stored_card_request_builder::billing_address_is_unset,
    {
        let mut __values = self.__values;
        let nested = ::payment_core::builder::CollectNested::finish_collecting(
            build(<Address as ::payment_core::builder::CanCollect>::collecting()),
        );
        let value = __values
            .__errors
            .take_nested(nested, "billing_address", "billing_address");
        {
            __values.billing_address = value;
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn shipping_address<__B>(
        self,
        build: impl stored_card_request_builder::shipping_address_closure<
            <Address as ::payment_core::builder::CanCollect>::Collecting,
            __B,
        >,
    ) -> Self
    where
        Address: ::payment_core::builder::CanCollect,
        __B: ::payment_core::builder::CollectNested<Address>,
    {
        let mut __values = self.__values;
        let nested = ::payment_core::builder::CollectNested::finish_collecting(
            build(<Address as ::payment_core::builder::CanCollect>::collecting()),
        );
        let value = __values
            .__errors
            .take_nested(nested, "shipping_address", "shipping_address");
        {
            __values.shipping_address = value;
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn browser_info<__B>(
        self,
        build: impl stored_card_request_builder::browser_info_closure<
            <BrowserInfo as ::payment_core::builder::CanCollect>::Collecting,
            __B,
        >,
    ) -> Self
    where
        BrowserInfo: ::payment_core::builder::CanCollect,
        __B: ::payment_core::builder::CollectNested<BrowserInfo>,
    {
        let mut __values = self.__values;
        let nested = ::payment_core::builder::CollectNested::finish_collecting(
            build(<BrowserInfo as ::payment_core::builder::CanCollect>::collecting()),
        );
        let value = __values
            .__errors
            .take_nested(nested, "browser_info", "browser_info");
        {
            __values.browser_info = value;
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn time_zone(self, value: impl ::core::convert::Into<String>) -> Self {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = super::payment::time_zone(v) {
                    __values.__errors.record(e.at_field("time_zone", "time_zone"));
                    break '__rules;
                }
            }
        }
        {
            __values.time_zone = ::core::option::Option::Some(value);
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn maybe_time_zone(self, value: ::core::option::Option<String>) -> Self {
        let mut __values = self.__values;
        let value: ::core::option::Option<String> = value;
        if let ::core::option::Option::Some(v) = &value {
            '__rules: {
                if let ::core::result::Result::Err(e) = super::payment::time_zone(v) {
                    __values.__errors.record(e.at_field("time_zone", "time_zone"));
                    break '__rules;
                }
            }
        }
        {
            __values.time_zone = value;
            StoredCardRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Builds the [`StoredCardRequest`], or returns every rule failure recorded since `.collect_errors()` (nested builders included), each with its wire path and its Rust field path. Available once every required field is set.
    #[inline(always)]
    pub fn build(
        self,
    ) -> ::core::result::Result<
        StoredCardRequest,
        ::payment_core::wire::ValidationReport,
    >
    where
        __Amount: stored_card_request_builder::amount_is_set,
        __Currency: stored_card_request_builder::currency_is_set,
        __PaymentSource: stored_card_request_builder::payment_source_is_set,
        __MerchantTxnRef: stored_card_request_builder::merchant_txn_ref_is_set,
        __CustomerIp: stored_card_request_builder::customer_ip_is_set,
        __MerchantId: stored_card_request_builder::merchant_id_is_set,
        __ReturnUrl: stored_card_request_builder::return_url_is_set,
        __BillingAddress: stored_card_request_builder::billing_address_is_set,
    {
        let mut values = *self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish(value)
    }
}
#[doc(hidden)]
impl<
    __Amount,
    __Currency,
    __PaymentSource,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
> ::payment_core::builder::Nested<StoredCardRequest>
for StoredCardRequestBuilder<
    __Amount,
    __Currency,
    __PaymentSource,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    ::payment_core::builder::Checked,
>
where
    __Amount: stored_card_request_builder::amount_is_set,
    __Currency: stored_card_request_builder::currency_is_set,
    __PaymentSource: stored_card_request_builder::payment_source_is_set,
    __MerchantTxnRef: stored_card_request_builder::merchant_txn_ref_is_set,
    __CustomerIp: stored_card_request_builder::customer_ip_is_set,
    __MerchantId: stored_card_request_builder::merchant_id_is_set,
    __ReturnUrl: stored_card_request_builder::return_url_is_set,
    __BillingAddress: stored_card_request_builder::billing_address_is_set,
{
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(StoredCardRequest) -> __N,
    ) -> __N {
        then(self.build())
    }
}
#[doc(hidden)]
impl<
    __Amount,
    __Currency,
    __PaymentSource,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
> ::payment_core::builder::CollectNested<StoredCardRequest>
for StoredCardRequestBuilder<
    __Amount,
    __Currency,
    __PaymentSource,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    ::payment_core::builder::Collecting,
>
where
    __Amount: stored_card_request_builder::amount_is_set,
    __Currency: stored_card_request_builder::currency_is_set,
    __PaymentSource: stored_card_request_builder::payment_source_is_set,
    __MerchantTxnRef: stored_card_request_builder::merchant_txn_ref_is_set,
    __CustomerIp: stored_card_request_builder::customer_ip_is_set,
    __MerchantId: stored_card_request_builder::merchant_id_is_set,
    __ReturnUrl: stored_card_request_builder::return_url_is_set,
    __BillingAddress: stored_card_request_builder::billing_address_is_set,
{
    #[inline]
    fn finish_collecting(
        self,
    ) -> ::core::result::Result<StoredCardRequest, ::payment_core::__private::Errors> {
        let mut values = *self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish_nested(value)
    }
}
#[doc(hidden)]
impl ::payment_core::builder::CanCollect for StoredCardRequest {
    type Collecting = StoredCardRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    >;
    #[inline]
    fn collecting() -> StoredCardRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    > {
        Self::builder().collect_errors()
    }
}
impl<
    __Amount,
    __Currency,
    __PaymentSource,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    __Mode,
> ::core::fmt::Debug
for StoredCardRequestBuilder<
    __Amount,
    __Currency,
    __PaymentSource,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    __Mode,
> {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "StoredCardRequestBuilder",
            &[
                ("amount", self.__values.amount.is_some()),
                ("currency", self.__values.currency.is_some()),
                ("payment_source", self.__values.payment_source.is_some()),
                ("merchant_txn_ref", self.__values.merchant_txn_ref.is_some()),
                ("customer_ip", self.__values.customer_ip.is_some()),
                ("merchant_id", self.__values.merchant_id.is_some()),
                ("return_url", self.__values.return_url.is_some()),
                ("billing_address", self.__values.billing_address.is_some()),
                ("shipping_address", self.__values.shipping_address.is_some()),
                ("browser_info", self.__values.browser_info.is_some()),
                ("time_zone", self.__values.time_zone.is_some()),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::builder::Buildable for StoredCardRequest {
    type Builder = StoredCardRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    >;
    #[inline]
    fn builder() -> StoredCardRequestBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    > {
        Self::builder()
    }
}
impl StoredCardRequest {
    /// Starts a [`StoredCardRequestBuilder`]: set every required field, then call `.build()`. A missing field is a compile error that names it.
    #[inline]
    pub fn builder() -> StoredCardRequestBuilder {
        StoredCardRequestBuilder {
            __values: ::std::boxed::Box::new(__StoredCardRequestBuilderValues {
                amount: ::core::option::Option::None,
                currency: ::core::option::Option::None,
                payment_source: ::core::option::Option::None,
                __payment_source_partial: ::core::default::Default::default(),
                merchant_txn_ref: ::core::option::Option::None,
                customer_ip: ::core::option::Option::None,
                merchant_id: ::core::option::Option::None,
                return_url: ::core::option::Option::None,
                billing_address: ::core::option::Option::None,
                shipping_address: ::core::option::Option::None,
                browser_info: ::core::option::Option::None,
                time_zone: ::core::option::Option::None,
                __errors: ::payment_core::__private::Errors::new(),
            }),
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
    /// The amount in minor units of `currency`, sent as a string (see [`Money`](crate::Money)).
    #[inline]
    pub fn amount(&self) -> &Amount {
        &self.amount
    }
    /// The ISO 4217 currency.
    #[inline]
    pub fn currency(&self) -> &Currency {
        &self.currency
    }
    /// What is charged: a card to store, or a stored card. Sent as `card` and `payment_method`.
    #[inline]
    pub fn payment_source(&self) -> &PaymentSource {
        &self.payment_source
    }
    /// Your reference for this payment, 1 to 45 characters; echoed in the response.
    #[inline]
    pub fn merchant_txn_ref(&self) -> &String {
        &self.merchant_txn_ref
    }
    /// The shopper's IP address (IPv4 or IPv6).
    #[inline]
    pub fn customer_ip(&self) -> &IpAddr {
        &self.customer_ip
    }
    /// Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
    #[inline]
    pub fn merchant_id(&self) -> &MerchantId {
        &self.merchant_id
    }
    /// Where the shopper's browser and the gateway's notification go after the payment.
    #[inline]
    pub fn return_url(&self) -> &ReturnUrl {
        &self.return_url
    }
    /// The billing address.
    #[inline]
    pub fn billing_address(&self) -> &Address {
        &self.billing_address
    }
    /// The shipping address, if any.
    #[inline]
    pub fn shipping_address(&self) -> ::core::option::Option<&Address> {
        self.shipping_address.as_ref()
    }
    /// The shopper's browser, for 3-D Secure.
    #[inline]
    pub fn browser_info(&self) -> ::core::option::Option<&BrowserInfo> {
        self.browser_info.as_ref()
    }
    /// The shopper's time zone, an IANA name such as `Asia/Kuala_Lumpur` (at most 128 characters).
    #[inline]
    pub fn time_zone(&self) -> ::core::option::Option<&String> {
        self.time_zone.as_ref()
    }
}
impl ::payment_core::__private::serde::Serialize for StoredCardRequest {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::payment_core::__private::write_struct(
            serializer,
            &[
                ("amount", ::payment_core::__private::Entry::Value(&self.amount)),
                ("currency", ::payment_core::__private::Entry::Value(&self.currency)),
                (
                    "payment_source",
                    ::payment_core::__private::Entry::Flat(
                        &::payment_core::__private::FlatEntry::<
                            PaymentSource,
                            ::payment_core::__private::Natural,
                        >::new(
                            ::core::option::Option::Some(&self.payment_source),
                            <PaymentSource as ::payment_core::__private::Flatten<
                                ::payment_core::__private::Natural,
                            >>::KEYS,
                        ),
                    ),
                ),
                (
                    "merchant_txn_ref",
                    ::payment_core::__private::Entry::Value(&self.merchant_txn_ref),
                ),
                (
                    "customer_ip",
                    ::payment_core::__private::Entry::Value(&self.customer_ip),
                ),
                (
                    "merchant_id",
                    ::payment_core::__private::Entry::Value(&self.merchant_id),
                ),
                (
                    "return_url",
                    ::payment_core::__private::Entry::Value(&self.return_url),
                ),
                (
                    "billing_address",
                    ::payment_core::__private::Entry::Value(&self.billing_address),
                ),
                (
                    "shipping_address",
                    ::payment_core::__private::Entry::optional(&self.shipping_address),
                ),
                (
                    "browser_info",
                    ::payment_core::__private::Entry::optional(&self.browser_info),
                ),
                (
                    "time_zone",
                    ::payment_core::__private::Entry::optional(&self.time_zone),
                ),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectStruct for StoredCardRequest {
    const EXPECTING: &'static str = "a StoredCardRequest object";
    const NAMES: &'static [&'static str] = &[
        "amount",
        "currency",
        "merchant_txn_ref",
        "customer_ip",
        "merchant_id",
        "return_url",
        "billing_address",
        "shipping_address",
        "browser_info",
        "time_zone",
    ];
    type Values = __StoredCardRequestBuilderValues;
    #[inline]
    fn values() -> Self::Values {
        __StoredCardRequestBuilderValues {
            amount: ::core::option::Option::None,
            currency: ::core::option::Option::None,
            payment_source: ::core::option::Option::None,
            __payment_source_partial: ::core::default::Default::default(),
            merchant_txn_ref: ::core::option::Option::None,
            customer_ip: ::core::option::Option::None,
            merchant_id: ::core::option::Option::None,
            return_url: ::core::option::Option::None,
            billing_address: ::core::option::Option::None,
            shipping_address: ::core::option::Option::None,
            browser_info: ::core::option::Option::None,
            time_zone: ::core::option::Option::None,
            __errors: ::payment_core::__private::Errors::new(),
        }
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
                        &mut values.amount,
                    ),
                )
            }
            1usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.currency,
                    ),
                )
            }
            2usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.merchant_txn_ref,
                    ),
                )
            }
            3usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.customer_ip,
                    ),
                )
            }
            4usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.merchant_id,
                    ),
                )
            }
            5usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.return_url,
                    ),
                )
            }
            6usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.billing_address,
                    ),
                )
            }
            7usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.shipping_address,
                    ),
                )
            }
            8usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.browser_info,
                    ),
                )
            }
            9usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.time_zone,
                    ),
                )
            }
            _ => ::core::option::Option::None,
        }
    }
    const FLAT: &'static [&'static [&'static str]] = &[
        <PaymentSource as ::payment_core::__private::Flatten<
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
            0usize => ::core::option::Option::Some(&mut values.__payment_source_partial),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    fn settle(values: &mut Self::Values, c: &mut ::payment_core::__private::Collector) {
        ::payment_core::__private::settle_flat(
            &mut values.payment_source,
            &mut values.__payment_source_partial,
            <PaymentSource as ::payment_core::__private::Flatten<
                ::payment_core::__private::Natural,
            >>::KEYS,
            false,
            c,
        );
        ::payment_core::__private::check_at(
            values.merchant_txn_ref.as_ref(),
            "merchant_txn_ref",
            c,
            |v: &String, c: &mut ::payment_core::__private::Collector| {
                c.check(
                    ::payment_core::__private::length(
                        v,
                        ::core::option::Option::Some(1),
                        ::core::option::Option::Some(45),
                    ),
                );
                c.check(::payment_core::__private::text(v));
            },
        );
        ::payment_core::__private::check_at(
            ::core::option::Option::Some(&values.time_zone),
            "time_zone",
            c,
            |v: &Option<String>, c: &mut ::payment_core::__private::Collector| {
                if let ::core::option::Option::Some(v) = v {
                    c.check(super::payment::time_zone(v));
                }
            },
        );
    }
    #[inline]
    fn finish(values: Self::Values) -> ::core::option::Option<Self> {
        values.into_struct()
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for StoredCardRequest {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for StoredCardRequest {
    #[inline]
    fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
        c.enter("merchant_txn_ref");
        {
            let v = &self.merchant_txn_ref;
            c.check(
                ::payment_core::__private::length(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::Some(45),
                ),
            );
            c.check(::payment_core::__private::text(v));
        }
        c.leave();
        c.enter("return_url");
        ::payment_core::__private::CheckRules::check_rules(&self.return_url, c);
        c.leave();
        c.enter("billing_address");
        ::payment_core::__private::CheckRules::check_rules(&self.billing_address, c);
        c.leave();
        c.enter("shipping_address");
        ::payment_core::__private::CheckRules::check_rules(&self.shipping_address, c);
        c.leave();
        c.enter("browser_info");
        ::payment_core::__private::CheckRules::check_rules(&self.browser_info, c);
        c.leave();
        c.enter("time_zone");
        {
            let v = &self.time_zone;
            if let ::core::option::Option::Some(v) = v {
                c.check(super::payment::time_zone(v));
            }
        }
        c.leave();
    }
}
impl ::payment_core::__private::validator::Validate for StoredCardRequest {
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
    let _ = is::<Amount, ::payment_core::Amount>;
    let _ = is::<Currency, ::payment_core::Currency>;
};
impl ::payment_core::schema::Schema for StoredCardRequest {
    fn schema() -> ::payment_core::__private::serde_json::Value {
        let mut properties = ::std::vec::Vec::new();
        let mut required_keys: ::std::vec::Vec<&'static str> = ::std::vec::Vec::new();
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
                "currency",
                ::payment_core::__private::schema_build::Field(
                        <Currency as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("currency");
        let keys: &[&'static str] = <PaymentSource as ::payment_core::__private::Flatten<
            ::payment_core::__private::Natural,
        >>::KEYS;
        let flat = <PaymentSource as ::payment_core::schema::FlatSchema<
            ::payment_core::__private::Natural,
        >>::properties();
        for (i, (key, schema, required)) in flat.into_iter().enumerate() {
            let key = keys.get(i).copied().unwrap_or(key);
            properties.push((key, schema));
            if required && !false {
                required_keys.push(key);
            }
        }
        properties
            .push((
                "merchant_txn_ref",
                ::payment_core::__private::schema_build::Field(
                        <String as ::payment_core::schema::Schema>::schema(),
                    )
                    .length(
                        ::core::option::Option::Some((1) as usize),
                        ::core::option::Option::Some((45) as usize),
                    )
                    .text()
                    .0,
            ));
        required_keys.push("merchant_txn_ref");
        properties
            .push((
                "customer_ip",
                ::payment_core::__private::schema_build::Field(
                        <IpAddr as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("customer_ip");
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
                "return_url",
                ::payment_core::__private::schema_build::Field(
                        <ReturnUrl as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("return_url");
        properties
            .push((
                "billing_address",
                ::payment_core::__private::schema_build::Field(
                        <Address as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("billing_address");
        properties
            .push((
                "shipping_address",
                ::payment_core::__private::schema_build::Field(
                        <Address as ::payment_core::schema::Schema>::schema(),
                    )
                    .nullable()
                    .0,
            ));
        properties
            .push((
                "browser_info",
                ::payment_core::__private::schema_build::Field(
                        <BrowserInfo as ::payment_core::schema::Schema>::schema(),
                    )
                    .nullable()
                    .0,
            ));
        properties
            .push((
                "time_zone",
                ::payment_core::__private::schema_build::Field(
                        <String as ::payment_core::schema::Schema>::schema(),
                    )
                    .unchecked("not stated here: the rule `super::payment::time_zone`")
                    .nullable()
                    .0,
            ));
        ::payment_core::__private::schema_build::object(properties, required_keys)
    }
}

// ---- #[derive(Builder)] on `PaymentMethod` ----
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub mod payment_method_builder {
    #[diagnostic::on_unimplemented(
        message = "`PaymentMethodBuilder::build()` is missing required field `kind`",
        label = "call `.kind(..)` before this"
    )]
    pub trait kind_is_set: ::payment_core::__private::IsSet {}
    impl kind_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `kind` of `PaymentMethodBuilder` is already set",
        label = "`.kind(..)` was already called on this builder"
    )]
    pub trait kind_is_unset {}
    impl kind_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`PaymentMethodBuilder::build()` is missing required field `store_payment_method`",
        label = "call `.store_payment_method(..)` before this"
    )]
    pub trait store_payment_method_is_set: ::payment_core::__private::IsSet {}
    impl store_payment_method_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `store_payment_method` of `PaymentMethodBuilder` is already set",
        label = "`.store_payment_method(..)` was already called on this builder"
    )]
    pub trait store_payment_method_is_unset {}
    impl store_payment_method_is_unset for ::payment_core::builder::Unset {}
}
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub struct __PaymentMethodBuilderValues {
    kind: ::core::option::Option<String>,
    store_payment_method: ::core::option::Option<bool>,
    stored_payment_method_id: Option<StoredCardToken>,
}
impl __PaymentMethodBuilderValues {
    #[inline]
    fn into_struct(self) -> ::core::option::Option<PaymentMethod> {
        let (
            ::core::option::Option::Some(kind),
            ::core::option::Option::Some(store_payment_method),
        ) = (self.kind, self.store_payment_method) else {
            return ::core::option::Option::None;
        };
        ::core::option::Option::Some(PaymentMethod {
            kind,
            store_payment_method,
            stored_payment_method_id: self.stored_payment_method_id,
        })
    }
}
/** Builder for [`PaymentMethod`], made by `PaymentMethod::builder()`.

 Call one setter per field, then `.build()`. `.build()` is only available once every required field
 is set: a missing field is a compile error naming it, and so is setting a field twice.
 Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value
 is always valid.

 # Required fields

 - `.kind(..)` — JSON key `type`; rules: `custom = scheme`. Always `scheme` (a card scheme).
 - `.store_payment_method(..)` — JSON key `store_payment_method`; rules: `custom = must_be_true`. Always `true` in the published requests.

 # Optional fields

 - `.stored_payment_method_id(..)` / `.maybe_stored_payment_method_id(..)` — JSON key `stored_payment_method_id`. The stored card to charge; absent when a card is sent.*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct PaymentMethodBuilder<
    __Kind = ::payment_core::builder::Unset,
    __StorePaymentMethod = ::payment_core::builder::Unset,
> {
    __values: __PaymentMethodBuilderValues,
    __state: ::core::marker::PhantomData<fn() -> (__Kind, __StorePaymentMethod)>,
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<__Kind, __StorePaymentMethod> PaymentMethodBuilder<__Kind, __StorePaymentMethod> {
    /// The stored card to charge; absent when a card is sent.
    /**
 Sets the field.
 Optional (left out: `None`); JSON key `stored_payment_method_id`.*/
    #[inline(always)]
    pub fn stored_payment_method_id(
        self,
        value: impl ::core::convert::Into<StoredCardToken>,
    ) -> Self {
        let mut __values = self.__values;
        let value: StoredCardToken = ::core::convert::Into::<
            StoredCardToken,
        >::into(value);
        {
            __values.stored_payment_method_id = ::core::option::Option::Some(value);
            PaymentMethodBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets the field from an `Option`: `None` leaves it out (see [`Self::stored_payment_method_id`]).
    #[inline(always)]
    pub fn maybe_stored_payment_method_id(
        self,
        value: ::core::option::Option<StoredCardToken>,
    ) -> Self {
        let mut __values = self.__values;
        let value: ::core::option::Option<StoredCardToken> = value;
        {
            __values.stored_payment_method_id = value;
            PaymentMethodBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Always `scheme` (a card scheme).
    /**
 Sets the field, checking its rules.
 Required; JSON key `type`.
 Rules: `custom = scheme`. A value breaking them is returned as a `FieldError` at `type`.*/
    #[inline(always)]
    pub fn kind(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<
        PaymentMethodBuilder<::payment_core::builder::Set, __StorePaymentMethod>,
        ::payment_core::wire::FieldError,
    >
    where
        __Kind: payment_method_builder::kind_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = scheme(v) {
                    return ::core::result::Result::Err(e.at_field("type", "kind"));
                }
            }
        }
        ::core::result::Result::Ok({
            __values.kind = ::core::option::Option::Some(value);
            PaymentMethodBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Always `true` in the published requests.
    /**
 Sets the field, checking its rules.
 Required; JSON key `store_payment_method`.
 Rules: `custom = must_be_true`. A value breaking them is returned as a `FieldError` at `store_payment_method`.*/
    #[inline(always)]
    pub fn store_payment_method(
        self,
        value: bool,
    ) -> ::core::result::Result<
        PaymentMethodBuilder<__Kind, ::payment_core::builder::Set>,
        ::payment_core::wire::FieldError,
    >
    where
        __StorePaymentMethod: payment_method_builder::store_payment_method_is_unset,
    {
        let mut __values = self.__values;
        let value: bool = value;
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = must_be_true(v) {
                    return ::core::result::Result::Err(
                        e.at_field("store_payment_method", "store_payment_method"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.store_payment_method = ::core::option::Option::Some(value);
            PaymentMethodBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Builds the [`PaymentMethod`]. Available once every required field is set.
    #[inline(always)]
    pub fn build(self) -> PaymentMethod
    where
        __Kind: payment_method_builder::kind_is_set,
        __StorePaymentMethod: payment_method_builder::store_payment_method_is_set,
    {
        ::payment_core::__private::required(self.__values.into_struct())
    }
}
#[doc(hidden)]
impl<__Kind, __StorePaymentMethod> ::payment_core::builder::Nested<PaymentMethod>
for PaymentMethodBuilder<__Kind, __StorePaymentMethod>
where
    __Kind: payment_method_builder::kind_is_set,
    __StorePaymentMethod: payment_method_builder::store_payment_method_is_set,
{
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(PaymentMethod) -> __N,
    ) -> __N {
        then(self.build())
    }
}
impl<__Kind, __StorePaymentMethod> ::core::fmt::Debug
for PaymentMethodBuilder<__Kind, __StorePaymentMethod> {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "PaymentMethodBuilder",
            &[
                ("kind", self.__values.kind.is_some()),
                ("store_payment_method", self.__values.store_payment_method.is_some()),
                (
                    "stored_payment_method_id",
                    self.__values.stored_payment_method_id.is_some(),
                ),
            ],
        )
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
impl PaymentMethod {
    /// Starts a [`PaymentMethodBuilder`]: set every required field, then call `.build()`. A missing field is a compile error that names it.
    #[inline]
    pub fn builder() -> PaymentMethodBuilder {
        PaymentMethodBuilder {
            __values: __PaymentMethodBuilderValues {
                kind: ::core::option::Option::None,
                store_payment_method: ::core::option::Option::None,
                stored_payment_method_id: ::core::option::Option::None,
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
    /// Always `scheme` (a card scheme).
    #[inline]
    pub fn kind(&self) -> &String {
        &self.kind
    }
    /// Always `true` in the published requests.
    #[inline]
    pub fn store_payment_method(&self) -> &bool {
        &self.store_payment_method
    }
    /// The stored card to charge; absent when a card is sent.
    #[inline]
    pub fn stored_payment_method_id(&self) -> ::core::option::Option<&StoredCardToken> {
        self.stored_payment_method_id.as_ref()
    }
}
impl ::payment_core::__private::serde::Serialize for PaymentMethod {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::payment_core::__private::write_struct(
            serializer,
            &[
                ("type", ::payment_core::__private::Entry::Value(&self.kind)),
                (
                    "store_payment_method",
                    ::payment_core::__private::Entry::Value(&self.store_payment_method),
                ),
                (
                    "stored_payment_method_id",
                    ::payment_core::__private::Entry::optional(
                        &self.stored_payment_method_id,
                    ),
                ),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectStruct for PaymentMethod {
    const EXPECTING: &'static str = "a PaymentMethod object";
    const NAMES: &'static [&'static str] = &[
        "type",
        "store_payment_method",
        "stored_payment_method_id",
    ];
    type Values = __PaymentMethodBuilderValues;
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
                        &mut values.kind,
                    ),
                )
            }
            1usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.store_payment_method,
                    ),
                )
            }
            2usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.stored_payment_method_id,
                    ),
                )
            }
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    fn settle(values: &mut Self::Values, c: &mut ::payment_core::__private::Collector) {
        ::payment_core::__private::check_at(
            values.kind.as_ref(),
            "type",
            c,
            |v: &String, c: &mut ::payment_core::__private::Collector| {
                c.check(scheme(v));
            },
        );
        ::payment_core::__private::check_at(
            values.store_payment_method.as_ref(),
            "store_payment_method",
            c,
            |v: &bool, c: &mut ::payment_core::__private::Collector| {
                c.check(must_be_true(v));
            },
        );
    }
    #[inline]
    fn finish(values: Self::Values) -> ::core::option::Option<Self> {
        values.into_struct()
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for PaymentMethod {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for PaymentMethod {
    #[inline]
    fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
        c.enter("type");
        {
            let v = &self.kind;
            c.check(scheme(v));
        }
        c.leave();
        c.enter("store_payment_method");
        {
            let v = &self.store_payment_method;
            c.check(must_be_true(v));
        }
        c.leave();
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

