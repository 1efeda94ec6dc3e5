//! Parsing untrusted JSON: `PaymentRequest::from_json` (every error collected, every rule run) on the
//! published fixture against plain `serde_json::from_str` into an unvalidated `#[derive(Deserialize)]`
//! twin; and each value type's parser on its fixture value.
//!
//! `cargo bench -p payment-core --bench parse`.

#![allow(missing_docs)] // `criterion_group!` emits an undocumented `pub fn`.

use std::hint::black_box;
use std::net::IpAddr;

use criterion::{Criterion, criterion_group, criterion_main};
use payment_core::model::PaymentRequest;
use payment_core::{Amount, CardNumber, Country, Currency, Cvc, Email, Expiry, Phone, Url};

/// The published example request.
const FIXTURE: &str = include_str!("../../tests/fixtures/paymentv2-request.json");

#[path = "common/twin_parse.rs"]
mod twin_parse;

use twin_parse::TwinRequest;

fn from_json(c: &mut Criterion) {
    // Both read the whole fixture.
    let ours = PaymentRequest::from_json(FIXTURE).expect("the fixture is valid");
    let twin: TwinRequest = serde_json::from_str(FIXTURE).expect("the fixture is JSON");
    assert_eq!(ours.card().name(), &twin.card.name);
    assert!(twin.browser_info.is_some() && twin.shipping_address.is_some());

    let mut g = c.benchmark_group("parse_request");
    g.bench_function("from_json", |b| b.iter(|| PaymentRequest::from_json(black_box(FIXTURE)).unwrap()));
    g.bench_function("serde_twin", |b| {
        b.iter(|| serde_json::from_str::<TwinRequest>(black_box(FIXTURE)).unwrap())
    });
    // `Deserialize` for the model runs the same `Collect` code.
    g.bench_function("serde_model", |b| {
        b.iter(|| serde_json::from_str::<PaymentRequest>(black_box(FIXTURE)).unwrap())
    });
    g.finish();
}

fn value_parsers(c: &mut Criterion) {
    let mut g = c.benchmark_group("value_parsers");
    macro_rules! parse {
        ($($ty:ty = $text:literal),* $(,)?) => {$(
            assert!($text.parse::<$ty>().is_ok());
            g.bench_function(stringify!($ty), |b| b.iter(|| black_box($text).parse::<$ty>().unwrap()));
        )*};
    }
    parse! {
        Currency = "JPY",
        Country = "JP",
        Expiry = "12/24",
        CardNumber = "5200000000001005",
        Cvc = "100",
        Amount = "1000",
        Email = "billing@testemail.com",
        Url = "http://www.successurl.com/",
        Phone = "8112345678",
        IpAddr = "127.0.0.1",
    }
    g.finish();
}

criterion_group!(benches, from_json, value_parsers);
criterion_main!(benches);
