//! Secret scan: every public type that can hold card data or the API key, formatted every way it can be
//! (`{:?}`, `{:#?}`, `{}`), and the `tracing` output of whole purchases at TRACE level (the happy path and
//! every failure), must contain neither the PAN, nor the CVC, nor the key.
//!
//! The CVC is `937`, a value found nowhere else in the documents; it is looked for as a token (not inside
//! a longer run of letters and digits, where a random UUID could hold it by chance).

#[path = "support/capture.rs"]
mod capture;
#[path = "support/fault_server.rs"]
mod fault_server;

use std::fmt::{Debug, Display};
use std::time::Duration;

use capture::Capture;
use fault_server::{Fault, FaultServer, json_response, response};
use payment_client::model::{
    CaptureRequest, Card, PaymentOutcome, PaymentRequest, PaymentResponse, RefundRequest, VoidRequest,
};
use payment_client::sandbox::{self, Sandbox};
use payment_client::{ApiKey, Client, ConfigError, Error, InvalidResponseKind, Operation, UnknownCause};
use payment_core::{CardNumber, Cvc, amount, card_number, currency, cvc, expiry, merchant_id};
use serde_json::Value;

type TestResult = Result<(), Box<dyn std::error::Error>>;

const PAN: &str = "5200000000001005";
const CVC: &str = "937";
/// The account part of the IBANs scanned (`GB29 NWBK 6016 1331 9268 19` and near misses), upper or lower case.
const IBAN_ACCOUNT: &str = "NWBK601613319268";
const KEY: &str = "sk_live_secret_scan_Q7x9Zt";
const TXN_REF: &str = "secret-scan-order-1";
const RESPONSE_201: &str = include_str!("../fixtures/paymentv2-response-201.json");
const STATUS_200: &str = include_str!("../fixtures/status-response-200.json");
const CAPTURE_201: &str = include_str!("../fixtures/capture-response-201.json");

/// Texts to check, each with a label saying where it came from.
#[derive(Default)]
struct Scan(Vec<(String, String)>);

impl Scan {
    fn debug(&mut self, label: &str, value: &impl Debug) {
        self.0.push((format!("{label} {{:?}}"), format!("{value:?}")));
        self.0.push((format!("{label} {{:#?}}"), format!("{value:#?}")));
    }

    fn display(&mut self, label: &str, value: &impl Display) {
        self.0.push((format!("{label} {{}}"), value.to_string()));
        self.0.push((format!("{label} {{:#}}"), format!("{value:#}")));
    }

    fn both(&mut self, label: &str, value: &(impl Debug + Display)) {
        self.debug(label, value);
        self.display(label, value);
    }

    /// An error, and every error in its `source()` chain.
    fn error(&mut self, label: &str, err: &(dyn std::error::Error + 'static)) {
        self.both(label, &err);
        let mut source = err.source();
        let mut depth = 1;
        while let Some(e) = source {
            self.both(&format!("{label} source {depth}"), &e);
            source = e.source();
            depth += 1;
        }
    }

    fn assert_clean(&self) {
        assert!(!self.0.is_empty());
        let leaks: Vec<String> = self
            .0
            .iter()
            .filter_map(|(label, text)| leak(text).map(|what| format!("{label}: {what}:\n{text}")))
            .collect();
        assert!(
            leaks.is_empty(),
            "{} of {} texts leak a secret:\n\n{}",
            leaks.len(),
            self.0.len(),
            leaks.join("\n\n")
        );
    }
}

/// Which secret `text` holds: the PAN or the IBAN (also written with spaces or dashes), the CVC as a token,
/// the key.
fn leak(text: &str) -> Option<&'static str> {
    let squeezed: String = text.chars().filter(|c| *c != ' ' && *c != '-').collect();
    if squeezed.contains(PAN) {
        Some("the PAN")
    } else if squeezed.to_ascii_uppercase().contains(IBAN_ACCOUNT) {
        Some("the IBAN")
    } else if text.contains(KEY) {
        Some("the API key")
    } else if contains_token(text, CVC) {
        Some("the CVC")
    } else {
        None
    }
}

/// Neither the PAN, nor the CVC, nor the key.
fn assert_no_secret(label: &str, text: &str) {
    if let Some(what) = leak(text) {
        panic!("{label}: {what} leaks:\n{text}");
    }
}

