//! `Phone::from_str` on arbitrary UTF-8: no panic; whatever parses prints back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use payment_core::Phone;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(value) = s.parse::<Phone>() {
        let wire = serde_json::to_string(&value).expect("a valid value serializes");
        let back: Phone = serde_json::from_str(&wire).expect("and parses back");
        assert_eq!(back, value);
    }
});
