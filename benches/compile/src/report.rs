//! Prints a run's results as Markdown, ready to paste into BENCHMARKS.md.

use std::fmt::Write as _;

use crate::run::{Measurements, median};
use crate::suite::Suite;
use crate::variant::Variant;

/// What the report says about the machine and the run.
pub(crate) struct Context {
    pub(crate) rustc: String,
    pub(crate) cpu: String,
    pub(crate) cores: usize,
    pub(crate) load_before: String,
    pub(crate) load_after: String,
    pub(crate) rounds: usize,
    /// The `payment-core` directory `ours` was built against.
    pub(crate) payment_core: String,
}

/// Renders the report: medians per suite and variant, the ratios of `ours` to every other variant,
/// the growth of each variant from one `f<N>` suite to the next, and the raw samples.
pub(crate) fn render(context: &Context, m: &Measurements) -> String {
    let suites = unique(m.samples.iter().map(|(c, _)| c.suite));
    let variants = unique(m.samples.iter().map(|(c, _)| c.variant));
    let medians = |suite: Suite, variant: Variant| {
        m.samples
            .iter()
            .find(|(c, _)| c.suite == suite && c.variant == variant)
            .map(|(_, samples)| median(samples).as_secs_f64())
    };
    let mut out = String::new();

    let _ = writeln!(
        out,
        "{} ({} cores), {}; median of {} rounds; load average before {}, after {}; \
         cargo's no-op overhead {:.3} s (included in every time); payment-core from `{}`.\n",
        context.cpu,
        context.cores,
        context.rustc,
        context.rounds,
        context.load_before,
        context.load_after,
        median(&m.cargo_overhead).as_secs_f64(),
        context.payment_core,
    );

    // Medians and ratios.
    let others: Vec<Variant> = if variants.contains(&Variant::Ours) {
        variants.iter().copied().filter(|&v| v != Variant::Ours).collect()
    } else {
        Vec::new()
    };
    let mut header = vec!["suite".to_owned()];
    header.extend(variants.iter().map(|v| format!("{v} (s)")));
    header.extend(others.iter().map(|v| format!("ours/{v}")));
    let rows = suites.iter().map(|&suite| {
        let mut row = vec![suite.to_string()];
        row.extend(variants.iter().map(|&v| cell(medians(suite, v))));
        row.extend(others.iter().map(|&v| {
            cell(medians(suite, Variant::Ours).zip(medians(suite, v)).map(|(ours, other)| ours / other))
        }));
        row
    });
    table(&mut out, &header, rows);

    // Growth from one field count to the next.
    let mut field_suites: Vec<usize> =
        suites.iter().filter_map(|s| if let Suite::Fields(n) = s { Some(*n) } else { None }).collect();
    field_suites.sort_unstable();
    if field_suites.len() >= 2 {
        let steps: Vec<(usize, usize)> = field_suites.windows(2).map(|w| (w[0], w[1])).collect();
        let mut header = vec!["growth".to_owned()];
        header.extend(variants.iter().map(|v| v.to_string()));
        let rows = steps.iter().map(|&(from, to)| {
            let mut row = vec![format!("f{from} → f{to}")];
            row.extend(variants.iter().map(|&v| {
                let ratio = medians(Suite::Fields(to), v).zip(medians(Suite::Fields(from), v));
                ratio.map_or_else(|| "n/a".to_owned(), |(to, from)| format!("x{:.2}", to / from))
            }));
            row
        });
        out.push('\n');
        table(&mut out, &header, rows);
    }

    // Raw samples, so a reader can judge the spread.
    let _ = writeln!(out, "\nSamples (s), in round order:\n");
    for (krate, samples) in &m.samples {
        let times: Vec<String> = samples.iter().map(|d| format!("{:.3}", d.as_secs_f64())).collect();
        let _ = writeln!(out, "- {}: {}", krate.package(), times.join(", "));
    }
    let _ = writeln!(
        out,
        "- cargo no-op: {}",
        m.cargo_overhead.iter().map(|d| format!("{:.3}", d.as_secs_f64())).collect::<Vec<_>>().join(", ")
    );

    for (krate, _) in &m.failed {
        let _ = writeln!(out, "\n{} did not build and was left out (see the log above).", krate.package());
    }
    out
}

fn cell(value: Option<f64>) -> String {
    value.map_or_else(|| "n/a".to_owned(), |v| format!("{v:.2}"))
}

fn table(out: &mut String, header: &[String], rows: impl Iterator<Item = Vec<String>>) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(header.len()));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
}

/// The distinct items, in first-seen order.
fn unique<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut seen = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen
}
