//! Cross-crate tests of the paymentv2 workspace live in `tests/`; this library is empty.
