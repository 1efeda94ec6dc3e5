//! The README's rust blocks: each is complete, and then compiled and run as a doc test of this crate
//! (`ReadmeDoctests` in `tests/src/lib.rs`), or a fragment: a `rust,ignore` block whose first line says
//! so (`// A fragment of <file>, which holds the whole.` or `// A fragment: <where the whole is>`). A
//! fragment of a file must be lines of that file, so the two cannot drift apart (lines that only elide,
//! `// ...`, are skipped).

const README: &str = include_str!("../../README.md");

/// `(info string, lines)` of every fenced block.
fn blocks() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out = Vec::new();
    let mut lines = README.lines();
    while let Some(line) = lines.next() {
        if let Some(info) = line.strip_prefix("```") {
            let body = lines.by_ref().take_while(|l| !l.starts_with("```")).collect();
            out.push((info, body));
        }
    }
    out
}

/// The files fragments may be cut from, by the path the README names.
const SOURCES: [(&str, &str); 4] = [
    ("tests/tests/readme_framework.rs", include_str!("readme_framework.rs")),
    ("tests/tests/raw_order.rs", include_str!("raw_order.rs")),
    ("payment-client/examples/stored_card.rs", include_str!("../../payment-client/examples/stored_card.rs")),
    (
        "payment-client/examples/webhook_handler.rs",
        include_str!("../../payment-client/examples/webhook_handler.rs"),
    ),
];

#[test]
fn every_rust_block_is_a_doc_test_or_a_marked_fragment() {
    let rust: Vec<_> = blocks().into_iter().filter(|(info, _)| info.starts_with("rust")).collect();
    assert!(rust.len() >= 10, "{} rust blocks", rust.len());
    for (info, lines) in &rust {
        match *info {
            // Compiled and run by the doc test.
            "rust" => assert!(!lines.is_empty()),
            "rust,ignore" => assert!(
                lines.first().is_some_and(|l| l.starts_with("// A fragment")),
                "a `rust,ignore` block must say it is a fragment and where the whole is: {:?}",
                lines.first()
            ),
            other => panic!("`{other}`: a README block is `rust` (complete) or `rust,ignore` (a fragment)"),
        }
    }
    let bare = blocks().into_iter().filter(|(info, _)| info.is_empty()).count();
    assert_eq!(bare, 0, "a block without a language is compiled as rust by rustdoc: name it (`text`)");
}

#[test]
fn fragments_of_a_file_are_lines_of_that_file() {
    let mut checked = 0;
    for (_, lines) in blocks().into_iter().filter(|(info, _)| *info == "rust,ignore") {
        let Some(path) = lines[0].strip_prefix("// A fragment of ").and_then(|r| r.split(',').next()) else {
            continue;
        };
        let (_, source) = SOURCES
            .iter()
            .find(|(p, _)| *p == path)
            .unwrap_or_else(|| panic!("`{path}` is not a file this test knows: add it to SOURCES"));
        let file: Vec<&str> = source.lines().map(str::trim).collect();
        let code: Vec<&str> = lines[1..]
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty() && !l.starts_with("// ..."))
            .collect();
        assert!(code.len() >= 3, "`{path}`: a fragment of {} lines", code.len());
        for line in code {
            assert!(file.contains(&line), "`{path}`: `{line}` is not a line of it");
        }
        checked += 1;
    }
    assert_eq!(checked, SOURCES.len(), "one fragment per file");
}
