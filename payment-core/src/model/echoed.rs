//! [`EchoedPan`]: the card number as the gateway echoes it in a response, held as a secret.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

/// The card number a response echoes (`payment_details.card.number`), in full or already masked.
///
/// The gateway echoes the full PAN, so this is as secret as a [`CardNumber`](crate::CardNumber): `Debug`
/// and `Display` show the masked form (`520000******1005`), the memory is zeroized on drop, and only
/// serialization and [`expose_secret`](Self::expose_secret) give the value back. It is not validated
/// (a gateway may echo a masked number), so it is a separate type from `CardNumber`.
///
/// ```
/// # use payment_core::model::EchoedPan;
/// let pan: EchoedPan = serde_json::from_str("\"5200000000001005\"").unwrap();
/// assert_eq!(format!("{pan:?}"), "EchoedPan(520000******1005)");
/// assert_eq!(pan.last4(), Some("1005"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct EchoedPan(Zeroizing<String>);

impl EchoedPan {
    /// The echoed number as sent. The one way to read it: grep for `expose_secret` in review.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }

    /// The last four characters, when they are digits.
    pub fn last4(&self) -> Option<&str> {
        let s = self.0.as_str();
        let tail = s.get(s.len().checked_sub(4)?..)?;
        tail.bytes().all(|b| b.is_ascii_digit()).then_some(tail)
    }

    /// The masked form: digits beyond the first 6 and last 4 of a 16+ digit number (beyond the last 4
    /// otherwise) are replaced with `*`; any other character is masked too.
    pub fn masked(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        let n = chars.len();
        let head = if n >= 16 { 6 } else { 0 };
        chars
            .iter()
            .enumerate()
            .map(|(i, c)| if (i < head || i + 4 >= n) && c.is_ascii_digit() { *c } else { '*' })
            .collect()
    }
}

/// The number lives in a `Zeroizing<String>`, which wipes it when the value is dropped.
impl zeroize::ZeroizeOnDrop for EchoedPan {}

impl fmt::Debug for EchoedPan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EchoedPan({})", self.masked())
    }
}

impl fmt::Display for EchoedPan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl Serialize for EchoedPan {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for EchoedPan {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(|s| Self(Zeroizing::new(s)))
    }
}
