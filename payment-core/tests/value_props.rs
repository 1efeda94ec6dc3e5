//! Property tests of the value types: every value round-trips through `Display`/`FromStr` and through
//! serde_json (and `Collect`), and no parser panics on any string.

use std::fmt::Debug;
use std::net::IpAddr;
use std::str::FromStr;

use payment_core::wire::{Collect, from_json};
use payment_core::{Amount, CardNumber, Country, Currency, Cvc, Email, Expiry, Phone, Url};
use proptest::prelude::*;
use proptest::sample::select;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// `value` survives Display → parse, serde_json, and `from_json` (the `Collect` path).
fn round_trips<T>(value: &T, display_is_wire: bool) -> Result<(), TestCaseError>
where
    T: FromStr<Err: Debug> + Serialize + DeserializeOwned + Collect + PartialEq + Debug,
    T: std::fmt::Display,
{
    if display_is_wire {
        prop_assert_eq!(&value.to_string().parse::<T>().unwrap(), value);
    }
    let json = serde_json::to_string(value).unwrap();
    prop_assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), value);
    prop_assert_eq!(&from_json::<T>(&json).unwrap(), value);
    Ok(())
}

/// A Luhn-valid number: `body` followed by its check digit.
fn with_check_digit(body: &str) -> String {
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 0 {
                let d2 = d * 2;
                if d2 > 9 { d2 - 9 } else { d2 }
            } else {
                d
            }
        })
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

fn card_numbers() -> impl Strategy<Value = CardNumber> {
    "[1-9][0-9]{10,17}".prop_filter_map("length not issued by the scheme", |body| {
        with_check_digit(&body).parse::<CardNumber>().ok()
    })
}

proptest! {
    #[test]
    fn currencies_round_trip(c in select(Currency::all().collect::<Vec<_>>())) {
        round_trips(&c, true)?;
    }

    #[test]
    fn countries_round_trip(c in select(Country::all().collect::<Vec<_>>())) {
        round_trips(&c, true)?;
    }

    #[test]
    fn expiries_round_trip(month in 1u8..=12, year in 2000u16..=2040) {
        let e = Expiry::new(month, year).unwrap();
        round_trips(&e, true)?;
        prop_assert_eq!(format!("{month:02}/{year}").parse::<Expiry>().unwrap(), e);
    }

    #[test]
    fn amounts_round_trip(n in 1u64..) {
        let a = Amount::new(n).unwrap();
        round_trips(&a, true)?;
        prop_assert_eq!(serde_json::from_str::<Amount>(&n.to_string()).unwrap(), a);
    }

    #[test]
    fn card_numbers_round_trip_and_mask(pan in card_numbers()) {
        round_trips(&pan, false)?;
        prop_assert_eq!(&pan.expose_secret().parse::<CardNumber>().unwrap(), &pan);
        let shown = format!("{pan} {pan:?}");
        let digits: usize = pan.masked().chars().filter(char::is_ascii_digit).count();
        prop_assert!(digits == 10 || (pan.len() < 16 && digits == 4), "{}", shown);
        prop_assert!(!shown.contains(pan.expose_secret()));
    }

    #[test]
    fn cvcs_round_trip_and_mask(s in "[0-9]{3,4}") {
        let cvc: Cvc = s.parse().unwrap();
        round_trips(&cvc, false)?;
        let shown = format!("{cvc} {cvc:?}");
        prop_assert!(!shown.chars().any(|c| c.is_ascii_digit()), "{}", shown);
    }

    #[test]
    fn emails_round_trip(s in "[a-z0-9_%+-]{1,20}@[a-z0-9]{1,10}\\.(com|org|jp|de|shop|museum|co\\.uk)") {
        round_trips(&s.parse::<Email>().unwrap(), true)?;
    }

    #[test]
    fn urls_round_trip(s in "https?://[a-zA-Z]{1,10}\\.[a-z]{2,5}(:[1-9][0-9]{0,3})?/[a-z0-9/]{0,10}(\\?[a-z=&]{0,10})?") {
        let url: Url = s.parse().unwrap();
        round_trips(&url, true)?;
    }

    #[test]
    // The country codes of a few zones (ITU-T E.164), then up to twelve more digits.
    fn phones_round_trip(s in "\\+?(1|7|20|44|81|86|234|358|683|800|979)[1-9][0-9]{5,11}") {
        let phone = s.parse::<Phone>().unwrap();
        prop_assert_eq!(phone.as_str(), s.trim_start_matches('+'), "the `+` is not kept");
        round_trips(&phone, true)?;
    }

    #[test]
    fn ips_round_trip(ip in any::<IpAddr>()) {
        prop_assert_eq!(payment_rules::ip::ip(&ip.to_string()).unwrap(), ip);
        prop_assert_eq!(from_json::<IpAddr>(&serde_json::to_string(&ip).unwrap()).unwrap(), ip);
    }

    #[test]
    fn no_parser_panics(s in prop_oneof![any::<String>(), "\\PC{0,30}", "[0-9 /+-]{0,25}", "[A-Za-z]{0,4}"]) {
        let _ = s.parse::<Currency>();
        let _ = s.parse::<Country>();
        let _ = s.parse::<Expiry>();
        let _ = s.parse::<Amount>();
        let _ = s.parse::<Email>();
        let _ = s.parse::<Url>();
        let _ = s.parse::<Phone>();
        let _ = payment_rules::ip::ip(&s);
        // Card and CVC errors contain no digit at all, so they cannot leak one.
        if let Err(e) = s.parse::<CardNumber>() {
            prop_assert!(!e.to_string().chars().any(|c| c.is_ascii_digit()), "{}", e);
        }
        if let Err(e) = s.parse::<Cvc>() {
            prop_assert!(!e.to_string().chars().any(|c| c.is_ascii_digit()), "{}", e);
        }
        let json = serde_json::to_string(&s).unwrap();
        let _ = from_json::<Currency>(&json);
        let _ = from_json::<Expiry>(&json);
        let _ = from_json::<CardNumber>(&json);
        let _ = from_json::<Amount>(&json);
        let _ = serde_json::from_str::<Url>(&json);
        let _ = serde_json::from_str::<Amount>(&json);
    }
}
