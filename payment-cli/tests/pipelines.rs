//! `paymentv2` in pipelines: an exit status per kind of outcome (the `send` and `status` codes
//! against a sandbox forced to fail, with `Sandbox::fail_card`), messages without a doubled prefix,
//! `status` in the gateway's names, the nearest key of a misspelled one, `-v`'s status and latency, and
//! a closed standard output ending the program quietly.

use std::process::{Command, Output, Stdio};

use payment_client::sandbox::{Failure, Sandbox, TestCard};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_paymentv2");
const REQUEST: &str = include_str!("../../tests/fixtures/paymentv2-request.json");
const KEY: &str = "sk_cli_pipeline_key_51c2";

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// The fixture with another card number, written to a file of its own.
fn order_with_card(dir: &std::path::Path, number: &str) -> String {
    let mut v: Value = serde_json::from_str(REQUEST).expect("JSON");
    v["card"]["number"] = number.into();
    let path = dir.join(format!("order-{number}.json"));
    std::fs::write(&path, v.to_string()).expect("a temporary file");
    path.display().to_string()
}

/// A sandbox whose cards fail as each exit status needs, and `paymentv2` run against it.
struct Gateway {
    // Dropped before the runtime it serves on.
    sandbox: Sandbox,
    _rt: tokio::runtime::Runtime,
    dir: std::path::PathBuf,
}

/// Cards of their own for the forced failures (any valid number can be made to fail).
const SERVER_ERROR: &str = "4111111111111111";
const DROPPED: &str = "4012888888881881";
const RATE_LIMITED: &str = "5555555555554444";

