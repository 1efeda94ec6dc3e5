//! Email addresses, as a billing contact: what a receipt can be sent to and a fraud check can read.
//!
//! Written here rather than taken from `validator`: its rule is the WHATWG form grammar, which accepts
//! dotless domains (`user@host`), IP-address domains, leading, trailing and doubled dots in the local part,
//! and has no overall length limit. The rule, part by part:
//!
//! | part | rule | source |
//! | --- | --- | --- |
//! | whole | normalized to NFC, and the NFC form is the value (the same text in its canonical form, not a repair) | RFC 6532 §3.1, UAX #15 |
//! | whole | exactly one `@`; at most 254 octets, counted with the domain in A-labels | RFC 5321 §4.5.3.1.3 (a path is 256 octets with its `<>`), RFC 6531 §3.3 |
//! | local part | 1 to 64 octets (UTF-8) | RFC 5321 §4.5.3.1.1, RFC 6531 §3.3 |
//! | local part | a *dot-atom*: atoms of `atext` joined by single dots, no leading or trailing dot | RFC 5322 §3.2.3, §3.4.1 |
//! | local part | `atext` is ASCII letters, digits and ``!#$%&'*+-/=?^_`{\|}~``, plus non-ASCII letters, combining marks and digits (`General_Category` L, M, N); an atom does not start with a mark | RFC 5322 §3.2.3, RFC 6532 §3.2, RFC 6531 §3.3 |
//! | domain | at least two labels separated by dots (no dotless host), no empty label, no IP literal | RFC 5321 §2.3.5 |
//! | domain | IDNA2008: every non-ASCII code point PVALID or CONTEXTO (combining marks included), the Bidi and context rules, hyphens in the third and fourth positions only in a valid A-label (`xn--`) | RFC 5891, RFC 5892 (see [`idna2008`]) |
//! | domain | labels of 1 to 63 octets and the name 253, **in A-labels** (an IDN label is measured after encoding) | RFC 1035 §2.3.4, RFC 5890 §2.3.2.1 |
//! | domain | the last label (the top-level domain) has two or more letters, or is an A-label | RFC 1123 §2.1, RFC 3696 §2 |
//! | domain | not a special-use name where no mail is delivered: `localhost`, `local`, `test`, `invalid`, `onion`, `alt`, `arpa` (with `home.arpa`), `internal` | IANA Special-Use Domain Names registry (RFC 6761 §6.3-6.4, ...), ICANN 2024 (see [`crate::url::names`]) |
//! | anywhere | no control, format (zero-width, bidirectional) or space character, but the zero-width non-joiner and joiner where IDNA2008's context rules allow them (after a virama; ZWNJ between joining letters) | RFC 5322 §3.2.3, RFC 5892 Appendix A |
//!
//! Decisions: the `example` top-level domain of RFC 2606 (`a@b.example`) is kept as this project's
//! documentation name, as for webhook hosts (`crate::url::names`). Quoted local parts (`"john doe"@example.com`) and address literals (`a@[192.0.2.1]`) are
//! refused: they are legal in RFC 5322 but no shop's customer has one, and they are where parsers
//! disagree. Internationalized addresses are **accepted**: IDN domains (`user@例え.jp`) and non-ASCII
//! letters in the local part (`müller@example.de`, RFC 6531/6532), since refusing a customer's real address
//! is worse than an extra character set; full-width and upper-case non-ASCII forms (`ｇｍａｉｌ.com`) are
//! refused in the domain, where IDNA would silently rewrite them. The address is kept as given but for
//! NFC (no case folding, no Punycode), so the value checked is the value sent.
//!
//! ```
//! use payment_rules::email::email;
//!
//! assert!(email("billing@testemail.com").is_ok());
//! assert!(email("müller@例え.jp").is_ok());
//! assert_eq!(email("jose\u{301}@example.com").unwrap(), "jos\u{e9}@example.com", "NFC");
//! assert!(email("अजय@डाटा.भारत").is_ok());
//! assert_eq!(email("user@localhost").unwrap_err().to_string(), "the email address's domain needs a dot and a top-level domain (`example.com`)");
//! ```

use std::borrow::Cow;

use icu_normalizer::ComposingNormalizerBorrowed;
use icu_properties::CodePointMapData;
use icu_properties::props::GeneralCategory;

use crate::rule_error;
use crate::text::is_invisible;

pub mod idna2008;

/// The longest address, in octets (RFC 5321 §4.5.3.1.3).
pub const MAX_LEN: usize = 254;
/// The longest local part, in octets (RFC 5321 §4.5.3.1.1).
pub const MAX_LOCAL_LEN: usize = 64;
/// The longest domain label, in octets of its A-label (RFC 1035 §2.3.4).
pub const MAX_LABEL_LEN: usize = 63;

