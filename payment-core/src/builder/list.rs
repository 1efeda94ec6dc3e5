//! [`ListBuilder`]: the builder of a `#[payment(nested)]` field of type `Vec<T>`.

use super::errors::Errors;
use super::modes::{Checked, Collecting};
use super::nested::{Buildable, CanCollect, CollectNested, Nested};

/// The builder of a list of structs deriving `Builder` (a `#[payment(nested)]` field of type `Vec<T>`):
/// each element is added with a closure on its own builder, whose completeness is checked at compile time
/// like any nested builder, and whose errors carry the element's index (`line_items[1].quantity`).
///
/// ```
/// use payment_core::Builder;
///
/// #[derive(Builder, Debug)]
/// pub struct LineItem {
///     #[payment(length(max = 10))]
///     name: String,
///     quantity: u32,
/// }
///
/// #[derive(Builder, Debug)]
/// pub struct Order {
///     #[payment(nested)]
///     line_items: Vec<LineItem>,
/// }
///
/// # fn main() -> Result<(), payment_core::wire::FieldError> {
/// // A closure that ends on a validating setter returns a `Result`, and so does `push`.
/// let order = Order::builder()
///     .line_items(|l| l.push(|i| i.quantity(2).name("Mug"))?.push(|i| i.quantity(1).name("Tea")))?
///     .build();
/// assert_eq!(order.line_items().len(), 2);
/// let err = Order::builder()
///     .line_items(|l| l.push(|i| i.quantity(2).name("Mug"))?.push(|i| i.quantity(1).name("Far too long a name")))
///     .unwrap_err();
/// assert_eq!((err.path(), err.field_path()), ("line_items[1].name", Some("line_items[1].name")));
/// # Ok(())
/// # }
/// ```
pub struct ListBuilder<T, Mode = Checked> {
    items: Vec<T>,
    errors: Errors,
    /// Elements added so far, those refused in collecting mode included: the next one's index.
    pushed: usize,
    mode: std::marker::PhantomData<fn() -> Mode>,
}

impl<T, Mode> ListBuilder<T, Mode> {
    fn new() -> Self {
        Self { items: Vec::new(), errors: Errors::new(), pushed: 0, mode: std::marker::PhantomData }
    }

    /// `[i]`, the path segment of the next element, counted.
    fn next_index(&mut self) -> String {
        self.pushed += 1;
        format!("[{}]", self.pushed - 1)
    }
}

impl<T: Buildable> ListBuilder<T, Checked> {
    /// Adds an element built with a closure on its builder; a validating setter's error inside it comes
    /// back with the element's index in its path.
    pub fn push<B: Nested<T>>(mut self, build: impl FnOnce(T::Builder) -> B) -> B::Output<Self> {
        let at = self.next_index();
        build(T::builder()).finish_into(&at, &at, move |item| {
            self.items.push(item);
            self
        })
    }

    /// Adds an element built beforehand.
    pub fn push_value(mut self, item: impl Into<T>) -> Self {
        self.pushed += 1;
        self.items.push(item.into());
        self
    }
}

impl<T: CanCollect> ListBuilder<T, Collecting> {
    /// Adds an element built with a closure on its builder in collecting mode; its failures are recorded
    /// with the element's index, for the parent's `build()` to report.
    pub fn push<B: CollectNested<T>>(mut self, build: impl FnOnce(T::Collecting) -> B) -> Self {
        let at = self.next_index();
        match build(T::collecting()).finish_collecting() {
            Ok(item) => self.items.push(item),
            Err(errors) => {
                self.errors.take_nested::<T>(Err(errors), &at, &at);
            }
        }
        self
    }

    /// Adds an element built beforehand.
    pub fn push_value(mut self, item: impl Into<T>) -> Self {
        self.pushed += 1;
        self.items.push(item.into());
        self
    }
}

impl<T, Mode> std::fmt::Debug for ListBuilder<T, Mode> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListBuilder").field("items", &self.items.len()).finish()
    }
}

#[doc(hidden)]
impl<T> Nested<Vec<T>> for ListBuilder<T, Checked> {
    type Output<N> = N;
    fn finish_into<N>(self, _key: &str, _field: &str, then: impl FnOnce(Vec<T>) -> N) -> N {
        then(self.items)
    }
}

#[doc(hidden)]
impl<T> CollectNested<Vec<T>> for ListBuilder<T, Collecting> {
    fn finish_collecting(self) -> Result<Vec<T>, Errors> {
        self.errors.finish_nested(Some(self.items))
    }
}

#[doc(hidden)]
impl<T: Buildable> Buildable for Vec<T> {
    type Builder = ListBuilder<T>;
    fn builder() -> ListBuilder<T> {
        ListBuilder::new()
    }
}

#[doc(hidden)]
impl<T: CanCollect> CanCollect for Vec<T> {
    type Collecting = ListBuilder<T, Collecting>;
    fn collecting() -> ListBuilder<T, Collecting> {
        ListBuilder::new()
    }
}
