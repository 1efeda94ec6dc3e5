use payment_core::Builder;

#[derive(Builder, Debug)]
pub struct Settings {
    name: String,
    #[payment(default)]
    retries: u8,
    #[payment(default = 30)]
    timeout_secs: u64,
    #[payment(default = String::from("en"))]
    language: String,
}

fn main() {
    let s = Settings::builder().name("x").build();
    assert_eq!((*s.retries(), *s.timeout_secs(), s.language().as_str()), (0, 30, "en"));
    let s = Settings::builder().timeout_secs(5u64).name("y").retries(2u8).build();
    assert_eq!((*s.retries(), *s.timeout_secs()), (2, 5));
    let s = Settings::from_json(r#"{"name":"z"}"#).unwrap();
    assert_eq!(*s.timeout_secs(), 30);
}
