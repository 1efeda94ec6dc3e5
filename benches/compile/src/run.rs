//! The runner: prebuilds the dependencies once, then times `cargo build` of each generated crate,
//! interleaving the variants round by round.

use std::error::Error;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use crate::generate::BenchCrate;

/// The result of a run: every sample of every crate that built.
#[derive(Debug)]
pub(crate) struct Measurements {
    /// Per crate, one build time per round, in round order.
    pub(crate) samples: Vec<(BenchCrate, Vec<Duration>)>,
    /// Crates left out because their first build failed, with cargo's error output.
    pub(crate) failed: Vec<(BenchCrate, String)>,
    /// One no-op `cargo build -p` per round: cargo's own fixed cost, included in every sample.
    pub(crate) cargo_overhead: Vec<Duration>,
}

/// Builds every crate once (its dependencies with it), then, for `rounds` rounds, runs
/// `cargo clean -p <crate>` and times `cargo build -p <crate>` for each crate in order.
///
/// A crate whose first build fails is reported in [`Measurements::failed`] and not timed.
pub(crate) fn measure(
    workspace: &Path,
    crates: Vec<BenchCrate>,
    rounds: usize,
) -> Result<Measurements, Box<dyn Error>> {
    let mut samples = Vec::new();
    let mut failed = Vec::new();
    for krate in crates {
        eprintln!("prebuilding {} (and its dependencies)", krate.package());
        let output = cargo(workspace, &["build", "-p", &krate.package()]).output()?;
        if output.status.success() {
            samples.push((krate, Vec::with_capacity(rounds)));
        } else {
            eprintln!("  {} does not build: left out of the run", krate.package());
            failed.push((krate, String::from_utf8_lossy(&output.stderr).into_owned()));
        }
    }
    // The crate whose no-op rebuild measures cargo's fixed cost.
    let Some((first, _)) = samples.first() else {
        return Err("no generated crate builds".into());
    };
    let noop_package = first.package();

    let mut cargo_overhead = Vec::with_capacity(rounds);
    for round in 1..=rounds {
        eprintln!("round {round}/{rounds}");
        cargo_overhead.push(timed_build(workspace, &noop_package, false)?);
        for (krate, times) in &mut samples {
            let package = krate.package();
            let time = timed_build(workspace, &package, true)?;
            eprintln!("  {package:<32} {:>7.3} s", time.as_secs_f64());
            times.push(time);
        }
    }
    Ok(Measurements { samples, failed, cargo_overhead })
}

/// How many times a sample that did more than build the crate is taken again before giving up.
const RETRIES: usize = 5;

/// Times `cargo build -p <package>` (after `cargo clean -p <package>` if `clean`).
///
/// A sample is discarded and taken again when the build did more than compile `package`:
/// - it waited for a lock held by another cargo (a build elsewhere on the machine that downloads
///   crates);
/// - it compiled a dependency too: `payment-core` is a path dependency on the working tree, so an edit
///   there while the benchmark runs rebuilds it (use `--payment-core` on a snapshot to avoid that).
fn timed_build(workspace: &Path, package: &str, clean: bool) -> Result<Duration, Box<dyn Error>> {
    for _ in 0..=RETRIES {
        if clean {
            checked(&cargo(workspace, &["clean", "--offline", "-p", package]).output()?)?;
        }
        let start = Instant::now();
        let output = cargo(workspace, &["build", "--offline", "-p", package]).output()?;
        let elapsed = start.elapsed();
        checked(&output)?;
        match extra_work(&String::from_utf8_lossy(&output.stderr), package) {
            None => return Ok(elapsed),
            Some(what) => eprintln!("  {package}: {what}; sample discarded"),
        }
    }
    Err(format!("{package}: no clean sample in {} tries", RETRIES + 1).into())
}

/// What a build did besides compiling `package`, read from cargo's status lines.
fn extra_work(stderr: &str, package: &str) -> Option<String> {
    if stderr.contains("Blocking waiting for file lock") {
        return Some("waited for another cargo's lock".to_owned());
    }
    let others: Vec<&str> = stderr
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("Compiling "))
        .filter_map(|unit| unit.split_whitespace().next())
        .filter(|name| *name != package)
        .collect();
    (!others.is_empty()).then(|| format!("also compiled {}", others.join(", ")))
}

fn checked(output: &Output) -> Result<(), Box<dyn Error>> {
    if output.status.success() {
        Ok(())
    } else {
        Err(format!("cargo failed:\n{}", String::from_utf8_lossy(&output.stderr)).into())
    }
}

/// `cargo <args>` in the scratch workspace, with the variables that would change what is built or where
/// removed from the environment (the workspace's own `[profile.dev]` decides). Not `--quiet`: the
/// runner reads cargo's status lines to tell a build that waited for a lock.
fn cargo(workspace: &Path, args: &[&str]) -> Command {
    let mut command = Command::new("cargo");
    command
        .args(args)
        .current_dir(workspace)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .env_remove("CARGO_INCREMENTAL")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS");
    command
}

/// The median of a non-empty sample (the mean of the two middle values for an even count).
pub(crate) fn median(samples: &[Duration]) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 { sorted[mid] } else { (sorted[mid - 1] + sorted[mid]) / 2 }
}
