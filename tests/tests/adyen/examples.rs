//! Every request example of `POST /payments` in the spec, built with the builder (checked mode): each
//! function is named after the example's key and its fixture, `tests/fixtures/adyen/payments-<key>.json`.

use payment_core::builder::ListBuilder;
use payment_core::wire::FieldError;
use payment_core::{ShopperReturnUrl, card_number, country, currency, cvc, email, expiry, ip};

use adyen_model::{
    Channel, ChargebackBehavior, NativeThreeDs, PaymentRequest, RecurringProcessingModel, ShopperInteraction,
    Split, SplitType,
};

type Built = Result<PaymentRequest, FieldError>;

/// An example's key in the spec and its builder.
pub(crate) type Example = (&'static str, fn() -> Built);

/// Every request example of `/payments`, in the spec's order.
pub(crate) const EXAMPLES: [Example; 16] = [
    ("applepay", applepay),
    ("card-3d-secure-2-web", card_3d_secure_2_web),
    ("card-3d-secure-redirect", card_3d_secure_redirect),
    ("card-direct", card_direct),
    ("card-securedfields", card_securedfields),
    ("enableOneClick-SF", enable_one_click_sf),
    ("googlepay", googlepay),
    ("ideal", ideal),
    ("klarna", klarna),
    ("on-demand-top-up-from-transfer-instrument", on_demand_top_up_from_transfer_instrument),
    ("on-demand-top-up-visa", on_demand_top_up_visa),
    ("oneclick-securedfields", oneclick_securedfields),
    ("split-balanceplatform", split_balanceplatform),
    ("split-classic", split_classic),
    ("subscription-first-transaction", subscription_first_transaction),
    ("subscription-payment", subscription_payment),
];

const RETURN_URL: &str = "https://your-company.example.com/...";

/// The examples' return URLs, parsed: a `ShopperReturnUrl` has no literal macro (yet), and the spec's are valid.
fn return_url(text: &str) -> ShopperReturnUrl {
    text.parse().expect("the spec's return URLs are valid")
}

fn applepay() -> Built {
    Ok(PaymentRequest::builder()
        .amount(|a| a.currency(currency!("USD")).value(1000))
        .reference("Your order number")?
        .payment_method(|m| m.apple_pay(|p| p.apple_pay_token("VNRWtuNlNEWkRCSm1xWndjMDFFbktkQU...")))?
        .return_url(return_url(RETURN_URL))?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .build())
}

fn card_3d_secure_2_web() -> Built {
    Ok(PaymentRequest::builder()
        .amount(|a| a.currency(currency!("EUR")).value(1000))
        .reference("YOUR_ORDER_NUMBER")?
        .payment_method(|m| {
            m.scheme(|s| {
                s.encrypted_card_number("test_4035501428146300")?
                    .encrypted_expiry_month("test_03")?
                    .encrypted_expiry_year("test_2030")?
                    .encrypted_security_code("test_737")?
                    .holder_name("John Smith")
            })
        })?
        .authentication_data(|d| d.three_ds_request_data(|t| t.native_three_ds(NativeThreeDs::Preferred)))
        .billing_address(|b| {
            b.country(country!("US"))
                .city("New York")?
                .street("Redwood Block")?
                .house_number_or_name("37C")?
                .state_or_province("NY")?
                .postal_code("10039")
        })?
        .shopper_email(email!("s.hopper@test.com"))
        .shopper_ip(ip!("192.0.2.1"))
        .browser_info(|b| {
            b.java_enabled(true)
                .user_agent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.110 Safari/537.36")?
                .accept_header("text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,image/apng,*/*;q=0.8")?
                .language("nl-NL")?
                .color_depth(24)?
                .screen_height(723)?
                .screen_width(1536)?
                .time_zone_offset(0)
        })?
        .channel(Channel::Web)
        .origin("https://your-company.example.com")?
        .return_url(return_url("https://your-company.example.com/checkout/"))?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .build())
}

fn card_3d_secure_redirect() -> Built {
    Ok(PaymentRequest::builder()
        .amount(|a| a.currency(currency!("USD")).value(1000))
        .reference("Your order number")?
        .payment_method(|m| {
            m.scheme(|s| {
                s.number(card_number!("4212345678901237"))
                    .cvc(cvc!("737"))
                    .expiry(expiry!("03/30"))
                    .holder_name("John Smith")
            })
        })?
        .browser_info(|b| {
            b.user_agent("Mozilla/5.0 (X11; U; Linux i686; en-US; rv:1.9) Gecko/2008052912 Firefox/3.0")?
                .accept_header("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")?
                .java_enabled(true)
                .color_depth(10)?
                .screen_height(2000)?
                .screen_width(3000)?
                .time_zone_offset(5)?
                .language("en")
        })?
        .return_url(return_url(RETURN_URL))?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .build())
}

fn card_direct() -> Built {
    Ok(PaymentRequest::builder()
        .amount(|a| a.currency(currency!("USD")).value(1000))
        .reference("Your order number")?
        .payment_method(|m| {
            m.scheme(|s| {
                s.number(card_number!("4111111111111111"))
                    .cvc(cvc!("737"))
                    .expiry(expiry!("03/30"))
                    .holder_name("John Smith")
            })
        })?
        .return_url(return_url(RETURN_URL))?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .build())
}

/// The encrypted test card every secured-fields example sends: the `paymentMethod` closure.
macro_rules! encrypted_card {
    () => {
        |m| {
            m.scheme(|s| {
                s.encrypted_card_number("test_4111111111111111")?
                    .encrypted_expiry_month("test_03")?
                    .encrypted_expiry_year("test_2030")?
                    .encrypted_security_code("test_737")
            })
        }
    };
}

fn card_securedfields() -> Built {
    Ok(PaymentRequest::builder()
        .amount(|a| a.currency(currency!("USD")).value(1000))
        .reference("Your order number")?
        .payment_method(encrypted_card!())?
        .return_url(return_url(RETURN_URL))?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .build())
}

fn enable_one_click_sf() -> Built {
    Ok(PaymentRequest::builder()
        .amount(|a| a.currency(currency!("USD")).value(1000))
        .reference("Your order number")?
        .payment_method(encrypted_card!())?
        .shopper_reference("YOUR_SHOPPER_REFERENCE")?
        .store_payment_method(true)
        .shopper_interaction(ShopperInteraction::Ecommerce)
        .recurring_processing_model(RecurringProcessingModel::CardOnFile)
        .return_url(return_url(RETURN_URL))?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .build())
}

fn googlepay() -> Built {
    Ok(PaymentRequest::builder()
        .amount(|a| a.currency(currency!("USD")).value(1000))
        .reference("Your order number")?
        .payment_method(|m| {
            m.pay_with_google(|g| g.google_pay_token("==Payload as retrieved from Google Pay response=="))
        })?
        .return_url(return_url(RETURN_URL))?
        .merchant_account("YourMerchantAccount")?
        .build())
}

fn ideal() -> Built {
    Ok(PaymentRequest::builder()
        .amount(|a| a.currency(currency!("EUR")).value(1000))
        .reference("Your order number")?
        .payment_method(|m| m.ideal(|i| i))
        .return_url(return_url(RETURN_URL))?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .build())
}

fn klarna() -> Built {
    Ok(PaymentRequest::builder()
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .reference("YOUR_ORDER_REFERENCE")?
        .payment_method(|m| m.klarna(|k| k))
        .amount(|a| a.currency(currency!("SEK")).value(1000))
        .shopper_locale("en_US")?
        .country_code(country!("SE"))
        .telephone_number("+46 840 839 298")?
        .shopper_email(email!("youremail@email.com"))
        .shopper_name(|n| n.first_name("Testperson-se")?.last_name("Approved"))?
        .shopper_reference("YOUR_UNIQUE_SHOPPER_ID_IOfW3k9G2PvXFu2j")?
        .billing_address(|b| {
            b.city("Ankeborg")?
                .country(country!("SE"))
                .house_number_or_name("1")?
                .postal_code("12345")?
                .street("Stargatan")
        })?
        .delivery_address(|d| {
            d.city("Ankeborg")?
                .country(country!("SE"))
                .house_number_or_name("1")?
                .postal_code("12345")?
                .street("Stargatan")
        })?
        .return_url(return_url("https://www.your-company.example.com/..."))?
        .line_items(|l| {
            l.push(|i| {
                i.quantity(1)?
                    .amount_excluding_tax(331)?
                    .tax_percentage(2100)?
                    .description("Shoes")?
                    .id("Item #1")?
                    .tax_amount(69)?
                    .amount_including_tax(400)?
                    .product_url("URL_TO_PURCHASED_ITEM")?
                    .image_url("URL_TO_PICTURE_OF_PURCHASED_ITEM")
            })?
            .push(|i| {
                i.quantity(2)?
                    .amount_excluding_tax(248)?
                    .tax_percentage(2100)?
                    .description("Socks")?
                    .id("Item #2")?
                    .tax_amount(52)?
                    .amount_including_tax(300)?
                    .product_url("URL_TO_PURCHASED_ITEM")?
                    .image_url("URL_TO_PICTURE_OF_PURCHASED_ITEM")
            })
        })?
        .build())
}

fn on_demand_top_up_from_transfer_instrument() -> Built {
    Ok(PaymentRequest::builder()
        .payment_method(|m| {
            m.sepa_direct_debit(|s| {
                s.transfer_instrument_id("SE00000000000000000000001")?
                    .iban("IBAN_OF_TRANSFER_INSTRUMENT")?
                    .owner_name("John Smith")
            })
        })?
        .amount(|a| a.currency(currency!("EUR")).value(10000))
        .reference("YOUR_ORDER_NUMBER")?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .return_url(return_url(RETURN_URL))?
        .splits(top_up_splits)?
        .build())
}

/// The two splits of both top-up examples.
fn top_up_splits(l: ListBuilder<Split>) -> Result<ListBuilder<Split>, FieldError> {
    l.push(|s| {
        s.amount(|a| a.value(10000))
            .kind(SplitType::TopUp)
            .account("BA00000000000000000000001")?
            .reference("Your reference for the top-up.")?
            .description("Your description for the top-up.")
    })?
    .push(|s| {
        s.kind(SplitType::PaymentFee)
            .account("BA00000000000000000000001")?
            .reference("Your reference for the transaction fees.")?
            .description("Your description for the transaction fees.")
    })
}

fn on_demand_top_up_visa() -> Built {
    Ok(PaymentRequest::builder()
        .payment_method(|m| {
            m.scheme(|s| {
                s.number(card_number!("4111111111111111"))
                    .cvc(cvc!("737"))
                    .expiry(expiry!("03/30"))
                    .holder_name("John Smith")
            })
        })?
        .amount(|a| a.currency(currency!("EUR")).value(10000))
        .reference("YOUR_ORDER_NUMBER")?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .return_url(return_url(RETURN_URL))?
        .splits(top_up_splits)?
        .build())
}

fn oneclick_securedfields() -> Built {
    Ok(PaymentRequest::builder()
        .amount(|a| a.currency(currency!("USD")).value(1000))
        .reference("Your order number")?
        .payment_method(|m| {
            m.scheme(|s| {
                s.stored_payment_method_id("8416038790273850")?
                    .encrypted_security_code("adyenjs_0_1_18$MT6ppy0FAMVMLH...")
            })
        })?
        .shopper_reference("YOUR_UNIQUE_SHOPPER_ID_6738oneoff")?
        .return_url(return_url(RETURN_URL))?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .shopper_interaction(ShopperInteraction::ContAuth)
        .recurring_processing_model(RecurringProcessingModel::CardOnFile)
        .build())
}

fn split_balanceplatform() -> Built {
    Ok(PaymentRequest::builder()
        .payment_method(encrypted_card!())?
        .amount(|a| a.currency(currency!("USD")).value(40000))
        .reference("YOUR_ORDER_NUMBER")?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .return_url(return_url(RETURN_URL))?
        .platform_chargeback_logic(|p| {
            p.behavior(ChargebackBehavior::DeductFromOneBalanceAccount)
                .target_account("BA00000000000000000000001")?
                .cost_allocation_account("BA00000000000000000000001")
        })?
        .splits(|l| {
            l.push(|s| {
                s.amount(|a| a.value(39600))
                    .kind(SplitType::BalanceAccount)
                    .account("BA00000000000000000000001")?
                    .reference("Your reference for the sale amount")?
                    .description("Your description for the sale amount")
            })?
            .push(|s| {
                s.amount(|a| a.value(400))
                    .kind(SplitType::Commission)
                    .reference("Your reference for the commission")?
                    .description("Your description for the commission")
            })?
            .push(|s| {
                s.kind(SplitType::PaymentFee)
                    .account("BA00000000000000000000001")?
                    .reference("Your reference for the fees")?
                    .description("Your description for the fees")
            })
        })?
        .build())
}

fn split_classic() -> Built {
    Ok(PaymentRequest::builder()
        .payment_method(encrypted_card!())?
        .amount(|a| a.currency(currency!("EUR")).value(6200))
        .reference("YOUR_ORDER_NUMBER")?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .return_url(return_url(RETURN_URL))?
        .splits(|l| {
            l.push(|s| {
                s.amount(|a| a.value(6000))
                    .kind(SplitType::MarketPlace)
                    .account("151272963")?
                    .reference("6124145")?
                    .description("Porcelain Doll: Eliza (20cm)")
            })?
            .push(|s| s.amount(|a| a.value(200)).kind(SplitType::Commission).reference("6124146"))
        })?
        .build())
}

fn subscription_first_transaction() -> Built {
    Ok(PaymentRequest::builder()
        .amount(|a| a.currency(currency!("USD")).value(1000))
        .reference("Your order number")?
        .payment_method(encrypted_card!())?
        .shopper_reference("YOUR_SHOPPER_REFERENCE")?
        .store_payment_method(true)
        .shopper_interaction(ShopperInteraction::Ecommerce)
        .recurring_processing_model(RecurringProcessingModel::Subscription)
        .return_url(return_url(RETURN_URL))?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .build())
}

fn subscription_payment() -> Built {
    Ok(PaymentRequest::builder()
        .amount(|a| a.currency(currency!("USD")).value(1000))
        .reference("Your order number")?
        .payment_method(|m| m.scheme(|s| s.stored_payment_method_id("M5N7TQ4TG5PFWR50")))?
        .shopper_reference("YOUR_SHOPPER_REFERENCE")?
        .return_url(return_url(RETURN_URL))?
        .merchant_account("YOUR_MERCHANT_ACCOUNT")?
        .shopper_interaction(ShopperInteraction::ContAuth)
        .recurring_processing_model(RecurringProcessingModel::Subscription)
        .build())
}
