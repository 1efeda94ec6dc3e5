//! The API key: a secret that never prints and is zeroized on drop.

use std::fmt;

use zeroize::Zeroizing;

/// The gateway API key.
///
/// It is a secret: `Debug` and `Display` print `ApiKey([REDACTED])` / `[REDACTED]`, never the key, and the
/// memory holding it is overwritten with zeroes when the value is dropped (through [`zeroize::Zeroizing`]).
/// The key leaves only through [`ApiKey::expose_secret`], which the client calls to build the two
/// authentication headers.
///
/// ```
/// use payment_client::ApiKey;
///
/// let key = ApiKey::new("sk_test_1234567890");
/// assert_eq!(format!("{key}"), "[REDACTED]");
/// assert_eq!(format!("{key:?}"), "ApiKey([REDACTED])");
/// assert_eq!(key.expose_secret(), "sk_test_1234567890");
/// ```
#[derive(Clone, Default)]
pub struct ApiKey(Zeroizing<String>);

impl ApiKey {
    /// Wraps a key. The key is checked when the client is built (non-empty, visible ASCII, no spaces), so
    /// that a bad key is a [`ConfigError`](crate::ConfigError) rather than a failed request.
    pub fn new(key: impl Into<String>) -> Self {
        Self(Zeroizing::new(key.into()))
    }

    /// The key itself. Every call site is a place where the secret leaves its wrapper: keep them few.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }

    /// Whether the key is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The key is held in a [`Zeroizing`] buffer, overwritten when dropped.
impl zeroize::ZeroizeOnDrop for ApiKey {}

impl From<String> for ApiKey {
    fn from(key: String) -> Self {
        Self::new(key)
    }
}

impl From<&str> for ApiKey {
    fn from(key: &str) -> Self {
        Self::new(key)
    }
}

impl From<&ApiKey> for ApiKey {
    fn from(key: &ApiKey) -> Self {
        key.clone()
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey([REDACTED])")
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[REDACTED]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_the_key() {
        let key = ApiKey::from("super-secret-key");
        assert!(!format!("{key:?}{key}{key:#?}").contains("super-secret"));
    }

    #[test]
    fn is_zeroized_on_drop() {
        // `Zeroizing<String>` zeroes the buffer in its `Drop`; assert the type is what we rely on.
        fn assert_zeroize_on_drop<T: zeroize::ZeroizeOnDrop>() {}
        assert_zeroize_on_drop::<Zeroizing<String>>();
    }
}
