//! Email addresses, as a billing contact: what a receipt can be sent to and a fraud check can read.
//!
//! Written here rather than taken from `validator`: its rule is the WHATWG form grammar, which accepts
//! dotless domains (`user@host`), IP-address domains, leading, trailing and doubled dots in the local part,
//! and has no overall length limit. The rule, part by part:
//!
//! | part | rule | source |
//! | --- | --- | --- |
//! | whole | exactly one `@`; at most 254 octets | RFC 5321 §4.5.3.1.3 (a path is 256 octets with its `<>`) |
//! | local part | 1 to 64 octets | RFC 5321 §4.5.3.1.1 |
//! | local part | a *dot-atom*: atoms of `atext` joined by single dots, no leading or trailing dot | RFC 5322 §3.2.3, §3.4.1 |
//! | local part | `atext` is ASCII letters, digits and ``!#$%&'*+-/=?^_`{\|}~``, plus non-ASCII letters and digits | RFC 5322 §3.2.3, RFC 6532 §3.2 |
//! | domain | at least two labels separated by dots (no dotless host), no empty label | RFC 5321 §2.3.5 |
//! | domain | labels of 1 to 63 octets: letters, digits and inner hyphens; no IP literal | RFC 1035 §2.3.1, RFC 5891 |
//! | domain | the last label (the top-level domain) has two or more letters, or is an `xn--` A-label | RFC 1123 §2.1, RFC 3696 §2 |
//! | domain | a valid internationalized domain name (checked with the `url` crate's IDNA processing) | RFC 5891 (UTS #46) |
//! | anywhere | no control, format (zero-width, bidirectional) or space character | RFC 5322 §3.2.3 |
//!
//! Decisions: quoted local parts (`"john doe"@example.com`) and address literals (`a@[192.0.2.1]`) are
//! refused: they are legal in RFC 5322 but no shop's customer has one, and they are where parsers
//! disagree. Internationalized addresses are **accepted**: IDN domains (`user@例え.jp`) and non-ASCII
//! letters in the local part (`müller@example.de`, RFC 6531/6532), since refusing a customer's real address
//! is worse than an extra character set; full-width forms (`ｇｍａｉｌ.com`) are refused in the domain,
//! where IDNA would silently rewrite them. The address is kept exactly as given (no case folding, no
//! Punycode), so the value checked is the value sent.
//!
//! ```
//! use payment_rules::email::email;
//!
//! assert!(email("billing@testemail.com").is_ok());
//! assert!(email("müller@例え.jp").is_ok());
//! assert_eq!(email("user@localhost").unwrap_err().to_string(), "the email address's domain needs a dot and a top-level domain (`example.com`)");
//! ```

use crate::rule_error;
use crate::text::is_invisible;

/// The longest address, in octets (RFC 5321 §4.5.3.1.3).
pub const MAX_LEN: usize = 254;
/// The longest local part, in octets (RFC 5321 §4.5.3.1.1).
pub const MAX_LOCAL_LEN: usize = 64;
/// The longest domain label, in octets (RFC 1035 §2.3.4).
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
}

rule_error!(EmailError, |e| match e {
    EmailError::TooLong => ("email", "must be an email address of at most 254 bytes"),
    EmailError::Dotless | EmailError::Domain =>
        ("email", "must be an email address whose domain is a host name with a top-level domain"),
    _ => ("email", "must be a valid email address"),
});

/// `atext` of RFC 5322 §3.2.3 (ASCII), or a non-ASCII letter or digit (RFC 6532 §3.2).
fn is_atext(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c) || (!c.is_ascii() && visible_letter(c))
}

/// A non-ASCII letter or digit that is visible: Hangul fillers are letters that render as nothing.
fn visible_letter(c: char) -> bool {
    c.is_alphanumeric() && !matches!(c, '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}')
}

/// A domain label: 1 to 63 octets of letters and digits, with hyphens inside only.
fn label_ok(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= MAX_LABEL_LEN
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || c == '-'
                || (!c.is_ascii() && visible_letter(c) && !('\u{FF00}'..='\u{FFEF}').contains(&c))
        })
}

