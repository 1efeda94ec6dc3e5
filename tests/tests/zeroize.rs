//! The secret types are zeroized on drop. What can be checked from outside, without reading freed memory
//! (the workspace forbids `unsafe`): that `CardNumber`, `Cvc` and `Iban` have a `Drop` of their own (their fields
//! need none), that none is `Copy`, that clones are independent, and that each advertises `zeroize`'s
//! [`ZeroizeOnDrop`] so that users can bound on it. The marker is a promise written by hand; the wipe
//! itself is tested where the storage is (below).
//!
//! | type | holds | how |
//! | --- | --- | --- |
//! | `payment_core::CardNumber` | the PAN, inline digits | `Drop` zeroizes the digit array; `ZeroizeOnDrop` |
//! | `payment_core::Cvc` | the CVC, inline digits | `Drop` zeroizes the digit array; `ZeroizeOnDrop` |
//! | `payment_core::Iban` | the account number, inline characters | `Drop` zeroizes the character array (the same store); `ZeroizeOnDrop` |
//! | `payment_client::ApiKey` | the API key | a `Zeroizing<String>`; `ZeroizeOnDrop` |
//! | `payment_core::model::EchoedPan` | the PAN a response echoes | a `Zeroizing<String>`; `ZeroizeOnDrop` |
//!
//! What `Drop` writes is checked where the storage is: `SecretDigits`' unit test in `payment-core`
//! (`drop_wipes_every_byte`) reads the bytes after the wipe that `Drop` runs; the `Zeroizing` wrapper is
//! the `zeroize` crate's, tested there.
//!
//! None of them is `Copy` (a `Copy` secret is duplicated silently and can never be wiped), and none
//! exposes `zeroize()`: a wiped `CardNumber` would be an invalid one.

use payment_client::ApiKey;
use payment_core::model::EchoedPan;
use payment_core::{CardNumber, Cvc, Iban, card_number, cvc};
use zeroize::ZeroizeOnDrop;

/// Compiles only for types that promise to zeroize themselves on drop.
fn assert_zeroize_on_drop<T: ZeroizeOnDrop>() {}

/// Compiles only for types that are *not* `Copy`: with a second impl for `Copy` types, naming the item
/// without the parameter is ambiguous for them (the `static_assertions::assert_not_impl_any!` trick).
macro_rules! assert_not_copy {
    ($($t:ty),* $(,)?) => {$({
        trait AmbiguousIfCopy<A> {
            fn some_item() {}
        }
        impl<T: ?Sized> AmbiguousIfCopy<()> for T {}
        #[allow(dead_code)]
        struct IsCopy;
        impl<T: ?Sized + Copy> AmbiguousIfCopy<IsCopy> for T {}
        let _ = <$t as AmbiguousIfCopy<_>>::some_item;
    })*};
}

/// An API promise (a user's `T: ZeroizeOnDrop` bound compiles), not a check of the wipe: removing an impl
/// breaks it, a `Drop` that stops wiping does not (that is `drop_wipes_every_byte`'s job).
#[test]
fn the_secret_types_can_be_bounded_by_zeroize_on_drop() {
    assert_zeroize_on_drop::<CardNumber>();
    assert_zeroize_on_drop::<Cvc>();
    assert_zeroize_on_drop::<Iban>();
    assert_zeroize_on_drop::<ApiKey>();
    assert_zeroize_on_drop::<EchoedPan>();
}

#[test]
fn the_secret_types_are_not_copy() {
    assert_not_copy!(CardNumber, Cvc, Iban, ApiKey, EchoedPan);
}

#[test]
fn card_number_and_cvc_have_drop_glue() {
    // Their fields are plain arrays and integers, which need no drop: drop glue exists only because of
    // the zeroizing `Drop` impl. (Losing it would make this fail even if the marker stayed.)
    assert!(std::mem::needs_drop::<CardNumber>());
    assert!(std::mem::needs_drop::<Cvc>());
    assert!(std::mem::needs_drop::<Iban>());
    // (The models that hold them drop them as any field: `needs_drop` of a model is true through its
    // `String`s alone, so asserting it would check nothing.)
}

#[test]
fn the_values_are_intact_until_dropped() {
    // Zeroizing happens on drop only: clones are independent and each wipes its own copy.
    let pan = card_number!("5200000000001005");
    let copy = pan.clone();
    drop(pan);
    assert_eq!(copy.expose_secret(), "5200000000001005");
    let code = cvc!("937");
    let copy = code.clone();
    drop(code);
    assert_eq!(copy.expose_secret(), "937");
    let key = ApiKey::new("sk_zeroize_test");
    let copy = key.clone();
    drop(key);
    assert_eq!(copy.expose_secret(), "sk_zeroize_test");
}
