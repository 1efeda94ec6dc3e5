//! [`SecretDigits`]: the inline, zeroize-on-drop storage that `CardNumber` and `Cvc` share.

use zeroize::Zeroize;

/// Up to `N` ASCII digits kept inline (never on the heap), overwritten with zeroes on drop. The types that
/// hold one decide how (and whether) the digits are shown.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct SecretDigits<const N: usize> {
    /// ASCII digits in `digits[..len]`, zeros after.
    digits: [u8; N],
    len: u8,
}

impl<const N: usize> SecretDigits<N> {
    /// No digits yet: fill with [`buffer`](Self::buffer) and [`set_len`](Self::set_len).
    pub(crate) const fn empty() -> Self {
        Self { digits: [0; N], len: 0 }
    }

    /// The whole buffer, for a parser to write digits straight into (so a failed parse drops, and wipes,
    /// the only copy).
    pub(crate) const fn buffer(&mut self) -> &mut [u8; N] {
        &mut self.digits
    }

    /// Sets how many digits of the buffer are in use (at most `N`).
    pub(crate) const fn set_len(&mut self, len: usize) {
        self.len = if len < N { len } else { N } as u8;
    }

    /// The number of digits.
    pub(crate) const fn len(&self) -> usize {
        self.len as usize
    }

    /// Digits `from..to` as text (empty when out of range).
    pub(crate) fn slice(&self, from: usize, to: usize) -> &str {
        self.digits
            .get(from..to.min(self.len()))
            .and_then(|d| std::str::from_utf8(d).ok())
            .unwrap_or_default()
    }

    /// All the digits as text.
    pub(crate) fn as_str(&self) -> &str {
        self.slice(0, self.len())
    }
}

impl<const N: usize> SecretDigits<N> {
    /// Overwrites the digits and the length with zeroes: what `Drop` does (a test reads the result, which
    /// reading freed memory could not do without `unsafe`).
    fn wipe(&mut self) {
        self.digits.zeroize();
        self.len.zeroize();
    }
}

impl<const N: usize> Drop for SecretDigits<N> {
    fn drop(&mut self) {
        self.wipe();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_and_slices_the_digits() {
        let mut d = SecretDigits::<4>::empty();
        d.buffer().copy_from_slice(b"1234");
        d.set_len(4);
        assert_eq!((d.as_str(), d.len(), d.slice(1, 3), d.slice(3, 9)), ("1234", 4, "23", "4"));
        let mut e = SecretDigits::<3>::empty();
        e.buffer()[..2].copy_from_slice(b"42");
        e.set_len(2);
        assert_eq!(e.as_str(), "42");
    }

    #[test]
    fn drop_wipes_every_byte() {
        let mut d = SecretDigits::<19>::empty();
        d.buffer()[..16].copy_from_slice(b"5200000000001005");
        d.set_len(16);
        d.wipe();
        assert_eq!((d.digits, d.len), ([0; 19], 0), "the digits and the length are zeroed");
        assert_eq!(d.as_str(), "");
    }
}
