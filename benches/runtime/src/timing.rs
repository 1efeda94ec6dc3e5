//! The default mode: allocations per request, then interleaved timed rounds (the variant order rotates
//! every round), and a table of medians and ratios.

use std::time::Instant;

use crate::{Role, Variant, alloc, measured_loop};

/// Allocations per call of `v`, over `n` calls after a warm-up.
fn allocations_per_request(v: &Variant, n: u64) -> f64 {
    let mut buf = Vec::with_capacity(2048);
    (v.run)(&mut buf);
    let before = alloc::allocations();
    std::hint::black_box(measured_loop(v.run, &mut buf, n));
    (alloc::allocations() - before) as f64 / n as f64
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Measures every variant and prints the table.
pub(crate) fn run(variants: &[Variant], rounds: usize, iters: u64) {
    let allocs: Vec<f64> = variants.iter().map(|v| allocations_per_request(v, 1000)).collect();
    let mut samples: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); variants.len()];
    let mut buf = Vec::with_capacity(2048);
    for v in variants {
        (v.run)(&mut buf); // warm-up
    }
    for round in 0..rounds {
        for k in 0..variants.len() {
            let i = (k + round) % variants.len();
            let start = Instant::now();
            std::hint::black_box(measured_loop(variants[i].run, &mut buf, iters));
            samples[i].push(start.elapsed().as_nanos() as f64 / iters as f64);
        }
    }
    let ns: Vec<f64> = samples.into_iter().map(median).collect();

    println!("{rounds} rounds x {iters} iterations per variant, order rotated each round; median wall ns");
    println!("| group | variant | wall ns/request | allocations/request | ours vs this |");
    println!("| --- | --- | ---: | ---: | ---: |");
    for (i, v) in variants.iter().enumerate() {
        let ours = variants.iter().position(|o| o.group == v.group && o.role == Role::Ours).unwrap();
        println!("| {} | {} | {:.0} | {:.1} | {:.2} |", v.group, v.name, ns[i], allocs[i], ns[ours] / ns[i]);
    }
    println!();
    let mut groups: Vec<&str> = variants.iter().map(|v| v.group).collect();
    groups.dedup();
    for group in groups {
        let of =
            |role: Role| variants.iter().enumerate().filter(move |(_, v)| v.group == group && v.role == role);
        let ours = ns[of(Role::Ours).next().unwrap().0];
        let twin = ns[of(Role::Twin).next().unwrap().0];
        match of(Role::Peer).map(|(i, v)| (ns[i], v.name)).min_by(|a, b| a.0.total_cmp(&b.0)) {
            Some((fastest, peer)) => println!(
                "{group}: ours vs twin {:.2}, ours vs fastest peer ({peer}) {:.2}  (wall time)",
                ours / twin,
                ours / fastest
            ),
            None => println!("{group}: ours vs twin {:.2}  (wall time)", ours / twin),
        }
    }
}
