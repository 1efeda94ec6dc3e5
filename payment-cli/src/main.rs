//! `paymentv2`: the rules and the client of this workspace on the command line, for the people around a
//! payment integration (support, QA, a front end written in another language).
//!
//! | command | does | exit status |
//! | --- | --- | --- |
//! | `paymentv2 validate [FILE...]` | checks request JSON with the rules the Rust code compiles against | 0 valid, 1 invalid, 2 usage or I/O error |
//! | `paymentv2 send FILE` | validates, then sends a purchase, once | 0 approved, 1 declined or refused, 2 usage, 3 3-D Secure redirect, 4 outcome unknown, 5 not sent or rate-limited |
//! | `paymentv2 status ID` | the status call | 0 found, 1 otherwise, 2 usage, 5 retry later |
//! | `paymentv2 schema [TYPE]` | the JSON Schema of a request type | 0 |
//! | `paymentv2 sandbox` | the offline sandbox as a server, until Ctrl-C | 0 |
//!
//! The codes are [`exit`]'s. Card data and API keys never appear in its output: problems are reported by
//! path and rule, and answers by id, code and outcome. A closed standard output (`| head`) ends the
//! output quietly ([`output`]).

#[macro_use]
mod output;
mod cli;
mod exit;
mod send;
mod serve;
mod validate;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    if args.verbose {
        // Spans and events of the client: operation, merchant_txn_ref, HTTP status, latency; never card
        // data or keys. The answer's status and latency are a DEBUG event of the client.
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_target(false)
            .with_max_level(tracing_subscriber::filter::LevelFilter::DEBUG)
            .init();
    }
    match args.command {
        cli::Command::Validate(v) => validate::run(&v),
        cli::Command::Schema(s) => validate::schema(s.kind),
        cli::Command::Send(s) => {
            runtime().map_or(ExitCode::from(exit::USAGE), |rt| rt.block_on(send::send(&s)))
        }
        cli::Command::Status(s) => {
            runtime().map_or(ExitCode::from(exit::USAGE), |rt| rt.block_on(send::status(&s)))
        }
        cli::Command::Sandbox(s) => {
            runtime().map_or(ExitCode::from(exit::USAGE), |rt| rt.block_on(serve::run(&s)))
        }
    }
}

fn runtime() -> Option<tokio::runtime::Runtime> {
    match tokio::runtime::Runtime::new() {
        Ok(rt) => Some(rt),
        Err(e) => {
            err!("paymentv2: cannot start the async runtime: {e}");
            None
        }
    }
}
