//! Building and serializing the paymentv2 fixture request with the builder and the literal macros, against
//! a struct literal of a plain, unvalidated `#[derive(Serialize)]` twin serialized by serde_json.
//!
//! Both produce the same JSON bytes (asserted once, before timing). The twin's value fields are
//! `Cow<'static, str>` constants (as the literal macros embed constants) and its free-text fields are
//! `String`s (as in the model), so both sides allocate the same text; a second, all-`String` twin is the
//! struct most plain serde users would write. `cargo bench -p payment-core --bench builder`.

#![allow(missing_docs)] // `criterion_group!` emits an undocumented `pub fn`.

use std::borrow::Cow;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use payment_core::model::PaymentRequest;
use payment_core::wire::FieldError;
use payment_core::{
    amount, card_number, country, currency, cvc, email, expiry, ip, merchant_id, phone, url, webhook_url,
};

/// The published example request, as the gateway documents it.
const FIXTURE: &str = include_str!("../../tests/fixtures/paymentv2-request.json");

/// The fixture request with the builder (the same chain as `tests/tests/models_wire.rs`).
fn build() -> Result<PaymentRequest, FieldError> {
    Ok(PaymentRequest::builder()
        .amount(amount!(1000))
        .currency(currency!("JPY"))
        .card(|c| {
            Ok(c.cvc(cvc!("100"))
                .expiry(expiry!("12/24"))
                .name("John Doe")?
                .number(card_number!("5200000000001005")))
        })?
        .merchant_txn_ref("qwe")?
        .customer_ip(ip!("127.0.0.1"))
        .merchant_id(merchant_id!("< Merchant ID >"))
        .return_url(|r| {
            r.webhook_url(webhook_url!("https://www.webhookurl.com/"))
                .success_url(url!("http://www.successurl.com/"))
                .decline_url(url!("http://www.declineurl.com/"))
        })
        .billing_address(|a| {
            a.country(country!("JP"))
                .email(email!("billing@testemail.com"))
                .phone_number(phone!("8112345678"))
                .address1("1-2-3 Shinjuku")?
                .city("Shinjuku-ku")?
                .state("Tokyo")?
                .postal_code("1600022")
        })?
        .shipping_address(|a| {
            a.country(country!("JP"))
                .email(email!("shipping@testemail.com"))
                .phone_number(phone!("8112345678"))
                .address1("1-2-3 Shinjuku")?
                .city("Shinjuku-ku")?
                .state("Tokyo")?
                .postal_code("1600022")
        })?
        .browser_info(|b| {
            b.accept_header("text/html")?
                .screen_color_depth(48)?
                .java_enabled(false)
                .language("en")?
                .screen_height(1200)?
                .screen_width(1600)?
                .challenge_window(4)?
                .user_agent("Mozilla/4.0 (MSIE 6.0; Windows NT 5.0)")
        })?
        .time_zone("Asia/Kuala_Lumpur")?
        .build())
}

#[path = "common/twin_request.rs"]
mod twin_request;

use twin_request::{TwinRequest, twin_with};

/// The twin with its value fields as constants, as the literal macros make them.
fn twin() -> TwinRequest {
    twin_with(Cow::Borrowed)
}

/// The twin with every field an owned string (what a plain serde struct usually holds).
fn twin_owned() -> TwinRequest {
    twin_with(|s| Cow::Owned(s.to_owned()))
}

fn bench(c: &mut Criterion) {
    // Fairness: both sides produce the same bytes, and the same JSON as the fixture.
    let ours = serde_json::to_vec(&build().expect("fixture values are valid")).unwrap();
    assert_eq!(ours, serde_json::to_vec(&twin()).unwrap());
    assert_eq!(ours, serde_json::to_vec(&twin_owned()).unwrap());
    let fixture: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&ours).unwrap(), fixture);

    let mut g = c.benchmark_group("build_and_serialize");
    let mut buf = Vec::with_capacity(2048);
    g.bench_function("builder", |b| {
        b.iter(|| {
            buf.clear();
            let request = build().unwrap();
            serde_json::to_writer(&mut buf, black_box(&request)).unwrap();
            black_box(buf.len())
        })
    });
    g.bench_function("twin_literal", |b| {
        b.iter(|| {
            buf.clear();
            let request = twin();
            serde_json::to_writer(&mut buf, black_box(&request)).unwrap();
            black_box(buf.len())
        })
    });
    g.bench_function("twin_literal_all_strings", |b| {
        b.iter(|| {
            buf.clear();
            let request = twin_owned();
            serde_json::to_writer(&mut buf, black_box(&request)).unwrap();
            black_box(buf.len())
        })
    });
    g.finish();

    // Where the time goes: building alone, serializing alone.
    let mut g = c.benchmark_group("parts");
    g.bench_function("builder_build_only", |b| b.iter(|| black_box(build().unwrap())));
    g.bench_function("twin_literal_only", |b| b.iter(|| black_box(twin())));
    let request = build().unwrap();
    let twin = twin();
    g.bench_function("builder_serialize_only", |b| {
        b.iter(|| {
            buf.clear();
            serde_json::to_writer(&mut buf, black_box(&request)).unwrap();
            black_box(buf.len())
        })
    });
    g.bench_function("twin_serialize_only", |b| {
        b.iter(|| {
            buf.clear();
            serde_json::to_writer(&mut buf, black_box(&twin)).unwrap();
            black_box(buf.len())
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
