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

#[cfg(test)]
mod tests {
    use super::*;

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
