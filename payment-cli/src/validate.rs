//! `paymentv2 validate`: every problem of every file, by wire path, never the rejected value.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use payment_core::model::{CaptureRequest, PaymentRequest, RefundRequest, StoredCardRequest, VoidRequest};
use payment_core::wire::{FieldError, ValidationReport, from_json_strict};
use serde_json::json;

use crate::cli::{Format, RequestType, Validate};
use crate::exit;

/// What reading one document found.
pub(crate) struct Checked {
    /// Broken rules, missing or mistyped fields (and unknown keys under `--strict`).
    pub(crate) errors: Vec<FieldError>,
    /// Unknown keys, when not strict.
    pub(crate) warnings: Vec<FieldError>,
}

/// Reads `json` as `kind`, strictly, and sorts unknown keys into warnings unless `strict`.
pub(crate) fn check(json: &str, kind: RequestType, strict: bool) -> Checked {
    let report = match kind {
        RequestType::Purchase => from_json_strict::<PaymentRequest>(json).err(),
        RequestType::StoredCard => from_json_strict::<StoredCardRequest>(json).err(),
        RequestType::Capture => from_json_strict::<CaptureRequest>(json).err(),
        RequestType::Refund => from_json_strict::<RefundRequest>(json).err(),
        RequestType::Void => from_json_strict::<VoidRequest>(json).err(),
    };
    let all = report.as_ref().map(ValidationReport::errors).unwrap_or_default().to_vec();
    let (mut warnings, errors): (Vec<_>, Vec<_>) =
        all.into_iter().partition(|e| !strict && e.code() == "unknown_key");
    if let Some(w) = numeric_amount(json, kind) {
        warnings.push(w);
    }
    Checked { errors, warnings }
}

/// A purchase's `amount` given as a JSON number: read like the string (the crate and the `send`
/// command write a string), but the gateway's page shows only a string for paymentv2 and the v1
/// payment, so JSON sent to the gateway by other code should carry one. A warning, never an error,
/// even with `--strict` (which is about unknown keys). Capture and refund take a number.
fn numeric_amount(json: &str, kind: RequestType) -> Option<FieldError> {
    if !matches!(kind, RequestType::Purchase | RequestType::StoredCard) {
        return None;
    }
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    value.get("amount")?.is_number().then(|| {
        FieldError::new(
            "amount",
            "numeric_amount",
            "is a JSON number; the gateway's page shows a string (\"1000\"), which the client sends",
        )
    })
}

/// `paymentv2 schema`: the schema document of `kind`, pretty-printed.
pub(crate) fn schema(kind: RequestType) -> ExitCode {
    use payment_core::schema::document;
    let doc = match kind {
        RequestType::Purchase => document::<PaymentRequest>(),
        RequestType::StoredCard => document::<StoredCardRequest>(),
        RequestType::Capture => document::<CaptureRequest>(),
        RequestType::Refund => document::<RefundRequest>(),
        RequestType::Void => document::<VoidRequest>(),
    };
    match serde_json::to_string_pretty(&doc) {
        Ok(text) => {
            out!("{text}");
            ExitCode::from(exit::OK)
        }
        Err(e) => {
            err!("paymentv2: {e}");
            ExitCode::from(exit::USAGE)
        }
    }
}

/// Reads a file, or standard input for `-`.
pub(crate) fn read(path: &Path) -> std::io::Result<String> {
    if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        Ok(text)
    } else {
        std::fs::read_to_string(path)
    }
}

/// The name a file is reported under.
pub(crate) fn shown(path: &Path) -> String {
    if path == Path::new("-") { "<stdin>".to_owned() } else { path.display().to_string() }
}

pub(crate) fn run(args: &Validate) -> ExitCode {
    let mut invalid = false;
    let mut io_error = false;
    for path in &args.files {
        let name = shown(path);
        let text = match read(path) {
            Ok(text) => text,
            Err(e) => {
                err!("{name}: cannot read: {e}");
                io_error = true;
                continue;
            }
        };
        let checked = check(&text, args.kind, args.strict);
        invalid |= !checked.errors.is_empty();
        print(&name, &checked, args.format);
    }
    if io_error {
        ExitCode::from(exit::USAGE)
    } else if invalid {
        ExitCode::from(exit::FAILED)
    } else {
        ExitCode::from(exit::OK)
    }
}

fn print(name: &str, checked: &Checked, format: Format) {
    match format {
        Format::Text => {
            for e in &checked.errors {
                out!("{name}: {}: {}", path_of(e), e.message());
            }
            for w in &checked.warnings {
                let strict = if w.code() == "unknown_key" { " (--strict makes it an error)" } else { "" };
                out!("{name}: {}: warning: {}{strict}", path_of(w), w.message());
            }
            if checked.errors.is_empty() {
                out!("{name}: valid");
            }
        }
        Format::Json => {
            let list = |errors: &[FieldError]| -> Vec<serde_json::Value> {
                errors.iter().map(|e| json!({ "path": e.path(), "message": e.message() })).collect()
            };
            let line = json!({
                "file": name,
                "valid": checked.errors.is_empty(),
                "errors": list(&checked.errors),
                "warnings": list(&checked.warnings),
            });
            out!("{line}");
        }
    }
}

/// A report's path, `(document)` for the root.
fn path_of(e: &FieldError) -> &str {
    if e.path().is_empty() { "(document)" } else { e.path() }
}
