#!/usr/bin/env bash
# Mutation testing with cargo-mutants over the scope of the testing issue, one scope at a time, each with
# the tests that exercise it. Hours on 2 cores: not part of CI. Results go to mutants.out/<scope>/ and the
# caught / missed / timeout counts are printed; record them in TESTING.md.
#
# usage: scripts/mutants.sh [SCOPE...]     SCOPE: rules core derive client (default: all four)
# one file:   cargo mutants --file payment-rules/src/card.rs --test-workspace=true
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-mutants >/dev/null || cargo install cargo-mutants --locked

run() {
    local scope=$1
    shift
    echo "== $scope"
    mkdir -p "mutants.out/$scope"
    cargo mutants --output "mutants.out/$scope" "$@" || true
    for outcome in caught missed timeout unviable; do
        printf '%s: %s\n' "$outcome" "$(wc -l <"mutants.out/$scope/mutants.out/$outcome.txt" 2>/dev/null || echo 0)"
    done
}

scopes=("$@")
[ ${#scopes[@]} -gt 0 ] || scopes=(rules core derive client)
for scope in "${scopes[@]}"; do
    case $scope in
    # The rules are tested in their crate and, against published vectors, in tests/ and payment-core.
    rules) run rules --file 'payment-rules/src/**/*.rs' --test-workspace=true ;;
    core) run core --file 'payment-core/src/value/*.rs' --file 'payment-core/src/wire/*.rs' --test-workspace=true ;;
    # The derive's checks are seen through the trybuild snapshots and the expansion tests.
    derive) run derive --file payment-derive/src/check.rs --file payment-derive/src/attr.rs --test-workspace=true ;;
    client) run client --file payment-client/src/error.rs --file payment-client/src/transport.rs \
        --file payment-client/src/redact.rs --test-workspace=true ;;
    *) echo "unknown scope $scope (rules, core, derive, client)" >&2; exit 2 ;;
    esac
done
