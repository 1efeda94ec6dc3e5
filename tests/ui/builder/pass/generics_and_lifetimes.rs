use payment_core::Builder;

#[derive(Builder, Debug)]
pub struct Draft<'a, T> {
    title: &'a str,
    item: T,
    note: Option<&'a str>,
}

#[derive(Builder, Debug, PartialEq)]
pub struct Tagged<T: Clone, const N: usize>
where
    T: std::fmt::Debug,
{
    tags: Vec<T>,
    #[payment(length(max = 3))]
    extra: Vec<T>,
}

fn main() {
    let title = String::from("hello");
    let d = Draft::builder().title(title.as_str()).item(5u8).build();
    assert_eq!((*d.title(), *d.item(), d.note()), ("hello", 5, None));
    assert_eq!(serde_json::to_string(&d).unwrap(), r#"{"title":"hello","item":5}"#);

    let t = Tagged::<u8, 2>::builder().tags(vec![1u8]).extra(vec![2u8]).unwrap().build();
    assert_eq!(t.extra(), &vec![2]);
    assert_eq!(Tagged::<u8, 2>::from_json(r#"{"tags":[1],"extra":[2]}"#).unwrap(), t);
}
