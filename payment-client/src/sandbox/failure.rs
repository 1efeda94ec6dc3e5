//! [`Failure`]: what a test can make the sandbox do to a payment instead of answering it, per request
//! ([`Sandbox::fail_next`](super::Sandbox::fail_next)) or per card
//! ([`SandboxBuilder::fail_card`](super::SandboxBuilder::fail_card)).

use std::collections::{HashMap, VecDeque};

/// A failure the sandbox plays instead of answering a payment (`POST paymentv2` or `POST payment`), and
/// what the client makes of it.
///
/// | failure | the sandbox | the client's error | booked |
/// | --- | --- | --- | --- |
/// | [`Decline(code)`](Failure::Decline) | 201, `success: false`, `response_code` `code` | [`Error::Declined`](crate::Error::Declined) ([`is_declined`](crate::Error::is_declined)) | declined |
/// | [`Timeout`](Failure::Timeout) | reads the request, books it approved, never answers (until shut down) | [`OutcomeUnknown`](crate::Error::OutcomeUnknown), cause `Timeout` ([`is_outcome_unknown`](crate::Error::is_outcome_unknown)) | approved |
/// | [`DropConnection`](Failure::DropConnection) | reads the request, books it approved, closes the connection without an answer | [`OutcomeUnknown`](crate::Error::OutcomeUnknown), cause `ConnectionLost` ([`is_outcome_unknown`](crate::Error::is_outcome_unknown)) | approved |
/// | [`Status(500..=599)`](Failure::Status) | that status with a gateway-style error body | [`Http`](crate::Error::Http) ([`is_outcome_unknown`](crate::Error::is_outcome_unknown): a 5xx to a payment) | nothing |
/// | [`Status(429)`](Failure::Status) | 429 with a gateway-style error body | [`Http`](crate::Error::Http) ([`is_retryable`](crate::Error::is_retryable)) | nothing |
///
/// A time-out and a dropped connection book the payment approved, as the gateway may have taken the
/// money before the answer was lost: the case a shop must settle with the status call or the webhook,
/// never by sending the payment again. The client sends each payment once whatever the failure.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use payment_client::sandbox::{self, Failure, Sandbox, TestCard};
/// use payment_client::Client;
///
/// let sandbox = Sandbox::start().await?;
/// let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
/// sandbox.fail_next(Failure::Status(503));
/// let err = client.purchase(&sandbox::sample_request(TestCard::Approved)?).await.unwrap_err();
/// assert!(err.is_outcome_unknown(), "a 5xx to a payment: settle it before sending it again");
/// assert_eq!(sandbox.received().len(), 1, "sent once");
/// sandbox.shutdown().await;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Failure {
    /// Declined with this `response_code` (201, `success: false`): `5` do not honour, `14` invalid
    /// card, `51` insufficient funds, `-8002` a risk rule, ... (`0` is approved).
    Decline(i64),
    /// The request is read and booked approved, and no answer comes before the client's time-out.
    Timeout,
    /// The request is read and booked approved, and the connection is closed without an answer.
    DropConnection,
    /// This HTTP status (a 5xx, or 429 too many requests) with a gateway-style error body; nothing is
    /// booked. A status below 400 is answered as 500.
    Status(u16),
}

/// The failures to play: the next requests' in order, then each card's.
#[derive(Debug, Default)]
pub(crate) struct Failures {
    next: VecDeque<Failure>,
    cards: HashMap<String, Failure>,
}

impl Failures {
    /// Queues a failure for the next payment.
    pub(crate) fn push(&mut self, failure: Failure) {
        self.next.push_back(failure);
    }

    /// Makes every payment of the card `digits` fail so.
    pub(crate) fn set_card(&mut self, digits: String, failure: Failure) {
        self.cards.insert(digits, failure);
    }

    /// The failure of a payment of the card `digits`: the queued one first (used up), then the card's.
    pub(crate) fn take(&mut self, digits: &str) -> Option<Failure> {
        self.next.pop_front().or_else(|| self.cards.get(digits).copied())
    }
}
