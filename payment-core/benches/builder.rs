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

/// The published example request, as the gateway documents it.
const FIXTURE: &str = include_str!("../../tests/fixtures/paymentv2-request.json");

#[path = "common/fixture_chain.rs"]
mod fixture_chain;

use fixture_chain::build;

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
