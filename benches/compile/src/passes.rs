//! `passes`: where the compiler spends its time on each generated crate, from nightly rustc's
//! `-Z time-passes`. One build per crate, so it is a diagnosis aid, not a measurement: use `run` for
//! the figures, and this to see which part of the generated code a difference comes from (macro
//! expansion, type checking, coherence, borrow checking, code generation).
//!
//! Needs a nightly toolchain installed through rustup (`cargo +nightly`).

use std::error::Error;
use std::path::Path;
use std::process::Command;

use crate::generate::BenchCrate;

/// The passes shown, as named by `-Z time-passes`, with their column headers.
const PASSES: [(&str, &str); 8] = [
    ("total", "total"),
    ("expand_crate", "macro expansion"),
    ("type_check_crate", "type check"),
    ("coherence_checking", "coherence"),
    ("MIR_borrow_checking", "borrow check"),
    ("codegen_crate", "codegen"),
    ("LLVM_passes", "LLVM"),
    ("generate_crate_metadata", "metadata"),
];

/// Builds each crate (and its dependencies) with nightly, then rebuilds just the crate with
/// `-Z time-passes` and returns a Markdown table of the main passes, in seconds.
pub(crate) fn time_passes(workspace: &Path, crates: &[BenchCrate]) -> Result<String, Box<dyn Error>> {
    let mut out = String::from("| crate |");
    for (_, header) in PASSES {
        out.push_str(&format!(" {header} |"));
    }
    out.push_str(&format!("\n|{}\n", " --- |".repeat(PASSES.len() + 1)));
    for krate in crates {
        let package = krate.package();
        eprintln!("time-passes: {package}");
        nightly(workspace, &["build", "-p", &package])?;
        nightly(workspace, &["clean", "--offline", "-p", &package])?;
        let report = nightly(workspace, &["rustc", "--offline", "-p", &package, "--", "-Ztime-passes"])?;
        out.push_str(&format!("| {package} |"));
        for (pass, _) in PASSES {
            out.push_str(&pass_time(&report, pass).map_or(" n/a |".to_owned(), |t| format!(" {t:.2} |")));
        }
        out.push('\n');
    }
    Ok(out)
}

/// Runs `cargo +nightly <args>` in the workspace and returns its standard error.
fn nightly(workspace: &Path, args: &[&str]) -> Result<String, Box<dyn Error>> {
    let output = Command::new("cargo")
        .arg("+nightly")
        .args(args)
        .current_dir(workspace)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_INCREMENTAL")
        .env_remove("RUSTFLAGS")
        .output()?;
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if output.status.success() { Ok(stderr) } else { Err(format!("cargo +nightly failed:\n{stderr}").into()) }
}

/// The seconds of `pass` in a `-Z time-passes` report: the first line `time: <secs>; ... <pass>`.
fn pass_time(report: &str, pass: &str) -> Option<f64> {
    report.lines().find_map(|line| {
        let rest = line.trim_start().strip_prefix("time:")?;
        if line.split_whitespace().last()? != pass {
            return None;
        }
        rest.split(';').next()?.trim().parse().ok()
    })
}
