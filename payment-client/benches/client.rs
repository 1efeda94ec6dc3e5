//! Client overhead: requests per second of `Client::purchase` against a bare `reqwest::Client` posting the
//! same bytes with the same headers, both against the same loopback server (a minimal axum app answering
//! the gateway's published 201 body), 64 requests in flight.
//!
//! The server runs on its own thread (a current-thread runtime), the clients on the main thread (another
//! one), so on 2 cores each side has a core. The variants alternate over several rounds (the order flips
//! every round); the bench prints each variant's median throughput and the median of the per-round
//! ratios.
//!
//! `cargo bench -p payment-client --bench client [-- --rounds 9 --requests 20000 --in-flight 64]`;
//! `--only ours` or `--only bare` runs one variant once (for a profiler).

#![allow(missing_docs)] // a bench binary

use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use payment_client::Client;
use payment_core::model::{PaymentOutcome, PaymentRequest, PaymentResponse};
use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderValue, USER_AGENT};

/// The gateway's published answer to the fixture request.
const RESPONSE_201: &str = include_str!("../../tests/fixtures/paymentv2-response-201.json");
const API_KEY: &str = "sk_test_bench_0123456789";
const PATH: &str = "/api/v1/server-to-server-interface/paymentv2";

/// The published example request (the builder itself is measured in payment-core's benches).
fn fixture_request() -> Result<PaymentRequest, payment_core::wire::ValidationReport> {
    PaymentRequest::from_json(include_str!("../../tests/fixtures/paymentv2-request.json"))
}

/// Starts the server on its own thread; returns its base URL.
fn start_server() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async move {
            let app = Router::new().fallback(|body: Bytes| async move {
                black_box(body);
                (StatusCode::CREATED, [(CONTENT_TYPE, "application/json")], RESPONSE_201)
            });
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    format!("http://{addr}")
}

/// One of the two ways of sending the purchase.
#[derive(Clone)]
enum Variant {
    Ours {
        client: Client,
        request: Arc<PaymentRequest>,
    },
    Bare {
        http: reqwest::Client,
        url: reqwest::Url,
        body: Arc<Vec<u8>>,
    },
    /// Bare reqwest doing the JSON work by hand: serializes the request each time and parses the answer
    /// into `PaymentResponse` with plain serde.
    BareSerde {
        http: reqwest::Client,
        url: reqwest::Url,
        request: Arc<PaymentRequest>,
    },
}

impl Variant {
    fn name(&self) -> &'static str {
        match self {
            Variant::Ours { .. } => "ours: payment_client::Client::purchase",
            Variant::Bare { .. } => "bare: reqwest::Client",
            Variant::BareSerde { .. } => "bare_serde: reqwest + serde_json",
        }
    }

    async fn send_one(&self) {
        match self {
            Variant::Ours { client, request } => {
                let outcome = client.purchase(request).await.expect("the server approves");
                assert!(matches!(outcome, PaymentOutcome::Completed(_)));
            }
            Variant::Bare { http, url, body } => {
                let response = bare_post(http, url, Vec::clone(body)).await;
                black_box(response.bytes().await.expect("a whole body"));
            }
            Variant::BareSerde { http, url, request } => {
                let body = serde_json::to_vec(&**request).unwrap();
                let response = bare_post(http, url, body).await;
                let body = response.bytes().await.expect("a whole body");
                black_box(serde_json::from_slice::<PaymentResponse>(&body).expect("a payment response"));
            }
        }
    }
}

/// Posts `body` with the headers `Client` sends (its key headers are sensitive values, as here).
async fn bare_post(http: &reqwest::Client, url: &reqwest::Url, body: Vec<u8>) -> reqwest::Response {
    let mut auth = HeaderValue::from_str(&format!("Basic {API_KEY}")).unwrap();
    auth.set_sensitive(true);
    let mut x_api_key = HeaderValue::from_static(API_KEY);
    x_api_key.set_sensitive(true);
    let response = http
        .post(url.clone())
        .header(AUTHORIZATION, auth)
        .header("x-api-key", x_api_key)
        .header(USER_AGENT, HeaderValue::from_static("payment-client/0.1.0"))
        .header(ACCEPT, HeaderValue::from_static("application/json"))
        .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
        .body(body)
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::CREATED);
    response
}