/// The top-level domain: two or more letters, or an A-label (`xn--...`).
fn tld_ok(tld: &str) -> bool {
    let lower = tld.to_ascii_lowercase();
    lower.starts_with("xn--") || (tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
}

/// The rule (see the [module docs](self)).
pub fn email(s: &str) -> Result<(), EmailError> {
    if s.is_empty() {
        return Err(EmailError::Empty);
    }
    if s.chars().any(is_invisible) {
        return Err(EmailError::Invisible);
    }
    let Some((local, domain)) = s.split_once('@') else {
        return Err(EmailError::At);
    };
    if local.is_empty() || domain.is_empty() || domain.contains('@') {
        return Err(EmailError::At);
    }
    if s.len() > MAX_LEN || local.len() > MAX_LOCAL_LEN {
        return Err(EmailError::TooLong);
    }
    if !local.split('.').all(|atom| !atom.is_empty() && atom.chars().all(is_atext)) {
        return Err(EmailError::LocalPart);
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 && label_ok(domain) {
        return Err(EmailError::Dotless);
    }
    let tld = labels[labels.len() - 1];
    if labels.len() < 2 || !labels.iter().all(|l| label_ok(l)) || !tld_ok(tld) {
        return Err(EmailError::Domain);
    }
    // IDNA (UTS #46) validity: bad Punycode, disallowed code points, bidi rule, ...
    match ::url::Host::parse(domain) {
        Ok(::url::Host::Domain(_)) => Ok(()),
        _ => Err(EmailError::Domain),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RuleError;

    #[test]
    fn accepted() {
        let long_local = format!("{}@example.com", "a".repeat(64));
        let longest =
            format!("{}@{}.{}.{}.com", "a".repeat(64), "b".repeat(63), "c".repeat(63), "d".repeat(57));
        assert_eq!(longest.len(), 254);
        let cases: &[(&str, &str)] = &[
            ("billing@testemail.com", "the gateway's published example"),
            ("a.b+tag@sub.example.co.jp", "RFC 5322 §3.2.3 dot-atom with `+`"),
            ("!#$%&'*+-/=?^_`{|}~@example.org", "RFC 5322 §3.2.3: every atext special"),
            ("user@例子.广告", "RFC 5891 IDN domain"),
            ("müller@example.de", "RFC 6532 §3.2 UTF-8 local part"),
            ("email@127.local.home.arpa", "python-validators tests/test_email.py (digits in a label)"),
            ("example@valid-----hyphens.com", "python-validators tests/test_email.py"),
            ("test@1337.com", "validator.js test/validators.test.js isEmail"),
            ("x@x.au", "validator.js isEmail"),
            ("a@xn--r8jz45g.xn--q9jyb4c", "RFC 5890 A-labels"),
            (&long_local, "RFC 5321 §4.5.3.1.1: 64-octet local part"),
            (&longest, "RFC 5321 §4.5.3.1.3: 254 octets in all"),
        ];
        for (s, source) in cases {
            assert_eq!(email(s), Ok(()), "{s} ({source})");
        }
    }

    #[test]
    fn refused() {
        use EmailError::*;
        let cases: &[(&str, EmailError, &str)] = &[
            ("", Empty, "empty"),
            ("nope", At, "no @"),
            ("@example.com", At, "empty local part"),
            ("a@", At, "empty domain"),
            ("a@@b.com", At, "two @"),
            ("a@b@c.com", At, "RFC 5322: one @ outside quotes"),
            ("user@localhost", Dotless, "RFC 5321 §2.3.5: dotless domain"),
            ("abc@bar", Dotless, "python-validators tests/test_email.py"),
            ("email@127.0.0.1", Domain, "python-validators: IP address domain"),
            ("x@[127.0.0.1]", Domain, "address literal (RFC 5321 §4.1.3), refused by decision"),
            ("email@[::1]", Domain, "python-validators: IPv6 literal"),
            (".a@example.com", LocalPart, "RFC 5322 §3.4.1: leading dot"),
            ("a.@example.com", LocalPart, "validator.js: ends.with.dot.@gmail.com"),
            ("multiple..dots@gmail.com", LocalPart, "validator.js isEmail"),
            ("\"john doe\"@example.com", Invisible, "quoted local part with a space"),
            ("\"john\"@example.com", LocalPart, "quoted local part, refused by decision"),
            ("a(b)@example.com", LocalPart, "RFC 5322 specials"),
            ("a b@example.com", Invisible, "space"),
            (" a@example.com", Invisible, "leading space"),
            ("a@example.com ", Invisible, "trailing space"),
            ("a\u{200B}b@example.com", Invisible, "zero-width space"),
            ("a@exam\u{200D}ple.com", Invisible, "zero-width joiner"),
            ("a@example.com\u{0}", Invisible, "NUL"),
            ("nbsp\u{a0}test@test.com", Invisible, "validator.js isEmail: no-break space"),
            ("a@example.com\n\n<script src=\"x.js\">", Invisible, "python-validators: newline"),
            ("a\u{202E}b@example.com", Invisible, "right-to-left override"),
            ("foo@bar.com.", Domain, "validator.js isEmail: trailing dot"),
            ("abc@.com", Domain, "python-validators: empty label"),
            ("a@b..com", Domain, "empty label"),
            ("foo@_bar.com", Domain, "validator.js isEmail: underscore"),
            ("example@invalid-.com", Domain, "python-validators: trailing hyphen"),
            ("example@-invalid.com", Domain, "python-validators: leading hyphen"),
            ("z@co.c", Domain, "validator.js isEmail: one-letter top-level domain"),
            ("a@example.c0m", Domain, "top-level domain with a digit"),
            ("somename@ｇｍａｉｌ.com", Domain, "validator.js isEmail: full-width domain"),
            ("username@domain.com©", Domain, "validator.js isEmail"),
            ("wrong()[]\",:;<>@@gmail.com", At, "validator.js isEmail"),
        ];
        for (s, want, source) in cases {
            assert_eq!(email(s), Err(*want), "{s:?} ({source})");
        }
        let long_local = format!("{}@example.com", "a".repeat(65));
        assert_eq!(email(&long_local), Err(TooLong), "RFC 5321 §4.5.3.1.1");
        let long_label = format!("a@{}.com", "b".repeat(64));
        assert_eq!(email(&long_label), Err(Domain), "RFC 1035: 63-octet labels");
        let too_long =
            format!("{}@{}.{}.{}.com", "a".repeat(64), "b".repeat(63), "c".repeat(63), "d".repeat(58));
        assert_eq!(email(&too_long), Err(TooLong), "RFC 5321 §4.5.3.1.3: 255 octets");
        let wide = format!("{}@gmail.com", "ｇｍａｉｌ".repeat(5));
        assert_eq!(email(&wide), Err(TooLong), "validator.js isEmail: 75-octet local part");
    }

    #[test]
    fn messages_never_quote_the_address() {
        for s in
            ["secret.person@localhost", "secret@@x.com", "se cret@x.com", "secret..x@y.com", "secret@x_y.com"]
        {
            let e = email(s).unwrap_err();
            assert!(!e.to_string().contains("secret") && !format!("{e:?}").contains("secret"), "{e}");
            assert_eq!(e.code(), "email");
        }
    }

    /// Non-ASCII letters and digits are welcome in the local part; other non-ASCII characters and the
    /// invisible Hangul fillers are not.
    #[test]
    fn non_ascii_local_parts_take_visible_letters_only() {
        assert!(email("jürgen@example.de").is_ok());
        assert!(email("用户@example.cn").is_ok());
        for bad in
            ["a€b@example.com", "a\u{2192}b@example.com", "\u{3164}@example.com", "a\u{115F}@example.com"]
        {
            assert_eq!(email(bad), Err(EmailError::LocalPart), "{bad}");
        }
    }
}
