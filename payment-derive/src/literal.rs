//! The literal macros: `currency!("JPY")`, `card_number!("5200 0000 0000 1005")`, `amount!(1000)`, ...
//!
//! Each parses one literal, runs the rule of `payment-rules` on it **at expansion time** (so `cargo check`
//! reports a bad literal, not only `cargo build`), and emits either the cheapest exact construction of the
//! value or a `compile_error!` spanned at the literal: the literal (it is in the source already), then the
//! rule's own message, which never quotes the value. Card number and CVC messages show neither the literal
//! nor any digit.

use std::net::IpAddr;

use payment_rules::{amount, card, country, currency, cvc, email, expiry, ip, merchant, money, phone, url};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{ParseStream, Parser};
use syn::{Lit, LitStr, Token};

/// What a macro's argument was, for "takes a string literal, not ..." messages.
fn kind(lit: &Lit) -> &'static str {
    match lit {
        Lit::Str(_) => "a string literal",
        Lit::ByteStr(_) => "a byte string literal",
        Lit::CStr(_) => "a C string literal",
        Lit::Byte(_) => "a byte literal",
        Lit::Char(_) => "a character literal",
        Lit::Int(_) => "an integer literal",
        Lit::Float(_) => "a float literal",
        Lit::Bool(_) => "a boolean literal",
        _ => "an unsupported literal",
    }
}

/// Parses the single literal argument of `name!` (with an optional leading `-`, reported by the caller).
fn one_literal(input: TokenStream, name: &str, example: &str) -> syn::Result<(Option<Token![-]>, Lit)> {
    let usage = format!("`{name}!` takes one literal, e.g. `{name}!({example})`");
    let parser = |stream: ParseStream<'_>| {
        if stream.is_empty() {
            return Err(syn::Error::new(Span::call_site(), &usage));
        }
        let minus: Option<Token![-]> = stream.parse()?;
        let lit: Lit = stream.parse().map_err(|e| syn::Error::new(e.span(), &usage))?;
        if !stream.is_empty() {
            return Err(stream.error(format!("unexpected tokens after the literal: {usage}")));
        }
        Ok((minus, lit))
    };
    parser.parse2(input)
}

/// The string argument of `name!`, or an error naming the wrong kind of literal.
fn string_literal(input: TokenStream, name: &str, example: &str) -> syn::Result<LitStr> {
    match one_literal(input, name, example)? {
        (None, Lit::Str(s)) => Ok(s),
        (Some(minus), _) => Err(syn::Error::new(
            minus.span,
            format!("`{name}!` takes a string literal, e.g. `{name}!({example})`"),
        )),
        (None, other) => Err(syn::Error::new(
            other.span(),
            format!("`{name}!` takes a string literal, e.g. `{name}!({example})`, not {}", kind(&other)),
        )),
    }
}

/// Runs `body` on the string literal of `name!`; a rule error becomes a `compile_error!` at the literal,
/// reading "`LITERAL`: MESSAGE".
fn expand_str<E: std::fmt::Display>(
    input: TokenStream,
    name: &str,
    example: &str,
    body: impl FnOnce(&str) -> Result<TokenStream, E>,
) -> TokenStream {
    expand_str_with(input, name, example, true, body)
}

/// [`expand_str`] for secrets: the message does not repeat the literal.
fn expand_secret<E: std::fmt::Display>(
    input: TokenStream,
    name: &str,
    example: &str,
    body: impl FnOnce(&str) -> Result<TokenStream, E>,
) -> TokenStream {
    expand_str_with(input, name, example, false, body)
}

fn expand_str_with<E: std::fmt::Display>(
    input: TokenStream,
    name: &str,
    example: &str,
    quote_literal: bool,
    body: impl FnOnce(&str) -> Result<TokenStream, E>,
) -> TokenStream {
    let lit = match string_literal(input, name, example) {
        Ok(lit) => lit,
        Err(e) => return e.to_compile_error(),
    };
    let value = lit.value();
    match body(&value) {
        Ok(tokens) => tokens,
        Err(e) if quote_literal => {
            syn::Error::new(lit.span(), format!("`{}`: {e}", clip(&value))).to_compile_error()
        }
        Err(e) => syn::Error::new(lit.span(), e).to_compile_error(),
    }
}

/// A literal as quoted in a message: at most 40 characters, with `…` when cut, and control characters
/// escaped so the message stays on one line.
fn clip(value: &str) -> String {
    const MAX: usize = 40;
    let escaped: String = value.chars().flat_map(char::escape_debug).collect();
    match escaped.char_indices().nth(MAX) {
        None => escaped,
        Some((i, _)) => format!("{}…", &escaped[..i]),
    }
}

