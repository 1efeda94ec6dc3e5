//! The response parsers on arbitrary bytes: no panic.
//! The body is in `../bodies.rs`, shared with the stable corpus replay.
#![no_main]

include!("../bodies.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::response_parsers(data));
