#!/usr/bin/env bash
# Instructions executed by rustc for one suite crate of the compile-time benchmark (valgrind callgrind on
# the exact `rustc` command cargo runs; threads included; repeatable to about +-0.5 % here).
#
# usage: benches/compile/instructions.sh OUT_DIR [CRATE]
#   OUT_DIR: the scratch workspace of a `run` (e.g. target/compile-bench), whose crates are already built
#   CRATE:   the suite crate, default bench-payment-ours
# To compare two commits, point OUT_DIR/Cargo.toml's `payment-core` path at a `git archive` of each.
set -euo pipefail
cd "$1"
crate="${2:-bench-payment-ours}"
cargo build -q -p "$crate" >/dev/null 2>&1 || true
cargo clean -q -p "$crate"
cmd=$(cargo build -v -p "$crate" 2>&1 | grep -E "Running .*rustc .*--crate-name ${crate//-/_} " | sed -E 's/^ *Running `(.*)`$/\1/')
cargo clean -q -p "$crate"
mkdir -p target/debug/deps
out=$(mktemp -d)
eval "valgrind --tool=callgrind --callgrind-out-file=$out/cg.%p $cmd" 2>&1 | grep -E "Collected" | tail -1 | awk '{print $NF}'
rm -rf "$out"
