#!/usr/bin/env bash
# Runs fuzz targets with cargo-fuzz (libFuzzer, nightly), each starting from its committed seeds in
# fuzz/corpus/<target>/ (read only) and growing a working corpus in fuzz/work/<target>/ (ignored by git),
# and prints one line per target: iterations, coverage (edges) and whether it crashed. A crash leaves its
# input in fuzz/artifacts/<target>/: once fixed, copy it into fuzz/corpus/<target>/, and the stable
# replay test (tests/tests/fuzz_replay.rs) keeps it fixed.
#
# usage: [RUNS=N] scripts/fuzz.sh [TARGET|all] [SECONDS per target, default 600]
# Each target stops after RUNS inputs (default 1,000,000) or SECONDS, whichever comes first.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-all}"
secs="${2:-600}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
rustup toolchain list | grep -q nightly || rustup toolchain install nightly --profile minimal
if [ "$target" = all ]; then
    targets=$(cargo +nightly fuzz list --fuzz-dir fuzz)
else
    targets="$target"
fi
for t in $targets; do
    log=$(mktemp)
    status=ok
    mkdir -p "fuzz/work/$t"
    cargo +nightly fuzz run --fuzz-dir fuzz "$t" "fuzz/work/$t" "fuzz/corpus/$t" -- -max_total_time="$secs" -runs="${RUNS:-1000000}" -print_final_stats=1 \
        >"$log" 2>&1 || status=CRASH
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1)
    edges=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}')
    echo "$t: ${runs:-?} runs, ${edges:-?} edges, $status"
    [ "$status" = ok ] || tail -40 "$log"
    rm -f "$log"
done
