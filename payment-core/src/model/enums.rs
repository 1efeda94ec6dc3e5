//! Enumerations the gateway sends in responses. Each keeps values it does not know in an `Other` variant
//! instead of failing, so a new value on the gateway's side never breaks a running integration.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares a string enumeration with known wire values and an `Other(String)` fallback.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version of the crate does not know, kept as sent.
            Other(String),
        }

        impl $name {
            /// The value as it is written on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )*
                    Self::Other(s) => s,
                }
            }

            fn from_wire(s: &str) -> Self {
                match s {
                    $( $wire => Self::$variant, )*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self::from_wire(s)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
                Ok(Self::from_wire(&s))
            }
        }
    };
}

open_enum! {
    /// What a transaction did (`transaction_type`).
    ///
    /// ```
    /// # use payment_core::model::TransactionType;
    /// let t: TransactionType = serde_json::from_str("\"PRE_AUTH\"").unwrap();
    /// assert_eq!(t, TransactionType::PreAuth);
    /// let new: TransactionType = serde_json::from_str("\"CHARGEBACK\"").unwrap();
    /// assert_eq!(new, TransactionType::Other("CHARGEBACK".into()));
    /// ```
    pub enum TransactionType {
        /// An authorisation (`PRE_AUTH`): the paymentv2 purchase.
        PreAuth = "PRE_AUTH",
        /// A capture of an authorisation (`CAPTURE`).
        Capture = "CAPTURE",
        /// A full or partial refund (`REFUND`).
        Refund = "REFUND",
        /// A cancelled authorisation (`VOID`).
        Void = "VOID",
    }
}

open_enum! {
    /// The kind of a gateway message (`gateway_response.type`).
    pub enum GatewayMessageType {
        /// An informational message, e.g. `INFO0000` "Payment Successful.".
        Info = "INFO",
        /// An error message.
        Error = "ERROR",
    }
}

open_enum! {
    /// The card scheme the gateway routed the payment to (`payment_details.scheme`).
    pub enum CardScheme {
        /// Mastercard.
        Mastercard = "MASTERCARD",
        /// Visa.
        Visa = "VISA",
        /// American Express.
        Amex = "AMEX",
        /// JCB.
        Jcb = "JCB",
        /// Discover.
        Discover = "DISCOVER",
        /// Diners Club.
        Diners = "DINERS",
        /// UnionPay.
        UnionPay = "UNIONPAY",
    }
}
