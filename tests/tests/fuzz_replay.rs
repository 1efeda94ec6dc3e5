//! Every fuzz target's corpus (`fuzz/corpus/<target>/`), replayed through the target's own body on
//! stable: a crash the fuzzer once found (its input kept in the corpus) stays fixed.

#[path = "../../fuzz/bodies.rs"]
mod fuzz;

use std::path::Path;

#[test]
fn every_fuzz_target_replays_its_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus");
    let mut total = 0;
    for (name, run) in fuzz::bodies::TARGETS {
        let dir = corpus.join(name);
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("fuzz/corpus/{name}: {e}"));
        let mut replayed = 0;
        for entry in entries {
            let path = entry.expect("a corpus entry").path();
            let input = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            run(&input);
            replayed += 1;
        }
        assert!(replayed > 0, "fuzz/corpus/{name} is empty");
        total += replayed;
    }
    assert!(total >= 11, "{total} corpus inputs");
}
