// The body of every fuzz target, shared by the libFuzzer binaries (`fuzz_targets/*.rs`, `include!`d)
// and by the corpus replay that runs on stable as an ordinary test (`tests/tests/fuzz_replay.rs`), so a
// crash found once stays fixed.
#[allow(dead_code, unreachable_pub)]
pub(crate) mod bodies {
    use std::fmt::Debug;
    use std::str::FromStr;

    use payment_core::model::{
        CaptureRequest, PaymentOutcome, PaymentRequest, PaymentResponse, RefundRequest, StoredCardRequest,
        VoidRequest,
    };
    use payment_core::{Amount, CardNumber, Country, Currency, Cvc, Email, Expiry, Phone, Url};
    use serde::Serialize;
    use serde::de::DeserializeOwned;

    /// A target's body: arbitrary bytes in, a panic on a bug.
    pub type Body = fn(&[u8]);

    /// Every target by name, as `cargo fuzz run <name>` knows it.
    pub const TARGETS: [(&str, Body); 11] = [
        ("parse_amount", value::<Amount>),
        ("parse_card_number", value::<CardNumber>),
        ("parse_country", value::<Country>),
        ("parse_currency", value::<Currency>),
        ("parse_cvc", value::<Cvc>),
        ("parse_email", value::<Email>),
        ("parse_expiry", value::<Expiry>),
        ("parse_phone", value::<Phone>),
        ("parse_url", value::<Url>),
        ("request_from_json", request_from_json),
        ("response_parsers", response_parsers),
    ];

    /// A value type's `FromStr` on arbitrary UTF-8: no panic; whatever parses serializes and parses back
    /// to itself.
    pub fn value<T: FromStr + Serialize + DeserializeOwned + PartialEq + Debug>(data: &[u8]) {
        let Ok(s) = std::str::from_utf8(data) else { return };
        if let Ok(value) = s.parse::<T>() {
            let wire = serde_json::to_string(&value).expect("a valid value serializes");
            let back: T = serde_json::from_str(&wire).expect("and parses back");
            assert_eq!(back, value);
        }
    }

    /// `from_json` of every request model on arbitrary bytes: no panic, and any request returned
    /// re-serializes and parses back to itself.
    pub fn request_from_json(data: &[u8]) {
        let Ok(s) = std::str::from_utf8(data) else { return };
        if let Ok(request) = PaymentRequest::from_json(s) {
            let again = serde_json::to_string(&request).expect("a valid request serializes");
            assert_eq!(PaymentRequest::from_json(&again).expect("and parses back"), request);
        }
        if let Ok(request) = StoredCardRequest::from_json(s) {
            let again = serde_json::to_string(&request).expect("a valid request serializes");
            assert_eq!(StoredCardRequest::from_json(&again).expect("and parses back"), request);
        }
        let _ = CaptureRequest::from_json(s);
        let _ = RefundRequest::from_json(s);
        let _ = VoidRequest::from_json(s);
    }

    /// The lenient response readers on arbitrary bytes: no panic.
    pub fn response_parsers(data: &[u8]) {
        let Ok(s) = std::str::from_utf8(data) else { return };
        let _ = PaymentOutcome::from_json(s);
        let _ = serde_json::from_str::<PaymentResponse>(s);
    }
}
