//! The value types: each holds only valid values.
