//! `paymentv2` as a user runs it: each subcommand's exit statuses, the JSON output, standard input, the
//! sandbox server (a purchase over plain HTTP, SIGINT), and that no card number or key is ever printed.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_paymentv2");
const REQUEST: &str = include_str!("../../tests/fixtures/paymentv2-request.json");
const PAN: &str = "5200000000001005";
const KEY: &str = "sk_cli_test_key_93f1";

fn fixture() -> String {
    format!("{}/../tests/fixtures/paymentv2-request.json", env!("CARGO_MANIFEST_DIR"))
}

/// Runs `paymentv2 args` with `stdin` on standard input and no PAYMENT_* variables.
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env_remove("PAYMENT_BASE_URL")
        .env_remove("PAYMENT_API_KEY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("paymentv2 runs");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    child.wait_with_output().expect("paymentv2 ends")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("an exit status")
}

fn with(edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(REQUEST).expect("JSON");
    edit(&mut v);
    v.to_string()
}

#[test]
fn validate_a_valid_file_and_invalid_standard_input() {
    let ok = run(&["validate", &fixture()], "");
    assert_eq!(code(&ok), 0, "{}", text(&ok));
    assert!(text(&ok).ends_with("paymentv2-request.json: valid\n"), "{}", text(&ok));

    let bad = with(|v| {
        v["currency"] = "JPX".into();
        v["card"]["number"] = "5200000000001006".into();
    });
    let out = run(&["validate", "-"], &bad);
    assert_eq!(code(&out), 1);
    let shown = text(&out);
    assert!(shown.contains("<stdin>: currency: must be an active ISO 4217 currency code"), "{shown}");
    assert!(shown.contains("<stdin>: card.number:"), "{shown}");
    assert!(!shown.contains("5200000000001006") && !shown.contains("JPX"), "no rejected value: {shown}");
}

#[test]
fn validate_json_output_is_one_object_per_file() {
    let bad = with(|v| v["amount"] = "0".into());
    let out = run(&["validate", &fixture(), "-", "--format", "json"], &bad);
    assert_eq!(code(&out), 1, "one invalid file makes the run invalid");
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[1]["file"], "<stdin>");
    assert_eq!(lines[1]["valid"], false);
    assert_eq!(
        lines[1]["errors"],
        serde_json::json!([{ "path": "amount", "message": "must be greater than zero" }])
    );
}

#[test]
fn unknown_keys_are_warnings_or_with_strict_errors() {
    let misspelled = with(|v| v["return_url"]["cancel_urll"] = "https://shop.example/c".into());
    let out = run(&["validate", "-"], &misspelled);
    assert_eq!(code(&out), 0, "{}", text(&out));
    assert!(
        text(&out).contains("<stdin>: return_url.cancel_urll: warning: is not a field"),
        "{}",
        text(&out)
    );
    let strict = run(&["validate", "-", "--strict"], &misspelled);
    assert_eq!(code(&strict), 1);
    assert!(text(&strict).contains("<stdin>: return_url.cancel_urll: is not a field"), "{}", text(&strict));
}

#[test]
fn other_request_types_and_usage_errors() {
    let capture =
        r#"{"transactionId": "e0b0731e-7170-4b64-8a21-7d835eebd641", "amount": 1000, "merchant_id": "m"}"#;
    assert_eq!(code(&run(&["validate", "-", "--type", "capture"], capture)), 0);
    let void = run(&["validate", "-", "--type", "void"], capture);
    assert_eq!(code(&void), 0, "a void has no amount: a warning");
    assert!(text(&void).contains("<stdin>: amount: warning:"), "{}", text(&void));
    assert_eq!(code(&run(&["validate", "-", "--type", "void", "--strict"], capture)), 1);
    assert_eq!(code(&run(&["validate", "/no/such/file.json"], "")), 2);
    assert_eq!(code(&run(&["validate"], "")), 2, "a file is required");
    assert_eq!(code(&run(&["validate", "-", "--type", "sale"], "")), 2);
    assert_eq!(code(&run(&["status", "not-a-uuid"], "")), 2);
    assert_eq!(code(&run(&["status", "e0b0731e-7170-4b64-8a21-7d835eebd641"], "")), 2, "no server named");
}

