//! Stored cards: [`StoredCardRequest`] (the v1 `payment` path) pays with a [`PaymentSource`], either a
//! card to charge and store or a [`StoredCardToken`] from an earlier answer.

use std::net::IpAddr;

use serde::de::MapAccess;
use serde::ser::SerializeMap;

use super::payment::{Address, BrowserInfo, Card, ReturnUrl};
use super::stored_card_token::StoredCardToken;
use crate::wire::{self, Collector, Flatten, Invalid};
use crate::{Amount, Builder, Currency, MerchantId};

/// `POST /api/v1/server-to-server-interface/payment`: a payment that stores the card it charges, or that
/// charges a card stored earlier.
///
/// Which of the two is the **payment source**, a choice made when the request is built: a
/// request with no source, or with a card *and* a token, does not compile.
///
/// - `.payment_source(card)` ([`PaymentSource::StoreCard`]): charge the card and store it; the answer's
///   [`stored_card_token`](crate::model::PaymentResponse::stored_card_token) is the token to keep.
/// - `.payment_source(token)` ([`PaymentSource::StoredCard`]): charge the stored card, sending no card data.
///
/// The other fields are those of [`PaymentRequest`](crate::model::PaymentRequest), with the same rules.
///
/// ```
/// use payment_core::model::{StoredCardRequest, StoredCardToken};
/// use payment_core::{country, email, ip, merchant_id, money, url};
///
/// let token: StoredCardToken = "094db781-fabc-4c6d-8fcd-18bee06a527a".parse()?;
/// let request = StoredCardRequest::builder()
///     .money(money!(1000 JPY))
///     .payment_source(token)
///     .merchant_txn_ref("order-43")?
///     .customer_ip(ip!("127.0.0.1"))
///     .merchant_id(merchant_id!("< Merchant ID >"))
///     .return_url(|r| r.success_url(url!("https://shop.example/ok")).decline_url(url!("https://shop.example/no")))
///     .billing_address(|a| {
///         a.country(country!("JP")).email(email!("billing@testemail.com"))
///             .address1("1-2-3 Shinjuku")?.city("Shinjuku-ku")?.postal_code("1600022")
///     })?
///     .build();
/// let json = serde_json::to_value(&request)?;
/// assert!(json.get("card").is_none());
/// assert_eq!(json["payment_method"]["stored_payment_method_id"], "094db781-fabc-4c6d-8fcd-18bee06a527a");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Setting both is refused when the code is compiled, with a note naming the choice:
///
/// ```compile_fail
/// # use payment_core::model::{Card, StoredCardRequest, StoredCardToken};
/// # fn both(card: Card, token: StoredCardToken) {
/// StoredCardRequest::builder().payment_source(card).payment_source(token);
/// # }
/// ```
#[derive(Builder, Clone, Debug, PartialEq, Eq)]
// `box_values`: the builder's values are over 600 bytes, which every setter would copy (BENCHMARKS.md).
#[payment(collect_errors, schema, box_values, money(amount = amount, currency = currency))]
pub struct StoredCardRequest {
    /// The amount in minor units of `currency`, sent as a string (see [`Money`](crate::Money)).
    amount: Amount,
    /// The ISO 4217 currency.
    currency: Currency,
    /// What is charged: a card to store, or a stored card. Sent as `card` and `payment_method`.
    #[payment(
        flatten,
        hint = "a stored-card request takes exactly one payment source: a `Card` to charge and store \
                (`.payment_source(card)`), or a `StoredCardToken` from an earlier answer \
                (`.payment_source(token)`)"
    )]
    payment_source: PaymentSource,
    /// Your reference for this payment, 1 to 45 characters; echoed in the response.
    #[payment(length(min = 1, max = 45), text)]
    merchant_txn_ref: String,
    /// The shopper's IP address (IPv4 or IPv6).
    customer_ip: IpAddr,
    /// Your merchant id (`merchant_id!("...")`, or parsed from your configuration).
    merchant_id: MerchantId,
    /// Where the shopper's browser and the gateway's notification go after the payment.
    #[payment(nested)]
    return_url: ReturnUrl,
    /// The billing address.
    #[payment(nested)]
    billing_address: Address,
    /// The shipping address, if any.
    #[payment(nested)]
    shipping_address: Option<Address>,
    /// The shopper's browser, for 3-D Secure.
    #[payment(nested)]
    browser_info: Option<BrowserInfo>,
    /// The shopper's time zone, an IANA name such as `Asia/Kuala_Lumpur` (at most 128 characters).
    #[payment(custom = super::payment::time_zone)]
    time_zone: Option<String>,
}

