#!/usr/bin/env bash
# Instructions per request of every variant of the run-time benchmark (see src/main.rs), with callgrind:
# each variant runs once as a warm-up, then ITERS times inside `measured_loop`, and only that function
# (with everything it calls) is counted (`--toggle-collect`). Prints `variant instructions_per_request`.
#
#   benches/runtime/instructions.sh            # ITERS=2000 by default
#   ITERS=5000 KEEP=/tmp/cg benches/runtime/instructions.sh   # keep the callgrind files for callgrind_annotate
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$here/../../target/runtime-bench}"
iters="${ITERS:-2000}"
out="${KEEP:-$(mktemp -d)}"
mkdir -p "$out"

cargo build --quiet --release --manifest-path "$here/Cargo.toml"
bin="$CARGO_TARGET_DIR/release/runtime-bench"

variants=(builder_ours builder_twin builder_bon builder_typed parse_ours parse_twin parse_validator parse_garde
    parse_union parse_union_twin parse_serde_field parse_serde_twin)
for v in "${variants[@]}"; do
    file="$out/callgrind.$v.out"
    valgrind --tool=callgrind --toggle-collect='*measured_loop*' --callgrind-out-file="$file" \
        "$bin" --only "$v" --iters "$iters" >/dev/null 2>&1
    total="$(sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$file")"
    echo "$v $((total / iters))"
done

[[ -n "${KEEP:-}" ]] || rm -rf "$out"
