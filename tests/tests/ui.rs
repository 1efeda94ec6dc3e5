//! Compile-fail and compile-pass tests: every rejected literal and every misuse of the derive has a
//! `.stderr` snapshot. Regenerate with `TRYBUILD=overwrite cargo test -p payment-tests --test ui`.

/// The case folders; a renamed, missing or empty one fails the test instead of passing silently.
const FOLDERS: [&str; 4] = ["literal/fail", "literal/pass", "builder/fail", "builder/pass"];

/// The `.rs` cases of `ui/<folder>`.
fn cases(folder: &str) -> usize {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui").join(folder);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("ui/{folder}: {e}"));
    entries.filter_map(Result::ok).filter(|e| e.path().extension().is_some_and(|x| x == "rs")).count()
}

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    for folder in FOLDERS {
        assert!(cases(folder) > 0, "ui/{folder} has no case");
        if folder.ends_with("fail") {
            t.compile_fail(format!("ui/{folder}/*.rs"));
        } else {
            t.pass(format!("ui/{folder}/*.rs"));
        }
    }
}
