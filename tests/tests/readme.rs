//! The README's snippets of a raw order, stored cards, webhooks and the blocking client are excerpts of
//! runnable examples and tests: every code line of a snippet must be a line of its example, so the two cannot drift apart.
//! (Lines that only elide, `// ...`, are skipped.)

const README: &str = include_str!("../../README.md");

/// `(README section heading, the example it is cut from)`.
const EXCERPTS: [(&str, &str); 5] = [
    ("### Your own request types", include_str!("readme_framework.rs")),
    ("### Check a shop's raw order in one pass", include_str!("raw_order.rs")),
    ("### Stored cards", include_str!("../../payment-client/examples/stored_card.rs")),
    (
        "### Webhooks: verified, never trusted",
        include_str!("../../payment-client/examples/webhook_handler.rs"),
    ),
    ("### Without an async runtime", include_str!("../../payment-client/examples/blocking.rs")),
];

/// The lines of the first ```rust block after `heading`.
fn snippet(heading: &str) -> Vec<&'static str> {
    let section = &README[README.find(heading).unwrap_or_else(|| panic!("README has no `{heading}`"))..];
    let start = section.find("```rust\n").unwrap_or_else(|| panic!("`{heading}` has no rust block")) + 8;
    let end = start + section[start..].find("```").expect("the block ends");
    section[start..end].lines().collect()
}

#[test]
fn readme_snippets_are_lines_of_their_examples() {
    for (heading, example) in EXCERPTS {
        let lines: Vec<&str> = example.lines().map(str::trim).collect();
        let code: Vec<&str> = snippet(heading)
            .into_iter()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("// ..."))
            .collect();
        assert!(code.len() >= 3, "`{heading}`: a snippet of {} lines", code.len());
        for line in code {
            assert!(lines.contains(&line), "`{heading}`: `{line}` is not a line of its example");
        }
    }
}
