//! The model's own field rules (`custom = ..`), for what the spec states in words and the crate's value
//! types do not take as Adyen writes it.

use payment_core::Country;
use payment_core::wire::Invalid;

/// `telephoneNumber`: "a plus sign (+) and a country code (1-3 digits), followed by the number (4-15
/// digits)". The crate's `Phone` drops the `+`, so the field is a `String` with this rule. Spaces between
/// digit groups are taken, since the spec's own Klarna example sends `"+46 840 839 298"`.
pub(crate) fn telephone(s: &str) -> Result<(), Invalid> {
    let refuse = || Invalid::new("phone", "must be `+`, a country code and the number (5 to 18 digits)");
    let rest = s.strip_prefix('+').ok_or_else(refuse)?;
    let digits = rest.bytes().filter(u8::is_ascii_digit).count();
    let shape = rest.bytes().all(|b| b.is_ascii_digit() || b == b' ')
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && !rest.ends_with(' ')
        && !rest.contains("  ");
    if shape && (5..=18).contains(&digits) { Ok(()) } else { Err(refuse()) }
}

/// The schemes `returnUrl` takes besides `https` / `http`: an app's own (`my-app://adyen/return`), as the
/// spec documents for iOS and Android. A scheme is RFC 3986's: a letter, then letters, digits, `+`, `-`,
/// `.`; `javascript`, `data`, `file` and the like are refused.
fn app_scheme(scheme: &str) -> bool {
    const REFUSED: [&str; 7] = ["javascript", "data", "file", "vbscript", "blob", "about", "ftp"];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
        && !REFUSED.iter().any(|r| scheme.eq_ignore_ascii_case(r))
}

/// `returnUrl`: an absolute URL, `https` / `http` with a host, or an app scheme (`my-app://`); never user
/// info (`https://shop@evil.example/`), spaces or control characters (the spec asks for them URL-encoded).
/// The crate's `Url` refuses app schemes and normalizes (`https://a.example` is written with a `/`), so
/// the field is a `String` kept as given, with this rule.
pub(crate) fn return_url(s: &str) -> Result<(), Invalid> {
    let refuse = |m: &'static str| Invalid::new("return_url", m);
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(refuse("must be URL-encoded (no spaces or control characters)"));
    }
    let (scheme, rest) = s
        .split_once("://")
        .ok_or_else(|| refuse("must be an absolute URL (`https://..` or `my-app://..`)"))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return Err(refuse("must not hold user info"));
    }
    let web = scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http");
    if web && authority.is_empty() {
        return Err(refuse("an `https` / `http` URL needs a host"));
    }
    if web || app_scheme(scheme) {
        Ok(())
    } else {
        Err(refuse("must be `https`, `http` or an app's own scheme"))
    }
}

/// `origin`: "the origin URL of the page .. Do not include subdirectories and a trailing slash":
/// `https://host[:port]`. (The crate's `Url` would write `https://host/`.)
pub(crate) fn origin(s: &str) -> Result<(), Invalid> {
    let refuse = || Invalid::new("origin", "must be `https://host` or `http://host`, without a path");
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")).ok_or_else(refuse)?;
    let ok = !rest.is_empty()
        && rest.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    if ok { Ok(()) } else { Err(refuse()) }
}

/// An address's `country`: ISO 3166-1 alpha-2, or `ZZ` ("if you don't know the country"), which the
/// crate's `Country` refuses.
pub(crate) fn country_or_zz(s: &str) -> Result<(), Invalid> {
    if s == "ZZ" {
        return Ok(());
    }
    s.parse::<Country>().map(drop).map_err(Invalid::from)
}

/// `mcc`: "a four-digit number".
pub(crate) fn mcc(s: &str) -> Result<(), Invalid> {
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Invalid::new("mcc", "must be four digits"))
    }
}

/// A card's `expiryMonth`: `01` to `12`, two digits.
pub(crate) fn expiry_month(s: &str) -> Result<(), Invalid> {
    match s.as_bytes() {
        [b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2'] => Ok(()),
        _ => Err(Invalid::new("expiry.month", "must be a month from 01 to 12")),
    }
}

/// A card's `expiryYear`: four digits.
pub(crate) fn expiry_year(s: &str) -> Result<(), Invalid> {
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Invalid::new("expiry.year", "must be a four-digit year"))
    }
}

/// `dateOfBirth`: not before 1900, not in the future (a range rule on a date, with `custom`).
pub(crate) fn date_of_birth(d: &time::Date) -> Result<(), Invalid> {
    let today = time::OffsetDateTime::now_utc().date();
    if d.year() >= 1900 && *d <= today {
        Ok(())
    } else {
        Err(Invalid::new("date.range", "must be from 1900 to today"))
    }
}

/// `shopperStatement`: "Allowed characters: a-z, A-Z, 0-9, spaces, and special characters . , ' _ - ? + * /".
pub(crate) fn statement(s: &str) -> Result<(), Invalid> {
    if s.bytes().all(|b| b.is_ascii_alphanumeric() || b" .,'_-?+*/".contains(&b)) {
        Ok(())
    } else {
        Err(Invalid::new("statement", "must hold only a-z, A-Z, 0-9, spaces and . , ' _ - ? + * /"))
    }
}