impl Gateway {
    fn start(name: &str) -> Gateway {
        let rt = tokio::runtime::Runtime::new().expect("a runtime");
        let sandbox = rt
            .block_on(
                Sandbox::builder()
                    .api_key(KEY)
                    .fail_card(SERVER_ERROR.parse().expect("a card"), Failure::Status(500))
                    .fail_card(DROPPED.parse().expect("a card"), Failure::DropConnection)
                    .fail_card(RATE_LIMITED.parse().expect("a card"), Failure::Status(429))
                    .start(),
            )
            .expect("a sandbox");
        let dir = std::env::temp_dir().join(format!("paymentv2-pipelines-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        Gateway { sandbox, _rt: rt, dir }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .env("PAYMENT_BASE_URL", self.sandbox.base_url())
            .env("PAYMENT_API_KEY", KEY)
            .output()
            .expect("paymentv2 runs")
    }

    fn send(&self, card: &str) -> Output {
        self.run(&["send", &order_with_card(&self.dir, card)])
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn send_exits_with_a_status_per_kind_and_says_what_to_do() {
    let gateway = Gateway::start("send");
    let cases = [
        (TestCard::Approved.as_str(), 0, "approved: transaction "),
        (TestCard::InsufficientFunds.as_str(), 1, "declined: insufficient funds (response code 51)"),
        (TestCard::ThreeDSecure.as_str(), 3, "the order is merchant_txn_ref \"qwe\""),
        (SERVER_ERROR, 4, "check its status (`paymentv2 status ID`"),
        (DROPPED, 4, "outcome unknown (connection lost)"),
        (RATE_LIMITED, 5, "safe to try again later"),
    ];
    for (card, code, says) in cases {
        let out = gateway.send(card);
        let shown = text(&out);
        assert_eq!(out.status.code(), Some(code), "{card}: {shown}");
        assert!(shown.contains(says), "{card}: {shown}");
        assert!(!shown.contains(card), "no card number: {shown}");
        for doubled in ["declined: declined", "paymentv2: paymentv2", "error: error"] {
            assert!(!shown.contains(doubled), "{card}: {shown}");
        }
    }
    let received = gateway.sandbox.received().iter().filter(|r| r.method == "POST").count();
    assert_eq!(received, cases.len(), "each payment sent once");

    let server_error = text(&gateway.send(SERVER_ERROR));
    assert!(server_error.starts_with("error: paymentv2: the gateway answered HTTP 500"), "{server_error}");
}

#[test]
fn status_prints_the_gateways_names() {
    let gateway = Gateway::start("status");
    let approved = gateway.send(TestCard::Approved.as_str());
    let id = text(&approved).split_whitespace().nth(2).expect("the transaction id").to_owned();
    let status = gateway.run(&["status", &id]);
    assert_eq!(status.status.code(), Some(0), "{}", text(&status));
    let expected = format!(
        "transaction {id}: PRE_AUTH, approved (response code 0, gateway INFO0000), 1000 JPY in minor units, \
         merchant_txn_ref \"qwe\"\n"
    );
    assert_eq!(String::from_utf8_lossy(&status.stdout), expected);

    let declined = gateway.send(TestCard::InsufficientFunds.as_str());
    let id = text(&declined).rsplit(' ').next().expect("the transaction id").trim().to_owned();
    let status = text(&gateway.run(&["status", &id]));
    assert!(
        status.contains(": PRE_AUTH, declined: insufficient funds (response code 51, gateway ERR0051)"),
        "{status}"
    );
    assert!(!status.contains("Declined(") && !status.contains("PreAuth"), "{status}");
}

#[test]
fn verbose_shows_the_http_status_and_the_latency() {
    let gateway = Gateway::start("verbose");
    let out = gateway.run(&["send", &order_with_card(&gateway.dir, TestCard::Approved.as_str()), "-v"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("http.status=201"), "{stderr}");
    assert!(stderr.contains("latency_ms="), "{stderr}");
    assert!(!stderr.contains(KEY) && !stderr.contains(TestCard::Approved.as_str()), "{stderr}");
}

#[test]
fn a_misspelled_key_gets_the_nearest_field_name() {
    let mut v: Value = serde_json::from_str(REQUEST).expect("JSON");
    v["shiping_address"] = v["billing_address"].clone();
    let mut child = Command::new(BIN)
        .args(["validate", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("paymentv2 runs");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), v.to_string().as_bytes())
        .expect("stdin");
    let out = child.wait_with_output().expect("paymentv2 ends");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains("<stdin>: shiping_address: warning: is not a field of this object (did you mean `shipping_address`?)"),
        "{}",
        text(&out)
    );
}

#[test]
fn a_numeric_amount_is_a_warning() {
    let mut v: Value = serde_json::from_str(REQUEST).expect("JSON");
    v["amount"] = 1000.into();
    let path = std::env::temp_dir().join(format!("paymentv2-numeric-amount-{}.json", std::process::id()));
    std::fs::write(&path, v.to_string()).expect("a file");
    let out = Command::new(BIN).args(["validate", "--strict"]).arg(&path).output().expect("paymentv2 runs");
    let _ = std::fs::remove_file(&path);
    assert_eq!(out.status.code(), Some(0), "a warning even with --strict: {}", text(&out));
    assert!(text(&out).contains(": amount: warning: is a JSON number;"), "{}", text(&out));
}

#[test]
fn a_closed_standard_output_ends_the_program_quietly() {
    for args in [&["schema", "purchase"][..], &["--help"][..]] {
        let mut child = Command::new(BIN)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("paymentv2 runs");
        // The reader goes away before the first line is written.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("paymentv2 ends");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out));
        assert!(out.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn help_lists_every_exit_status() {
    let out = Command::new(BIN).arg("--help").output().expect("paymentv2 runs");
    let help = String::from_utf8_lossy(&out.stdout);
    for line in
        ["0  approved", "1  declined", "2  usage", "3  3-D Secure", "4  outcome unknown", "5  not sent"]
    {
        assert!(help.contains(line), "{line}: {help}");
    }
}

#[test]
fn the_sandbox_server_fails_the_cards_it_is_told_to() {
    let mut child = Command::new(BIN)
        .args(["sandbox", "--port", "0", "--fail-card", &format!("{RATE_LIMITED}=http:429")])
        .args(["--fail-card", &format!("{SERVER_ERROR}=decline:54")])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("paymentv2 sandbox runs");
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(child.stdout.take().expect("stdout")));
    let mut line = || lines.next().expect("a line").expect("text");
    let base = line().strip_prefix("sandbox listening on ").expect("the base URL").to_owned();
    let (_key, _notifications) = (line(), line());
    assert_eq!(line(), "forced failures: 2 card(s) (--fail-card)");

    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let post = |card: &str| {
        let mut v: Value = serde_json::from_str(REQUEST).expect("JSON");
        v["card"]["number"] = card.into();
        rt.block_on(async {
            let answer = payment_client::http_client_builder()
                .build()?
                .post(format!("{base}/api/v1/server-to-server-interface/paymentv2"))
                .header("Authorization", "Basic sandbox_test_key")
                .header("x-api-key", "sandbox_test_key")
                .header("Content-Type", "application/json")
                .body(v.to_string())
                .send()
                .await?;
            let status = answer.status().as_u16();
            let body: Value = answer.json().await?;
            Ok::<_, payment_client::reqwest::Error>((status, body))
        })
        .expect("an answer")
    };
    let (status, _) = post(RATE_LIMITED);
    assert_eq!(status, 429);
    let (status, body) = post(SERVER_ERROR);
    assert_eq!((status, &body["payment_details"]["response_code"]), (201, &Value::from(54)));
    let (status, _) = post(TestCard::Approved.as_str());
    assert_eq!(status, 201, "other cards are answered as usual");

    let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    assert!(child.wait().expect("wait").success());
}

#[test]
fn fail_card_refuses_what_it_cannot_play_without_repeating_the_number() {
    for (arg, says) in [
        ("4111111111111111=http:200", "http:STATUS takes 429 or a 5xx"),
        ("4111111111111111=slow", "FAILURE is decline:CODE, timeout, drop or http:STATUS"),
        ("4111111111111112=timeout", "the card number:"),
        ("4111111111111111", "expected NUMBER=FAILURE"),
    ] {
        let out = Command::new(BIN).args(["sandbox", "--fail-card", arg]).output().expect("paymentv2 runs");
        assert_eq!(out.status.code(), Some(2), "{arg}: {}", text(&out));
        let shown = text(&out);
        assert!(shown.contains(says), "{arg}: {shown}");
        assert!(!shown.contains("411111111111111"), "{arg}: {shown}");
    }
}
