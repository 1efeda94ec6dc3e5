//! The gateway's operations: their method, path and whether they move money.

use std::fmt;

/// The path prefix every operation lives under, after the base URL.
pub(crate) const PATH_PREFIX: &str = "/api/v1/server-to-server-interface/";

/// One operation of the server-to-server interface. Errors say which operation failed
/// ([`Error::operation`](crate::Error::operation)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operation {
    /// `POST paymentv2`: authorise a card payment (or start 3-D Secure).
    Purchase,
    /// `POST payment` (the v1 path): pay and store the card, or pay with a stored card.
    StoredCardPayment,
    /// `POST capture`: capture (part of) an authorised payment.
    Capture,
    /// `POST refund`: refund (part of) a payment.
    Refund,
    /// `POST void`: cancel an authorised payment.
    Void,
    /// `GET transaction/status/{id}`: read a transaction. Changes nothing, so it is always safe to retry.
    Status,
}

impl Operation {
    /// The operation's name as in its path (`paymentv2`, `payment`, `capture`, `refund`, `void`,
    /// `transaction/status`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Purchase => "paymentv2",
            Self::StoredCardPayment => "payment",
            Self::Capture => "capture",
            Self::Refund => "refund",
            Self::Void => "void",
            Self::Status => "transaction/status",
        }
    }

    /// Whether the operation changes state at the gateway (moves or reserves money). Such a request must
    /// never be sent twice once its bytes may have reached the server.
    pub const fn is_mutating(self) -> bool {
        !matches!(self, Self::Status)
    }

    pub(crate) const fn is_post(self) -> bool {
        self.is_mutating()
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
