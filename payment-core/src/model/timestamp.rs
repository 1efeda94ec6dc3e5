//! [`Timestamp`]: an RFC 3339 instant that re-serializes exactly as the gateway wrote it.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// An RFC 3339 timestamp from a response (`transaction_details.timestamp`).
///
/// Parsed into a [`time::OffsetDateTime`]; the text is kept so that serializing gives back the exact
/// string the gateway sent (`2024-11-25T07:22:48.000Z`, with its milliseconds).
///
/// ```
/// # use payment_core::model::Timestamp;
/// let t: Timestamp = serde_json::from_str("\"2024-11-25T07:22:48.000Z\"").unwrap();
/// assert_eq!(t.datetime().year(), 2024);
/// assert_eq!(serde_json::to_string(&t).unwrap(), "\"2024-11-25T07:22:48.000Z\"");
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Timestamp {
    at: OffsetDateTime,
    text: String,
}

impl Timestamp {
    /// The instant.
    pub fn datetime(&self) -> OffsetDateTime {
        self.at
    }

    /// The text as the gateway sent it.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl std::str::FromStr for Timestamp {
    type Err = time::error::Parse;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self { at: OffsetDateTime::parse(s, &Rfc3339)?, text: s.to_owned() })
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp({})", self.text)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        s.parse().map_err(|_| de::Error::custom("expected an RFC 3339 timestamp"))
    }
}