#[test]
fn send_to_the_embedded_sandbox_by_outcome() {
    let approved = run(&["send", "-", "--sandbox"], REQUEST);
    assert_eq!(code(&approved), 0, "{}", text(&approved));
    assert!(text(&approved).starts_with("approved: transaction "), "{}", text(&approved));

    let three_ds =
        run(&["send", "-", "--sandbox"], &with(|v| v["card"]["number"] = "4000002500003155".into()));
    assert_eq!(code(&three_ds), 3, "{}", text(&three_ds));
    assert!(
        text(&three_ds).contains("3-D Secure: send the shopper to http://127.0.0.1:"),
        "{}",
        text(&three_ds)
    );

    let declined =
        run(&["send", "-", "--sandbox"], &with(|v| v["card"]["number"] = "4000000000000515".into()));
    assert_eq!(code(&declined), 1);
    assert!(text(&declined).contains("declined"), "{}", text(&declined));

    let invalid = run(&["send", "-", "--sandbox"], &with(|v| v["amount"] = "0".into()));
    assert_eq!(code(&invalid), 1);
    assert!(text(&invalid).contains("not sent"), "{}", text(&invalid));

    let nowhere = run(&["send", &fixture()], "");
    assert_eq!(code(&nowhere), 2, "no PAYMENT_BASE_URL: {}", text(&nowhere));

    for o in [&approved, &three_ds, &declined, &invalid, &nowhere] {
        for secret in [PAN, "4000002500003155", "4000000000000515", "sandbox_test_key"] {
            assert!(!text(o).contains(secret), "{secret} in {}", text(o));
        }
    }
}

#[test]
fn send_and_status_against_a_server_named_by_the_environment() {
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let sandbox =
        rt.block_on(payment_client::sandbox::Sandbox::builder().api_key(KEY).start()).expect("a sandbox");
    let env = |args: &[&str]| {
        Command::new(BIN)
            .args(args)
            .env("PAYMENT_BASE_URL", sandbox.base_url())
            .env("PAYMENT_API_KEY", KEY)
            .output()
            .expect("paymentv2 runs")
    };
    let sent = env(&["send", &fixture(), "--verbose"]);
    assert_eq!(code(&sent), 0, "{}", text(&sent));
    let id = text(&sent).split_whitespace().nth(2).expect("the transaction id").to_owned();
    let status = env(&["status", &id]);
    assert_eq!(code(&status), 0, "{}", text(&status));
    assert!(
        text(&status).contains(": PRE_AUTH, approved (response code 0, gateway INFO0000)"),
        "{}",
        text(&status)
    );
    assert!(!text(&status).contains("PreAuth") && !text(&status).contains("Approved"), "{}", text(&status));
    let unknown = env(&["status", "00000000-0000-4000-8000-000000000000"]);
    assert_eq!(code(&unknown), 1);
    for o in [&sent, &status, &unknown] {
        assert!(!text(o).contains(KEY) && !text(o).contains(PAN), "{}", text(o));
    }
    rt.block_on(sandbox.shutdown());
}

