//! The command line, declared with clap: each subcommand's `--help` ends with an example.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use payment_client::sandbox::{Failure, LoopbackUrl};
use payment_core::CardNumber;

/// Validate, send and inspect paymentv2 requests; run the offline sandbox.
#[derive(Debug, Parser)]
#[command(name = "paymentv2", version, about, after_help = crate::exit::HELP)]
pub(crate) struct Cli {
    /// Print the client's traces on standard error (operation, status, latency; never card data or keys).
    #[arg(long, short, global = true)]
    pub(crate) verbose: bool,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check request JSON with the rules the Rust code compiles against; print every problem by path.
    ///
    /// Warnings: keys no field has (with the nearest field name), and a purchase's `amount` given as a
    /// JSON number (read like the string, but the gateway's page shows a string).
    #[command(after_help = "Example:\n  paymentv2 validate order.json refund.json --type purchase\n  \
                            cat order.json | paymentv2 validate - --format json --strict")]
    Validate(Validate),
    /// Validate a purchase, then send it once, to PAYMENT_BASE_URL with PAYMENT_API_KEY or to an embedded sandbox.
    #[command(
        after_help = "Example:\n  PAYMENT_BASE_URL=https://api-dev.paymentoptions.com PAYMENT_API_KEY=... \
                            paymentv2 send order.json\n  paymentv2 send order.json --sandbox\n\n\
                            Exit status: 0 approved, 1 declined or refused, 2 usage, 3 3-D Secure redirect, \
                            4 outcome unknown (check the status before resending), 5 not sent or \
                            rate-limited (safe to retry); details in `paymentv2 --help`"
    )]
    Send(Send),
    /// Read a transaction's status from PAYMENT_BASE_URL with PAYMENT_API_KEY.
    #[command(after_help = "Example:\n  paymentv2 status e0b0731e-7170-4b64-8a21-7d835eebd641\n\n\
                            Exit status: 0 found, 1 not found or refused, 2 usage, 5 not answered \
                            (safe to retry); details in `paymentv2 --help`")]
    Status(Status),
    /// Print the JSON Schema (draft 2020-12) of a request type, from the same annotations as the Rust types.
    #[command(after_help = "Example:\n  paymentv2 schema purchase > paymentv2-request.schema.json")]
    Schema(SchemaArgs),
    /// Run the offline sandbox of the gateway as a server until interrupted (Ctrl-C).
    #[command(after_help = "Example:\n  paymentv2 sandbox --port 8080 \
                            --forward-webhooks http://127.0.0.1:3000/webhooks/payment \
                            --fail-card 4111111111111111=http:503\n  \
                            curl -H 'Authorization: Basic sandbox_test_key' -H 'x-api-key: sandbox_test_key' \
                            -H 'Content-Type: application/json' -d @order.json \
                            http://127.0.0.1:8080/api/v1/server-to-server-interface/paymentv2")]
    Sandbox(Sandbox),
}

/// Which request a JSON document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum RequestType {
    /// A paymentv2 purchase.
    Purchase,
    /// A payment that stores its card, or pays with a stored card (the v1 `payment` path).
    StoredCard,
    /// A capture.
    Capture,
    /// A refund.
    Refund,
    /// A void.
    Void,
}

/// Text for people, or one JSON object per file for pipelines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// `FILE: path: message`, one problem a line.
    Text,
    /// `{"file", "valid", "errors": [{"path", "message"}], "warnings": [...]}`, one object a line.
    Json,
}

#[derive(Debug, Args)]
pub(crate) struct Validate {
    /// The JSON files to check; `-` reads standard input.
    #[arg(required = true)]
    pub(crate) files: Vec<PathBuf>,
    /// The request type of every file.
    #[arg(long = "type", value_enum, default_value_t = RequestType::Purchase)]
    pub(crate) kind: RequestType,
    /// The output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,
    /// Keys that no field has (a misspelled optional key) are errors, not warnings.
    #[arg(long)]
    pub(crate) strict: bool,
}

#[derive(Debug, Args)]
pub(crate) struct Send {
    /// The purchase's JSON file; `-` reads standard input.
    pub(crate) file: PathBuf,
    /// Send to an offline sandbox started for this one call instead of PAYMENT_BASE_URL.
    #[arg(long)]
    pub(crate) sandbox: bool,
}

#[derive(Debug, Args)]
pub(crate) struct Status {
    /// The transaction id (a UUID).
    pub(crate) transaction_id: String,
}

#[derive(Debug, Args)]
pub(crate) struct SchemaArgs {
    /// The request type.
    #[arg(value_enum, default_value_t = RequestType::Purchase)]
    pub(crate) kind: RequestType,
}

#[derive(Debug, Args)]
pub(crate) struct Sandbox {
    /// The port to listen on (0: any free port, printed at start).
    #[arg(long, default_value_t = 0)]
    pub(crate) port: u16,
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub(crate) host: IpAddr,
    /// Allow a non-loopback --host: the sandbox then serves other machines, with its well-known test key.
    #[arg(long)]
    pub(crate) allow_remote: bool,
    /// Post every notification (3-D Secure payments of requests with a webhook_url) to this http(s) URL
    /// on this machine (localhost, 127.0.0.0/8 or ::1); without it, none is posted.
    #[arg(long, value_name = "URL")]
    pub(crate) forward_webhooks: Option<LoopbackUrl>,
    /// Make every payment of a card fail: `decline:CODE` (a decline with that response code), `timeout`
    /// (no answer; booked approved), `drop` (the connection closed without an answer; booked approved),
    /// `http:STATUS` (a 5xx or 429 with a gateway-style body). Repeat it for more cards.
    /// (Read by `failing_card`, not by clap, whose messages would repeat the card number.)
    #[arg(long = "fail-card", value_name = "NUMBER=FAILURE")]
    pub(crate) fail_card: Vec<String>,
}

/// `NUMBER=FAILURE` of `--fail-card`. The messages never repeat the number.
pub(crate) fn failing_card(arg: &str) -> Result<(CardNumber, Failure), String> {
    let (number, failure) = arg.split_once('=').ok_or("expected NUMBER=FAILURE, e.g. NUMBER=http:503")?;
    let number: CardNumber = number.parse().map_err(|e| format!("the card number: {e}"))?;
    let failure = match failure.split_once(':') {
        None if failure == "timeout" => Failure::Timeout,
        None if failure == "drop" => Failure::DropConnection,
        Some(("decline", code)) => {
            Failure::Decline(code.parse().map_err(|_| "decline:CODE takes a response code, e.g. decline:51")?)
        }
        Some(("http", status)) => match status.parse::<u16>() {
            Ok(status @ (429 | 500..=599)) => Failure::Status(status),
            _ => return Err("http:STATUS takes 429 or a 5xx, e.g. http:503".to_owned()),
        },
        _ => return Err("FAILURE is decline:CODE, timeout, drop or http:STATUS".to_owned()),
    };
    Ok((number, failure))
}
