//! A stored-card request takes a card to store *or* a stored card's token, not both.
use payment_core::model::{Card, StoredCardRequest, StoredCardToken};

fn pay(card: Card, token: StoredCardToken) {
    let _ = StoredCardRequest::builder().payment_source(card).payment_source(token);
}

fn main() {}
