//! The exit statuses of `paymentv2`, one per decision a pipeline has to make. `--help` and the README
//! list them too.

use payment_client::Error;

/// Approved, valid, found.
pub(crate) const OK: u8 = 0;
/// Declined, invalid, or refused by the gateway (a 4xx): resending the same request will not help.
pub(crate) const FAILED: u8 = 1;
/// A usage, input or configuration error: nothing was sent.
pub(crate) const USAGE: u8 = 2;
/// A 3-D Secure redirect: not approved yet, not declined.
pub(crate) const REDIRECT: u8 = 3;
/// The outcome is unknown ([`Error::is_outcome_unknown`]: a time-out or a lost connection after
/// sending, a 5xx to a payment): the payment may have been taken. Check its status before resending.
pub(crate) const OUTCOME_UNKNOWN: u8 = 4;
/// Not sent, or refused for now (a 429, a 5xx to the status call): safe to try again later.
pub(crate) const RETRY: u8 = 5;

/// The `--help` text listing every status.
pub(crate) const HELP: &str = "Exit status:\n  \
    0  approved (send), valid (validate), found (status)\n  \
    1  declined, invalid, or refused by the gateway: resending will not help\n  \
    2  usage, input or configuration error: nothing was sent\n  \
    3  3-D Secure redirect: send the shopper to the printed URL\n  \
    4  outcome unknown (time-out or lost connection after sending, HTTP 5xx to a payment): the payment\n     \
    may have been taken; check its status before resending\n  \
    5  not sent, or rate-limited (HTTP 429): safe to try again later";

/// The status of a failed call, and the line that says what to do next, if any.
pub(crate) fn of(e: &Error) -> (u8, Option<&'static str>) {
    if e.is_outcome_unknown() {
        let advice = "the payment may have been taken: check its status (`paymentv2 status ID`, the id \
                      arrives with the webhook) before sending it again";
        (OUTCOME_UNKNOWN, Some(advice))
    } else if e.is_retryable() {
        (RETRY, Some("nothing was taken: it is safe to try again later"))
    } else {
        (FAILED, None)
    }
}
