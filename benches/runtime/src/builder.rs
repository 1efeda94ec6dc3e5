//! Builder group, ours and the baseline: the fixture request built with our type-state builder (the chain
//! of `payment-core/benches/builder.rs`), and the strict serde twin of that file (value fields
//! `Cow<'static, str>` constants, free-text fields `String`) built as a struct literal. Each variant then
//! serializes with `serde_json::to_writer` into the caller's reused buffer.

use std::borrow::Cow;
use std::hint::black_box;

#[path = "../../../payment-core/benches/common/fixture_chain.rs"]
mod fixture_chain;

use fixture_chain::build;

/// Ours: build with the builder, serialize into `buf`.
pub(crate) fn ours(buf: &mut Vec<u8>) -> usize {
    buf.clear();
    let request = build().unwrap();
    serde_json::to_writer(&mut *buf, black_box(&request)).unwrap();
    buf.len()
}

/// Baseline: the strict twin as a struct literal, serialize into `buf`.
pub(crate) fn twin(buf: &mut Vec<u8>) -> usize {
    buf.clear();
    let request = twin_with(Cow::Borrowed);
    serde_json::to_writer(&mut *buf, black_box(&request)).unwrap();
    buf.len()
}

#[path = "../../../payment-core/benches/common/twin_request.rs"]
mod twin_request;

pub(crate) use twin_request::Text;
use twin_request::twin_with;