/// Whether `needle` occurs in `text` with no ASCII letter or digit right before or after it.
fn contains_token(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

#[test]
fn the_token_check_finds_the_cvc_where_it_would_leak() {
    capture::init();
    for leak in [r#""cvc":"937""#, "cvc: 937", "Cvc(937)", "cvc=937 next", "937"] {
        assert!(contains_token(leak, CVC), "{leak}");
    }
    for not_a_leak in ["ab8444e7-f937e-40dd", "1937", "9370", "x937y"] {
        assert!(!contains_token(not_a_leak, CVC), "{not_a_leak}");
    }
}

/// The fixture's request with the scan's CVC, its merchant_txn_ref, and a future expiry (so the sandbox
/// approves it).
fn request() -> Result<PaymentRequest, payment_core::wire::ValidationReport> {
    let mut json: Value =
        serde_json::from_str(payment_tests::fixtures::PAYMENT_REQUEST).expect("fixture JSON");
    json["card"]["cvc"] = "937".into();
    json["card"]["expiry_year"] = "30".into();
    json["merchant_txn_ref"] = TXN_REF.into();
    PaymentRequest::from_json(&json.to_string())
}

/// The request's JSON as the gateway would receive it: it does hold the secrets (the scan's premise).
fn request_json() -> Result<String, Box<dyn std::error::Error>> {
    let json = serde_json::to_string(&request()?)?;
    assert!(json.contains(PAN) && json.contains(r#""cvc":"937""#), "{json}");
    Ok(json)
}

#[test]
fn requests_values_and_builders_never_print_a_secret() -> TestResult {
    capture::init();
    let mut scan = Scan::default();
    scan.both("CardNumber", &card_number!("5200000000001005"));
    scan.both("CardNumber parsed", &"5200 0000 0000 1005".parse::<CardNumber>()?);
    scan.both("Cvc", &cvc!("937"));
    scan.both("Cvc parsed", &"937".parse::<Cvc>()?);
    scan.both("Iban", &payment_core::iban!("GB29 NWBK 6016 1331 9268 19"));
    scan.both("Iban parsed", &"GB29NWBK60161331926819".parse::<payment_core::Iban>()?);
    let card = Card::builder()
        .number(card_number!("5200000000001005"))
        .cvc(cvc!("937"))
        .expiry(expiry!("12/30"))
        .name("John Doe")?
        .build();
    scan.debug("Card", &card);
    scan.debug("Card builder with the number", &Card::builder().number(card_number!("5200000000001005")));
    scan.debug(
        "Card builder with number and CVC",
        &Card::builder().number(card_number!("5200000000001005")).cvc(cvc!("937")),
    );
    scan.debug(
        "PaymentRequest builder halfway",
        &PaymentRequest::builder().amount(amount!(1000)).currency(currency!("JPY")).card_value(card.clone()),
    );
    scan.debug("PaymentRequest", &request()?);
    scan.debug("PaymentRequest from_json", &PaymentRequest::from_json(&request_json()?)?);
    scan.debug("Option<Card>", &Some(card));

    // Parse errors of values that hold the secret, or nearly.
    // Every input is invalid (asserted), so each message is really scanned: separators alone are
    // accepted (" 5200-0000-0000-1005 " parses), so the near-secrets add a digit, a letter or a typo.
    for text in ["5200000000001005x", "5200000000001006", " 5200-0000-0000-1005-9", "52000000000010055"] {
        let e = text.parse::<CardNumber>().expect_err(text);
        scan.error(&format!("CardNumber parse error of {text:?}"), &e);
        let e = serde_json::from_str::<CardNumber>(&format!("{text:?}")).expect_err(text);
        scan.error(&format!("CardNumber serde error of {text:?}"), &e);
    }
    for text in ["937 ", "9x37", " 937", "937937"] {
        let e = text.parse::<Cvc>().expect_err(text);
        scan.error(&format!("Cvc parse error of {text:?}"), &e);
    }
    for text in [
        "GB29NWBK60161331926818",
        "gb29nwbk60161331926819",
        "GB29 NWBK 6016 1331 9268 19 ",
        "GB29NWBK6016133192681",
    ] {
        let e = text.parse::<payment_core::Iban>().expect_err(text);
        scan.error(&format!("Iban parse error of {text:?}"), &e);
    }
    scan.assert_clean();
    Ok(())
}

#[test]
fn validation_reports_never_print_a_secret() -> TestResult {
    capture::init();
    let mut scan = Scan::default();
    let good: Value = serde_json::from_str(&request_json()?)?;
    let mut bad_docs = Vec::new();
    // Valid PAN and CVC, other fields bad: the report must not quote the card.
    let mut doc = good.clone();
    doc["currency"] = "JPX".into();
    doc["card"]["expiry_month"] = "13".into();
    bad_docs.push(doc.to_string());
    // The secrets in the wrong type or shape.
    let mut doc = good.clone();
    doc["card"]["number"] = serde_json::from_str(PAN)?;
    doc["card"]["cvc"] = serde_json::from_str(CVC)?;
    bad_docs.push(doc.to_string());
    let mut doc = good.clone();
    doc["card"]["number"] = format!("{PAN}0").into();
    doc["card"]["cvc"] = format!("{CVC} ").into();
    bad_docs.push(doc.to_string());
    let mut doc = good.clone();
    doc["card"]["number"] = Value::Array(vec![PAN.into()]);
    doc["card"]["cvc"] = serde_json::json!({ "cvc": CVC });
    bad_docs.push(doc.to_string());
    // The PAN where another field belongs, a key as the merchant id field name.
    let mut doc = good.clone();
    doc["merchant_txn_ref"] = format!("{PAN}{PAN}{PAN}{PAN}").into();
    doc["customer_ip"] = PAN.into();
    doc["currency"] = CVC.into();
    doc[KEY] = KEY.into();
    bad_docs.push(doc.to_string());
    // Syntax errors right after the secrets.
    let json = request_json()?;
    for cut_after in [PAN, r#""cvc":"937"#] {
        let at = json.find(cut_after).ok_or("the secret is in the JSON")? + cut_after.len();
        bad_docs.push(json[..at].to_owned());
        bad_docs.push(format!("{}\u{0}{}", &json[..at], &json[at..]));
    }
    for (i, doc) in bad_docs.iter().enumerate() {
        let report = PaymentRequest::from_json(doc).expect_err("an invalid document");
        scan.both(&format!("ValidationReport {i}"), &report);
        for e in report.errors() {
            scan.both(&format!("FieldError {i} {}", e.path()), e);
        }
        let e = serde_json::from_str::<PaymentRequest>(doc).expect_err("serde reads as from_json does");
        scan.error(&format!("serde error {i}"), &e);
    }
    scan.assert_clean();
    Ok(())
}

#[test]
fn responses_never_print_the_echoed_pan() -> TestResult {
    capture::init();
    let mut scan = Scan::default();
    let mut echoing = Vec::new();
    for (name, text) in
        [("paymentv2 201", RESPONSE_201), ("status 200", STATUS_200), ("capture 201", CAPTURE_201)]
    {
        let response: PaymentResponse = serde_json::from_str(text)?;
        if let Some(card) = &response.payment_details.card {
            echoing.push(name);
            assert!(card.number.expose_secret().contains(PAN) || name == "capture 201");
            scan.debug(&format!("{name} ResponseCard"), card);
            scan.both(&format!("{name} EchoedPan"), &card.number);
        }
        scan.debug(&format!("{name} PaymentDetails"), &response.payment_details);
        scan.debug(name, &response);
        scan.debug(&format!("{name} PaymentOutcome"), &PaymentOutcome::from_json(text)?);
    }
    // The card branch ran for every answer that echoes a card, so the echoed PAN was printed and scanned.
    assert_eq!(echoing, ["paymentv2 201", "status 200", "capture 201"], "answers that echo a card");
    scan.assert_clean();
    Ok(())
}

#[tokio::test]
async fn the_key_client_builder_and_sandbox_never_print_a_secret() -> TestResult {
    capture::init();
    let mut scan = Scan::default();
    let key = ApiKey::new(KEY);
    scan.both("ApiKey", &key);
    scan.debug("ApiKey from &str", &ApiKey::from(KEY));
    scan.debug("ClientBuilder with the key", &Client::builder().api_key(KEY));
    scan.debug(
        "ClientBuilder configured",
        &Client::builder().api_key(&key).base_url("https://gateway.example").retry_not_sent(2),
    );
    let sandbox = Sandbox::builder().api_key(KEY).start().await?;
    let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    scan.debug("Client", &client);
    scan.debug("Client clone", &client.clone());
    scan.debug("Sandbox", &sandbox);
    scan.debug("SandboxBuilder", &Sandbox::builder().api_key(KEY));
    let PaymentOutcome::Completed(payment) = client.purchase(&request()?).await? else {
        return Err("expected a completed payment".into());
    };
    scan.debug("purchase answer", &payment);
    let received = sandbox.received();
    assert!(received[0].body.to_string().contains(PAN), "the sandbox did receive the card");
    scan.debug("RecordedRequest", &received);
    sandbox.shutdown().await;
    scan.assert_clean();
    Ok(())
}

/// A 502 page from a proxy that echoes the request: the PAN, the CVC (HTML-escaped JSON) and the key.
fn echoing_html_502() -> Vec<u8> {
    let html = format!(
        "<html><head><title>502 Bad Gateway</title></head><body>upstream failed for {{&quot;card&quot;:\
         {{&quot;number&quot;:&quot;{PAN}&quot;}}}} key {KEY} card 5200 0000 0000 1005</body></html>"
    );
    response(502, "Bad Gateway", "text/html", html.as_bytes())
}

/// Every answer that makes the purchase fail, each echoing what it can of the request.
fn failing_answers() -> Result<Vec<(&'static str, Fault)>, Box<dyn std::error::Error>> {
    let request = request_json()?;
    let mut declined: Value = serde_json::from_str(RESPONSE_201)?;
    declined["success"] = false.into();
    declined["payment_details"]["response_code"] = 51.into();
    declined["gateway_response"]["message"] = "Insufficient funds.".into();
    Ok(vec![
        ("502 HTML echoing the card and the key", Fault::Respond(echoing_html_502())),
        (
            "500 JSON echoing the card and the key",
            Fault::Respond(json_response(
                500,
                "Internal Server Error",
                &format!(
                    r#"{{"gateway_response":{{"code":"{KEY}","message":"card {PAN} failed"}},"card":{{"number":"{PAN}","cvc":"{CVC}"}}}}"#
                ),
            )),
        ),
        (
            "400 JSON echoing the request in a field list",
            Fault::Respond(json_response(
                400,
                "Bad Request",
                &format!(
                    r#"{{"code":"ERR0400","message":"rejected","errors":[{{"path":"card.number","message":"{PAN} is not accepted"}}]}}"#
                ),
            )),
        ),
        ("400 text echoing the request body", Fault::Respond(response(400, "Bad Request", "text/plain", request.as_bytes()))),
        ("201 whose body is the request", Fault::Respond(json_response(201, "Created", &request))),
        (
            "201 with the PAN as the wrong type",
            Fault::Respond(json_response(201, "Created", &format!(r#"{{"success":{PAN},"status_code":"{CVC}"}}"#))),
        ),
        (
            "201 with the CVC as the wrong type",
            Fault::Respond(json_response(201, "Created", &format!(r#"{{"success":"{CVC}"}}"#))),
        ),
        ("201 declined (the echoed PAN in payment_details)", Fault::Respond(json_response(201, "Created", &declined.to_string()))),
        ("302 to a URL holding the key and the card", Fault::Respond(
            format!("HTTP/1.1 302 Found\r\nLocation: /next?key={KEY}&card={PAN}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").into_bytes(),
        )),
        ("reset", Fault::Reset),
        ("timeout", Fault::Hang),
        ("truncated", Fault::Respond(format!("HTTP/1.1 201 Created\r\nContent-Length: 900\r\nConnection: close\r\n\r\n{{\"card\":{{\"number\":\"{PAN}\"").into_bytes())),
    ])
}

/// A client of `base_url` with a short time-out.
fn client_of(base_url: &str) -> Result<Client, ConfigError> {
    Client::builder().api_key(KEY).base_url(base_url).timeout(Duration::from_millis(300)).build()
}

#[tokio::test]
async fn errors_of_every_variant_never_print_a_secret() -> TestResult {
    capture::init();
    let mut scan = Scan::default();
    let mut variants = Vec::new();
    for (label, fault) in failing_answers()? {
        let server = FaultServer::always(fault).await?;
        let err = client_of(&server.base_url())?.purchase(&request()?).await.expect_err(label);
        variants.push(std::mem::discriminant(&err));
        if let Some(declined) = err.declined() {
            scan.debug(&format!("{label}: Declined"), declined);
            scan.display(&format!("{label}: Declined"), declined);
            scan.debug(&format!("{label}: Declined response"), declined.response());
        }
        scan.error(label, &err);
    }

    // Not sent: nothing listens.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let refused = format!("http://{}", listener.local_addr()?);
    drop(listener);
    let err = client_of(&refused)?.purchase(&request()?).await.expect_err("refused");
    assert!(err.is_not_sent(), "{err:?}");
    variants.push(std::mem::discriminant(&err));
    scan.error("connection refused", &err);

    // The other operations' errors name the transaction, never the key.
    let server = FaultServer::always(Fault::Respond(echoing_html_502())).await?;
    let client = client_of(&server.base_url())?;
    let id = payment_core::model::TransactionId::from(uuid::Uuid::nil());
    let capture = CaptureRequest::builder()
        .transaction_id(id)
        .amount(amount!(10))
        .merchant_id(merchant_id!("m"))
        .build();
    scan.error("capture", &client.capture(&capture).await.expect_err("502"));
    let refund = RefundRequest::builder()
        .transaction_id(id)
        .amount(amount!(10))
        .merchant_id(merchant_id!("m"))
        .build();
    scan.error("refund", &client.refund(&refund).await.expect_err("502"));
    scan.error(
        "void",
        &client
            .void(&VoidRequest::builder().transaction_id(id).merchant_id(merchant_id!("m")).build())
            .await
            .expect_err("502"),
    );
    scan.error("status", &client.status(&id).await.expect_err("502"));

    // The variants no server can produce here, built by hand.
    let serde_source = serde_json::from_str::<u8>("x").expect_err("not a number");
    let by_hand: Vec<Error> = vec![
        Error::Serialize { operation: Operation::Purchase, source: serde_source },
        Error::OutcomeUnknown {
            operation: Operation::Purchase,
            cause: UnknownCause::FollowedRedirect,
            merchant_txn_ref: Some(TXN_REF.to_owned()),
            transaction_id: None,
            source: None,
        },
        Error::InvalidResponse {
            operation: Operation::Purchase,
            status: Some(201),
            kind: InvalidResponseKind::TooLarge { limit: 1024 },
        },
    ];
    for err in &by_hand {
        variants.push(std::mem::discriminant(err));
        scan.error("built by hand", err);
    }

    // Configuration errors, with the key (and the card) where a careless caller might put them.
    let configs = [
        Client::builder().build().map(drop),
        Client::builder().api_key(format!("{KEY} ")).build().map(drop),
        Client::builder().api_key(format!("{KEY}\n")).build().map(drop),
        Client::builder().api_key(KEY).base_url(format!("https://{KEY}@gateway.example")).build().map(drop),
        Client::builder().api_key(KEY).base_url(format!("https://u:{KEY}@gateway.example")).build().map(drop),
        Client::builder()
            .api_key(KEY)
            .base_url(format!("https://gateway.example/?key={KEY}&pan={PAN}"))
            .build()
            .map(drop),
        Client::builder().api_key(KEY).base_url(format!("https://gateway.example/#{KEY}")).build().map(drop),
        Client::builder().api_key(KEY).base_url(format!("not a url {KEY} {PAN}")).build().map(drop),
        Client::builder().api_key(KEY).max_response_bytes(0).build().map(drop),
    ];
    for (i, result) in configs.into_iter().enumerate() {
        let config = result.expect_err("a bad configuration");
        scan.error(&format!("ConfigError {i}"), &config);
        let err = Error::from(config);
        variants.push(std::mem::discriminant(&err));
        scan.error(&format!("Error::Config {i}"), &err);
    }

    // Every variant was formatted.
    let distinct: std::collections::HashSet<_> = variants.into_iter().collect();
    assert_eq!(
        distinct.len(),
        7,
        "NotSent, OutcomeUnknown, Http, InvalidResponse, Declined, Serialize, Config"
    );
    scan.assert_clean();
    Ok(())
}

/// A trace without the latencies (a 3-digit number of milliseconds could equal the CVC by chance).
fn without_latencies(trace: &str) -> String {
    let mut out = String::with_capacity(trace.len());
    let mut rest = trace;
    while let Some(at) = rest.find("latency_ms=") {
        let (head, tail) = rest.split_at(at + "latency_ms=".len());
        out.push_str(head);
        rest = tail.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    out.push_str(rest);
    out
}

#[tokio::test(flavor = "current_thread")]
async fn trace_output_at_trace_level_never_holds_a_secret() -> TestResult {
    capture::init();
    let (capture, _guard) = Capture::install();

    // A full purchase, then capture, refund and status of it, against the sandbox.
    let sandbox = Sandbox::builder().api_key(KEY).start().await?;
    let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    let PaymentOutcome::Completed(payment) = client.purchase(&request()?).await? else {
        return Err("expected a completed payment".into());
    };
    let id = payment.transaction_id();
    client
        .capture(
            &CaptureRequest::builder()
                .transaction_id(id)
                .amount(amount!(400))
                .merchant_id(merchant_id!("< Merchant ID >"))
                .build(),
        )
        .await?;
    client
        .refund(
            &RefundRequest::builder()
                .transaction_id(id)
                .amount(amount!(100))
                .merchant_id(merchant_id!("< Merchant ID >"))
                .build(),
        )
        .await?;
    client.status(&id).await?;
    let _ = client.purchase(&sandbox::sample_request(sandbox::TestCard::InsufficientFunds)?).await;
    let _ = client.purchase(&sandbox::sample_request(sandbox::TestCard::ServerError)?).await;
    let bad_key = Client::builder().api_key("sk_wrong_key").base_url(sandbox.base_url()).build()?;
    let _ = bad_key.purchase(&request()?).await;
    sandbox.shutdown().await;

    // And every failure, each echoing the secrets its way (the error text goes into the trace).
    for (label, fault) in failing_answers()? {
        let server = FaultServer::always(fault).await?;
        let _ = client_of(&server.base_url())?.purchase(&request()?).await.expect_err(label);
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let refused = format!("http://{}", listener.local_addr()?);
    drop(listener);
    let retrying = Client::builder().api_key(KEY).base_url(refused).retry_not_sent(1).build()?;
    let _ = retrying.purchase(&request()?).await.expect_err("refused");

    let trace = capture.text();
    assert!(!trace.trim().is_empty(), "nothing was traced: the scan would prove nothing");
    assert!(trace.contains("payment_client.request"), "{trace}");
    assert!(trace.contains(TXN_REF), "the merchant_txn_ref is traced:\n{trace}");
    assert!(trace.contains("http.status=502") && trace.contains("outcome_unknown"), "{trace}");
    assert_no_secret("trace", &without_latencies(&trace));
    Ok(())
}

/// A decline whose gateway message echoes the PAN and whose code is the key: the client redacts what an
/// HTTP error body echoes, but a `Declined` prints the gateway's message and code as they came.
#[tokio::test]
async fn declined_errors_redact_what_the_gateway_echoes() -> TestResult {
    capture::init();
    let mut declined: Value = serde_json::from_str(RESPONSE_201)?;
    declined["success"] = false.into();
    declined["payment_details"]["response_code"] = 51.into();
    declined["gateway_response"]["message"] = format!("Insufficient funds on card {PAN}").into();
    declined["gateway_response"]["code"] = KEY.into();
    let server =
        FaultServer::always(Fault::Respond(json_response(201, "Created", &declined.to_string()))).await?;
    let err = client_of(&server.base_url())?.purchase(&request()?).await.expect_err("declined");
    assert!(err.is_declined(), "{err:?}");
    let mut scan = Scan::default();
    scan.error("Declined echoing the PAN and the key", &err);
    scan.assert_clean();
    Ok(())
}

/// Error bodies that echo the CVC other than as a quoted JSON `"cvc"` value: HTML-escaped JSON, free
/// text, form encoding, a field list. The client's redactor removes 12+ digit runs and the values of
/// JSON keys it knows, so a 3-digit CVC in any other shape is quoted in the error (and in the trace, which
/// logs the error). The client knows the request's CVC and PAN, and could remove those exact values.
#[tokio::test]
async fn http_errors_never_quote_the_cvc_however_it_is_echoed() -> TestResult {
    capture::init();
    let bodies = [
        response(
            502,
            "Bad Gateway",
            "text/html",
            b"<html><pre>{&quot;card&quot;:{&quot;cvc&quot;:&quot;937&quot;}}</pre></html>",
        ),
        json_response(400, "Bad Request", r#"{"code":"ERR0400","message":"CVC 937 does not match"}"#),
        json_response(400, "Bad Request", r#"{"errors":[{"field":"card.cvc","message":"937"}]}"#),
        response(
            400,
            "Bad Request",
            "text/plain",
            b"amount=1000&card[cvc]=937&card[number]=5200000000001005",
        ),
        response(400, "Bad Request", "text/plain", b"cvc=937"),
    ];
    let mut scan = Scan::default();
    for (i, body) in bodies.into_iter().enumerate() {
        let server = FaultServer::always(Fault::Respond(body)).await?;
        let err = client_of(&server.base_url())?.purchase(&request()?).await.expect_err("an error status");
        assert!(matches!(err, Error::Http { .. }), "{err:?}");
        scan.error(&format!("echo {i}"), &err);
    }
    scan.assert_clean();
    Ok(())
}
