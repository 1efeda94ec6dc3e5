//! Run-time peers of the builder and of `PaymentRequest::from_json`, on the same work in the same run.
//!
//! Two groups of peers, four variants each (names as given to `--only`):
//!
//! - **builder + serialize** (the published fixture request, then `serde_json::to_writer` into a reused
//!   buffer): `builder_ours` (our type-state builder, the chain of `payment-core/benches/builder.rs`),
//!   `builder_twin` (the strict serde twin of that file as a struct literal: the baseline),
//!   `builder_bon` (the twin's shape with `#[derive(bon::Builder)]`), `builder_typed` (the same with
//!   `typed_builder::TypedBuilder`). All four write the same bytes (asserted before measuring).
//! - **parse untrusted JSON** (the fixture text): `parse_ours` (`PaymentRequest::from_json`),
//!   `parse_twin` (`serde_json::from_str` into the all-`String` twin of `payment-core/benches/parse.rs`,
//!   no rules: the baseline), `parse_validator` and `parse_garde` (that twin deriving
//!   `validator::Validate` / `garde::Validate` with the model's rules, calling the same `payment_rules`
//!   functions, then `.validate()`). All accept the fixture; ours, validator and garde reject each of a
//!   list of invalid variants of it (asserted before measuring).
//!
//! And two pairs for what `from_json` pays where it does not stream (issue 24, `src/buffered.rs`), each
//! against a twin of the same JSON and the same derive:
//!
//! - **union**: `parse_union` (`from_json` of a request whose `paymentMethod` is an internally tagged
//!   union, `#[payment(tag = "type")]`: read whole into `wire::Buffered`, then the variant read from the
//!   buffer) and `parse_union_twin` (the same text, `paymentMethod` a `#[payment(nested)]` struct with the
//!   card's fields and a `type` `String` field: streamed, the baseline).
//! - **serde field**: `parse_serde_field` (a `#[payment(serde)] metadata: serde_json::Value`: buffered,
//!   then a `Value` built from the buffer) and `parse_serde_twin` (the same text, `metadata` a
//!   `#[payment(nested)]` struct with the object's four keys: streamed, the baseline).
//!
//! Each pair reads the same values (asserted before measuring).
//!
//! Peers, for "ours vs fastest peer", are bon and typed-builder, validator and garde (not the twins).
//! A counting global allocator (`src/alloc.rs`) gives allocations per request.
//!
//! Commands (from the repository root; the target directory keeps the build out of the source tree):
//!
//! ```sh
//! export CARGO_TARGET_DIR=$PWD/target/runtime-bench
//! cargo build --release --manifest-path benches/runtime/Cargo.toml
//! $CARGO_TARGET_DIR/release/runtime-bench                     # wall time + allocations, 9 x 20 000
//! $CARGO_TARGET_DIR/release/runtime-bench --rounds 9 --iters 20000
//! $CARGO_TARGET_DIR/release/runtime-bench --only parse_ours --iters 5000   # one variant, for a profiler
//! benches/runtime/instructions.sh                             # instructions/request (callgrind)
//! ```
//!
//! `--only` runs the variant once (warm-up) and then `--iters` times inside [`measured_loop`], so
//! `valgrind --tool=callgrind --toggle-collect='*measured_loop*'` counts exactly those calls.

mod alloc;
mod buffered;
mod builder;
mod builder_bon;
mod builder_typed;
mod parse;
mod parse_garde;
mod parse_validator;
mod rules;
mod timing;

use std::hint::black_box;

#[global_allocator]
static GLOBAL: alloc::Counting = alloc::Counting;

/// One unit of work: a request built and serialized into the buffer, or one fixture parsed.
type Run = fn(&mut Vec<u8>) -> usize;

/// What a variant is in its group.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Ours,
    Twin,
    Peer,
}

/// A measured variant.
struct Variant {
    group: &'static str,
    name: &'static str,
    role: Role,
    run: Run,
}

const VARIANTS: [Variant; 12] = [
    Variant { group: "builder+serialize", name: "builder_ours", role: Role::Ours, run: builder::ours },
    Variant { group: "builder+serialize", name: "builder_twin", role: Role::Twin, run: builder::twin },
    Variant { group: "builder+serialize", name: "builder_bon", role: Role::Peer, run: builder_bon::bon },
    Variant {
        group: "builder+serialize",
        name: "builder_typed",
        role: Role::Peer,
        run: builder_typed::typed_builder,
    },
    Variant { group: "parse untrusted", name: "parse_ours", role: Role::Ours, run: parse::ours },
    Variant { group: "parse untrusted", name: "parse_twin", role: Role::Twin, run: parse::twin },
    Variant {
        group: "parse untrusted",
        name: "parse_validator",
        role: Role::Peer,
        run: parse_validator::validator,
    },
    Variant { group: "parse untrusted", name: "parse_garde", role: Role::Peer, run: parse_garde::garde },
    Variant { group: "union", name: "parse_union", role: Role::Ours, run: buffered::union },
    Variant { group: "union", name: "parse_union_twin", role: Role::Twin, run: buffered::union_twin },
    Variant { group: "serde field", name: "parse_serde_field", role: Role::Ours, run: buffered::serde_field },
    Variant { group: "serde field", name: "parse_serde_twin", role: Role::Twin, run: buffered::serde_twin },
];

