// ---- #[derive(Builder)] on `PaymentRequest` ----
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub mod payment_request_builder {
    #[diagnostic::on_unimplemented(
        message = "`PaymentRequestBuilder::build()` is missing required field `amount`",
        label = "call `.amount(..)` before this"
    )]
    pub trait amount_is_set: ::payment_core::__private::IsSet {}
    impl amount_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `amount` of `PaymentRequestBuilder` is already set",
        label = "`.amount(..)` was already called on this builder"
    )]
    pub trait amount_is_unset {}
    impl amount_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`PaymentRequestBuilder::build()` is missing required field `currency`",
        label = "call `.currency(..)` before this"
    )]
    pub trait currency_is_set: ::payment_core::__private::IsSet {}
    impl currency_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `currency` of `PaymentRequestBuilder` is already set",
        label = "`.currency(..)` was already called on this builder"
    )]
    pub trait currency_is_unset {}
    impl currency_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`PaymentRequestBuilder::build()` is missing required field `card`",
        label = "call `.card(..)` before this"
    )]
    pub trait card_is_set: ::payment_core::__private::IsSet {}
    impl card_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `card` of `PaymentRequestBuilder` is already set",
        label = "`.card(..)` was already called on this builder"
    )]
    pub trait card_is_unset {}
    impl card_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`PaymentRequestBuilder::build()` is missing required field `merchant_txn_ref`",
        label = "call `.merchant_txn_ref(..)` before this"
    )]
    pub trait merchant_txn_ref_is_set: ::payment_core::__private::IsSet {}
    impl merchant_txn_ref_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `merchant_txn_ref` of `PaymentRequestBuilder` is already set",
        label = "`.merchant_txn_ref(..)` was already called on this builder"
    )]
    pub trait merchant_txn_ref_is_unset {}
    impl merchant_txn_ref_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`PaymentRequestBuilder::build()` is missing required field `customer_ip`",
        label = "call `.customer_ip(..)` before this"
    )]
    pub trait customer_ip_is_set: ::payment_core::__private::IsSet {}
    impl customer_ip_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `customer_ip` of `PaymentRequestBuilder` is already set",
        label = "`.customer_ip(..)` was already called on this builder"
    )]
    pub trait customer_ip_is_unset {}
    impl customer_ip_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`PaymentRequestBuilder::build()` is missing required field `merchant_id`",
        label = "call `.merchant_id(..)` before this"
    )]
    pub trait merchant_id_is_set: ::payment_core::__private::IsSet {}
    impl merchant_id_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `merchant_id` of `PaymentRequestBuilder` is already set",
        label = "`.merchant_id(..)` was already called on this builder"
    )]
    pub trait merchant_id_is_unset {}
    impl merchant_id_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`PaymentRequestBuilder::build()` is missing required field `return_url`",
        label = "call `.return_url(..)` before this"
    )]
    pub trait return_url_is_set: ::payment_core::__private::IsSet {}
    impl return_url_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `return_url` of `PaymentRequestBuilder` is already set",
        label = "`.return_url(..)` was already called on this builder"
    )]
    pub trait return_url_is_unset {}
    impl return_url_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`PaymentRequestBuilder::build()` is missing required field `billing_address`",
        label = "call `.billing_address(..)` before this"
    )]
    pub trait billing_address_is_set: ::payment_core::__private::IsSet {}
    impl billing_address_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `billing_address` of `PaymentRequestBuilder` is already set",
        label = "`.billing_address(..)` was already called on this builder"
    )]
    pub trait billing_address_is_unset {}
    impl billing_address_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`.card(..)` takes a closure that fills the field's builder, not `{Self}`",
        label = "expected a closure such as `|b| b.field(..)`; for a value built beforehand call `.card_value(..)`",
        note = "to set a `Card` you already have, call `.card_value(value)` instead"
    )]
    pub trait card_closure<B, R>: ::core::ops::FnOnce(B) -> R {}
    #[diagnostic::do_not_recommend]
    impl<B, R, F: ::core::ops::FnOnce(B) -> R> card_closure<B, R> for F {}
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
pub struct __PaymentRequestBuilderValues {
    amount: ::core::option::Option<Amount>,
    currency: ::core::option::Option<Currency>,
    card: ::core::option::Option<Card>,
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
impl __PaymentRequestBuilderValues {
    #[inline]
    fn into_struct(self) -> ::core::option::Option<PaymentRequest> {
        let (
            ::core::option::Option::Some(amount),
            ::core::option::Option::Some(currency),
            ::core::option::Option::Some(card),
            ::core::option::Option::Some(merchant_txn_ref),
            ::core::option::Option::Some(customer_ip),
            ::core::option::Option::Some(merchant_id),
            ::core::option::Option::Some(return_url),
            ::core::option::Option::Some(billing_address),
        ) = (
            self.amount,
            self.currency,
            self.card,
            self.merchant_txn_ref,
            self.customer_ip,
            self.merchant_id,
            self.return_url,
            self.billing_address,
        ) else {
            return ::core::option::Option::None;
        };
        ::core::option::Option::Some(PaymentRequest {
            amount,
            currency,
            card,
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
/** Builder for [`PaymentRequest`], made by `PaymentRequest::builder()`.

 Call one setter per field, then `.build()`. `.build()` is only available once every required field
 is set: a missing field is a compile error naming it, and so is setting a field twice.
 Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value
 is always valid.

 After `.collect_errors()` every setter listed here takes the same input (and a value type's text too) but never fails: it records the failure, and `.build()` returns every one at once.

 # Required fields

 - `.amount(..)` — JSON key `amount`. The amount in minor units of `currency` (`1000` JPY is ¥1000; `1000` USD is $10.00), sent as a string. Set it with the currency from one value: `.money(money!(12.50 USD))` (see [`Money`](crate::Money) for the unit's open question).
 - `.currency(..)` — JSON key `currency`. The ISO 4217 currency.
 - `.card(..)` — JSON key `card`. The card to charge.
 - `.merchant_txn_ref(..)` — JSON key `merchant_txn_ref`; rules: `length(min = 1, max = 45)`, `text` (no control characters or bidirectional overrides). Your reference for this payment, 1 to 45 characters; echoed in the response.
 - `.customer_ip(..)` — JSON key `customer_ip`. The shopper's IP address (IPv4 or IPv6).
 - `.merchant_id(..)` — JSON key `merchant_id`. Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
 - `.return_url(..)` — JSON key `return_url`. Where the shopper's browser and the gateway's notification go after the payment.
 - `.billing_address(..)` — JSON key `billing_address`. The billing address.

 # Optional fields

 - `.shipping_address(..)` / `.maybe_shipping_address(..)` — JSON key `shipping_address`. The shipping address, if any.
 - `.browser_info(..)` / `.maybe_browser_info(..)` — JSON key `browser_info`. The shopper's browser, for 3-D Secure.
 - `.time_zone(..)` / `.maybe_time_zone(..)` — JSON key `time_zone`; rules: `custom = time_zone`. The shopper's time zone, an IANA name such as `Asia/Kuala_Lumpur` (at most 128 characters).*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct PaymentRequestBuilder<
    __Amount = ::payment_core::builder::Unset,
    __Currency = ::payment_core::builder::Unset,
    __Card = ::payment_core::builder::Unset,
    __MerchantTxnRef = ::payment_core::builder::Unset,
    __CustomerIp = ::payment_core::builder::Unset,
    __MerchantId = ::payment_core::builder::Unset,
    __ReturnUrl = ::payment_core::builder::Unset,
    __BillingAddress = ::payment_core::builder::Unset,
    __Mode = ::payment_core::builder::Checked,
> {
    __values: ::std::boxed::Box<__PaymentRequestBuilderValues>,
    __state: ::core::marker::PhantomData<
        fn() -> (
            __Amount,
            __Currency,
            __Card,
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
    __Card,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    __Mode,
> PaymentRequestBuilder<
    __Amount,
    __Currency,
    __Card,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    __Mode,
> {
    /// The amount in minor units of `currency` (`1000` JPY is ¥1000; `1000` USD is $10.00), sent as a
    /// string. Set it with the currency from one value: `.money(money!(12.50 USD))` (see
    /// [`Money`](crate::Money) for the unit's open question).
    /**
 Sets the field.
 Required; JSON key `amount`.*/
    #[inline(always)]
    pub fn amount<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Amount, __Via, __Mode>,
    ) -> PaymentRequestBuilder<
        ::payment_core::builder::Set,
        __Currency,
        __Card,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        __Mode,
    >
    where
        __Amount: payment_request_builder::amount_is_unset,
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
            PaymentRequestBuilder {
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
    ) -> PaymentRequestBuilder<
        __Amount,
        ::payment_core::builder::Set,
        __Card,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        __Mode,
    >
    where
        __Currency: payment_request_builder::currency_is_unset,
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
            PaymentRequestBuilder {
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
    ) -> PaymentRequestBuilder<
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
        __Card: payment_request_builder::card_is_unset,
    {
        let mut __values = self.__values;
        let value: Card = ::core::convert::Into::into(value);
        {
            __values.card = ::core::option::Option::Some(value);
            PaymentRequestBuilder {
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
    ) -> PaymentRequestBuilder<
        __Amount,
        __Currency,
        __Card,
        __MerchantTxnRef,
        ::payment_core::builder::Set,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        __Mode,
    >
    where
        __CustomerIp: payment_request_builder::customer_ip_is_unset,
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
            PaymentRequestBuilder {
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
    ) -> PaymentRequestBuilder<
        __Amount,
        __Currency,
        __Card,
        __MerchantTxnRef,
        __CustomerIp,
        ::payment_core::builder::Set,
        __ReturnUrl,
        __BillingAddress,
        __Mode,
    >
    where
        __MerchantId: payment_request_builder::merchant_id_is_unset,
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
            PaymentRequestBuilder {
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
    ) -> PaymentRequestBuilder<
        __Amount,
        __Currency,
        __Card,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        ::payment_core::builder::Set,
        __BillingAddress,
        __Mode,
    >
    where
        __ReturnUrl: payment_request_builder::return_url_is_unset,
    {
        let mut __values = self.__values;
        let value: ReturnUrl = ::core::convert::Into::into(value);
        {
            __values.return_url = ::core::option::Option::Some(value);
            PaymentRequestBuilder {
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
    ) -> PaymentRequestBuilder<
        __Amount,
        __Currency,
        __Card,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        ::payment_core::builder::Set,
        __Mode,
    >
    where
        __BillingAddress: payment_request_builder::billing_address_is_unset,
    {
        let mut __values = self.__values;
        let value: Address = ::core::convert::Into::into(value);
        {
            __values.billing_address = ::core::option::Option::Some(value);
            PaymentRequestBuilder {
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
            PaymentRequestBuilder {
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
            PaymentRequestBuilder {
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
            PaymentRequestBuilder {
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
            PaymentRequestBuilder {
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
    ) -> PaymentRequestBuilder<
        ::payment_core::builder::Set,
        ::payment_core::builder::Set,
        __Card,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        __Mode,
    >
    where
        __Amount: payment_request_builder::amount_is_unset,
        __Currency: payment_request_builder::currency_is_unset,
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
        PaymentRequestBuilder {
            __values,
            __state: ::core::marker::PhantomData,
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __Amount,
    __Currency,
    __Card,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
> PaymentRequestBuilder<
    __Amount,
    __Currency,
    __Card,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    ::payment_core::builder::Checked,
> {
    /// The card to charge.
    /**
 Sets the field with a closure that configures its builder: `.card(|b| b.field(..)...)`. Returning a `Result` from the closure (to use `?` on validating setters) makes this setter return a `Result` too, with `card.` in front of the error's path.
 Required; JSON key `card`.*/
    #[inline(always)]
    pub fn card<__B>(
        self,
        build: impl payment_request_builder::card_closure<
            <Card as ::payment_core::builder::Buildable>::Builder,
            __B,
        >,
    ) -> <__B as ::payment_core::builder::Nested<
        Card,
    >>::Output<
        PaymentRequestBuilder<
            __Amount,
            __Currency,
            ::payment_core::builder::Set,
            __MerchantTxnRef,
            __CustomerIp,
            __MerchantId,
            __ReturnUrl,
            __BillingAddress,
            ::payment_core::builder::Checked,
        >,
    >
    where
        __B: ::payment_core::builder::Nested<Card>,
        __Card: payment_request_builder::card_is_unset,
    {
        let mut __values = self.__values;
        let start = <Card as ::payment_core::builder::Buildable>::builder();
        ::payment_core::builder::Nested::finish_into(
            build(start),
            "card",
            "card",
            move |value| {
                __values.card = ::core::option::Option::Some(value);
                PaymentRequestBuilder {
                    __values,
                    __state: ::core::marker::PhantomData,
                }
            },
        )
    }
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
        PaymentRequestBuilder<
            __Amount,
            __Currency,
            __Card,
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
        __MerchantTxnRef: payment_request_builder::merchant_txn_ref_is_unset,
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
            PaymentRequestBuilder {
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
        build: impl payment_request_builder::return_url_closure<
            <ReturnUrl as ::payment_core::builder::Buildable>::Builder,
            __B,
        >,
    ) -> <__B as ::payment_core::builder::Nested<
        ReturnUrl,
    >>::Output<
        PaymentRequestBuilder<
            __Amount,
            __Currency,
            __Card,
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
        __ReturnUrl: payment_request_builder::return_url_is_unset,
    {
        let mut __values = self.__values;
        let start = <ReturnUrl as ::payment_core::builder::Buildable>::builder();
        ::payment_core::builder::Nested::finish_into(
            build(start),
            "return_url",
            "return_url",
            move |value| {
                __values.return_url = ::core::option::Option::Some(value);
                PaymentRequestBuilder {
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
        build: impl payment_request_builder::billing_address_closure<
            <Address as ::payment_core::builder::Buildable>::Builder,
            __B,
        >,
    ) -> <__B as ::payment_core::builder::Nested<
        Address,
    >>::Output<
        PaymentRequestBuilder<
            __Amount,
            __Currency,
            __Card,
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
        __BillingAddress: payment_request_builder::billing_address_is_unset,
    {
        let mut __values = self.__values;
        let start = <Address as ::payment_core::builder::Buildable>::builder();
        ::payment_core::builder::Nested::finish_into(
            build(start),
            "billing_address",
            "billing_address",
            move |value| {
                __values.billing_address = ::core::option::Option::Some(value);
                PaymentRequestBuilder {
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
        build: impl payment_request_builder::shipping_address_closure<
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
                PaymentRequestBuilder {
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
        build: impl payment_request_builder::browser_info_closure<
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
                PaymentRequestBuilder {
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
 Rules: `custom = time_zone`. A value breaking them is returned as a `FieldError` at `time_zone`.*/
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
                if let ::core::result::Result::Err(e) = time_zone(v) {
                    return ::core::result::Result::Err(
                        e.at_field("time_zone", "time_zone"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.time_zone = ::core::option::Option::Some(value);
            PaymentRequestBuilder {
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
                if let ::core::result::Result::Err(e) = time_zone(v) {
                    return ::core::result::Result::Err(
                        e.at_field("time_zone", "time_zone"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.time_zone = value;
            PaymentRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Builds the [`PaymentRequest`]. Available once every required field is set.
    #[inline(always)]
    pub fn build(self) -> PaymentRequest
    where
        __Amount: payment_request_builder::amount_is_set,
        __Currency: payment_request_builder::currency_is_set,
        __Card: payment_request_builder::card_is_set,
        __MerchantTxnRef: payment_request_builder::merchant_txn_ref_is_set,
        __CustomerIp: payment_request_builder::customer_ip_is_set,
        __MerchantId: payment_request_builder::merchant_id_is_set,
        __ReturnUrl: payment_request_builder::return_url_is_set,
        __BillingAddress: payment_request_builder::billing_address_is_set,
    {
        ::payment_core::__private::required((*self.__values).into_struct())
    }
    /// From here on no setter fails: each rule failure is recorded with its wire path and its Rust field path, and `.build()` returns `Result<_, ValidationReport>` with every failure at once (nested builders included). Required fields are still checked at compile time.
    #[inline(always)]
    pub fn collect_errors(
        self,
    ) -> PaymentRequestBuilder<
        __Amount,
        __Currency,
        __Card,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        ::payment_core::builder::Collecting,
    > {
        PaymentRequestBuilder {
            __values: self.__values,
            __state: ::core::marker::PhantomData,
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __Amount,
    __Currency,
    __Card,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
> PaymentRequestBuilder<
    __Amount,
    __Currency,
    __Card,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    ::payment_core::builder::Collecting,
> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn card<__B>(
        self,
        build: impl payment_request_builder::card_closure<
            <Card as ::payment_core::builder::CanCollect>::Collecting,
            __B,
        >,
    ) -> PaymentRequestBuilder<
        __Amount,
        __Currency,
        ::payment_core::builder::Set,
        __MerchantTxnRef,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        ::payment_core::builder::Collecting,
    >
    where
        Card: ::payment_core::builder::CanCollect,
        __B: ::payment_core::builder::CollectNested<Card>,
        __Card: payment_request_builder::card_is_unset,
    {
        let mut __values = self.__values;
        let nested = ::payment_core::builder::CollectNested::finish_collecting(
            build(<Card as ::payment_core::builder::CanCollect>::collecting()),
        );
        let value = __values.__errors.take_nested(nested, "card", "card");
        {
            __values.card = value;
            PaymentRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn merchant_txn_ref(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> PaymentRequestBuilder<
        __Amount,
        __Currency,
        __Card,
        ::payment_core::builder::Set,
        __CustomerIp,
        __MerchantId,
        __ReturnUrl,
        __BillingAddress,
        ::payment_core::builder::Collecting,
    >
    where
        __MerchantTxnRef: payment_request_builder::merchant_txn_ref_is_unset,
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
            PaymentRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn return_url<__B>(
        self,
        build: impl payment_request_builder::return_url_closure<
            <ReturnUrl as ::payment_core::builder::CanCollect>::Collecting,
            __B,
        >,
    ) -> PaymentRequestBuilder<
        __Amount,
        __Currency,
        __Card,
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
        __ReturnUrl: payment_request_builder::return_url_is_unset,
    {
        let mut __values = self.__values;
        let nested = ::payment_core::builder::CollectNested::finish_collecting(
            build(<ReturnUrl as ::payment_core::builder::CanCollect>::collecting()),
        );
        let value = __values.__errors.take_nested(nested, "return_url", "return_url");
        {
            __values.return_url = value;
            PaymentRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn billing_address<__B>(
        self,
        build: impl payment_request_builder::billing_address_closure<
            <Address as ::payment_core::builder::CanCollect>::Collecting,
            __B,
        >,
    ) -> PaymentRequestBuilder<
        __Amount,
        __Currency,
        __Card,
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
        __BillingAddress: payment_request_builder::billing_address_is_unset,
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
            PaymentRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn shipping_address<__B>(
        self,
        build: impl payment_request_builder::shipping_address_closure<
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
            PaymentRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn browser_info<__B>(
        self,
        build: impl payment_request_builder::browser_info_closure<
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
            PaymentRequestBuilder {
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
                if let ::core::result::Result::Err(e) = time_zone(v) {
                    __values.__errors.record(e.at_field("time_zone", "time_zone"));
                    break '__rules;
                }
            }
        }
        {
            __values.time_zone = ::core::option::Option::Some(value);
            PaymentRequestBuilder {
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
                if let ::core::result::Result::Err(e) = time_zone(v) {
                    __values.__errors.record(e.at_field("time_zone", "time_zone"));
                    break '__rules;
                }
            }
        }
        {
            __values.time_zone = value;
            PaymentRequestBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Builds the [`PaymentRequest`], or returns every rule failure recorded since `.collect_errors()` (nested builders included), each with its wire path and its Rust field path. Available once every required field is set.
    #[inline(always)]
    pub fn build(
        self,
    ) -> ::core::result::Result<PaymentRequest, ::payment_core::wire::ValidationReport>
    where
        __Amount: payment_request_builder::amount_is_set,
        __Currency: payment_request_builder::currency_is_set,
        __Card: payment_request_builder::card_is_set,
        __MerchantTxnRef: payment_request_builder::merchant_txn_ref_is_set,
        __CustomerIp: payment_request_builder::customer_ip_is_set,
        __MerchantId: payment_request_builder::merchant_id_is_set,
        __ReturnUrl: payment_request_builder::return_url_is_set,
        __BillingAddress: payment_request_builder::billing_address_is_set,
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
    __Card,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
> ::payment_core::builder::Nested<PaymentRequest>
for PaymentRequestBuilder<
    __Amount,
    __Currency,
    __Card,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    ::payment_core::builder::Checked,
>
where
    __Amount: payment_request_builder::amount_is_set,
    __Currency: payment_request_builder::currency_is_set,
    __Card: payment_request_builder::card_is_set,
    __MerchantTxnRef: payment_request_builder::merchant_txn_ref_is_set,
    __CustomerIp: payment_request_builder::customer_ip_is_set,
    __MerchantId: payment_request_builder::merchant_id_is_set,
    __ReturnUrl: payment_request_builder::return_url_is_set,
    __BillingAddress: payment_request_builder::billing_address_is_set,
{
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(PaymentRequest) -> __N,
    ) -> __N {
        then(self.build())
    }
}
#[doc(hidden)]
impl<
    __Amount,
    __Currency,
    __Card,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
> ::payment_core::builder::CollectNested<PaymentRequest>
for PaymentRequestBuilder<
    __Amount,
    __Currency,
    __Card,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    ::payment_core::builder::Collecting,
>
where
    __Amount: payment_request_builder::amount_is_set,
    __Currency: payment_request_builder::currency_is_set,
    __Card: payment_request_builder::card_is_set,
    __MerchantTxnRef: payment_request_builder::merchant_txn_ref_is_set,
    __CustomerIp: payment_request_builder::customer_ip_is_set,
    __MerchantId: payment_request_builder::merchant_id_is_set,
    __ReturnUrl: payment_request_builder::return_url_is_set,
    __BillingAddress: payment_request_builder::billing_address_is_set,
{
    #[inline]
    fn finish_collecting(
        self,
    ) -> ::core::result::Result<PaymentRequest, ::payment_core::__private::Errors> {
        let mut values = *self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish_nested(value)
    }
}
#[doc(hidden)]
impl ::payment_core::builder::CanCollect for PaymentRequest {
    type Collecting = PaymentRequestBuilder<
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
    fn collecting() -> PaymentRequestBuilder<
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
    __Card,
    __MerchantTxnRef,
    __CustomerIp,
    __MerchantId,
    __ReturnUrl,
    __BillingAddress,
    __Mode,
> ::core::fmt::Debug
for PaymentRequestBuilder<
    __Amount,
    __Currency,
    __Card,
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
            "PaymentRequestBuilder",
            &[
                ("amount", self.__values.amount.is_some()),
                ("currency", self.__values.currency.is_some()),
                ("card", self.__values.card.is_some()),
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
impl ::payment_core::builder::Buildable for PaymentRequest {
    type Builder = PaymentRequestBuilder<
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
    fn builder() -> PaymentRequestBuilder<
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
impl PaymentRequest {
    /// Starts a [`PaymentRequestBuilder`]: set every required field, then call `.build()`. A missing field is a compile error that names it.
    #[inline]
    pub fn builder() -> PaymentRequestBuilder {
        PaymentRequestBuilder {
            __values: ::std::boxed::Box::new(__PaymentRequestBuilderValues {
                amount: ::core::option::Option::None,
                currency: ::core::option::Option::None,
                card: ::core::option::Option::None,
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
    /// The amount in minor units of `currency` (`1000` JPY is ¥1000; `1000` USD is $10.00), sent as a
    /// string. Set it with the currency from one value: `.money(money!(12.50 USD))` (see
    /// [`Money`](crate::Money) for the unit's open question).
    #[inline]
    pub fn amount(&self) -> &Amount {
        &self.amount
    }
    /// The ISO 4217 currency.
    #[inline]
    pub fn currency(&self) -> &Currency {
        &self.currency
    }
    /// The card to charge.
    #[inline]
    pub fn card(&self) -> &Card {
        &self.card
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
impl ::payment_core::__private::serde::Serialize for PaymentRequest {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::payment_core::__private::write_struct(
            serializer,
            &[
                ("amount", ::payment_core::__private::Entry::Value(&self.amount)),
                ("currency", ::payment_core::__private::Entry::Value(&self.currency)),
                ("card", ::payment_core::__private::Entry::Value(&self.card)),
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
impl ::payment_core::__private::CollectStruct for PaymentRequest {
    const EXPECTING: &'static str = "a PaymentRequest object";
    const NAMES: &'static [&'static str] = &[
        "amount",
        "currency",
        "card",
        "merchant_txn_ref",
        "customer_ip",
        "merchant_id",
        "return_url",
        "billing_address",
        "shipping_address",
        "browser_info",
        "time_zone",
    ];
    type Values = __PaymentRequestBuilderValues;
    #[inline]
    fn values() -> Self::Values {
        __PaymentRequestBuilderValues {
            amount: ::core::option::Option::None,
            currency: ::core::option::Option::None,
            card: ::core::option::Option::None,
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
                        &mut values.card,
                    ),
                )
            }
            3usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.merchant_txn_ref,
                    ),
                )
            }
            4usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.customer_ip,
                    ),
                )
            }
            5usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.merchant_id,
                    ),
                )
            }
            6usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.return_url,
                    ),
                )
            }
            7usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.billing_address,
                    ),
                )
            }
            8usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.shipping_address,
                    ),
                )
            }
            9usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.browser_info,
                    ),
                )
            }
            10usize => {
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
    #[inline]
    fn settle(values: &mut Self::Values, c: &mut ::payment_core::__private::Collector) {
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
                    c.check(time_zone(v));
                }
            },
        );
    }
    #[inline]
    fn finish(values: Self::Values) -> ::core::option::Option<Self> {
        values.into_struct()
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for PaymentRequest {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for PaymentRequest {
    #[inline]
    fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
        c.enter("card");
        ::payment_core::__private::CheckRules::check_rules(&self.card, c);
        c.leave();
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
                c.check(time_zone(v));
            }
        }
        c.leave();
    }
}
impl ::payment_core::__private::validator::Validate for PaymentRequest {
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
impl ::payment_core::schema::Schema for PaymentRequest {
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
        properties
            .push((
                "card",
                ::payment_core::__private::schema_build::Field(
                        <Card as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("card");
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
                    .unchecked("not stated here: the rule `time_zone`")
                    .nullable()
                    .0,
            ));
        ::payment_core::__private::schema_build::object(properties, required_keys)
    }
}

// ---- #[derive(Builder)] on `Card` ----
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub mod card_builder {
    #[diagnostic::on_unimplemented(
        message = "`CardBuilder::build()` is missing required field `number`",
        label = "call `.number(..)` before this"
    )]
    pub trait number_is_set: ::payment_core::__private::IsSet {}
    impl number_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `number` of `CardBuilder` is already set",
        label = "`.number(..)` was already called on this builder"
    )]
    pub trait number_is_unset {}
    impl number_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`CardBuilder::build()` is missing required field `cvc`",
        label = "call `.cvc(..)` before this"
    )]
    pub trait cvc_is_set: ::payment_core::__private::IsSet {}
    impl cvc_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `cvc` of `CardBuilder` is already set",
        label = "`.cvc(..)` was already called on this builder"
    )]
    pub trait cvc_is_unset {}
    impl cvc_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`CardBuilder::build()` is missing required field `expiry`",
        label = "call `.expiry(..)` before this"
    )]
    pub trait expiry_is_set: ::payment_core::__private::IsSet {}
    impl expiry_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `expiry` of `CardBuilder` is already set",
        label = "`.expiry(..)` was already called on this builder"
    )]
    pub trait expiry_is_unset {}
    impl expiry_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`CardBuilder::build()` is missing required field `name`",
        label = "call `.name(..)` before this"
    )]
    pub trait name_is_set: ::payment_core::__private::IsSet {}
    impl name_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `name` of `CardBuilder` is already set",
        label = "`.name(..)` was already called on this builder"
    )]
    pub trait name_is_unset {}
    impl name_is_unset for ::payment_core::builder::Unset {}
}
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub struct __CardBuilderValues {
    number: ::core::option::Option<CardNumber>,
    cvc: ::core::option::Option<Cvc>,
    expiry: ::core::option::Option<Expiry>,
    __expiry_partial: ::payment_core::__private::Partial<
        Expiry,
        ::payment_core::__private::Natural,
    >,
    name: ::core::option::Option<String>,
    __errors: ::payment_core::__private::Errors,
}
impl __CardBuilderValues {
    #[inline]
    fn into_struct(self) -> ::core::option::Option<Card> {
        let (
            ::core::option::Option::Some(number),
            ::core::option::Option::Some(cvc),
            ::core::option::Option::Some(expiry),
            ::core::option::Option::Some(name),
        ) = (self.number, self.cvc, self.expiry, self.name) else {
            return ::core::option::Option::None;
        };
        ::core::option::Option::Some(Card { number, cvc, expiry, name })
    }
}
/** Builder for [`Card`], made by `Card::builder()`.

 Call one setter per field, then `.build()`. `.build()` is only available once every required field
 is set: a missing field is a compile error naming it, and so is setting a field twice.
 Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value
 is always valid.

 After `.collect_errors()` every setter listed here takes the same input (and a value type's text too) but never fails: it records the failure, and `.build()` returns every one at once.

 # Required fields

 - `.number(..)` — JSON key `number`. The card number (secret: printed masked, zeroized on drop).
 - `.cvc(..)` — JSON key `cvc`. The card verification code (secret: never printed, zeroized on drop).
 - `.expiry(..)` — flattened into the object's keys. The expiry month and year.
 - `.name(..)` — JSON key `name`; rules: `length(min = 1, max = 128)`, `text` (no control characters or bidirectional overrides). The cardholder's name as printed on the card.*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct CardBuilder<
    __Number = ::payment_core::builder::Unset,
    __Cvc = ::payment_core::builder::Unset,
    __Expiry = ::payment_core::builder::Unset,
    __Name = ::payment_core::builder::Unset,
    __Mode = ::payment_core::builder::Checked,
> {
    __values: __CardBuilderValues,
    __state: ::core::marker::PhantomData<
        fn() -> (__Number, __Cvc, __Expiry, __Name, __Mode),
    >,
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __Number,
    __Cvc,
    __Expiry,
    __Name,
    __Mode,
> CardBuilder<__Number, __Cvc, __Expiry, __Name, __Mode> {
    /// The card number (secret: printed masked, zeroized on drop).
    /**
 Sets the field.
 Required; JSON key `number`.*/
    #[inline(always)]
    pub fn number<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<CardNumber, __Via, __Mode>,
    ) -> CardBuilder<::payment_core::builder::Set, __Cvc, __Expiry, __Name, __Mode>
    where
        __Number: card_builder::number_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<CardNumber> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "number",
                "number",
            );
        {
            __values.number = value;
            CardBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// The card verification code (secret: never printed, zeroized on drop).
    /**
 Sets the field.
 Required; JSON key `cvc`.*/
    #[inline(always)]
    pub fn cvc<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Cvc, __Via, __Mode>,
    ) -> CardBuilder<__Number, ::payment_core::builder::Set, __Expiry, __Name, __Mode>
    where
        __Cvc: card_builder::cvc_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<Cvc> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "cvc",
                "cvc",
            );
        {
            __values.cvc = value;
            CardBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// The expiry month and year.
    /**
 Sets the field.
 Required; flattened into the object's keys.*/
    #[inline(always)]
    pub fn expiry<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Expiry, __Via, __Mode>,
    ) -> CardBuilder<__Number, __Cvc, ::payment_core::builder::Set, __Name, __Mode>
    where
        __Expiry: card_builder::expiry_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<Expiry> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "expiry",
                "expiry",
            );
        {
            __values.expiry = value;
            CardBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __Number,
    __Cvc,
    __Expiry,
    __Name,
> CardBuilder<__Number, __Cvc, __Expiry, __Name, ::payment_core::builder::Checked> {
    /// The cardholder's name as printed on the card.
    /**
 Sets the field, checking its rules.
 Required; JSON key `name`.
 Rules: `length(min = 1, max = 128)`, `text` (no control characters or bidirectional overrides). A value breaking them is returned as a `FieldError` at `name`.*/
    #[inline(always)]
    pub fn name(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<
        CardBuilder<
            __Number,
            __Cvc,
            __Expiry,
            ::payment_core::builder::Set,
            ::payment_core::builder::Checked,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __Name: card_builder::name_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::length(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::Some(128),
                ) {
                    return ::core::result::Result::Err(e.at_field("name", "name"));
                }
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(e.at_field("name", "name"));
                }
            }
        }
        ::core::result::Result::Ok({
            __values.name = ::core::option::Option::Some(value);
            CardBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Builds the [`Card`]. Available once every required field is set.
    #[inline(always)]
    pub fn build(self) -> Card
    where
        __Number: card_builder::number_is_set,
        __Cvc: card_builder::cvc_is_set,
        __Expiry: card_builder::expiry_is_set,
        __Name: card_builder::name_is_set,
    {
        ::payment_core::__private::required(self.__values.into_struct())
    }
    /// From here on no setter fails: each rule failure is recorded with its wire path and its Rust field path, and `.build()` returns `Result<_, ValidationReport>` with every failure at once (nested builders included). Required fields are still checked at compile time.
    #[inline(always)]
    pub fn collect_errors(
        self,
    ) -> CardBuilder<
        __Number,
        __Cvc,
        __Expiry,
        __Name,
        ::payment_core::builder::Collecting,
    > {
        CardBuilder {
            __values: self.__values,
            __state: ::core::marker::PhantomData,
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __Number,
    __Cvc,
    __Expiry,
    __Name,
> CardBuilder<__Number, __Cvc, __Expiry, __Name, ::payment_core::builder::Collecting> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn name(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> CardBuilder<
        __Number,
        __Cvc,
        __Expiry,
        ::payment_core::builder::Set,
        ::payment_core::builder::Collecting,
    >
    where
        __Name: card_builder::name_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::length(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::Some(128),
                ) {
                    __values.__errors.record(e.at_field("name", "name"));
                    break '__rules;
                }
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values.__errors.record(e.at_field("name", "name"));
                    break '__rules;
                }
            }
        }
        {
            __values.name = ::core::option::Option::Some(value);
            CardBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Builds the [`Card`], or returns every rule failure recorded since `.collect_errors()` (nested builders included), each with its wire path and its Rust field path. Available once every required field is set.
    #[inline(always)]
    pub fn build(
        self,
    ) -> ::core::result::Result<Card, ::payment_core::wire::ValidationReport>
    where
        __Number: card_builder::number_is_set,
        __Cvc: card_builder::cvc_is_set,
        __Expiry: card_builder::expiry_is_set,
        __Name: card_builder::name_is_set,
    {
        let mut values = self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish(value)
    }
}
#[doc(hidden)]
impl<__Number, __Cvc, __Expiry, __Name> ::payment_core::builder::Nested<Card>
for CardBuilder<__Number, __Cvc, __Expiry, __Name, ::payment_core::builder::Checked>
where
    __Number: card_builder::number_is_set,
    __Cvc: card_builder::cvc_is_set,
    __Expiry: card_builder::expiry_is_set,
    __Name: card_builder::name_is_set,
{
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(Card) -> __N,
    ) -> __N {
        then(self.build())
    }
}
#[doc(hidden)]
impl<__Number, __Cvc, __Expiry, __Name> ::payment_core::builder::CollectNested<Card>
for CardBuilder<__Number, __Cvc, __Expiry, __Name, ::payment_core::builder::Collecting>
where
    __Number: card_builder::number_is_set,
    __Cvc: card_builder::cvc_is_set,
    __Expiry: card_builder::expiry_is_set,
    __Name: card_builder::name_is_set,
{
    #[inline]
    fn finish_collecting(
        self,
    ) -> ::core::result::Result<Card, ::payment_core::__private::Errors> {
        let mut values = self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish_nested(value)
    }
}
#[doc(hidden)]
impl ::payment_core::builder::CanCollect for Card {
    type Collecting = CardBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    >;
    #[inline]
    fn collecting() -> CardBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    > {
        Self::builder().collect_errors()
    }
}
impl<__Number, __Cvc, __Expiry, __Name, __Mode> ::core::fmt::Debug
for CardBuilder<__Number, __Cvc, __Expiry, __Name, __Mode> {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "CardBuilder",
            &[
                ("number", self.__values.number.is_some()),
                ("cvc", self.__values.cvc.is_some()),
                ("expiry", self.__values.expiry.is_some()),
                ("name", self.__values.name.is_some()),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::builder::Buildable for Card {
    type Builder = CardBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    >;
    #[inline]
    fn builder() -> CardBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    > {
        Self::builder()
    }
}
impl Card {
    /// Starts a [`CardBuilder`]: set every required field, then call `.build()`. A missing field is a compile error that names it.
    #[inline]
    pub fn builder() -> CardBuilder {
        CardBuilder {
            __values: __CardBuilderValues {
                number: ::core::option::Option::None,
                cvc: ::core::option::Option::None,
                expiry: ::core::option::Option::None,
                __expiry_partial: ::core::default::Default::default(),
                name: ::core::option::Option::None,
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
    /// The card number (secret: printed masked, zeroized on drop).
    #[inline]
    pub fn number(&self) -> &CardNumber {
        &self.number
    }
    /// The card verification code (secret: never printed, zeroized on drop).
    #[inline]
    pub fn cvc(&self) -> &Cvc {
        &self.cvc
    }
    /// The expiry month and year.
    #[inline]
    pub fn expiry(&self) -> &Expiry {
        &self.expiry
    }
    /// The cardholder's name as printed on the card.
    #[inline]
    pub fn name(&self) -> &String {
        &self.name
    }
}
impl ::payment_core::__private::serde::Serialize for Card {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::payment_core::__private::write_struct(
            serializer,
            &[
                ("number", ::payment_core::__private::Entry::Value(&self.number)),
                ("cvc", ::payment_core::__private::Entry::Value(&self.cvc)),
                (
                    "expiry",
                    ::payment_core::__private::Entry::Flat(
                        &::payment_core::__private::FlatEntry::<
                            Expiry,
                            ::payment_core::__private::Natural,
                        >::new(
                            ::core::option::Option::Some(&self.expiry),
                            <Expiry as ::payment_core::__private::Flatten<
                                ::payment_core::__private::Natural,
                            >>::KEYS,
                        ),
                    ),
                ),
                ("name", ::payment_core::__private::Entry::Value(&self.name)),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectStruct for Card {
    const EXPECTING: &'static str = "a Card object";
    const NAMES: &'static [&'static str] = &["number", "cvc", "name"];
    type Values = __CardBuilderValues;
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
                        &mut values.number,
                    ),
                )
            }
            1usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.cvc,
                    ),
                )
            }
            2usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.name,
                    ),
                )
            }
            _ => ::core::option::Option::None,
        }
    }
    const FLAT: &'static [&'static [&'static str]] = &[
        <Expiry as ::payment_core::__private::Flatten<
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
        ::payment_core::__private::settle_flat(
            &mut values.expiry,
            &mut values.__expiry_partial,
            <Expiry as ::payment_core::__private::Flatten<
                ::payment_core::__private::Natural,
            >>::KEYS,
            false,
            c,
        );
        ::payment_core::__private::check_at(
            values.name.as_ref(),
            "name",
            c,
            |v: &String, c: &mut ::payment_core::__private::Collector| {
                c.check(
                    ::payment_core::__private::length(
                        v,
                        ::core::option::Option::Some(1),
                        ::core::option::Option::Some(128),
                    ),
                );
                c.check(::payment_core::__private::text(v));
            },
        );
    }
    #[inline]
    fn finish(values: Self::Values) -> ::core::option::Option<Self> {
        values.into_struct()
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for Card {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for Card {
    #[inline]
    fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
        c.enter("name");
        {
            let v = &self.name;
            c.check(
                ::payment_core::__private::length(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::Some(128),
                ),
            );
            c.check(::payment_core::__private::text(v));
        }
        c.leave();
    }
}
impl ::payment_core::__private::validator::Validate for Card {
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
impl ::payment_core::schema::Schema for Card {
    fn schema() -> ::payment_core::__private::serde_json::Value {
        let mut properties = ::std::vec::Vec::new();
        let mut required_keys: ::std::vec::Vec<&'static str> = ::std::vec::Vec::new();
        properties
            .push((
                "number",
                ::payment_core::__private::schema_build::Field(
                        <CardNumber as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("number");
        properties
            .push((
                "cvc",
                ::payment_core::__private::schema_build::Field(
                        <Cvc as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("cvc");
        let keys: &[&'static str] = <Expiry as ::payment_core::__private::Flatten<
            ::payment_core::__private::Natural,
        >>::KEYS;
        let flat = <Expiry as ::payment_core::schema::FlatSchema<
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
                "name",
                ::payment_core::__private::schema_build::Field(
                        <String as ::payment_core::schema::Schema>::schema(),
                    )
                    .length(
                        ::core::option::Option::Some((1) as usize),
                        ::core::option::Option::Some((128) as usize),
                    )
                    .text()
                    .0,
            ));
        required_keys.push("name");
        ::payment_core::__private::schema_build::object(properties, required_keys)
    }
}

// ---- #[derive(Builder)] on `ReturnUrl` ----
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub mod return_url_builder {
    #[diagnostic::on_unimplemented(
        message = "`ReturnUrlBuilder::build()` is missing required field `success_url`",
        label = "call `.success_url(..)` before this"
    )]
    pub trait success_url_is_set: ::payment_core::__private::IsSet {}
    impl success_url_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `success_url` of `ReturnUrlBuilder` is already set",
        label = "`.success_url(..)` was already called on this builder"
    )]
    pub trait success_url_is_unset {}
    impl success_url_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`ReturnUrlBuilder::build()` is missing required field `decline_url`",
        label = "call `.decline_url(..)` before this"
    )]
    pub trait decline_url_is_set: ::payment_core::__private::IsSet {}
    impl decline_url_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `decline_url` of `ReturnUrlBuilder` is already set",
        label = "`.decline_url(..)` was already called on this builder"
    )]
    pub trait decline_url_is_unset {}
    impl decline_url_is_unset for ::payment_core::builder::Unset {}
}
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub struct __ReturnUrlBuilderValues {
    webhook_url: Option<WebhookUrl>,
    success_url: ::core::option::Option<Url>,
    decline_url: ::core::option::Option<Url>,
    cancel_url: Option<Url>,
    __errors: ::payment_core::__private::Errors,
}
impl __ReturnUrlBuilderValues {
    #[inline]
    fn into_struct(self) -> ::core::option::Option<ReturnUrl> {
        let (
            ::core::option::Option::Some(success_url),
            ::core::option::Option::Some(decline_url),
        ) = (self.success_url, self.decline_url) else {
            return ::core::option::Option::None;
        };
        ::core::option::Option::Some(ReturnUrl {
            webhook_url: self.webhook_url,
            success_url,
            decline_url,
            cancel_url: self.cancel_url,
        })
    }
}
/** Builder for [`ReturnUrl`], made by `ReturnUrl::builder()`.

 Call one setter per field, then `.build()`. `.build()` is only available once every required field
 is set: a missing field is a compile error naming it, and so is setting a field twice.
 Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value
 is always valid.

 After `.collect_errors()` every setter listed here takes the same input (and a value type's text too) but never fails: it records the failure, and `.build()` returns every one at once.

 # Required fields

 - `.success_url(..)` — JSON key `success_url`. Where the shopper goes after an approved payment.
 - `.decline_url(..)` — JSON key `decline_url`. Where the shopper goes after a declined payment.

 # Optional fields

 - `.webhook_url(..)` / `.maybe_webhook_url(..)` — JSON key `webhook_url`. Where the gateway posts the result (needed to learn the outcome of a 3-D Secure payment): https to a public host (the offline sandbox never calls it, and forwards its notifications instead).
 - `.cancel_url(..)` / `.maybe_cancel_url(..)` — JSON key `cancel_url`. Where the shopper goes after cancelling the payment (the gateway's webhook page; optional).*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct ReturnUrlBuilder<
    __SuccessUrl = ::payment_core::builder::Unset,
    __DeclineUrl = ::payment_core::builder::Unset,
    __Mode = ::payment_core::builder::Checked,
> {
    __values: __ReturnUrlBuilderValues,
    __state: ::core::marker::PhantomData<fn() -> (__SuccessUrl, __DeclineUrl, __Mode)>,
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __SuccessUrl,
    __DeclineUrl,
    __Mode,
> ReturnUrlBuilder<__SuccessUrl, __DeclineUrl, __Mode> {
    /// Where the gateway posts the result (needed to learn the outcome of a 3-D Secure payment): https to
    /// a public host (the offline sandbox never calls it, and forwards its notifications instead).
    /**
 Sets the field.
 Optional (left out: `None`); JSON key `webhook_url`.*/
    #[inline(always)]
    pub fn webhook_url<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<WebhookUrl, __Via, __Mode>,
    ) -> Self {
        let mut __values = self.__values;
        let value: ::core::option::Option<WebhookUrl> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "webhook_url",
                "webhook_url",
            );
        {
            __values.webhook_url = value;
            ReturnUrlBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets the field from an `Option`: `None` leaves it out (see [`Self::webhook_url`]).
    #[inline(always)]
    pub fn maybe_webhook_url(self, value: ::core::option::Option<WebhookUrl>) -> Self {
        let mut __values = self.__values;
        let value: ::core::option::Option<WebhookUrl> = value;
        {
            __values.webhook_url = value;
            ReturnUrlBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Where the shopper goes after an approved payment.
    /**
 Sets the field.
 Required; JSON key `success_url`.*/
    #[inline(always)]
    pub fn success_url<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Url, __Via, __Mode>,
    ) -> ReturnUrlBuilder<::payment_core::builder::Set, __DeclineUrl, __Mode>
    where
        __SuccessUrl: return_url_builder::success_url_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<Url> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "success_url",
                "success_url",
            );
        {
            __values.success_url = value;
            ReturnUrlBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Where the shopper goes after a declined payment.
    /**
 Sets the field.
 Required; JSON key `decline_url`.*/
    #[inline(always)]
    pub fn decline_url<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Url, __Via, __Mode>,
    ) -> ReturnUrlBuilder<__SuccessUrl, ::payment_core::builder::Set, __Mode>
    where
        __DeclineUrl: return_url_builder::decline_url_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<Url> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "decline_url",
                "decline_url",
            );
        {
            __values.decline_url = value;
            ReturnUrlBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Where the shopper goes after cancelling the payment (the gateway's webhook page; optional).
    /**
 Sets the field.
 Optional (left out: `None`); JSON key `cancel_url`.*/
    #[inline(always)]
    pub fn cancel_url<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Url, __Via, __Mode>,
    ) -> Self {
        let mut __values = self.__values;
        let value: ::core::option::Option<Url> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "cancel_url",
                "cancel_url",
            );
        {
            __values.cancel_url = value;
            ReturnUrlBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets the field from an `Option`: `None` leaves it out (see [`Self::cancel_url`]).
    #[inline(always)]
    pub fn maybe_cancel_url(self, value: ::core::option::Option<Url>) -> Self {
        let mut __values = self.__values;
        let value: ::core::option::Option<Url> = value;
        {
            __values.cancel_url = value;
            ReturnUrlBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __SuccessUrl,
    __DeclineUrl,
> ReturnUrlBuilder<__SuccessUrl, __DeclineUrl, ::payment_core::builder::Checked> {
    /// Builds the [`ReturnUrl`]. Available once every required field is set.
    #[inline(always)]
    pub fn build(self) -> ReturnUrl
    where
        __SuccessUrl: return_url_builder::success_url_is_set,
        __DeclineUrl: return_url_builder::decline_url_is_set,
    {
        ::payment_core::__private::required(self.__values.into_struct())
    }
    /// From here on no setter fails: each rule failure is recorded with its wire path and its Rust field path, and `.build()` returns `Result<_, ValidationReport>` with every failure at once (nested builders included). Required fields are still checked at compile time.
    #[inline(always)]
    pub fn collect_errors(
        self,
    ) -> ReturnUrlBuilder<
        __SuccessUrl,
        __DeclineUrl,
        ::payment_core::builder::Collecting,
    > {
        ReturnUrlBuilder {
            __values: self.__values,
            __state: ::core::marker::PhantomData,
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __SuccessUrl,
    __DeclineUrl,
> ReturnUrlBuilder<__SuccessUrl, __DeclineUrl, ::payment_core::builder::Collecting> {
    /// Builds the [`ReturnUrl`], or returns every rule failure recorded since `.collect_errors()` (nested builders included), each with its wire path and its Rust field path. Available once every required field is set.
    #[inline(always)]
    pub fn build(
        self,
    ) -> ::core::result::Result<ReturnUrl, ::payment_core::wire::ValidationReport>
    where
        __SuccessUrl: return_url_builder::success_url_is_set,
        __DeclineUrl: return_url_builder::decline_url_is_set,
    {
        let mut values = self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish(value)
    }
}
#[doc(hidden)]
impl<__SuccessUrl, __DeclineUrl> ::payment_core::builder::Nested<ReturnUrl>
for ReturnUrlBuilder<__SuccessUrl, __DeclineUrl, ::payment_core::builder::Checked>
where
    __SuccessUrl: return_url_builder::success_url_is_set,
    __DeclineUrl: return_url_builder::decline_url_is_set,
{
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(ReturnUrl) -> __N,
    ) -> __N {
        then(self.build())
    }
}
#[doc(hidden)]
impl<__SuccessUrl, __DeclineUrl> ::payment_core::builder::CollectNested<ReturnUrl>
for ReturnUrlBuilder<__SuccessUrl, __DeclineUrl, ::payment_core::builder::Collecting>
where
    __SuccessUrl: return_url_builder::success_url_is_set,
    __DeclineUrl: return_url_builder::decline_url_is_set,
{
    #[inline]
    fn finish_collecting(
        self,
    ) -> ::core::result::Result<ReturnUrl, ::payment_core::__private::Errors> {
        let mut values = self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish_nested(value)
    }
}
#[doc(hidden)]
impl ::payment_core::builder::CanCollect for ReturnUrl {
    type Collecting = ReturnUrlBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    >;
    #[inline]
    fn collecting() -> ReturnUrlBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    > {
        Self::builder().collect_errors()
    }
}
impl<__SuccessUrl, __DeclineUrl, __Mode> ::core::fmt::Debug
for ReturnUrlBuilder<__SuccessUrl, __DeclineUrl, __Mode> {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "ReturnUrlBuilder",
            &[
                ("webhook_url", self.__values.webhook_url.is_some()),
                ("success_url", self.__values.success_url.is_some()),
                ("decline_url", self.__values.decline_url.is_some()),
                ("cancel_url", self.__values.cancel_url.is_some()),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::builder::Buildable for ReturnUrl {
    type Builder = ReturnUrlBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    >;
    #[inline]
    fn builder() -> ReturnUrlBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    > {
        Self::builder()
    }
}
impl ReturnUrl {
    /// Starts a [`ReturnUrlBuilder`]: set every required field, then call `.build()`. A missing field is a compile error that names it.
    #[inline]
    pub fn builder() -> ReturnUrlBuilder {
        ReturnUrlBuilder {
            __values: __ReturnUrlBuilderValues {
                webhook_url: ::core::option::Option::None,
                success_url: ::core::option::Option::None,
                decline_url: ::core::option::Option::None,
                cancel_url: ::core::option::Option::None,
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
    /// Where the gateway posts the result (needed to learn the outcome of a 3-D Secure payment): https to
    /// a public host (the offline sandbox never calls it, and forwards its notifications instead).
    #[inline]
    pub fn webhook_url(&self) -> ::core::option::Option<&WebhookUrl> {
        self.webhook_url.as_ref()
    }
    /// Where the shopper goes after an approved payment.
    #[inline]
    pub fn success_url(&self) -> &Url {
        &self.success_url
    }
    /// Where the shopper goes after a declined payment.
    #[inline]
    pub fn decline_url(&self) -> &Url {
        &self.decline_url
    }
    /// Where the shopper goes after cancelling the payment (the gateway's webhook page; optional).
    #[inline]
    pub fn cancel_url(&self) -> ::core::option::Option<&Url> {
        self.cancel_url.as_ref()
    }
}
impl ::payment_core::__private::serde::Serialize for ReturnUrl {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::payment_core::__private::write_struct(
            serializer,
            &[
                (
                    "webhook_url",
                    ::payment_core::__private::Entry::optional(&self.webhook_url),
                ),
                (
                    "success_url",
                    ::payment_core::__private::Entry::Value(&self.success_url),
                ),
                (
                    "decline_url",
                    ::payment_core::__private::Entry::Value(&self.decline_url),
                ),
                (
                    "cancel_url",
                    ::payment_core::__private::Entry::optional(&self.cancel_url),
                ),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectStruct for ReturnUrl {
    const EXPECTING: &'static str = "a ReturnUrl object";
    const NAMES: &'static [&'static str] = &[
        "webhook_url",
        "success_url",
        "decline_url",
        "cancel_url",
    ];
    type Values = __ReturnUrlBuilderValues;
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
                        ::payment_core::__private::Presence::Optional,
                        &mut values.webhook_url,
                    ),
                )
            }
            1usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.success_url,
                    ),
                )
            }
            2usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.decline_url,
                    ),
                )
            }
            3usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.cancel_url,
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
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for ReturnUrl {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for ReturnUrl {
    #[inline]
    fn check_rules(&self, _c: &mut ::payment_core::wire::Collector) {}
}
impl ::payment_core::__private::validator::Validate for ReturnUrl {
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
impl ::payment_core::schema::Schema for ReturnUrl {
    fn schema() -> ::payment_core::__private::serde_json::Value {
        let mut properties = ::std::vec::Vec::new();
        let mut required_keys: ::std::vec::Vec<&'static str> = ::std::vec::Vec::new();
        properties
            .push((
                "webhook_url",
                ::payment_core::__private::schema_build::Field(
                        <WebhookUrl as ::payment_core::schema::Schema>::schema(),
                    )
                    .nullable()
                    .0,
            ));
        properties
            .push((
                "success_url",
                ::payment_core::__private::schema_build::Field(
                        <Url as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("success_url");
        properties
            .push((
                "decline_url",
                ::payment_core::__private::schema_build::Field(
                        <Url as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("decline_url");
        properties
            .push((
                "cancel_url",
                ::payment_core::__private::schema_build::Field(
                        <Url as ::payment_core::schema::Schema>::schema(),
                    )
                    .nullable()
                    .0,
            ));
        ::payment_core::__private::schema_build::object(properties, required_keys)
    }
}

// ---- #[derive(Builder)] on `Address` ----
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub mod address_builder {
    #[diagnostic::on_unimplemented(
        message = "`AddressBuilder::build()` is missing required field `country`",
        label = "call `.country(..)` before this"
    )]
    pub trait country_is_set: ::payment_core::__private::IsSet {}
    impl country_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `country` of `AddressBuilder` is already set",
        label = "`.country(..)` was already called on this builder"
    )]
    pub trait country_is_unset {}
    impl country_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`AddressBuilder::build()` is missing required field `email`",
        label = "call `.email(..)` before this"
    )]
    pub trait email_is_set: ::payment_core::__private::IsSet {}
    impl email_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `email` of `AddressBuilder` is already set",
        label = "`.email(..)` was already called on this builder"
    )]
    pub trait email_is_unset {}
    impl email_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`AddressBuilder::build()` is missing required field `address1`",
        label = "call `.address1(..)` before this"
    )]
    pub trait address1_is_set: ::payment_core::__private::IsSet {}
    impl address1_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `address1` of `AddressBuilder` is already set",
        label = "`.address1(..)` was already called on this builder"
    )]
    pub trait address1_is_unset {}
    impl address1_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`AddressBuilder::build()` is missing required field `city`",
        label = "call `.city(..)` before this"
    )]
    pub trait city_is_set: ::payment_core::__private::IsSet {}
    impl city_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `city` of `AddressBuilder` is already set",
        label = "`.city(..)` was already called on this builder"
    )]
    pub trait city_is_unset {}
    impl city_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`AddressBuilder::build()` is missing required field `postal_code`",
        label = "call `.postal_code(..)` before this"
    )]
    pub trait postal_code_is_set: ::payment_core::__private::IsSet {}
    impl postal_code_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `postal_code` of `AddressBuilder` is already set",
        label = "`.postal_code(..)` was already called on this builder"
    )]
    pub trait postal_code_is_unset {}
    impl postal_code_is_unset for ::payment_core::builder::Unset {}
}
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub struct __AddressBuilderValues {
    country: ::core::option::Option<Country>,
    email: ::core::option::Option<Email>,
    phone_number: Option<Phone>,
    address1: ::core::option::Option<String>,
    city: ::core::option::Option<String>,
    state: Option<String>,
    postal_code: ::core::option::Option<String>,
    __errors: ::payment_core::__private::Errors,
}
impl __AddressBuilderValues {
    #[inline]
    fn into_struct(self) -> ::core::option::Option<Address> {
        let (
            ::core::option::Option::Some(country),
            ::core::option::Option::Some(email),
            ::core::option::Option::Some(address1),
            ::core::option::Option::Some(city),
            ::core::option::Option::Some(postal_code),
        ) = (self.country, self.email, self.address1, self.city, self.postal_code) else {
            return ::core::option::Option::None;
        };
        ::core::option::Option::Some(Address {
            country,
            email,
            phone_number: self.phone_number,
            address1,
            city,
            state: self.state,
            postal_code,
        })
    }
}
/** Builder for [`Address`], made by `Address::builder()`.

 Call one setter per field, then `.build()`. `.build()` is only available once every required field
 is set: a missing field is a compile error naming it, and so is setting a field twice.
 Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value
 is always valid.

 After `.collect_errors()` every setter listed here takes the same input (and a value type's text too) but never fails: it records the failure, and `.build()` returns every one at once.

 # Required fields

 - `.country(..)` — JSON key `country`. The ISO 3166-1 alpha-2 country.
 - `.email(..)` — JSON key `email`. The contact email.
 - `.address1(..)` — JSON key `address1`; rules: `text` (no control characters or bidirectional overrides). The street address.
 - `.city(..)` — JSON key `city`; rules: `text` (no control characters or bidirectional overrides). The city.
 - `.postal_code(..)` — JSON key `postal_code`; rules: `text` (no control characters or bidirectional overrides). The postal code.

 # Optional fields

 - `.phone_number(..)` / `.maybe_phone_number(..)` — JSON key `phone_number`. The phone number in international form, 7 to 15 digits (sent without `+`).
 - `.state(..)` / `.maybe_state(..)` — JSON key `state`; rules: `text` (no control characters or bidirectional overrides). The state, prefecture or region.*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct AddressBuilder<
    __Country = ::payment_core::builder::Unset,
    __Email = ::payment_core::builder::Unset,
    __Address1 = ::payment_core::builder::Unset,
    __City = ::payment_core::builder::Unset,
    __PostalCode = ::payment_core::builder::Unset,
    __Mode = ::payment_core::builder::Checked,
> {
    __values: __AddressBuilderValues,
    __state: ::core::marker::PhantomData<
        fn() -> (__Country, __Email, __Address1, __City, __PostalCode, __Mode),
    >,
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __Country,
    __Email,
    __Address1,
    __City,
    __PostalCode,
    __Mode,
> AddressBuilder<__Country, __Email, __Address1, __City, __PostalCode, __Mode> {
    /// The ISO 3166-1 alpha-2 country.
    /**
 Sets the field.
 Required; JSON key `country`.*/
    #[inline(always)]
    pub fn country<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Country, __Via, __Mode>,
    ) -> AddressBuilder<
        ::payment_core::builder::Set,
        __Email,
        __Address1,
        __City,
        __PostalCode,
        __Mode,
    >
    where
        __Country: address_builder::country_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<Country> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "country",
                "country",
            );
        {
            __values.country = value;
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// The contact email.
    /**
 Sets the field.
 Required; JSON key `email`.*/
    #[inline(always)]
    pub fn email<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Email, __Via, __Mode>,
    ) -> AddressBuilder<
        __Country,
        ::payment_core::builder::Set,
        __Address1,
        __City,
        __PostalCode,
        __Mode,
    >
    where
        __Email: address_builder::email_is_unset,
    {
        let mut __values = self.__values;
        let value: ::core::option::Option<Email> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "email",
                "email",
            );
        {
            __values.email = value;
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// The phone number in international form, 7 to 15 digits (sent without `+`).
    /**
 Sets the field.
 Optional (left out: `None`); JSON key `phone_number`.*/
    #[inline(always)]
    pub fn phone_number<__Via>(
        self,
        value: impl ::payment_core::builder::IntoValue<Phone, __Via, __Mode>,
    ) -> Self {
        let mut __values = self.__values;
        let value: ::core::option::Option<Phone> = __values
            .__errors
            .take_value(
                ::payment_core::builder::IntoValue::into_value(value),
                "phone_number",
                "phone_number",
            );
        {
            __values.phone_number = value;
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Sets the field from an `Option`: `None` leaves it out (see [`Self::phone_number`]).
    #[inline(always)]
    pub fn maybe_phone_number(self, value: ::core::option::Option<Phone>) -> Self {
        let mut __values = self.__values;
        let value: ::core::option::Option<Phone> = value;
        {
            __values.phone_number = value;
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __Country,
    __Email,
    __Address1,
    __City,
    __PostalCode,
> AddressBuilder<
    __Country,
    __Email,
    __Address1,
    __City,
    __PostalCode,
    ::payment_core::builder::Checked,
> {
    /// The street address.
    /**
 Sets the field, checking its rules.
 Required; JSON key `address1`.
 Rules: `text` (no control characters or bidirectional overrides). A value breaking them is returned as a `FieldError` at `address1`.*/
    #[inline(always)]
    pub fn address1(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<
        AddressBuilder<
            __Country,
            __Email,
            ::payment_core::builder::Set,
            __City,
            __PostalCode,
            ::payment_core::builder::Checked,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __Address1: address_builder::address1_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(
                        e.at_field("address1", "address1"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.address1 = ::core::option::Option::Some(value);
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// The city.
    /**
 Sets the field, checking its rules.
 Required; JSON key `city`.
 Rules: `text` (no control characters or bidirectional overrides). A value breaking them is returned as a `FieldError` at `city`.*/
    #[inline(always)]
    pub fn city(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<
        AddressBuilder<
            __Country,
            __Email,
            __Address1,
            ::payment_core::builder::Set,
            __PostalCode,
            ::payment_core::builder::Checked,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __City: address_builder::city_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(e.at_field("city", "city"));
                }
            }
        }
        ::core::result::Result::Ok({
            __values.city = ::core::option::Option::Some(value);
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// The state, prefecture or region.
    /**
 Sets the field, checking its rules.
 Optional (left out: `None`); JSON key `state`.
 Rules: `text` (no control characters or bidirectional overrides). A value breaking them is returned as a `FieldError` at `state`.*/
    #[inline(always)]
    pub fn state(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<Self, ::payment_core::wire::FieldError> {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(e.at_field("state", "state"));
                }
            }
        }
        ::core::result::Result::Ok({
            __values.state = ::core::option::Option::Some(value);
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Sets the field from an `Option`: `None` leaves it out (see [`Self::state`]).
    #[inline(always)]
    pub fn maybe_state(
        self,
        value: ::core::option::Option<String>,
    ) -> ::core::result::Result<Self, ::payment_core::wire::FieldError> {
        let mut __values = self.__values;
        let value: ::core::option::Option<String> = value;
        if let ::core::option::Option::Some(v) = &value {
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(e.at_field("state", "state"));
                }
            }
        }
        ::core::result::Result::Ok({
            __values.state = value;
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// The postal code.
    /**
 Sets the field, checking its rules.
 Required; JSON key `postal_code`.
 Rules: `text` (no control characters or bidirectional overrides). A value breaking them is returned as a `FieldError` at `postal_code`.*/
    #[inline(always)]
    pub fn postal_code(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<
        AddressBuilder<
            __Country,
            __Email,
            __Address1,
            __City,
            ::payment_core::builder::Set,
            ::payment_core::builder::Checked,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __PostalCode: address_builder::postal_code_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(
                        e.at_field("postal_code", "postal_code"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.postal_code = ::core::option::Option::Some(value);
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Builds the [`Address`]. Available once every required field is set.
    #[inline(always)]
    pub fn build(self) -> Address
    where
        __Country: address_builder::country_is_set,
        __Email: address_builder::email_is_set,
        __Address1: address_builder::address1_is_set,
        __City: address_builder::city_is_set,
        __PostalCode: address_builder::postal_code_is_set,
    {
        ::payment_core::__private::required(self.__values.into_struct())
    }
    /// From here on no setter fails: each rule failure is recorded with its wire path and its Rust field path, and `.build()` returns `Result<_, ValidationReport>` with every failure at once (nested builders included). Required fields are still checked at compile time.
    #[inline(always)]
    pub fn collect_errors(
        self,
    ) -> AddressBuilder<
        __Country,
        __Email,
        __Address1,
        __City,
        __PostalCode,
        ::payment_core::builder::Collecting,
    > {
        AddressBuilder {
            __values: self.__values,
            __state: ::core::marker::PhantomData,
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __Country,
    __Email,
    __Address1,
    __City,
    __PostalCode,
> AddressBuilder<
    __Country,
    __Email,
    __Address1,
    __City,
    __PostalCode,
    ::payment_core::builder::Collecting,
> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn address1(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> AddressBuilder<
        __Country,
        __Email,
        ::payment_core::builder::Set,
        __City,
        __PostalCode,
        ::payment_core::builder::Collecting,
    >
    where
        __Address1: address_builder::address1_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values.__errors.record(e.at_field("address1", "address1"));
                    break '__rules;
                }
            }
        }
        {
            __values.address1 = ::core::option::Option::Some(value);
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn city(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> AddressBuilder<
        __Country,
        __Email,
        __Address1,
        ::payment_core::builder::Set,
        __PostalCode,
        ::payment_core::builder::Collecting,
    >
    where
        __City: address_builder::city_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values.__errors.record(e.at_field("city", "city"));
                    break '__rules;
                }
            }
        }
        {
            __values.city = ::core::option::Option::Some(value);
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn state(self, value: impl ::core::convert::Into<String>) -> Self {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values.__errors.record(e.at_field("state", "state"));
                    break '__rules;
                }
            }
        }
        {
            __values.state = ::core::option::Option::Some(value);
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn maybe_state(self, value: ::core::option::Option<String>) -> Self {
        let mut __values = self.__values;
        let value: ::core::option::Option<String> = value;
        if let ::core::option::Option::Some(v) = &value {
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values.__errors.record(e.at_field("state", "state"));
                    break '__rules;
                }
            }
        }
        {
            __values.state = value;
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn postal_code(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> AddressBuilder<
        __Country,
        __Email,
        __Address1,
        __City,
        ::payment_core::builder::Set,
        ::payment_core::builder::Collecting,
    >
    where
        __PostalCode: address_builder::postal_code_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values.__errors.record(e.at_field("postal_code", "postal_code"));
                    break '__rules;
                }
            }
        }
        {
            __values.postal_code = ::core::option::Option::Some(value);
            AddressBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Builds the [`Address`], or returns every rule failure recorded since `.collect_errors()` (nested builders included), each with its wire path and its Rust field path. Available once every required field is set.
    #[inline(always)]
    pub fn build(
        self,
    ) -> ::core::result::Result<Address, ::payment_core::wire::ValidationReport>
    where
        __Country: address_builder::country_is_set,
        __Email: address_builder::email_is_set,
        __Address1: address_builder::address1_is_set,
        __City: address_builder::city_is_set,
        __PostalCode: address_builder::postal_code_is_set,
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
    __Country,
    __Email,
    __Address1,
    __City,
    __PostalCode,
> ::payment_core::builder::Nested<Address>
for AddressBuilder<
    __Country,
    __Email,
    __Address1,
    __City,
    __PostalCode,
    ::payment_core::builder::Checked,
>
where
    __Country: address_builder::country_is_set,
    __Email: address_builder::email_is_set,
    __Address1: address_builder::address1_is_set,
    __City: address_builder::city_is_set,
    __PostalCode: address_builder::postal_code_is_set,
{
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(Address) -> __N,
    ) -> __N {
        then(self.build())
    }
}
#[doc(hidden)]
impl<
    __Country,
    __Email,
    __Address1,
    __City,
    __PostalCode,
> ::payment_core::builder::CollectNested<Address>
for AddressBuilder<
    __Country,
    __Email,
    __Address1,
    __City,
    __PostalCode,
    ::payment_core::builder::Collecting,
>
where
    __Country: address_builder::country_is_set,
    __Email: address_builder::email_is_set,
    __Address1: address_builder::address1_is_set,
    __City: address_builder::city_is_set,
    __PostalCode: address_builder::postal_code_is_set,
{
    #[inline]
    fn finish_collecting(
        self,
    ) -> ::core::result::Result<Address, ::payment_core::__private::Errors> {
        let mut values = self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish_nested(value)
    }
}
#[doc(hidden)]
impl ::payment_core::builder::CanCollect for Address {
    type Collecting = AddressBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Collecting,
    >;
    #[inline]
    fn collecting() -> AddressBuilder<
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
impl<__Country, __Email, __Address1, __City, __PostalCode, __Mode> ::core::fmt::Debug
for AddressBuilder<__Country, __Email, __Address1, __City, __PostalCode, __Mode> {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "AddressBuilder",
            &[
                ("country", self.__values.country.is_some()),
                ("email", self.__values.email.is_some()),
                ("phone_number", self.__values.phone_number.is_some()),
                ("address1", self.__values.address1.is_some()),
                ("city", self.__values.city.is_some()),
                ("state", self.__values.state.is_some()),
                ("postal_code", self.__values.postal_code.is_some()),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::builder::Buildable for Address {
    type Builder = AddressBuilder<
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Unset,
        ::payment_core::builder::Checked,
    >;
    #[inline]
    fn builder() -> AddressBuilder<
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
impl Address {
    /// Starts a [`AddressBuilder`]: set every required field, then call `.build()`. A missing field is a compile error that names it.
    #[inline]
    pub fn builder() -> AddressBuilder {
        AddressBuilder {
            __values: __AddressBuilderValues {
                country: ::core::option::Option::None,
                email: ::core::option::Option::None,
                phone_number: ::core::option::Option::None,
                address1: ::core::option::Option::None,
                city: ::core::option::Option::None,
                state: ::core::option::Option::None,
                postal_code: ::core::option::Option::None,
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
    /// The ISO 3166-1 alpha-2 country.
    #[inline]
    pub fn country(&self) -> &Country {
        &self.country
    }
    /// The contact email.
    #[inline]
    pub fn email(&self) -> &Email {
        &self.email
    }
    /// The phone number in international form, 7 to 15 digits (sent without `+`).
    #[inline]
    pub fn phone_number(&self) -> ::core::option::Option<&Phone> {
        self.phone_number.as_ref()
    }
    /// The street address.
    #[inline]
    pub fn address1(&self) -> &String {
        &self.address1
    }
    /// The city.
    #[inline]
    pub fn city(&self) -> &String {
        &self.city
    }
    /// The state, prefecture or region.
    #[inline]
    pub fn state(&self) -> ::core::option::Option<&String> {
        self.state.as_ref()
    }
    /// The postal code.
    #[inline]
    pub fn postal_code(&self) -> &String {
        &self.postal_code
    }
}
impl ::payment_core::__private::serde::Serialize for Address {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::payment_core::__private::write_struct(
            serializer,
            &[
                ("country", ::payment_core::__private::Entry::Value(&self.country)),
                ("email", ::payment_core::__private::Entry::Value(&self.email)),
                (
                    "phone_number",
                    ::payment_core::__private::Entry::optional(&self.phone_number),
                ),
                ("address1", ::payment_core::__private::Entry::Value(&self.address1)),
                ("city", ::payment_core::__private::Entry::Value(&self.city)),
                ("state", ::payment_core::__private::Entry::optional(&self.state)),
                (
                    "postal_code",
                    ::payment_core::__private::Entry::Value(&self.postal_code),
                ),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectStruct for Address {
    const EXPECTING: &'static str = "an Address object";
    const NAMES: &'static [&'static str] = &[
        "country",
        "email",
        "phone_number",
        "address1",
        "city",
        "state",
        "postal_code",
    ];
    type Values = __AddressBuilderValues;
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
                        &mut values.country,
                    ),
                )
            }
            1usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.email,
                    ),
                )
            }
            2usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.phone_number,
                    ),
                )
            }
            3usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.address1,
                    ),
                )
            }
            4usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.city,
                    ),
                )
            }
            5usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Optional,
                        &mut values.state,
                    ),
                )
            }
            6usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.postal_code,
                    ),
                )
            }
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    fn settle(values: &mut Self::Values, c: &mut ::payment_core::__private::Collector) {
        ::payment_core::__private::check_at(
            values.address1.as_ref(),
            "address1",
            c,
            |v: &String, c: &mut ::payment_core::__private::Collector| {
                c.check(::payment_core::__private::text(v));
            },
        );
        ::payment_core::__private::check_at(
            values.city.as_ref(),
            "city",
            c,
            |v: &String, c: &mut ::payment_core::__private::Collector| {
                c.check(::payment_core::__private::text(v));
            },
        );
        ::payment_core::__private::check_at(
            ::core::option::Option::Some(&values.state),
            "state",
            c,
            |v: &Option<String>, c: &mut ::payment_core::__private::Collector| {
                if let ::core::option::Option::Some(v) = v {
                    c.check(::payment_core::__private::text(v));
                }
            },
        );
        ::payment_core::__private::check_at(
            values.postal_code.as_ref(),
            "postal_code",
            c,
            |v: &String, c: &mut ::payment_core::__private::Collector| {
                c.check(::payment_core::__private::text(v));
            },
        );
    }
    #[inline]
    fn finish(values: Self::Values) -> ::core::option::Option<Self> {
        values.into_struct()
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for Address {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for Address {
    #[inline]
    fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
        c.enter("address1");
        {
            let v = &self.address1;
            c.check(::payment_core::__private::text(v));
        }
        c.leave();
        c.enter("city");
        {
            let v = &self.city;
            c.check(::payment_core::__private::text(v));
        }
        c.leave();
        c.enter("state");
        {
            let v = &self.state;
            if let ::core::option::Option::Some(v) = v {
                c.check(::payment_core::__private::text(v));
            }
        }
        c.leave();
        c.enter("postal_code");
        {
            let v = &self.postal_code;
            c.check(::payment_core::__private::text(v));
        }
        c.leave();
    }
}
impl ::payment_core::__private::validator::Validate for Address {
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
impl ::payment_core::schema::Schema for Address {
    fn schema() -> ::payment_core::__private::serde_json::Value {
        let mut properties = ::std::vec::Vec::new();
        let mut required_keys: ::std::vec::Vec<&'static str> = ::std::vec::Vec::new();
        properties
            .push((
                "country",
                ::payment_core::__private::schema_build::Field(
                        <Country as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("country");
        properties
            .push((
                "email",
                ::payment_core::__private::schema_build::Field(
                        <Email as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("email");
        properties
            .push((
                "phone_number",
                ::payment_core::__private::schema_build::Field(
                        <Phone as ::payment_core::schema::Schema>::schema(),
                    )
                    .nullable()
                    .0,
            ));
        properties
            .push((
                "address1",
                ::payment_core::__private::schema_build::Field(
                        <String as ::payment_core::schema::Schema>::schema(),
                    )
                    .text()
                    .0,
            ));
        required_keys.push("address1");
        properties
            .push((
                "city",
                ::payment_core::__private::schema_build::Field(
                        <String as ::payment_core::schema::Schema>::schema(),
                    )
                    .text()
                    .0,
            ));
        required_keys.push("city");
        properties
            .push((
                "state",
                ::payment_core::__private::schema_build::Field(
                        <String as ::payment_core::schema::Schema>::schema(),
                    )
                    .text()
                    .nullable()
                    .0,
            ));
        properties
            .push((
                "postal_code",
                ::payment_core::__private::schema_build::Field(
                        <String as ::payment_core::schema::Schema>::schema(),
                    )
                    .text()
                    .0,
            ));
        required_keys.push("postal_code");
        ::payment_core::__private::schema_build::object(properties, required_keys)
    }
}

// ---- #[derive(Builder)] on `BrowserInfo` ----
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub mod browser_info_builder {
    #[diagnostic::on_unimplemented(
        message = "`BrowserInfoBuilder::build()` is missing required field `accept_header`",
        label = "call `.accept_header(..)` before this"
    )]
    pub trait accept_header_is_set: ::payment_core::__private::IsSet {}
    impl accept_header_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `accept_header` of `BrowserInfoBuilder` is already set",
        label = "`.accept_header(..)` was already called on this builder"
    )]
    pub trait accept_header_is_unset {}
    impl accept_header_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`BrowserInfoBuilder::build()` is missing required field `screen_color_depth`",
        label = "call `.screen_color_depth(..)` before this"
    )]
    pub trait screen_color_depth_is_set: ::payment_core::__private::IsSet {}
    impl screen_color_depth_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `screen_color_depth` of `BrowserInfoBuilder` is already set",
        label = "`.screen_color_depth(..)` was already called on this builder"
    )]
    pub trait screen_color_depth_is_unset {}
    impl screen_color_depth_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`BrowserInfoBuilder::build()` is missing required field `java_enabled`",
        label = "call `.java_enabled(..)` before this"
    )]
    pub trait java_enabled_is_set: ::payment_core::__private::IsSet {}
    impl java_enabled_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `java_enabled` of `BrowserInfoBuilder` is already set",
        label = "`.java_enabled(..)` was already called on this builder"
    )]
    pub trait java_enabled_is_unset {}
    impl java_enabled_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`BrowserInfoBuilder::build()` is missing required field `language`",
        label = "call `.language(..)` before this"
    )]
    pub trait language_is_set: ::payment_core::__private::IsSet {}
    impl language_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `language` of `BrowserInfoBuilder` is already set",
        label = "`.language(..)` was already called on this builder"
    )]
    pub trait language_is_unset {}
    impl language_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`BrowserInfoBuilder::build()` is missing required field `screen_height`",
        label = "call `.screen_height(..)` before this"
    )]
    pub trait screen_height_is_set: ::payment_core::__private::IsSet {}
    impl screen_height_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `screen_height` of `BrowserInfoBuilder` is already set",
        label = "`.screen_height(..)` was already called on this builder"
    )]
    pub trait screen_height_is_unset {}
    impl screen_height_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`BrowserInfoBuilder::build()` is missing required field `screen_width`",
        label = "call `.screen_width(..)` before this"
    )]
    pub trait screen_width_is_set: ::payment_core::__private::IsSet {}
    impl screen_width_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `screen_width` of `BrowserInfoBuilder` is already set",
        label = "`.screen_width(..)` was already called on this builder"
    )]
    pub trait screen_width_is_unset {}
    impl screen_width_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`BrowserInfoBuilder::build()` is missing required field `challenge_window`",
        label = "call `.challenge_window(..)` before this"
    )]
    pub trait challenge_window_is_set: ::payment_core::__private::IsSet {}
    impl challenge_window_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `challenge_window` of `BrowserInfoBuilder` is already set",
        label = "`.challenge_window(..)` was already called on this builder"
    )]
    pub trait challenge_window_is_unset {}
    impl challenge_window_is_unset for ::payment_core::builder::Unset {}
    #[diagnostic::on_unimplemented(
        message = "`BrowserInfoBuilder::build()` is missing required field `user_agent`",
        label = "call `.user_agent(..)` before this"
    )]
    pub trait user_agent_is_set: ::payment_core::__private::IsSet {}
    impl user_agent_is_set for ::payment_core::builder::Set {}
    #[diagnostic::on_unimplemented(
        message = "field `user_agent` of `BrowserInfoBuilder` is already set",
        label = "`.user_agent(..)` was already called on this builder"
    )]
    pub trait user_agent_is_unset {}
    impl user_agent_is_unset for ::payment_core::builder::Unset {}
}
#[doc(hidden)]
#[allow(non_camel_case_types, unreachable_pub)]
pub struct __BrowserInfoBuilderValues {
    accept_header: ::core::option::Option<String>,
    screen_color_depth: ::core::option::Option<u8>,
    java_enabled: ::core::option::Option<bool>,
    language: ::core::option::Option<String>,
    screen_height: ::core::option::Option<u32>,
    screen_width: ::core::option::Option<u32>,
    challenge_window: ::core::option::Option<u8>,
    user_agent: ::core::option::Option<String>,
    __errors: ::payment_core::__private::Errors,
}
impl __BrowserInfoBuilderValues {
    #[inline]
    fn into_struct(self) -> ::core::option::Option<BrowserInfo> {
        let (
            ::core::option::Option::Some(accept_header),
            ::core::option::Option::Some(screen_color_depth),
            ::core::option::Option::Some(java_enabled),
            ::core::option::Option::Some(language),
            ::core::option::Option::Some(screen_height),
            ::core::option::Option::Some(screen_width),
            ::core::option::Option::Some(challenge_window),
            ::core::option::Option::Some(user_agent),
        ) = (
            self.accept_header,
            self.screen_color_depth,
            self.java_enabled,
            self.language,
            self.screen_height,
            self.screen_width,
            self.challenge_window,
            self.user_agent,
        ) else {
            return ::core::option::Option::None;
        };
        ::core::option::Option::Some(BrowserInfo {
            accept_header,
            screen_color_depth,
            java_enabled,
            language,
            screen_height,
            screen_width,
            challenge_window,
            user_agent,
        })
    }
}
/** Builder for [`BrowserInfo`], made by `BrowserInfo::builder()`.

 Call one setter per field, then `.build()`. `.build()` is only available once every required field
 is set: a missing field is a compile error naming it, and so is setting a field twice.
 Setters of fields with a rule checked at run time return `Result<_, FieldError>`, so a built value
 is always valid.

 After `.collect_errors()` every setter listed here takes the same input (and a value type's text too) but never fails: it records the failure, and `.build()` returns every one at once.

 # Required fields

 - `.accept_header(..)` — JSON key `acceptHeader`; rules: `text` (no control characters or bidirectional overrides). The browser's `Accept` header.
 - `.screen_color_depth(..)` — JSON key `screenColorDepth`; rules: `custom = color_depth`. Screen colour depth in bits: one of the EMV 3-D Secure values 1, 4, 8, 15, 16, 24, 32, 48.
 - `.java_enabled(..)` — JSON key `javaEnabled`. Whether Java is enabled.
 - `.language(..)` — JSON key `language`; rules: `text` (no control characters or bidirectional overrides). The browser language (IETF BCP 47, e.g. `en`).
 - `.screen_height(..)` — JSON key `screenHeight`; rules: `range(min = 1)`. Screen height in pixels (positive).
 - `.screen_width(..)` — JSON key `screenWidth`; rules: `range(min = 1)`. Screen width in pixels (positive).
 - `.challenge_window(..)` — JSON key `challengeWindow`; rules: `range(min = 1, max = 5)`. The 3-D Secure challenge window size, 1 to 5 (`01` 250x400 ... `05` full screen).
 - `.user_agent(..)` — JSON key `userAgent`; rules: `text` (no control characters or bidirectional overrides). The browser's `User-Agent`.*/
