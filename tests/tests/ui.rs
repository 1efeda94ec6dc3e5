//! Compile-fail and compile-pass tests: every rejected literal and every misuse of the derive has a
//! `.stderr` snapshot. Regenerate with `TRYBUILD=overwrite cargo test -p payment-tests --test ui`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    for dir in ["literal", "builder"] {
        let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui").join(dir);
        if base.join("fail").is_dir() {
            t.compile_fail(format!("ui/{dir}/fail/*.rs"));
        }
        if base.join("pass").is_dir() {
            t.pass(format!("ui/{dir}/pass/*.rs"));
        }
    }
}