/// Runs `run` `iters` times. Never inlined, so a profiler can count exactly these calls
/// (`--toggle-collect='*measured_loop*'`).
#[inline(never)]
fn measured_loop(run: Run, buf: &mut Vec<u8>, iters: u64) -> usize {
    let mut sink = 0usize;
    for _ in 0..iters {
        sink = sink.wrapping_add(black_box(run(black_box(&mut *buf))));
    }
    sink
}

/// Invalid variants of the fixture: `(what, from, to)`; ours, validator and garde must reject each.
const INVALID: [(&str, &str, &str); 10] = [
    ("card number (Luhn)", "\"5200000000001005\"", "\"5200000000001006\""),
    ("currency", "\"JPY\"", "\"JPX\""),
    ("webhook not https", "\"https://www.webhookurl.com/\"", "\"http://www.webhookurl.com/\""),
    ("expiry horizon", "\"expiry_year\": \"24\"", "\"expiry_year\": \"2099\""),
    ("merchant_txn_ref length", "\"qwe\"", "\"qweqweqweqweqweqweqweqweqweqweqweqweqweqweqweq\""),
    ("free text control", "\"John Doe\"", "\"John\\u0000Doe\""),
    ("email", "\"billing@testemail.com\"", "\"billing@@testemail.com\""),
    ("time zone", "\"Asia/Kuala_Lumpur\"", "\"Asia//Kuala_Lumpur\""),
    ("colour depth", "\"screenColorDepth\": \"48\"", "\"screenColorDepth\": \"30\""),
    ("challenge window", "\"challengeWindow\": \"4\"", "\"challengeWindow\": \"6\""),
];

/// Fairness checks, before anything is measured.
fn check() {
    let mut buf = Vec::new();
    builder::ours(&mut buf);
    let ours = buf.clone();
    let fixture: serde_json::Value = serde_json::from_str(parse::FIXTURE).unwrap();
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&ours).unwrap(), fixture, "ours is the fixture");
    for v in VARIANTS.iter().filter(|v| v.group == "builder+serialize") {
        (v.run)(&mut buf);
        assert_eq!(buf, ours, "{} writes the same bytes as ours", v.name);
    }
    for v in VARIANTS.iter().filter(|v| v.group != "builder+serialize") {
        (v.run)(&mut buf); // unwraps: each accepts its input
    }
    buffered::check_same_values();
    for (what, from, to) in INVALID {
        assert!(parse::FIXTURE.contains(from), "{what}: {from} is in the fixture");
        let json = parse::FIXTURE.replacen(from, to, 1);
        assert!(parse::twin_accepts(&json), "{what}: the unvalidated twin reads it");
        assert!(!parse::ours_accepts(&json), "{what}: from_json rejects it");
        assert!(!parse_validator::accepts(&json), "{what}: validator rejects it");
        assert!(!parse_garde::accepts(&json), "{what}: garde rejects it");
    }
    println!(
        "checks passed: builder variants write identical bytes (= fixture); all parse variants accept the \
         fixture; ours, validator and garde reject {} invalid variants; the union and serde-field pairs \
         read the same values\n",
        INVALID.len()
    );
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).map(|i| args.get(i + 1).cloned().expect("a value after the flag"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let iters: Option<u64> = arg(&args, "--iters").map(|n| n.parse().expect("--iters N"));
    if let Some(name) = arg(&args, "--only") {
        let v = VARIANTS.iter().find(|v| v.name == name).unwrap_or_else(|| {
            let names: Vec<_> = VARIANTS.iter().map(|v| v.name).collect();
            panic!("unknown variant {name}; one of {names:?}")
        });
        let mut buf = Vec::with_capacity(2048);
        (v.run)(&mut buf); // warm-up: first-use costs (lazy statics, buffer growth) stay outside
        let iters = iters.unwrap_or(1000);
        black_box(measured_loop(v.run, &mut buf, iters));
        println!("{} x {iters}", v.name);
        return;
    }
    let rounds: usize = arg(&args, "--rounds").map_or(9, |n| n.parse().expect("--rounds N"));
    check();
    timing::run(&VARIANTS, rounds, iters.unwrap_or(20_000));
}
