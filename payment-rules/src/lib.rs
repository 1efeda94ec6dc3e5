//! The rules of the paymentv2 value types.
