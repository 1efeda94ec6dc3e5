//! `payment-core` renamed to `pc` in `Cargo.toml`: the derive finds it through `#[payment(crate = "pc")]`.
//! (The literal macros still name `::payment_core`, so values are parsed here.)

/// A request type of this crate.
#[derive(pc::Builder, Debug)]
#[payment(crate = "pc", collect_errors, money(amount = total, currency = currency))]
pub struct Invoice {
    /// The total.
    total: pc::Amount,
    /// Its currency.
    currency: pc::Currency,
    /// A note.
    #[payment(text, length(max = 20))]
    note: Option<String>,
    /// Who pays.
    #[payment(nested)]
    payer: Payer,
}

/// The payer.
#[derive(pc::Builder, Debug)]
#[payment(crate = "pc", collect_errors)]
pub struct Payer {
    /// Their email.
    email: pc::Email,
}

/// When an invoice is due: a string enum, through the renamed crate too.
#[derive(pc::Builder, Debug, Clone, Copy, PartialEq, Eq)]
#[payment(crate = "pc", rename_all = "kebab-case", schema)]
pub enum Terms {
    /// On receipt.
    OnReceipt,
    /// Thirty days net.
    Net30,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_enum_through_the_renamed_crate() {
        assert_eq!(serde_json::to_string(&Terms::OnReceipt).unwrap(), r#""on-receipt""#);
        assert_eq!(pc::wire::from_json::<Terms>(r#""net30""#).unwrap(), Terms::Net30);
        let report = pc::wire::from_json::<Terms>(r#""net-30""#).unwrap_err();
        assert_eq!(
            report.errors()[0].message(),
            "must be one of `on-receipt`, `net30` (did you mean `net30`?)"
        );
        let err: pc::wire::UnknownVariant = "later".parse::<Terms>().unwrap_err();
        assert_eq!(err.suggestion(), None);
        assert_eq!(pc::schema::document::<Terms>()["enum"], serde_json::json!(["on-receipt", "net30"]));
    }

    fn money(text: &str) -> pc::Money {
        text.parse().unwrap()
    }

    fn email() -> pc::Email {
        "a@b.example".parse().unwrap()
    }

    #[test]
    fn builds_serializes_and_reads_through_the_renamed_crate() {
        let invoice = Invoice::builder()
            .money(money("12.50 USD"))
            .payer(|p| p.email(email()))
            .note("thanks")
            .unwrap()
            .build();
        let json = serde_json::to_string(&invoice).unwrap();
        assert_eq!(
            json,
            r#"{"total":"1250","currency":"USD","note":"thanks","payer":{"email":"a@b.example"}}"#
        );
        let report = Invoice::from_json(r#"{"total":"0","currency":"USD","payer":{}}"#).unwrap_err();
        assert_eq!(report.paths().collect::<Vec<_>>(), ["total", "payer.email"]);
        let report = Invoice::builder()
            .collect_errors()
            .money(money("1 USD"))
            .payer(|p| p.email(email()))
            .note("far too long for twenty characters")
            .build()
            .unwrap_err();
        assert_eq!(report.paths().collect::<Vec<_>>(), ["note"]);
    }
}