/// What a [`StoredCardRequest`] charges. `From` both kinds, so `.payment_source(card)` and
/// `.payment_source(token)` read as what they do.
///
/// On the wire (the gateway's `tokenize-request.json` and `stored-card-payment-request.json`):
///
/// ```json
/// "card": { "cvc": "100", ... }, "payment_method": { "type": "scheme", "store_payment_method": true }
/// "payment_method": { "type": "scheme", "store_payment_method": true,
///                     "stored_payment_method_id": "094db781-fabc-4c6d-8fcd-18bee06a527a" }
/// ```
///
/// Both published shapes send `store_payment_method: true`, so reading refuses `false` (what the gateway
/// does with it is not documented) and any `type` but `"scheme"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaymentSource {
    /// Charge this card and store it (tokenise): the answer carries its token.
    StoreCard(Card),
    /// Charge the card stored under this token; no card data is sent.
    StoredCard(StoredCardToken),
}

impl From<Card> for PaymentSource {
    fn from(card: Card) -> Self {
        Self::StoreCard(card)
    }
}

impl From<StoredCardToken> for PaymentSource {
    fn from(token: StoredCardToken) -> Self {
        Self::StoredCard(token)
    }
}

/// `payment_method`, as both published requests send it. Public only because [`Flatten::Partial`] names
/// it; this module does not export it.
#[derive(Builder, Clone, Debug, PartialEq, Eq)]
pub struct PaymentMethod {
    /// Always `scheme` (a card scheme).
    #[payment(rename = "type", custom = scheme)]
    kind: String,
    /// Always `true` in the published requests.
    #[payment(custom = must_be_true)]
    store_payment_method: bool,
    /// The stored card to charge; absent when a card is sent.
    stored_payment_method_id: Option<StoredCardToken>,
}

impl PaymentMethod {
    fn of(token: Option<StoredCardToken>) -> Self {
        Self { kind: "scheme".to_owned(), store_payment_method: true, stored_payment_method_id: token }
    }
}

fn scheme(kind: &str) -> Result<(), Invalid> {
    if kind == "scheme" { Ok(()) } else { Err(Invalid::new("scheme", "must be \"scheme\"")) }
}

fn must_be_true(store: &bool) -> Result<(), Invalid> {
    if *store {
        Ok(())
    } else {
        Err(Invalid::new("store_payment_method", "must be true (the only value the gateway documents)"))
    }
}

/// A source is two keys of the request: `card` (when a card is stored) and `payment_method` (always).
impl Flatten for PaymentSource {
    const KEYS: &'static [&'static str] = &["card", "payment_method"];
    /// What was read of each key: `None` if absent, `Some(None)` if present but invalid.
    type Partial = (Option<Option<Card>>, Option<Option<PaymentMethod>>);

    fn collect_entry<'de, A: MapAccess<'de>>(
        partial: &mut Self::Partial,
        key: usize,
        map: &mut A,
        c: &mut Collector,
    ) -> Result<(), A::Error> {
        let already = if key == 0 {
            let read = map.next_value_seed(wire::CollectSeed::<Card>::new(c))?;
            partial.0.replace(read).is_some()
        } else {
            let read = map.next_value_seed(wire::CollectSeed::<PaymentMethod>::new(c))?;
            partial.1.replace(read).is_some()
        };
        if already {
            c.invalid(wire::duplicate_key());
        }
        Ok(())
    }

    fn finish(partial: Self::Partial, keys: &'static [&'static str], c: &mut Collector) -> Option<Self> {
        let (card, method) = partial;
        let Some(method) = method else {
            c.missing(keys[1]);
            return None;
        };
        let token = method.as_ref().map(|m| m.stored_payment_method_id.is_some());
        match (card, token) {
            (Some(_), Some(true)) => {
                c.invalid_at(
                    keys[0],
                    Invalid::new(
                        "payment_source",
                        "must be left out when payment_method.stored_payment_method_id names a stored card",
                    ),
                );
                None
            }
            (None, Some(false)) => {
                c.invalid_at(
                    keys[0],
                    Invalid::new(
                        "payment_source",
                        "is required unless payment_method.stored_payment_method_id names a stored card",
                    ),
                );
                None
            }
            (Some(card), Some(false)) => Some(Self::StoreCard(card?)),
            (None, Some(true)) => method?.stored_payment_method_id.map(Self::StoredCard),
            // `payment_method` was invalid (already recorded); a card is still read for its own errors.
            (_, None) => None,
        }
    }

    fn serialize_entries<M: SerializeMap>(
        &self,
        keys: &'static [&'static str],
        map: &mut M,
    ) -> Result<(), M::Error> {
        match self {
            Self::StoreCard(card) => {
                map.serialize_entry(keys[0], card)?;
                map.serialize_entry(keys[1], &PaymentMethod::of(None))
            }
            Self::StoredCard(token) => map.serialize_entry(keys[1], &PaymentMethod::of(Some(token.clone()))),
        }
    }
}
