//! The model's rules on wire strings, for the validator and garde twins: each calls the same
//! `payment_rules` function as `PaymentRequest::from_json` (or, for the three rules the model keeps to
//! itself, a copy of it) and returns the rule's error code. The twins map the code into their own error
//! type in one line each.

use payment_rules::RuleError;
use payment_rules::card::MAX_DIGITS;
use payment_rules::url::Kind;

/// `Err(code)` when the rule is broken.
pub(crate) type Check = Result<(), &'static str>;

fn code<T, E: RuleError>(r: Result<T, E>) -> Check {
    r.map(|_| ()).map_err(|e| e.code())
}

pub(crate) fn amount(s: &str) -> Check {
    code(payment_rules::amount::amount(s))
}

pub(crate) fn currency(s: &str) -> Check {
    code(payment_rules::currency::currency(s))
}

pub(crate) fn country(s: &str) -> Check {
    code(payment_rules::country::country(s))
}

pub(crate) fn card_number(s: &str) -> Check {
    let mut digits = [0u8; MAX_DIGITS];
    code(payment_rules::card::card_number(s, &mut digits))
}

pub(crate) fn cvc(s: &str) -> Check {
    code(payment_rules::cvc::cvc(s))
}

pub(crate) fn expiry_month(s: &str) -> Check {
    code(payment_rules::expiry::month(s))
}

pub(crate) fn expiry_year(s: &str) -> Check {
    code(payment_rules::expiry::year(s))
}

/// The cross-field horizon rule, checked (as in the model) only once month and year are each valid.
pub(crate) fn expiry_horizon(month: &str, year: &str) -> Check {
    use payment_rules::expiry as rule;
    match (rule::month(month), rule::year(year)) {
        (Ok(m), Ok(y)) => code(rule::within_horizon(m, y, rule::current_month())),
        _ => Ok(()),
    }
}

pub(crate) fn ip(s: &str) -> Check {
    code(payment_rules::ip::ip(s))
}

pub(crate) fn merchant_id(s: &str) -> Check {
    code(payment_rules::merchant::merchant_id(s))
}

pub(crate) fn email(s: &str) -> Check {
    code(payment_rules::email::email(s))
}

pub(crate) fn phone(s: &str) -> Check {
    code(payment_rules::phone::phone(s))
}

pub(crate) fn url(s: &str) -> Check {
    code(payment_rules::url::url(s))
}

pub(crate) fn webhook_url(s: &str) -> Check {
    code(payment_rules::url::url_of_kind(s, Kind::Webhook))
}

/// Free text (`#[payment(text)]`): no control characters, no bidirectional overrides.
pub(crate) fn text(s: &str) -> Check {
    code(payment_rules::text::free_text(s))
}

/// Copy of the model's `time_zone` rule (private in `payment-core`).
pub(crate) fn time_zone(zone: &str) -> Check {
    let well_formed = !zone.is_empty()
        && zone.len() <= 128
        && zone.split('/').all(|seg| {
            !seg.is_empty()
                && seg.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+'))
        });
    if well_formed { Ok(()) } else { Err("time_zone") }
}

/// `screenColorDepth`: a `u8` sent as a string, one of the EMV 3-D Secure depths (model's `color_depth`).
pub(crate) fn color_depth(s: &str) -> Check {
    match s.parse::<u8>() {
        Ok(d) if [1, 4, 8, 15, 16, 24, 32, 48].contains(&d) => Ok(()),
        Ok(_) => Err("color_depth"),
        Err(_) => Err("type"),
    }
}

/// `screenHeight` / `screenWidth`: a `u32` sent as a string, `range(min = 1)`.
pub(crate) fn pixels(s: &str) -> Check {
    match s.parse::<u32>() {
        Ok(n) if n >= 1 => Ok(()),
        Ok(_) => Err("range"),
        Err(_) => Err("type"),
    }
}

/// `challengeWindow`: a `u8` sent as a string, `range(min = 1, max = 5)`.
pub(crate) fn challenge_window(s: &str) -> Check {
    match s.parse::<u8>() {
        Ok(1..=5) => Ok(()),
        Ok(_) => Err("range"),
        Err(_) => Err("type"),
    }
}
