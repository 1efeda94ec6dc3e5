//! A stored-card request without a payment source (neither a card nor a token) cannot be built.
use payment_core::model::{Address, ReturnUrl, StoredCardRequest};
use payment_core::{ip, merchant_id, money};

fn pay(return_url: ReturnUrl, billing: Address) -> StoredCardRequest {
    StoredCardRequest::builder()
        .money(money!(10.00 USD))
        .merchant_txn_ref("order-42")
        .unwrap()
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id!("shop-1"))
        .return_url_value(return_url)
        .billing_address_value(billing)
        .build()
}

fn main() {}