/// `currency!("JPY")` → `::payment_core::Currency::JPY`.
pub(crate) fn currency(input: TokenStream) -> TokenStream {
    expand_str(input, "currency", "\"JPY\"", |s| {
        let info = currency::currency(s)?;
        let code = format_ident!("{}", info.code);
        Ok::<_, currency::CurrencyError>(quote!(::payment_core::Currency::#code))
    })
}

/// `country!("JP")` → `::payment_core::Country::JP`.
pub(crate) fn country(input: TokenStream) -> TokenStream {
    expand_str(input, "country", "\"JP\"", |s| {
        let info = country::country(s)?;
        let code = format_ident!("{}", info.code);
        Ok::<_, country::CountryError>(quote!(::payment_core::Country::#code))
    })
}

/// `expiry!("12/30")` → `::payment_core::__private::expiry(12u8, 2030u16)`. The horizon rule reads the
/// clock of the machine that compiles.
pub(crate) fn expiry(input: TokenStream) -> TokenStream {
    expand_str(input, "expiry", "\"12/30\"", |s| {
        let (month, year) = expiry::expiry(s)?;
        Ok::<_, expiry::ExpiryError>(quote!(const { ::payment_core::__private::expiry(#month, #year) }))
    })
}

/// `ip!("127.0.0.1")` → `::std::net::IpAddr::V4(::std::net::Ipv4Addr::new(127u8, 0u8, 0u8, 1u8))`.
pub(crate) fn ip(input: TokenStream) -> TokenStream {
    expand_str(input, "ip", "\"127.0.0.1\"", |s| {
        Ok::<_, ip::IpError>(match ip::ip(s)? {
            IpAddr::V4(v4) => {
                let o = v4.octets();
                quote!(::std::net::IpAddr::V4(::std::net::Ipv4Addr::new(#(#o),*)))
            }
            IpAddr::V6(v6) => {
                let seg = v6.segments();
                quote!(::std::net::IpAddr::V6(::std::net::Ipv6Addr::new(#(#seg),*)))
            }
        })
    })
}

/// `card_number!("5200 0000 0000 1005")` →
/// `const { ::payment_core::__private::card_number("5200000000001005") }` (the same rule again, at
/// compile time: nothing is left to check when it runs).
pub(crate) fn card_number(input: TokenStream) -> TokenStream {
    expand_secret(input, "card_number", "\"5200 0000 0000 1005\"", |s| {
        let mut buf = [0u8; card::MAX_DIGITS];
        let checked = card::card_number(s, &mut buf)?;
        let digits = String::from_utf8_lossy(&buf[..checked.len]).into_owned();
        Ok::<_, card::CardError>(quote!(const { ::payment_core::__private::card_number(#digits) }))
    })
}

/// `cvc!("100")` → `const { ::payment_core::__private::cvc("100") }` (checked again by the compiler).
pub(crate) fn cvc(input: TokenStream) -> TokenStream {
    expand_secret(input, "cvc", "\"100\"", |s| {
        cvc::cvc(s)?;
        Ok::<_, cvc::CvcError>(quote!(const { ::payment_core::__private::cvc(#s) }))
    })
}

/// `email!("a@b.example")` → a clone of a per-call-site `static LazyLock<Email>`, as [`url`]: the
/// address is checked again once per program (the rule is not `const`), not at every evaluation, and
/// the clone borrows the literal (no allocation).
pub(crate) fn email(input: TokenStream) -> TokenStream {
    expand_str(input, "email", "\"billing@testemail.com\"", |s| {
        // The value is the NFC form, which the constructor computes again from the literal.
        email::email(s)?;
        Ok::<_, email::EmailError>(quote!({
            static EMAIL: ::std::sync::LazyLock<::payment_core::Email> =
                ::std::sync::LazyLock::new(|| ::payment_core::__private::email(#s));
            ::core::clone::Clone::clone(&*EMAIL)
        }))
    })
}

/// `url!("https://shop.example/ok")` → a clone of a per-call-site `static LazyLock<Url>`: the literal is
/// parsed once per program, not at every evaluation (a `url::Url` cannot be built in a `const`).
pub(crate) fn url(input: TokenStream) -> TokenStream {
    expand_str(input, "url", "\"https://shop.example/ok\"", |s| {
        url::url(s)?;
        Ok::<_, url::UrlError>(quote!({
            static URL: ::std::sync::LazyLock<::payment_core::Url> =
                ::std::sync::LazyLock::new(|| ::payment_core::__private::url(#s));
            ::core::clone::Clone::clone(&*URL)
        }))
    })
}

/// `merchant_id!("my-merchant")` → `::payment_core::__private::merchant_id("my-merchant")`.
pub(crate) fn merchant_id(input: TokenStream) -> TokenStream {
    expand_str(input, "merchant_id", "\"my-merchant\"", |s| {
        merchant::merchant_id(s)?;
        Ok::<_, merchant::MerchantIdError>(quote!(::payment_core::__private::merchant_id(#s)))
    })
}

/// `webhook_url!("https://shop.example/hook")`: as [`url`], with the webhook rule (https, public host).
pub(crate) fn webhook_url(input: TokenStream) -> TokenStream {
    expand_str(input, "webhook_url", "\"https://shop.example/hook\"", |s| {
        url::url_of_kind(s, url::Kind::Webhook)?;
        Ok::<_, url::UrlError>(quote!({
            static URL: ::std::sync::LazyLock<::payment_core::WebhookUrl> =
                ::std::sync::LazyLock::new(|| ::payment_core::__private::webhook_url(#s));
            ::core::clone::Clone::clone(&*URL)
        }))
    })
}

/// `phone!("+81 12 3456 78")` → `const { ::payment_core::__private::phone("8112345678") }`: the digits,
/// checked again by the compiler.
pub(crate) fn phone(input: TokenStream) -> TokenStream {
    expand_str(input, "phone", "\"8112345678\"", |s| {
        let digits = phone::phone(s)?;
        let digits = digits.as_str();
        Ok::<_, phone::PhoneError>(quote!(const { ::payment_core::__private::phone(#digits) }))
    })
}

/// `amount!(1000)` → `::payment_core::__private::amount(1000u64)`. Takes an integer literal (underscores
/// and a `u64` suffix allowed).
pub(crate) fn amount(input: TokenStream) -> TokenStream {
    let usage = "`amount!` takes an integer literal of minor units, e.g. `amount!(1000)`";
    let int = match one_literal(input, "amount", "1000") {
        Err(e) => return e.to_compile_error(),
        Ok((Some(minus), _)) => {
            return syn::Error::new(minus.span, amount::AmountError::Zero).to_compile_error();
        }
        Ok((None, Lit::Int(int))) => int,
        Ok((None, other)) => {
            return syn::Error::new(other.span(), format!("{usage}, not {}", kind(&other)))
                .to_compile_error();
        }
    };
    if !matches!(int.suffix(), "" | "u64") {
        return syn::Error::new(int.span(), format!("{usage}; the suffix `{}` is not allowed", int.suffix()))
            .to_compile_error();
    }
    let value = match int.base10_parse::<u64>() {
        Ok(n) => amount::amount_value(n),
        Err(_) => Err(amount::AmountError::TooLarge),
    };
    match value {
        Ok(n) => quote!(const { ::payment_core::__private::amount(#n) }),
        Err(e) => syn::Error::new(int.span(), e).to_compile_error(),
    }
}

/// `money!(12.50 USD)` → `const { ::payment_core::__private::money(1250u64, ::payment_core::Currency::USD) }`: a decimal literal in major units and an ISO 4217 code, converted
/// exactly at expansion time with the currency's exponent.
pub(crate) fn money(input: TokenStream) -> TokenStream {
    let usage = "`money!` takes a decimal in major units and a currency code, e.g. `money!(12.50 USD)`";
    let parser = |stream: ParseStream<'_>| {
        if stream.is_empty() {
            return Err(syn::Error::new(Span::call_site(), usage));
        }
        let minus: Option<Token![-]> = stream.parse()?;
        let lit: Lit = stream.parse().map_err(|e| syn::Error::new(e.span(), usage))?;
        let code: syn::Ident = stream.parse().map_err(|e| syn::Error::new(e.span(), usage))?;
        if !stream.is_empty() {
            return Err(stream.error(format!("unexpected tokens after the currency: {usage}")));
        }
        Ok((minus, lit, code))
    };
    let (minus, lit, code) = match parser.parse2(input) {
        Ok(parts) => parts,
        Err(e) => return e.to_compile_error(),
    };
    if let Some(minus) = minus {
        return syn::Error::new(minus.span, "`money!` takes a positive amount, without a sign")
            .to_compile_error();
    }
    // The literal's digits as written (not through `f64`, which cannot hold 0.1 exactly).
    let (decimal, suffix) = match &lit {
        Lit::Int(int) => (int.base10_digits().to_owned(), int.suffix().to_owned()),
        Lit::Float(float) => (float.base10_digits().to_owned(), float.suffix().to_owned()),
        other => {
            return syn::Error::new(other.span(), format!("{usage}, not {}", kind(other))).to_compile_error();
        }
    };
    if !suffix.is_empty() || decimal.contains(['e', 'E']) {
        return syn::Error::new(
            lit.span(),
            format!("{usage}; write the decimal plainly, without a suffix or exponent"),
        )
        .to_compile_error();
    }
    let currency = match currency::currency(&code.to_string()) {
        Ok(info) => info,
        Err(e) => return syn::Error::new(code.span(), format!("`{code}`: {e}")).to_compile_error(),
    };
    match money::minor_units(&decimal, currency) {
        Ok(minor) => {
            let code = format_ident!("{}", currency.code);
            quote!(const { ::payment_core::__private::money(#minor, ::payment_core::Currency::#code) })
        }
        Err(e) => syn::Error::new(lit.span(), format!("`{decimal} {code}`: {e}")).to_compile_error(),
    }
}
