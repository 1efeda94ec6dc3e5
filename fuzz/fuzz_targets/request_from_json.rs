//! `from_json` of every request model on arbitrary bytes: no panic, and any value returned re-serializes
//! and parses back to itself.
//! The body is in `../bodies.rs`, shared with the stable corpus replay.
#![no_main]

include!("../bodies.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::request_from_json(data));
