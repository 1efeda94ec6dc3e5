//! `paymentv2 sandbox`: the offline sandbox as a standalone server, until Ctrl-C.

use std::net::SocketAddr;
use std::process::ExitCode;

use payment_client::sandbox::Sandbox;

use crate::{cli, exit};

pub(crate) async fn run(args: &cli::Sandbox) -> ExitCode {
    if !args.host.is_loopback() {
        if !args.allow_remote {
            err!(
                "paymentv2: --host {} is not a loopback address: other machines could reach the sandbox; \
                 add --allow-remote to mean it",
                args.host
            );
            return ExitCode::from(exit::USAGE);
        }
        err!("warning: serving the sandbox on {} to other machines, with its well-known test key", args.host);
    }
    let mut builder = Sandbox::builder().bind(SocketAddr::new(args.host, args.port));
    if let Some(url) = &args.forward_webhooks {
        builder = builder.forward_webhooks_to(url.clone());
    }
    for arg in &args.fail_card {
        match cli::failing_card(arg) {
            Ok((number, failure)) => builder = builder.fail_card(number, failure),
            Err(e) => {
                err!("paymentv2: --fail-card: {e}");
                return ExitCode::from(exit::USAGE);
            }
        }
    }
    let sandbox = match builder.start().await {
        Ok(sandbox) => sandbox,
        Err(e) => {
            err!("paymentv2: cannot listen on {}:{}: {e}", args.host, args.port);
            return ExitCode::from(exit::USAGE);
        }
    };
    out!("sandbox listening on {}", sandbox.base_url());
    out!("api key: {} (the sandbox's test key, not a secret)", sandbox.api_key().expose_secret());
    match &args.forward_webhooks {
        Some(url) => out!("notifications forwarded to {url}"),
        None => out!("notifications: none posted (add --forward-webhooks URL to receive them)"),
    }
    if !args.fail_card.is_empty() {
        out!("forced failures: {} card(s) (--fail-card)", args.fail_card.len());
    }
    out!("stop with Ctrl-C");
    if let Err(e) = tokio::signal::ctrl_c().await {
        err!("paymentv2: cannot wait for Ctrl-C: {e}");
    }
    sandbox.shutdown().await;
    out!("sandbox stopped");
    ExitCode::from(exit::OK)
}
