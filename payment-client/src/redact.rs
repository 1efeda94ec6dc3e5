//! Redaction of text taken from a response body before it goes into an error.
//!
//! A body quoted in an error may echo the request (an HTML error page of a proxy, a debugging gateway), so
//! before any of it is kept: runs of 12 to 19 digits (spaces and dashes allowed between them, as card
//! numbers are written) become `[PAN]`; the values of JSON keys that hold secrets (`cvc`, `cvv`, `number`,
//! `card_number`, `api_key`, `authorization`, ...) become `[REDACTED]`; the exact secrets of the call (the
//! API key, and the request's card number and CVC), wherever and however they show up, become
//! `[REDACTED]` (a 3-digit CVC may take an innocent digit run with it: in an error, over-redaction is the
//! safe side); control characters and runs of white space become one space; and the result is cut
//! to a short length.

/// The longest snippet kept, in characters.
pub(crate) const SNIPPET_CHARS: usize = 200;

/// JSON keys whose string or number value is removed wherever they appear.
pub(crate) const SECRET_KEYS: &[&str] = &[
    "cvc",
    "cvv",
    "cvv2",
    "number",
    "card_number",
    "cardnumber",
    "pan",
    "api_key",
    "apikey",
    "x-api-key",
    "authorization",
    "password",
    "token",
];

/// Redacts `text` and cuts it to at most `max_chars` characters (an ellipsis marks a cut).
pub(crate) fn redact(text: &str, secrets: &[&str], max_chars: usize) -> String {
    let mut s = text.to_owned();
    for secret in secrets.iter().filter(|k| !k.is_empty()) {
        s = s.replace(secret, "[REDACTED]");
    }
    let s = redact_secret_keys(&s);
    let s = redact_pans(&s);
    let s = collapse_whitespace(&s);
    cut(&s, max_chars)
}

/// Replaces each run of 12-19 digits (single spaces or dashes allowed between digits) with `[PAN]`.
/// Longer runs of digits are replaced too: a PAN can hide inside one.
fn redact_pans(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Every step of both loops takes the next character or leaves the inner loop, so the scan always ends.
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_ascii_digit() {
            out.push(c);
            continue;
        }
        // A run of digits with single separators between them; `end` is one past its last digit (ASCII
        // digits are one byte each).
        let mut end = start + 1;
        let mut digits = 1usize;
        while let Some(&(at, next)) = chars.peek() {
            if next.is_ascii_digit() {
                digits += 1;
                end = at + 1;
            } else if !(at == end && (next == ' ' || next == '-')) {
                break;
            }
            chars.next();
        }
        out.push_str(if digits >= 12 { "[PAN]" } else { &text[start..end] });
        // A separator taken after the last digit (not followed by one) belongs to the text after the run.
        let resume = chars.peek().map_or(text.len(), |&(at, _)| at);
        out.push_str(&text[end..resume]);
    }
    out
}

/// Replaces the value after `"<secret key>"\s*:\s*` (a string or a bare number) with `"[REDACTED]"`.
fn redact_secret_keys(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(q) = rest.find('"') {
        out.push_str(&rest[..=q]);
        rest = &rest[q + 1..];
        let Some(close) = string_end(rest) else {
            break;
        };
        let key = &rest[..close];
        out.push_str(key);
        out.push('"');
        rest = &rest[close + 1..];
        if !SECRET_KEYS.iter().any(|k| key.eq_ignore_ascii_case(k)) {
            continue;
        }
        let Some(after_colon) = rest.trim_start().strip_prefix(':') else {
            continue;
        };
        let value = after_colon.trim_start();
        out.push_str(": \"[REDACTED]\"");
        rest = match value.strip_prefix('"') {
            Some(string) => string_end(string).map_or("", |end| &string[end + 1..]),
            None => {
                let end = value
                    .find(|c: char| c == ',' || c == '}' || c == ']' || c.is_whitespace())
                    .unwrap_or(value.len());
                &value[end..]
            }
        };
    }
    out.push_str(rest);
    out
}

/// The byte index of the quote closing a JSON string whose opening quote was just consumed.
fn string_end(s: &str) -> Option<usize> {
    let mut escaped = false;
    for (idx, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '"' {
            return Some(idx);
        }
    }
    None
}

fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() || c.is_control() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

fn cut(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((idx, _)) => format!("{}…", &text[..idx]),
        None => text.to_owned(),
    }
}