/// Why a string is not a valid email address. No message contains the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EmailError {
    /// The input is empty.
    #[error("the email address is empty")]
    Empty,
    /// Not exactly one `@` with text on both sides.
    #[error("the email address needs exactly one `@` between a local part and a domain")]
    At,
    /// More than 254 octets, or a local part over 64.
    #[error("the email address is too long (at most 254 bytes, 64 before the `@`)")]
    TooLong,
    /// A control, format (zero-width, bidirectional) or space character.
    #[error("the email address contains a space, control or invisible character")]
    Invisible,
    /// A local part that is not a dot-atom.
    #[error(
        "the part before the `@` may use letters, digits and !#$%&'*+-/=?^_`{{|}}~, with single dots between them (not first or last)"
    )]
    LocalPart,
    /// A dotless domain, such as `localhost`.
    #[error("the email address's domain needs a dot and a top-level domain (`example.com`)")]
    Dotless,
    /// A domain that is not a host name (an IP address, a bad label, a bad IDN).
    #[error(
        "the email address's domain must be a host name: labels of letters, digits and inner hyphens, ending in a top-level domain (no IP address)"
    )]
    Domain,
    /// A special-use domain where no mail is delivered (`.local`, `.test`, `.invalid`, ...).
    #[error(
        "the email address's domain is a special-use name (such as .local, .test, .invalid, .onion, .localhost, .arpa or .internal) where no mail is delivered, so a receipt sent there is lost"
    )]
    SpecialUse,
}

rule_error!(EmailError, |e| match e {
    EmailError::TooLong => ("email", "must be an email address of at most 254 bytes"),
    EmailError::Dotless | EmailError::Domain | EmailError::SpecialUse =>
        ("email", "must be an email address whose domain is a host name with a top-level domain"),
    _ => ("email", "must be a valid email address"),
});

/// `atext` of RFC 5322 §3.2.3 (ASCII), or a non-ASCII letter, mark or number (RFC 6532 §3.2).
fn is_atext(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c) || (!c.is_ascii() && visible_word_char(c))
}

/// A non-ASCII letter, mark or number that is visible (Hangul fillers are letters that render as
/// nothing), or a zero-width joiner in its context (checked before).
fn visible_word_char(c: char) -> bool {
    if matches!(c, '\u{200C}' | '\u{200D}') {
        return true;
    }
    use GeneralCategory::*;
    let category = CodePointMapData::<GeneralCategory>::new().get(c);
    let word = matches!(
        category,
        UppercaseLetter
            | LowercaseLetter
            | TitlecaseLetter
            | ModifierLetter
            | OtherLetter
            | NonspacingMark
            | SpacingMark
            | EnclosingMark
            | DecimalNumber
            | LetterNumber
            | OtherNumber
    );
    word && !matches!(c, '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}')
}

/// Whether `c` is a combining mark, which cannot start an atom (it has nothing to combine with).
fn is_mark(c: char) -> bool {
    use GeneralCategory::*;
    matches!(CodePointMapData::<GeneralCategory>::new().get(c), NonspacingMark | SpacingMark | EnclosingMark)
}

/// The top-level domain in its A-label: two or more letters, or an A-label (`xn--...`).
fn tld_ok(tld: &str) -> bool {
    tld.starts_with("xn--") || (tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// The rule (see the [module docs](self)): the address in NFC, which is what is kept and sent.
pub fn email(s: &str) -> Result<Cow<'_, str>, EmailError> {
    if s.is_empty() {
        return Err(EmailError::Empty);
    }
    // The zero-width joiners are invisible, but words of Persian and Indic scripts need them: allowed
    // where IDNA2008's context rules allow them (RFC 5892 Appendix A), in the local part as in the domain.
    let joiner = |c: char| matches!(c, '\u{200C}' | '\u{200D}');
    if s.chars().any(|c| is_invisible(c) && !joiner(c)) || !idna2008::joiners_in_context(s) {
        return Err(EmailError::Invisible);
    }
    let nfc =
        if s.is_ascii() { Cow::Borrowed(s) } else { ComposingNormalizerBorrowed::new_nfc().normalize(s) };
    check(&nfc)?;
    Ok(nfc)
}

fn check(s: &str) -> Result<(), EmailError> {
    let Some((local, domain)) = s.split_once('@') else {
        return Err(EmailError::At);
    };
    if local.is_empty() || domain.is_empty() || domain.contains('@') {
        return Err(EmailError::At);
    }
    if local.len() > MAX_LOCAL_LEN {
        return Err(EmailError::TooLong);
    }
    let atom_ok = |atom: &str| atom.chars().next().is_some_and(|c| !is_mark(c)) && atom.chars().all(is_atext);
    if !local.split('.').all(atom_ok) {
        return Err(EmailError::LocalPart);
    }
    if !domain.contains('.') {
        let label_like = domain.chars().all(|c| c.is_alphanumeric() || c == '-');
        return Err(if label_like { EmailError::Dotless } else { EmailError::Domain });
    }
    // IDNA2008, with the DNS lengths on the A-label form.
    let ascii = idna2008::to_ascii(domain).ok_or(EmailError::Domain)?;
    let tld = ascii.rsplit('.').next().unwrap_or_default();
    if ascii.split('.').count() < 2 || !tld_ok(tld) {
        return Err(EmailError::Domain);
    }
    if local.len() + 1 + ascii.len() > MAX_LEN {
        return Err(EmailError::TooLong);
    }
    if ascii == "localhost"
        || ascii.ends_with(".localhost")
        || crate::url::names::special_use(&ascii).is_some()
    {
        return Err(EmailError::SpecialUse);
    }
    Ok(())
}

#[cfg(test)]
mod tests;
