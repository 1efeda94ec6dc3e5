//! The good literals of the paymentv2 request fixture compile, and give the fixture's values.
use payment_core::{
    Country, Currency, Scheme, amount, card_number, country, currency, cvc, email, expiry, ip, phone, url,
};

const JPY: Currency = currency!("JPY");

fn main() {
    assert_eq!(amount!(1000).minor_units(), 1000);
    assert_eq!(JPY, Currency::JPY);
    assert_eq!(country!("JP"), Country::JP);
    let card = card_number!("5200 0000 0000 1005");
    assert_eq!(card.scheme(), Scheme::Mastercard);
    assert_eq!(card_number!("5200000000001005"), card);
    assert_eq!(cvc!("100").expose_secret(), "100");
    assert_eq!(expiry!("12/24").year(), 2024);
    assert_eq!(expiry!("12/2030").month(), 12);
    assert_eq!(ip!("127.0.0.1"), std::net::IpAddr::from([127, 0, 0, 1]));
    assert_eq!(ip!("2001:db8::1").to_string(), "2001:db8::1");
    assert_eq!(email!("billing@testemail.com").as_str(), "billing@testemail.com");
    assert_eq!(url!("https://www.webhookurl.com/").as_str(), "https://www.webhookurl.com/");
    assert_eq!(url!("http://www.successurl.com/").as_str(), "http://www.successurl.com/");
    assert_eq!(phone!("8112345678").as_str(), "8112345678");
}