#[test]
fn the_sandbox_server_serves_a_purchase_and_stops_on_sigint() {
    let mut child = Command::new(BIN)
        .args(["sandbox", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("paymentv2 sandbox runs");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let first = lines.next().expect("a first line").expect("text");
    let base = first.strip_prefix("sandbox listening on ").expect("the base URL").to_owned();
    let key_line = lines.next().expect("a second line").expect("text");
    assert!(key_line.starts_with("api key: sandbox_test_key"), "{key_line}");

    // A plain HTTP client, as a test in another language would send it.
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let answer = rt
        .block_on(
            payment_client::http_client_builder()
                .build()
                .expect("a client")
                .post(format!("{base}/api/v1/server-to-server-interface/paymentv2"))
                .header("Authorization", "Basic sandbox_test_key")
                .header("x-api-key", "sandbox_test_key")
                .header("Content-Type", "application/json")
                .body(REQUEST)
                .send(),
        )
        .expect("the sandbox answers");
    assert_eq!(answer.status(), 201);

    let interrupted = Instant::now();
    let killed = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill runs");
    assert!(killed.success());
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(interrupted.elapsed() < Duration::from_secs(1), "still running 1 s after SIGINT");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
}

#[test]
fn the_sandbox_server_forwards_notifications_to_forward_webhooks() {
    // The merchant's handler: one POST, answered 200, its request line and body handed over.
    let hook = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let forward_to = format!("http://{}/webhooks/payment", hook.local_addr().expect("an address"));
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let (stream, _) = hook.accept().expect("the notification");
        let mut reader = BufReader::new(stream.try_clone().expect("a stream"));
        let mut head = Vec::new();
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("a header line");
            if line.trim().is_empty() {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().expect("a length");
            }
            head.push(line.trim().to_owned());
        }
        let mut body = vec![0; length];
        std::io::Read::read_exact(&mut reader, &mut body).expect("the body");
        (&stream)
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
            .expect("an answer");
        let _ = tx.send((head[0].clone(), body));
    });

    let mut child = Command::new(BIN)
        .args(["sandbox", "--port", "0", "--forward-webhooks", &forward_to])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("paymentv2 sandbox runs");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut line = || lines.next().expect("a line").expect("text");
    let base = line().strip_prefix("sandbox listening on ").expect("the base URL").to_owned();
    let _key = line();
    assert_eq!(line(), format!("notifications forwarded to {forward_to}"));

    // A 3-D Secure purchase with the fixture's public webhook_url, approved on the sandbox's page.
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let browser = payment_client::http_client_builder()
        .redirect(payment_client::reqwest::redirect::Policy::none())
        .build()
        .expect("a client");
    let approved = rt.block_on(async {
        let answer: Value = browser
            .post(format!("{base}/api/v1/server-to-server-interface/paymentv2"))
            .header("Authorization", "Basic sandbox_test_key")
            .header("x-api-key", "sandbox_test_key")
            .header("Content-Type", "application/json")
            .body(with(|v| v["card"]["number"] = "4000002500003155".into()))
            .send()
            .await?
            .json()
            .await?;
        let page =
            browser.get(answer["redirect_url"].as_str().unwrap_or_default()).send().await?.text().await?;
        let approve = page.split("id=\"approve\" href=\"").nth(1).and_then(|s| s.split('"').next());
        browser.get(format!("{base}{}", approve.unwrap_or_default())).send().await.map(|r| r.status())
    });
    assert_eq!(approved.expect("the approve link answers"), 303);
    let (request_line, body) = rx.recv_timeout(Duration::from_secs(10)).expect("a notification");
    assert_eq!(request_line, "POST /webhooks/payment HTTP/1.1");
    let body: Value = serde_json::from_slice(&body).expect("JSON");
    assert_eq!(body["payment_details"]["response_code"], 0, "{body}");

    let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    assert!(child.wait().expect("wait").success());
}

#[test]
fn forward_webhooks_takes_a_loopback_url_only() {
    let out = run(&["sandbox", "--forward-webhooks", "https://www.webhookurl.com/"], "");
    assert_eq!(code(&out), 2);
    assert!(text(&out).contains("--forward-webhooks"), "{}", text(&out));
    assert!(text(&out).contains("loopback"), "{}", text(&out));
}

#[test]
fn a_non_loopback_host_needs_allow_remote() {
    let out = run(&["sandbox", "--host", "0.0.0.0"], "");
    assert_eq!(code(&out), 2);
    assert!(text(&out).contains("--allow-remote"), "{}", text(&out));
}

#[test]
fn schema_prints_each_request_types_schema() {
    for (kind, required) in
        [("purchase", "card"), ("stored-card", "payment_method"), ("void", "transactionId")]
    {
        let out = run(&["schema", kind], "");
        assert_eq!(code(&out), 0, "{}", text(&out));
        let doc: Value = serde_json::from_slice(&out.stdout).expect("a JSON document");
        assert_eq!(doc["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert!(doc["required"].as_array().is_some_and(|r| r.iter().any(|k| k == required)), "{kind}: {doc}");
    }
    assert_eq!(code(&run(&["schema", "sale"], "")), 2);
}
