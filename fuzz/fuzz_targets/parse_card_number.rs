//! `CardNumber::from_str` on arbitrary UTF-8: no panic; whatever parses prints back to itself.
//! The body is in `../bodies.rs`, shared with the stable corpus replay.
#![no_main]

include!("../bodies.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::value::<payment_core::CardNumber>(data));