/// Sends `total` requests, `in_flight` at a time; returns requests per second.
async fn run(variant: &Variant, total: usize, in_flight: usize) -> f64 {
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..in_flight {
        let (variant, next) = (variant.clone(), next.clone());
        tasks.spawn(async move {
            while next.fetch_add(1, Ordering::Relaxed) < total {
                variant.send_one().await;
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("a sender panicked");
    }
    total as f64 / started.elapsed().as_secs_f64()
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 }
}

/// `--name value` from the command line (cargo bench passes `--bench` too, which is ignored).
fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(|v| v.parse().unwrap_or_else(|_| panic!("{name} takes a number")))
        .unwrap_or(default)
}

/// A reqwest client configured as `Client` configures its own.
fn reqwest_client() -> reqwest::Client {
    payment_client::http_client_builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(30))
        .user_agent("payment-client/0.1.0")
        .build()
        .unwrap()
}

fn main() {
    let rounds = arg("--rounds", 9);
    let total = arg("--requests", 20_000);
    let in_flight = arg("--in-flight", 64);
    let base = start_server();

    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let request = Arc::new(fixture_request().expect("fixture values are valid"));
    let body = Arc::new(serde_json::to_vec(&*request).unwrap());
    let client = Client::builder().api_key(API_KEY).base_url(&base).build().expect("client config");
    let url: reqwest::Url = format!("{base}{PATH}").parse().unwrap();
    // Each variant has its own connection pool.
    let variants = [
        Variant::Ours { client, request: request.clone() },
        Variant::Bare { http: reqwest_client(), url: url.clone(), body },
        Variant::BareSerde { http: reqwest_client(), url, request },
    ];

    if let Some(only) = std::env::args().skip_while(|a| a != "--only").nth(1) {
        let v = variants.iter().find(|v| v.name().starts_with(&only)).expect("--only ours|bare|bare_serde");
        let rps = rt.block_on(run(v, total, in_flight));
        println!("{}: {rps:.0} req/s", v.name());
        return;
    }

    let n = variants.len();
    let mut rps = vec![Vec::new(); n];
    // ours / each bare variant, per round.
    let mut ratios = vec![Vec::new(); n];
    rt.block_on(async {
        // Warm up: open the connections, fault the code in.
        for v in &variants {
            run(v, total / 4, in_flight).await;
        }
        for round in 0..rounds {
            // Rotate the order every round, so no variant always runs first or last.
            let mut this = vec![0.0; n];
            for k in 0..n {
                let i = (round + k) % n;
                this[i] = run(&variants[i], total, in_flight).await;
                rps[i].push(this[i]);
            }
            print!("round {round}:");
            for (v, r) in variants.iter().zip(&this) {
                print!("  {} {r:.0}", v.name().split(':').next().unwrap_or_default());
            }
            println!(" req/s");
            for i in 1..n {
                ratios[i].push(this[0] / this[i]);
            }
        }
    });
    println!("{rounds} rounds of {total} requests, {in_flight} in flight:");
    for (v, r) in variants.iter().zip(&mut rps) {
        println!("  {:<40} median {:>8.0} req/s", v.name(), median(r));
    }
    for (v, r) in variants.iter().zip(&mut ratios).skip(1) {
        let (lo, hi) =
            (r.iter().copied().fold(f64::INFINITY, f64::min), r.iter().copied().fold(0.0, f64::max));
        println!(
            "  throughput ratio ours / {:<11} median {:.3} (min {lo:.3}, max {hi:.3})",
            v.name().split(':').next().unwrap_or_default(),
            median(r)
        );
    }
}
