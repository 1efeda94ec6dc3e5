//! Every value parser on arbitrary UTF-8: none may panic; each input is accepted or rejected with an error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use payment_core::{Amount, CardNumber, Country, Currency, Cvc, Email, Expiry, Phone, Url};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let _ = s.parse::<Currency>();
    let _ = s.parse::<Country>();
    let _ = s.parse::<Expiry>();
    let _ = s.parse::<CardNumber>();
    let _ = s.parse::<Cvc>();
    let _ = s.parse::<Amount>();
    let _ = s.parse::<Email>();
    let _ = s.parse::<Url>();
    let _ = s.parse::<Phone>();
    let _ = s.parse::<std::net::IpAddr>();
});
