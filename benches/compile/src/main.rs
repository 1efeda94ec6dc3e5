//! Compile-time benchmark of `#[derive(payment_core::Builder)]` against bon, bon + serde + validator
//! (`stack`), typed-builder, derive_builder and plain struct literals.
//!
//! A proc-macro crate is paid for at every build of every user, so its compile time is its main
//! performance figure. This tool measures it the way a user pays it: `cargo build` (debug) of a crate
//! that defines a set of structs with each library and builds one value of each with a full setter
//! chain.
//!
//! ```text
//! compile-bench generate [--out DIR] [--suites LIST] [--variants LIST] [--payment-core DIR]
//! compile-bench run      [--out DIR] [--suites LIST] [--variants LIST] [--payment-core DIR] [--rounds N]
//! compile-bench passes   [--out DIR] [--suites LIST] [--variants LIST] [--payment-core DIR]
//! ```
//!
//! - `generate` writes a scratch Cargo workspace (default `target/compile-bench/` at the repository
//!   root) with one crate per (suite, variant); see [`suite`] and [`variant`] for what they contain.
//! - `run` generates, builds every crate once (which builds the dependencies into the shared target
//!   dir), then for each round and each crate in turn (variants interleaved: ABCDE ABCDE ...) runs
//!   `cargo clean -p <crate>` and times `cargo build -p <crate>`. It prints Markdown tables of the
//!   medians, the ratios of `ours` to each other variant, and the growth from one field count to the
//!   next.
//! - `passes` builds each crate once with nightly `-Z time-passes` and prints the time of the main
//!   compiler passes: a diagnosis aid for finding which part of the generated code costs (see [`passes`]).
//!
//! Suites: `payment`, `adyen` (string enums and a tagged union), `adyen-lists` (`adyen` plus a list of
//! objects and a map), `f<N>` (10 structs of N `i32` fields);
//! default `payment,f10,f30,f60`.
//! Variants: `ours`, `bon`, `stack`, `typed-builder`, `derive_builder`, `literal`, `reference`, and the two
//! prototypes of other builder shapes, `reference-exact` and `reference-runtime`; default all.

mod generate;
mod passes;
mod reference;
mod report;
mod run;
mod suite;
mod variant;

use std::error::Error;
use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::{env, fs};

use suite::Suite;
use variant::Variant;

const USAGE: &str = "usage:
  compile-bench generate [OPTIONS]
  compile-bench run      [OPTIONS] [--rounds N]
  compile-bench passes   [OPTIONS]      (needs `cargo +nightly`)

  --out DIR        scratch workspace (default: <repo>/target/compile-bench)
  --suites LIST    comma-separated: payment, adyen, adyen-lists, f<N> (default: payment,f10,f30,f60)
  --variants LIST  comma-separated: ours, bon, stack, typed-builder, derive_builder, literal, reference,
                   reference-exact, reference-runtime
                   (default: all)
  --payment-core DIR
                   the payment-core crate `ours` uses (default: <repo>/payment-core; point it at a
                   snapshot, e.g. from `git archive`, so that edits during the run do not count)
  --rounds N       timed builds per crate; the report shows the median (default: 3)";

/// The parsed command line.
struct Options {
    command: Subcommand,
    out: PathBuf,
    payment_core: PathBuf,
    suites: Vec<Suite>,
    variants: Vec<Variant>,
    rounds: usize,
}

enum Subcommand {
    Generate,
    Run,
    Passes,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let command = match args.next().as_deref() {
        Some("generate") => Subcommand::Generate,
        Some("run") => Subcommand::Run,
        Some("passes") => Subcommand::Passes,
        Some(other) => return Err(format!("unknown command `{other}`")),
        None => return Err("missing command".to_owned()),
    };
    let mut options = Options {
        command,
        out: generate::repo_root().join("target").join("compile-bench"),
        payment_core: generate::repo_root().join("payment-core"),
        suites: Suite::DEFAULT.to_vec(),
        variants: Variant::ALL.to_vec(),
        rounds: 3,
    };
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("`{flag}` needs a value"))?;
        match flag.as_str() {
            "--out" => options.out = PathBuf::from(value),
            "--payment-core" => options.payment_core = PathBuf::from(value),
            "--suites" => options.suites = parse_list(&value, Suite::parse, "suite")?,
            "--variants" => options.variants = parse_list(&value, Variant::parse, "variant")?,
            "--rounds" => {
                options.rounds =
                    value.parse().ok().filter(|&n| n > 0).ok_or("`--rounds` takes a number > 0")?;
            }
            _ => return Err(format!("unknown option `{flag}`")),
        }
    }
    Ok(options)
}

fn parse_list<T>(list: &str, parse: fn(&str) -> Option<T>, what: &str) -> Result<Vec<T>, String> {
    list.split(',').map(|item| parse(item.trim()).ok_or_else(|| format!("unknown {what} `{item}`"))).collect()
}

fn main() -> ExitCode {
    let options = match parse_args(env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match execute(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn execute(options: &Options) -> Result<(), Box<dyn Error>> {
    let payment_core = options.payment_core.canonicalize()?;
    fs::create_dir_all(&options.out)?;
    let out = options.out.canonicalize()?;
    let crates = generate::write_workspace(&out, &payment_core, &options.suites, &options.variants)?;
    eprintln!("wrote {} crates into {}", crates.len(), out.display());
    match options.command {
        Subcommand::Generate => return Ok(()),
        Subcommand::Passes => {
            println!("{}", passes::time_passes(&out, &crates)?);
            return Ok(());
        }
        Subcommand::Run => {}
    }

    let load_before = load_average();
    let measurements = run::measure(&out, crates, options.rounds)?;
    let context = report::Context {
        rustc: command_output(Command::new("rustc").arg("-V").current_dir(&out)),
        cpu: cpu_model(),
        cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
        load_before,
        load_after: load_average(),
        rounds: options.rounds,
        payment_core: payment_core.display().to_string(),
    };
    for (krate, stderr) in &measurements.failed {
        eprintln!("\n{} did not build:\n{stderr}", krate.package());
    }
    println!("{}", report::render(&context, &measurements));
    Ok(())
}

/// The first line a command prints, or `unknown`.
fn command_output(command: &mut Command) -> String {
    command
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.lines().next().map(str::to_owned))
        .unwrap_or_else(|| "unknown".to_owned())
}

/// The CPU model from `/proc/cpuinfo` (Linux), or `unknown CPU`.
fn cpu_model() -> String {
    fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split_once(':'))
                .map(|(_, model)| model.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned())
}

/// The 1, 5 and 15 minute load averages from `/proc/loadavg` (Linux), or `unknown`.
fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".to_owned())
}
