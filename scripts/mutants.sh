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

CLIENT_TESTS=()
for t in faults error_kinds secrets client_sandbox blocking webhooks tracing stored_cards; do
    CLIENT_TESTS+=("--cargo-test-arg=--test=$t")
done

# Every integration test target of the workspace except the slow ones, which run in a pass of their
# own: the trybuild suite (`ui`, minutes) and the 10,000 generated requests (`props_valid`, 12 s).
WORKSPACE_TESTS=()
for f in tests/tests/*.rs payment-*/tests/*.rs; do
    t=$(basename "$f" .rs)
    case $t in ui | props_valid) ;; *) WORKSPACE_TESTS+=("--cargo-test-arg=--test=$t") ;; esac
done

scopes=("$@")
[ ${#scopes[@]} -gt 0 ] || scopes=(rules core derive client)
for scope in "${scopes[@]}"; do
    case $scope in
    # The rules are tested in their crate and, against published vectors, in tests/ and payment-core.
    rules) run rules --file 'payment-rules/src/**/*.rs' --test-workspace=true ;;
    # The value types and the wire reader, in four passes, each on the survivors of the ones before
    # (`--iterate`): payment-core's own unit and integration tests (seconds per mutant); the workspace's
    # tests except the slow ones (the rules against the world, the models' wire fidelity, the client);
    # the doc tests (the literal macros' compile_fail examples); then the 10,000 generated requests
    # (`props_valid`, 12 s a run) and the trybuild suite (minutes per mutant). CORE_FROM=N starts at
    # pass N (after an interrupted run: the passes before it are in mutants.out/core). After adding tests
    # for survivors, CORE_ITERATE=1 runs pass 1 on the survivors only (then the later passes). The
    # unviable count of the final tree: `cargo mutants --check` with the same `--file`s.
    core)
        local_core=(--file 'payment-core/src/value/*.rs' --file 'payment-core/src/wire/*.rs')
        from=${CORE_FROM:-1}
        again=()
        [ -z "${CORE_ITERATE:-}" ] || again=(--iterate)
        [ "$from" -gt 1 ] || run core "${local_core[@]}" "${again[@]}" --timeout 120 --cargo-test-arg=--lib \
            --cargo-test-arg=--tests
        [ "$from" -gt 2 ] || run core "${local_core[@]}" --iterate --test-workspace=true --baseline=skip \
            --timeout 300 --build-timeout 1500 --cargo-test-arg=--lib "${WORKSPACE_TESTS[@]}"
        [ "$from" -gt 3 ] || run core "${local_core[@]}" --iterate --baseline=skip --timeout 300 \
            --cargo-test-arg=--doc
        run core "${local_core[@]}" --iterate --test-workspace=true --baseline=skip --timeout 900 \
            --build-timeout 1500 --cargo-test-arg=--test=props_valid --cargo-test-arg=--test=ui
        ;;
    # The derive's checks are seen through the trybuild snapshots and the expansion tests.
    # Two passes: the derive's own tests (seconds per mutant), then, for the survivors only (`--iterate`),
    # the trybuild suite, which sees every compile error the checks emit (minutes per mutant).
    derive)
        run derive --file payment-derive/src/check.rs --file payment-derive/src/attr.rs --timeout 120
        run derive --file payment-derive/src/check.rs --file payment-derive/src/attr.rs --iterate \
            --test-workspace=true --baseline=skip --timeout 900 --build-timeout 1500 --cargo-test-arg=--test=ui
        ;;
    # The client's error classification and transport are seen through the fault, error-kind and
    # sandbox tests of the `tests` package; only those test targets run (`--lib` adds the unit tests).
    # cargo-mutants 27 runs its baseline with the mutated package's tests only, where those targets do
    # not exist, so the baseline is skipped (the whole suite passes in CI) and time-outs are explicit.
    client) run client --file payment-client/src/error.rs --file payment-client/src/transport.rs \
        --file payment-client/src/redact.rs --test-workspace=true --baseline=skip --timeout 180 \
        --build-timeout 1500 --cargo-test-arg=--lib "${CLIENT_TESTS[@]}" ;;
    *) echo "unknown scope $scope (rules, core, derive, client)" >&2; exit 2 ;;
    esac
done
