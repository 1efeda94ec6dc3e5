//! The model's own field rules (`custom = ..`), for what the spec states in words and the crate's value
//! types do not take as Adyen writes it.

use payment_core::wire::Invalid;

/// `telephoneNumber`: "a plus sign (+) and a country code (1-3 digits), followed by the number (4-15
/// digits)". The crate's `Phone` drops the `+`, so the field is a `String` with this rule. Spaces between
/// digit groups are taken, since the spec's own Klarna example sends `"+46 840 839 298"`.
pub fn telephone(s: &str) -> Result<(), Invalid> {
    let refuse = || Invalid::new("phone", "must be `+`, a country code and the number (5 to 18 digits)");
    let rest = s.strip_prefix('+').ok_or_else(refuse)?;
    let digits = rest.bytes().filter(u8::is_ascii_digit).count();
    let shape = rest.bytes().all(|b| b.is_ascii_digit() || b == b' ')
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && !rest.ends_with(' ')
        && !rest.contains("  ");
    if shape && (5..=18).contains(&digits) { Ok(()) } else { Err(refuse()) }
}

/// `origin`: "the origin URL of the page .. Do not include subdirectories and a trailing slash":
/// `https://host[:port]`. (The crate's `Url` would write `https://host/`.)
pub fn origin(s: &str) -> Result<(), Invalid> {
    let refuse = || Invalid::new("origin", "must be `https://host` or `http://host`, without a path");
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")).ok_or_else(refuse)?;
    let ok = !rest.is_empty()
        && rest.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    if ok { Ok(()) } else { Err(refuse()) }
}

/// `mcc`: "a four-digit number".
pub fn mcc(s: &str) -> Result<(), Invalid> {
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Invalid::new("mcc", "must be four digits"))
    }
}

/// `dateOfBirth`: not before 1900, not in the future (a range rule on a date, with `custom`).
pub fn date_of_birth(d: &time::Date) -> Result<(), Invalid> {
    let today = time::OffsetDateTime::now_utc().date();
    if d.year() >= 1900 && *d <= today {
        Ok(())
    } else {
        Err(Invalid::new("date.range", "must be from 1900 to today"))
    }
}

/// `shopperStatement`: "Allowed characters: a-z, A-Z, 0-9, spaces, and special characters . , ' _ - ? + * /".
pub fn statement(s: &str) -> Result<(), Invalid> {
    if s.bytes().all(|b| b.is_ascii_alphanumeric() || b" .,'_-?+*/".contains(&b)) {
        Ok(())
    } else {
        Err(Invalid::new("statement", "must hold only a-z, A-Z, 0-9, spaces and . , ' _ - ? + * /"))
    }
}