#[must_use = "a builder does nothing until `.build()` is called"]
pub struct BrowserInfoBuilder<
    __AcceptHeader = ::payment_core::builder::Unset,
    __ScreenColorDepth = ::payment_core::builder::Unset,
    __JavaEnabled = ::payment_core::builder::Unset,
    __Language = ::payment_core::builder::Unset,
    __ScreenHeight = ::payment_core::builder::Unset,
    __ScreenWidth = ::payment_core::builder::Unset,
    __ChallengeWindow = ::payment_core::builder::Unset,
    __UserAgent = ::payment_core::builder::Unset,
    __Mode = ::payment_core::builder::Checked,
> {
    __values: __BrowserInfoBuilderValues,
    __state: ::core::marker::PhantomData<
        fn() -> (
            __AcceptHeader,
            __ScreenColorDepth,
            __JavaEnabled,
            __Language,
            __ScreenHeight,
            __ScreenWidth,
            __ChallengeWindow,
            __UserAgent,
            __Mode,
        ),
    >,
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __AcceptHeader,
    __ScreenColorDepth,
    __JavaEnabled,
    __Language,
    __ScreenHeight,
    __ScreenWidth,
    __ChallengeWindow,
    __UserAgent,
    __Mode,
> BrowserInfoBuilder<
    __AcceptHeader,
    __ScreenColorDepth,
    __JavaEnabled,
    __Language,
    __ScreenHeight,
    __ScreenWidth,
    __ChallengeWindow,
    __UserAgent,
    __Mode,
> {
    /// Whether Java is enabled.
    /**
 Sets the field.
 Required; JSON key `javaEnabled`.*/
    #[inline(always)]
    pub fn java_enabled(
        self,
        value: bool,
    ) -> BrowserInfoBuilder<
        __AcceptHeader,
        __ScreenColorDepth,
        ::payment_core::builder::Set,
        __Language,
        __ScreenHeight,
        __ScreenWidth,
        __ChallengeWindow,
        __UserAgent,
        __Mode,
    >
    where
        __JavaEnabled: browser_info_builder::java_enabled_is_unset,
    {
        let mut __values = self.__values;
        let value: bool = value;
        {
            __values.java_enabled = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __AcceptHeader,
    __ScreenColorDepth,
    __JavaEnabled,
    __Language,
    __ScreenHeight,
    __ScreenWidth,
    __ChallengeWindow,
    __UserAgent,
> BrowserInfoBuilder<
    __AcceptHeader,
    __ScreenColorDepth,
    __JavaEnabled,
    __Language,
    __ScreenHeight,
    __ScreenWidth,
    __ChallengeWindow,
    __UserAgent,
    ::payment_core::builder::Checked,
> {
    /// The browser's `Accept` header.
    /**
 Sets the field, checking its rules.
 Required; JSON key `acceptHeader`.
 Rules: `text` (no control characters or bidirectional overrides). A value breaking them is returned as a `FieldError` at `acceptHeader`.*/
    #[inline(always)]
    pub fn accept_header(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<
        BrowserInfoBuilder<
            ::payment_core::builder::Set,
            __ScreenColorDepth,
            __JavaEnabled,
            __Language,
            __ScreenHeight,
            __ScreenWidth,
            __ChallengeWindow,
            __UserAgent,
            ::payment_core::builder::Checked,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __AcceptHeader: browser_info_builder::accept_header_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(
                        e.at_field("acceptHeader", "accept_header"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.accept_header = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Screen colour depth in bits: one of the EMV 3-D Secure values 1, 4, 8, 15, 16, 24, 32, 48.
    /**
 Sets the field, checking its rules.
 Required; JSON key `screenColorDepth`.
 Rules: `custom = color_depth`. A value breaking them is returned as a `FieldError` at `screenColorDepth`.*/
    #[inline(always)]
    pub fn screen_color_depth(
        self,
        value: u8,
    ) -> ::core::result::Result<
        BrowserInfoBuilder<
            __AcceptHeader,
            ::payment_core::builder::Set,
            __JavaEnabled,
            __Language,
            __ScreenHeight,
            __ScreenWidth,
            __ChallengeWindow,
            __UserAgent,
            ::payment_core::builder::Checked,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __ScreenColorDepth: browser_info_builder::screen_color_depth_is_unset,
    {
        let mut __values = self.__values;
        let value: u8 = value;
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = color_depth(v) {
                    return ::core::result::Result::Err(
                        e.at_field("screenColorDepth", "screen_color_depth"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.screen_color_depth = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// The browser language (IETF BCP 47, e.g. `en`).
    /**
 Sets the field, checking its rules.
 Required; JSON key `language`.
 Rules: `text` (no control characters or bidirectional overrides). A value breaking them is returned as a `FieldError` at `language`.*/
    #[inline(always)]
    pub fn language(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<
        BrowserInfoBuilder<
            __AcceptHeader,
            __ScreenColorDepth,
            __JavaEnabled,
            ::payment_core::builder::Set,
            __ScreenHeight,
            __ScreenWidth,
            __ChallengeWindow,
            __UserAgent,
            ::payment_core::builder::Checked,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __Language: browser_info_builder::language_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(
                        e.at_field("language", "language"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.language = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Screen height in pixels (positive).
    /**
 Sets the field, checking its rules.
 Required; JSON key `screenHeight`.
 Rules: `range(min = 1)`. A value breaking them is returned as a `FieldError` at `screenHeight`.*/
    #[inline(always)]
    pub fn screen_height(
        self,
        value: u32,
    ) -> ::core::result::Result<
        BrowserInfoBuilder<
            __AcceptHeader,
            __ScreenColorDepth,
            __JavaEnabled,
            __Language,
            ::payment_core::builder::Set,
            __ScreenWidth,
            __ChallengeWindow,
            __UserAgent,
            ::payment_core::builder::Checked,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __ScreenHeight: browser_info_builder::screen_height_is_unset,
    {
        let mut __values = self.__values;
        let value: u32 = value;
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::range(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::None,
                ) {
                    return ::core::result::Result::Err(
                        e.at_field("screenHeight", "screen_height"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.screen_height = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Screen width in pixels (positive).
    /**
 Sets the field, checking its rules.
 Required; JSON key `screenWidth`.
 Rules: `range(min = 1)`. A value breaking them is returned as a `FieldError` at `screenWidth`.*/
    #[inline(always)]
    pub fn screen_width(
        self,
        value: u32,
    ) -> ::core::result::Result<
        BrowserInfoBuilder<
            __AcceptHeader,
            __ScreenColorDepth,
            __JavaEnabled,
            __Language,
            __ScreenHeight,
            ::payment_core::builder::Set,
            __ChallengeWindow,
            __UserAgent,
            ::payment_core::builder::Checked,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __ScreenWidth: browser_info_builder::screen_width_is_unset,
    {
        let mut __values = self.__values;
        let value: u32 = value;
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::range(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::None,
                ) {
                    return ::core::result::Result::Err(
                        e.at_field("screenWidth", "screen_width"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.screen_width = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// The 3-D Secure challenge window size, 1 to 5 (`01` 250x400 ... `05` full screen).
    /**
 Sets the field, checking its rules.
 Required; JSON key `challengeWindow`.
 Rules: `range(min = 1, max = 5)`. A value breaking them is returned as a `FieldError` at `challengeWindow`.*/
    #[inline(always)]
    pub fn challenge_window(
        self,
        value: u8,
    ) -> ::core::result::Result<
        BrowserInfoBuilder<
            __AcceptHeader,
            __ScreenColorDepth,
            __JavaEnabled,
            __Language,
            __ScreenHeight,
            __ScreenWidth,
            ::payment_core::builder::Set,
            __UserAgent,
            ::payment_core::builder::Checked,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __ChallengeWindow: browser_info_builder::challenge_window_is_unset,
    {
        let mut __values = self.__values;
        let value: u8 = value;
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::range(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::Some(5),
                ) {
                    return ::core::result::Result::Err(
                        e.at_field("challengeWindow", "challenge_window"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.challenge_window = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// The browser's `User-Agent`.
    /**
 Sets the field, checking its rules.
 Required; JSON key `userAgent`.
 Rules: `text` (no control characters or bidirectional overrides). A value breaking them is returned as a `FieldError` at `userAgent`.*/
    #[inline(always)]
    pub fn user_agent(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> ::core::result::Result<
        BrowserInfoBuilder<
            __AcceptHeader,
            __ScreenColorDepth,
            __JavaEnabled,
            __Language,
            __ScreenHeight,
            __ScreenWidth,
            __ChallengeWindow,
            ::payment_core::builder::Set,
            ::payment_core::builder::Checked,
        >,
        ::payment_core::wire::FieldError,
    >
    where
        __UserAgent: browser_info_builder::user_agent_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    return ::core::result::Result::Err(
                        e.at_field("userAgent", "user_agent"),
                    );
                }
            }
        }
        ::core::result::Result::Ok({
            __values.user_agent = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        })
    }
    /// Builds the [`BrowserInfo`]. Available once every required field is set.
    #[inline(always)]
    pub fn build(self) -> BrowserInfo
    where
        __AcceptHeader: browser_info_builder::accept_header_is_set,
        __ScreenColorDepth: browser_info_builder::screen_color_depth_is_set,
        __JavaEnabled: browser_info_builder::java_enabled_is_set,
        __Language: browser_info_builder::language_is_set,
        __ScreenHeight: browser_info_builder::screen_height_is_set,
        __ScreenWidth: browser_info_builder::screen_width_is_set,
        __ChallengeWindow: browser_info_builder::challenge_window_is_set,
        __UserAgent: browser_info_builder::user_agent_is_set,
    {
        ::payment_core::__private::required(self.__values.into_struct())
    }
    /// From here on no setter fails: each rule failure is recorded with its wire path and its Rust field path, and `.build()` returns `Result<_, ValidationReport>` with every failure at once (nested builders included). Required fields are still checked at compile time.
    #[inline(always)]
    pub fn collect_errors(
        self,
    ) -> BrowserInfoBuilder<
        __AcceptHeader,
        __ScreenColorDepth,
        __JavaEnabled,
        __Language,
        __ScreenHeight,
        __ScreenWidth,
        __ChallengeWindow,
        __UserAgent,
        ::payment_core::builder::Collecting,
    > {
        BrowserInfoBuilder {
            __values: self.__values,
            __state: ::core::marker::PhantomData,
        }
    }
}
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
impl<
    __AcceptHeader,
    __ScreenColorDepth,
    __JavaEnabled,
    __Language,
    __ScreenHeight,
    __ScreenWidth,
    __ChallengeWindow,
    __UserAgent,
> BrowserInfoBuilder<
    __AcceptHeader,
    __ScreenColorDepth,
    __JavaEnabled,
    __Language,
    __ScreenHeight,
    __ScreenWidth,
    __ChallengeWindow,
    __UserAgent,
    ::payment_core::builder::Collecting,
> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn accept_header(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> BrowserInfoBuilder<
        ::payment_core::builder::Set,
        __ScreenColorDepth,
        __JavaEnabled,
        __Language,
        __ScreenHeight,
        __ScreenWidth,
        __ChallengeWindow,
        __UserAgent,
        ::payment_core::builder::Collecting,
    >
    where
        __AcceptHeader: browser_info_builder::accept_header_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values
                        .__errors
                        .record(e.at_field("acceptHeader", "accept_header"));
                    break '__rules;
                }
            }
        }
        {
            __values.accept_header = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn screen_color_depth(
        self,
        value: u8,
    ) -> BrowserInfoBuilder<
        __AcceptHeader,
        ::payment_core::builder::Set,
        __JavaEnabled,
        __Language,
        __ScreenHeight,
        __ScreenWidth,
        __ChallengeWindow,
        __UserAgent,
        ::payment_core::builder::Collecting,
    >
    where
        __ScreenColorDepth: browser_info_builder::screen_color_depth_is_unset,
    {
        let mut __values = self.__values;
        let value: u8 = value;
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = color_depth(v) {
                    __values
                        .__errors
                        .record(e.at_field("screenColorDepth", "screen_color_depth"));
                    break '__rules;
                }
            }
        }
        {
            __values.screen_color_depth = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn language(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> BrowserInfoBuilder<
        __AcceptHeader,
        __ScreenColorDepth,
        __JavaEnabled,
        ::payment_core::builder::Set,
        __ScreenHeight,
        __ScreenWidth,
        __ChallengeWindow,
        __UserAgent,
        ::payment_core::builder::Collecting,
    >
    where
        __Language: browser_info_builder::language_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values.__errors.record(e.at_field("language", "language"));
                    break '__rules;
                }
            }
        }
        {
            __values.language = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn screen_height(
        self,
        value: u32,
    ) -> BrowserInfoBuilder<
        __AcceptHeader,
        __ScreenColorDepth,
        __JavaEnabled,
        __Language,
        ::payment_core::builder::Set,
        __ScreenWidth,
        __ChallengeWindow,
        __UserAgent,
        ::payment_core::builder::Collecting,
    >
    where
        __ScreenHeight: browser_info_builder::screen_height_is_unset,
    {
        let mut __values = self.__values;
        let value: u32 = value;
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::range(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::None,
                ) {
                    __values
                        .__errors
                        .record(e.at_field("screenHeight", "screen_height"));
                    break '__rules;
                }
            }
        }
        {
            __values.screen_height = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn screen_width(
        self,
        value: u32,
    ) -> BrowserInfoBuilder<
        __AcceptHeader,
        __ScreenColorDepth,
        __JavaEnabled,
        __Language,
        __ScreenHeight,
        ::payment_core::builder::Set,
        __ChallengeWindow,
        __UserAgent,
        ::payment_core::builder::Collecting,
    >
    where
        __ScreenWidth: browser_info_builder::screen_width_is_unset,
    {
        let mut __values = self.__values;
        let value: u32 = value;
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::range(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::None,
                ) {
                    __values.__errors.record(e.at_field("screenWidth", "screen_width"));
                    break '__rules;
                }
            }
        }
        {
            __values.screen_width = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn challenge_window(
        self,
        value: u8,
    ) -> BrowserInfoBuilder<
        __AcceptHeader,
        __ScreenColorDepth,
        __JavaEnabled,
        __Language,
        __ScreenHeight,
        __ScreenWidth,
        ::payment_core::builder::Set,
        __UserAgent,
        ::payment_core::builder::Collecting,
    >
    where
        __ChallengeWindow: browser_info_builder::challenge_window_is_unset,
    {
        let mut __values = self.__values;
        let value: u8 = value;
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::range(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::Some(5),
                ) {
                    __values
                        .__errors
                        .record(e.at_field("challengeWindow", "challenge_window"));
                    break '__rules;
                }
            }
        }
        {
            __values.challenge_window = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn user_agent(
        self,
        value: impl ::core::convert::Into<String>,
    ) -> BrowserInfoBuilder<
        __AcceptHeader,
        __ScreenColorDepth,
        __JavaEnabled,
        __Language,
        __ScreenHeight,
        __ScreenWidth,
        __ChallengeWindow,
        ::payment_core::builder::Set,
        ::payment_core::builder::Collecting,
    >
    where
        __UserAgent: browser_info_builder::user_agent_is_unset,
    {
        let mut __values = self.__values;
        let value: String = ::core::convert::Into::<String>::into(value);
        {
            let v = &value;
            '__rules: {
                if let ::core::result::Result::Err(e) = ::payment_core::__private::text(
                    v,
                ) {
                    __values.__errors.record(e.at_field("userAgent", "user_agent"));
                    break '__rules;
                }
            }
        }
        {
            __values.user_agent = ::core::option::Option::Some(value);
            BrowserInfoBuilder {
                __values,
                __state: ::core::marker::PhantomData,
            }
        }
    }
    /// Builds the [`BrowserInfo`], or returns every rule failure recorded since `.collect_errors()` (nested builders included), each with its wire path and its Rust field path. Available once every required field is set.
    #[inline(always)]
    pub fn build(
        self,
    ) -> ::core::result::Result<BrowserInfo, ::payment_core::wire::ValidationReport>
    where
        __AcceptHeader: browser_info_builder::accept_header_is_set,
        __ScreenColorDepth: browser_info_builder::screen_color_depth_is_set,
        __JavaEnabled: browser_info_builder::java_enabled_is_set,
        __Language: browser_info_builder::language_is_set,
        __ScreenHeight: browser_info_builder::screen_height_is_set,
        __ScreenWidth: browser_info_builder::screen_width_is_set,
        __ChallengeWindow: browser_info_builder::challenge_window_is_set,
        __UserAgent: browser_info_builder::user_agent_is_set,
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
    __AcceptHeader,
    __ScreenColorDepth,
    __JavaEnabled,
    __Language,
    __ScreenHeight,
    __ScreenWidth,
    __ChallengeWindow,
    __UserAgent,
> ::payment_core::builder::Nested<BrowserInfo>
for BrowserInfoBuilder<
    __AcceptHeader,
    __ScreenColorDepth,
    __JavaEnabled,
    __Language,
    __ScreenHeight,
    __ScreenWidth,
    __ChallengeWindow,
    __UserAgent,
    ::payment_core::builder::Checked,
>
where
    __AcceptHeader: browser_info_builder::accept_header_is_set,
    __ScreenColorDepth: browser_info_builder::screen_color_depth_is_set,
    __JavaEnabled: browser_info_builder::java_enabled_is_set,
    __Language: browser_info_builder::language_is_set,
    __ScreenHeight: browser_info_builder::screen_height_is_set,
    __ScreenWidth: browser_info_builder::screen_width_is_set,
    __ChallengeWindow: browser_info_builder::challenge_window_is_set,
    __UserAgent: browser_info_builder::user_agent_is_set,
{
    type Output<__N> = __N;
    #[inline]
    fn finish_into<__N>(
        self,
        _key: &str,
        _field: &str,
        then: impl ::core::ops::FnOnce(BrowserInfo) -> __N,
    ) -> __N {
        then(self.build())
    }
}
#[doc(hidden)]
impl<
    __AcceptHeader,
    __ScreenColorDepth,
    __JavaEnabled,
    __Language,
    __ScreenHeight,
    __ScreenWidth,
    __ChallengeWindow,
    __UserAgent,
> ::payment_core::builder::CollectNested<BrowserInfo>
for BrowserInfoBuilder<
    __AcceptHeader,
    __ScreenColorDepth,
    __JavaEnabled,
    __Language,
    __ScreenHeight,
    __ScreenWidth,
    __ChallengeWindow,
    __UserAgent,
    ::payment_core::builder::Collecting,
>
where
    __AcceptHeader: browser_info_builder::accept_header_is_set,
    __ScreenColorDepth: browser_info_builder::screen_color_depth_is_set,
    __JavaEnabled: browser_info_builder::java_enabled_is_set,
    __Language: browser_info_builder::language_is_set,
    __ScreenHeight: browser_info_builder::screen_height_is_set,
    __ScreenWidth: browser_info_builder::screen_width_is_set,
    __ChallengeWindow: browser_info_builder::challenge_window_is_set,
    __UserAgent: browser_info_builder::user_agent_is_set,
{
    #[inline]
    fn finish_collecting(
        self,
    ) -> ::core::result::Result<BrowserInfo, ::payment_core::__private::Errors> {
        let mut values = self.__values;
        #[allow(unused_mut)]
        let mut errors = ::core::mem::take(&mut values.__errors);
        let value = values.into_struct();
        errors.finish_nested(value)
    }
}
#[doc(hidden)]
impl ::payment_core::builder::CanCollect for BrowserInfo {
    type Collecting = BrowserInfoBuilder<
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
    fn collecting() -> BrowserInfoBuilder<
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
    __AcceptHeader,
    __ScreenColorDepth,
    __JavaEnabled,
    __Language,
    __ScreenHeight,
    __ScreenWidth,
    __ChallengeWindow,
    __UserAgent,
    __Mode,
> ::core::fmt::Debug
for BrowserInfoBuilder<
    __AcceptHeader,
    __ScreenColorDepth,
    __JavaEnabled,
    __Language,
    __ScreenHeight,
    __ScreenWidth,
    __ChallengeWindow,
    __UserAgent,
    __Mode,
> {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::payment_core::__private::debug_fields(
            f,
            "BrowserInfoBuilder",
            &[
                ("accept_header", self.__values.accept_header.is_some()),
                ("screen_color_depth", self.__values.screen_color_depth.is_some()),
                ("java_enabled", self.__values.java_enabled.is_some()),
                ("language", self.__values.language.is_some()),
                ("screen_height", self.__values.screen_height.is_some()),
                ("screen_width", self.__values.screen_width.is_some()),
                ("challenge_window", self.__values.challenge_window.is_some()),
                ("user_agent", self.__values.user_agent.is_some()),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::builder::Buildable for BrowserInfo {
    type Builder = BrowserInfoBuilder<
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
    fn builder() -> BrowserInfoBuilder<
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
impl BrowserInfo {
    /// Starts a [`BrowserInfoBuilder`]: set every required field, then call `.build()`. A missing field is a compile error that names it.
    #[inline]
    pub fn builder() -> BrowserInfoBuilder {
        BrowserInfoBuilder {
            __values: __BrowserInfoBuilderValues {
                accept_header: ::core::option::Option::None,
                screen_color_depth: ::core::option::Option::None,
                java_enabled: ::core::option::Option::None,
                language: ::core::option::Option::None,
                screen_height: ::core::option::Option::None,
                screen_width: ::core::option::Option::None,
                challenge_window: ::core::option::Option::None,
                user_agent: ::core::option::Option::None,
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
    /// The browser's `Accept` header.
    #[inline]
    pub fn accept_header(&self) -> &String {
        &self.accept_header
    }
    /// Screen colour depth in bits: one of the EMV 3-D Secure values 1, 4, 8, 15, 16, 24, 32, 48.
    #[inline]
    pub fn screen_color_depth(&self) -> &u8 {
        &self.screen_color_depth
    }
    /// Whether Java is enabled.
    #[inline]
    pub fn java_enabled(&self) -> &bool {
        &self.java_enabled
    }
    /// The browser language (IETF BCP 47, e.g. `en`).
    #[inline]
    pub fn language(&self) -> &String {
        &self.language
    }
    /// Screen height in pixels (positive).
    #[inline]
    pub fn screen_height(&self) -> &u32 {
        &self.screen_height
    }
    /// Screen width in pixels (positive).
    #[inline]
    pub fn screen_width(&self) -> &u32 {
        &self.screen_width
    }
    /// The 3-D Secure challenge window size, 1 to 5 (`01` 250x400 ... `05` full screen).
    #[inline]
    pub fn challenge_window(&self) -> &u8 {
        &self.challenge_window
    }
    /// The browser's `User-Agent`.
    #[inline]
    pub fn user_agent(&self) -> &String {
        &self.user_agent
    }
}
impl ::payment_core::__private::serde::Serialize for BrowserInfo {
    fn serialize<__S: ::payment_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::payment_core::__private::write_struct(
            serializer,
            &[
                (
                    "acceptHeader",
                    ::payment_core::__private::Entry::Value(&self.accept_header),
                ),
                (
                    "screenColorDepth",
                    ::payment_core::__private::Entry::Decimal(
                        ::core::convert::From::from(self.screen_color_depth),
                    ),
                ),
                (
                    "javaEnabled",
                    ::payment_core::__private::Entry::Value(&self.java_enabled),
                ),
                ("language", ::payment_core::__private::Entry::Value(&self.language)),
                (
                    "screenHeight",
                    ::payment_core::__private::Entry::Decimal(
                        ::core::convert::From::from(self.screen_height),
                    ),
                ),
                (
                    "screenWidth",
                    ::payment_core::__private::Entry::Decimal(
                        ::core::convert::From::from(self.screen_width),
                    ),
                ),
                (
                    "challengeWindow",
                    ::payment_core::__private::Entry::Decimal(
                        ::core::convert::From::from(self.challenge_window),
                    ),
                ),
                ("userAgent", ::payment_core::__private::Entry::Value(&self.user_agent)),
            ],
        )
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CollectStruct for BrowserInfo {
    const EXPECTING: &'static str = "a BrowserInfo object";
    const NAMES: &'static [&'static str] = &[
        "acceptHeader",
        "screenColorDepth",
        "javaEnabled",
        "language",
        "screenHeight",
        "screenWidth",
        "challengeWindow",
        "userAgent",
    ];
    type Values = __BrowserInfoBuilderValues;
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
                        &mut values.accept_header,
                    ),
                )
            }
            1usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Text(
                        ::payment_core::__private::Presence::Required,
                        &mut values.screen_color_depth,
                    ),
                )
            }
            2usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.java_enabled,
                    ),
                )
            }
            3usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.language,
                    ),
                )
            }
            4usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Text(
                        ::payment_core::__private::Presence::Required,
                        &mut values.screen_height,
                    ),
                )
            }
            5usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Text(
                        ::payment_core::__private::Presence::Required,
                        &mut values.screen_width,
                    ),
                )
            }
            6usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Text(
                        ::payment_core::__private::Presence::Required,
                        &mut values.challenge_window,
                    ),
                )
            }
            7usize => {
                ::core::option::Option::Some(
                    ::payment_core::__private::Slot::Value(
                        ::payment_core::__private::Presence::Required,
                        &mut values.user_agent,
                    ),
                )
            }
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    fn settle(values: &mut Self::Values, c: &mut ::payment_core::__private::Collector) {
        ::payment_core::__private::check_at(
            values.accept_header.as_ref(),
            "acceptHeader",
            c,
            |v: &String, c: &mut ::payment_core::__private::Collector| {
                c.check(::payment_core::__private::text(v));
            },
        );
        ::payment_core::__private::check_at(
            values.screen_color_depth.as_ref(),
            "screenColorDepth",
            c,
            |v: &u8, c: &mut ::payment_core::__private::Collector| {
                c.check(color_depth(v));
            },
        );
        ::payment_core::__private::check_at(
            values.language.as_ref(),
            "language",
            c,
            |v: &String, c: &mut ::payment_core::__private::Collector| {
                c.check(::payment_core::__private::text(v));
            },
        );
        ::payment_core::__private::check_at(
            values.screen_height.as_ref(),
            "screenHeight",
            c,
            |v: &u32, c: &mut ::payment_core::__private::Collector| {
                c.check(
                    ::payment_core::__private::range(
                        v,
                        ::core::option::Option::Some(1),
                        ::core::option::Option::None,
                    ),
                );
            },
        );
        ::payment_core::__private::check_at(
            values.screen_width.as_ref(),
            "screenWidth",
            c,
            |v: &u32, c: &mut ::payment_core::__private::Collector| {
                c.check(
                    ::payment_core::__private::range(
                        v,
                        ::core::option::Option::Some(1),
                        ::core::option::Option::None,
                    ),
                );
            },
        );
        ::payment_core::__private::check_at(
            values.challenge_window.as_ref(),
            "challengeWindow",
            c,
            |v: &u8, c: &mut ::payment_core::__private::Collector| {
                c.check(
                    ::payment_core::__private::range(
                        v,
                        ::core::option::Option::Some(1),
                        ::core::option::Option::Some(5),
                    ),
                );
            },
        );
        ::payment_core::__private::check_at(
            values.user_agent.as_ref(),
            "userAgent",
            c,
            |v: &String, c: &mut ::payment_core::__private::Collector| {
                c.check(::payment_core::__private::text(v));
            },
        );
    }
    #[inline]
    fn finish(values: Self::Values) -> ::core::option::Option<Self> {
        values.into_struct()
    }
}
impl<'de> ::payment_core::__private::serde::Deserialize<'de> for BrowserInfo {
    #[inline]
    fn deserialize<__D: ::payment_core::__private::serde::Deserializer<'de>>(
        de: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::payment_core::__private::deserialize_collected(de)
    }
}
#[doc(hidden)]
impl ::payment_core::__private::CheckRules for BrowserInfo {
    #[inline]
    fn check_rules(&self, c: &mut ::payment_core::wire::Collector) {
        c.enter("acceptHeader");
        {
            let v = &self.accept_header;
            c.check(::payment_core::__private::text(v));
        }
        c.leave();
        c.enter("screenColorDepth");
        {
            let v = &self.screen_color_depth;
            c.check(color_depth(v));
        }
        c.leave();
        c.enter("language");
        {
            let v = &self.language;
            c.check(::payment_core::__private::text(v));
        }
        c.leave();
        c.enter("screenHeight");
        {
            let v = &self.screen_height;
            c.check(
                ::payment_core::__private::range(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::None,
                ),
            );
        }
        c.leave();
        c.enter("screenWidth");
        {
            let v = &self.screen_width;
            c.check(
                ::payment_core::__private::range(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::None,
                ),
            );
        }
        c.leave();
        c.enter("challengeWindow");
        {
            let v = &self.challenge_window;
            c.check(
                ::payment_core::__private::range(
                    v,
                    ::core::option::Option::Some(1),
                    ::core::option::Option::Some(5),
                ),
            );
        }
        c.leave();
        c.enter("userAgent");
        {
            let v = &self.user_agent;
            c.check(::payment_core::__private::text(v));
        }
        c.leave();
    }
}
impl ::payment_core::__private::validator::Validate for BrowserInfo {
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
impl ::payment_core::schema::Schema for BrowserInfo {
    fn schema() -> ::payment_core::__private::serde_json::Value {
        let mut properties = ::std::vec::Vec::new();
        let mut required_keys: ::std::vec::Vec<&'static str> = ::std::vec::Vec::new();
        properties
            .push((
                "acceptHeader",
                ::payment_core::__private::schema_build::Field(
                        <String as ::payment_core::schema::Schema>::schema(),
                    )
                    .text()
                    .0,
            ));
        required_keys.push("acceptHeader");
        properties
            .push((
                "screenColorDepth",
                ::payment_core::__private::schema_build::Field(
                        <u8 as ::payment_core::schema::Schema>::schema(),
                    )
                    .stringly()
                    .unchecked("not stated here: the rule `color_depth`")
                    .0,
            ));
        required_keys.push("screenColorDepth");
        properties
            .push((
                "javaEnabled",
                ::payment_core::__private::schema_build::Field(
                        <bool as ::payment_core::schema::Schema>::schema(),
                    )
                    .0,
            ));
        required_keys.push("javaEnabled");
        properties
            .push((
                "language",
                ::payment_core::__private::schema_build::Field(
                        <String as ::payment_core::schema::Schema>::schema(),
                    )
                    .text()
                    .0,
            ));
        required_keys.push("language");
        properties
            .push((
                "screenHeight",
                ::payment_core::__private::schema_build::Field(
                        <u32 as ::payment_core::schema::Schema>::schema(),
                    )
                    .stringly()
                    .range(
                        ::core::option::Option::Some(
                            ::payment_core::__private::serde_json::json!(1),
                        ),
                        ::core::option::Option::None,
                    )
                    .0,
            ));
        required_keys.push("screenHeight");
        properties
            .push((
                "screenWidth",
                ::payment_core::__private::schema_build::Field(
                        <u32 as ::payment_core::schema::Schema>::schema(),
                    )
                    .stringly()
                    .range(
                        ::core::option::Option::Some(
                            ::payment_core::__private::serde_json::json!(1),
                        ),
                        ::core::option::Option::None,
                    )
                    .0,
            ));
        required_keys.push("screenWidth");
        properties
            .push((
                "challengeWindow",
                ::payment_core::__private::schema_build::Field(
                        <u8 as ::payment_core::schema::Schema>::schema(),
                    )
                    .stringly()
                    .range(
                        ::core::option::Option::Some(
                            ::payment_core::__private::serde_json::json!(1),
                        ),
                        ::core::option::Option::Some(
                            ::payment_core::__private::serde_json::json!(5),
                        ),
                    )
                    .0,
            ));
        required_keys.push("challengeWindow");
        properties
            .push((
                "userAgent",
                ::payment_core::__private::schema_build::Field(
                        <String as ::payment_core::schema::Schema>::schema(),
                    )
                    .text()
                    .0,
            ));
        required_keys.push("userAgent");
        ::payment_core::__private::schema_build::object(properties, required_keys)
    }
}

