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

/// A field typed by the parameter: its setter infers `T` from the value.
#[derive(Builder, Debug, PartialEq)]
pub struct Envelope<T> {
    data: T,
    #[payment(rename = "ref")]
    reference: Option<T>,
}

fn main() {

    let e = Envelope::builder().data(7u16).build();
    assert_eq!(e, Envelope { data: 7u16, reference: None });
    let e = Envelope::builder().data(String::from("a")).reference(String::from("b")).build();
    assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"data":"a","ref":"b"}"#);

    let title = String::from("hello");
    let d = Draft::builder().title(title.as_str()).item(5u8).build();
    assert_eq!((*d.title(), *d.item(), d.note()), ("hello", 5, None));
    assert_eq!(serde_json::to_string(&d).unwrap(), r#"{"title":"hello","item":5}"#);

    let t = Tagged::<u8, 2>::builder().tags(vec![1u8]).extra(vec![2u8]).unwrap().build();
    assert_eq!(t.extra(), &vec![2]);
    assert_eq!(Tagged::<u8, 2>::from_json(r#"{"tags":[1],"extra":[2]}"#).unwrap(), t);
}
