// The fix that `ui/builder/fail/printed_path_from_a_third_crate.stderr` prints, copied as printed: the
// value type's defining path resolves from the user's crate (the modules are public, hidden from docs).
use adyen_model::PaymentRequest;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = String::from("NL");
    let _ = PaymentRequest::builder().country_code(text.parse::<payment_core::value::country::Country>()?);
    Ok(())
}

// The helper notes print the builder's mode markers by their defining paths too.
#[allow(dead_code)]
type Printed = (
    payment_core::builder::input::Converted,
    payment_core::builder::input::Parsed,
    payment_core::builder::modes::Checked,
    payment_core::builder::modes::Collecting,
);