/// Redacts the text of a parse error, keeping the kind of error and its position: serde quotes an
/// offending string value in double quotes (removed) and names fields and numbers in backticks (kept
/// unless they hold a digit); runs of digits that could be a card number go too.
pub(crate) fn redact_parse_error(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(pos) = rest.find(['"', '`']) {
        out.push_str(&rest[..pos]);
        let quote = &rest[pos..=pos];
        let after = &rest[pos + 1..];
        let Some(end) = after.find(quote) else {
            rest = "";
            out.push_str(quote);
            out.push('…');
            break;
        };
        let inner = &after[..end];
        if quote == "`" && !inner.contains(|c: char| c.is_ascii_digit()) {
            out.push('`');
            out.push_str(inner);
            out.push('`');
        } else {
            out.push_str(quote);
            out.push('…');
            out.push_str(quote);
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    cut(&redact_pans(&out), SNIPPET_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pans_are_removed() {
        let s = redact("card 5200000000001005 and 5200 0000 0000 1005 and 5200-0000-0000-1005 end", &[], 500);
        assert_eq!(s, "card [PAN] and [PAN] and [PAN] end");
        assert_eq!(redact("502 Bad Gateway 2024", &[], 500), "502 Bad Gateway 2024");
    }

    #[test]
    fn secret_keys_and_the_key_are_removed() {
        let body = r#"{"m":"a \"q\" b","card":{"cvc": "100","number":5200000000001005,"name":"J"},"x":"sk_live_abc"}"#;
        let s = redact(body, &["sk_live_abc"], 500);
        assert!(!s.contains("100\""), "{s}");
        assert!(!s.contains("5200"), "{s}");
        assert!(!s.contains("sk_live_abc"), "{s}");
        assert!(s.contains(r#""name":"J""#), "{s}");
    }

    #[test]
    fn cut_and_whitespace() {
        let s = redact("<html>\n\n  <body>   hello\t</body>", &[], 12);
        assert_eq!(s, "<html> <body…");
        assert_eq!(redact(&"é".repeat(300), &[], 5), "ééééé…");
    }

    #[test]
    fn parse_errors_lose_their_values() {
        let s =
            redact_parse_error("invalid type: string \"5200000000001005\", expected u64 at line 1 column 9");
        assert_eq!(s, "invalid type: string \"…\", expected u64 at line 1 column 9");
        let s = redact_parse_error("invalid type: integer `100`, expected a string at line 1 column 9");
        assert_eq!(s, "invalid type: integer `…`, expected a string at line 1 column 9");
        let s = redact_parse_error("missing field `transaction_details` at line 1 column 2");
        assert_eq!(s, "missing field `transaction_details` at line 1 column 2");
    }

    /// A card number is one run of digits with single separators between them: a separator that is
    /// doubled, or not followed by a digit, ends the run (and a separator at the very end is kept).
    #[test]
    fn digit_runs_end_at_a_separator_not_followed_by_a_digit() {
        assert_eq!(redact_pans("1234 - 5678 9012"), "1234 - 5678 9012");
        assert_eq!(redact_pans("1234  5678 9012"), "1234  5678 9012");
        assert_eq!(redact_pans("order 5200000000001005-"), "order [PAN]-");
        assert_eq!(redact_pans("5200 0000 0000 1005 "), "[PAN] ");
        assert_eq!(redact_pans("ref 1234-5678-9012"), "ref [PAN]");
        assert_eq!(redact_pans("1--2 3 -4"), "1--2 3 -4");
    }

    /// Twelve digits make a run a possible card number; eleven do not. The digits around the run, and
    /// characters of more than one byte, are kept in place.
    #[test]
    fn twelve_digits_make_a_pan() {
        assert_eq!(redact_pans("é12345678901é"), "é12345678901é");
        assert_eq!(redact_pans("é123456789012é"), "é[PAN]é");
        assert_eq!(redact_pans("1234 5678 901 x 1234 5678 9012"), "1234 5678 901 x [PAN]");
        assert_eq!(redact_pans("1 2345 6789 0123"), "[PAN]", "a separator right after the first digit");
        assert_eq!(redact_pans("9"), "9");
        assert_eq!(redact_pans(""), "");
    }

    /// The value of a secret key is replaced exactly: a string up to its closing quote, any other
    /// value up to the next `,`, `}`, `]` or space; what follows is kept as it was.
    #[test]
    fn secret_values_are_replaced_exactly() {
        assert_eq!(
            redact_secret_keys(r#"{"cvc":"100","ok":"kept"}"#),
            r#"{"cvc": "[REDACTED]","ok":"kept"}"#
        );
        assert_eq!(redact_secret_keys(r#"{"cvc":100}"#), r#"{"cvc": "[REDACTED]"}"#);
        assert_eq!(redact_secret_keys(r#"[{"pan":4111111111111111]"#), r#"[{"pan": "[REDACTED]"]"#);
        assert_eq!(redact_secret_keys(r#"{"cvv":12 ,"a":2}"#), r#"{"cvv": "[REDACTED]" ,"a":2}"#);
        assert_eq!(redact_secret_keys(r#"{"number":"a\"b","n":1}"#), r#"{"number": "[REDACTED]","n":1}"#);
    }
}
