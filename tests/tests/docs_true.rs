//! The docs name only what exists (issue 29): every file path and every `payment_*::` item written in
//! backticks in `README.md`, `ARCHITECTURE.md` and `TESTING.md` is a file of the repository or an item
//! defined in its source. A path may be written from the repository root
//! (`payment-core/src/wire/flat.rs`) or from a crate's folder (`wire/flat.rs`); `*` and `{a,b}` are
//! globs; a placeholder (`<type>.rs`) names a file to create and is not checked.

use std::path::{Path, PathBuf};

const DOCS: [&str; 3] = ["README.md", "ARCHITECTURE.md", "TESTING.md"];

/// The crates of this workspace, as paths start with them.
const OURS: [&str; 6] =
    ["payment_core", "payment_client", "payment_rules", "payment_derive", "payment_tests", "adyen_model"];

/// Other crates' paths (`std::..`, `serde::..`): not this repository's to define.
const OTHER_CRATES: [&str; 16] = [
    "std",
    "core",
    "alloc",
    "serde",
    "serde_json",
    "time",
    "tokio",
    "reqwest",
    "url",
    "syn",
    "darling",
    "bon",
    "validator",
    "trybuild",
    "uuid",
    "zeroize",
];

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// Every file of the repository (not `target`, `.git` or the fuzz corpus), as `/`-separated paths
/// from the root.
fn files() -> Vec<String> {
    let root = workspace();
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().map(Result::unwrap) {
            let path: PathBuf = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if !matches!(name.as_str(), "target" | ".git" | "corpus") {
                    stack.push(path);
                }
            } else {
                out.push(path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out
}

/// The backticked spans of a Markdown text, code blocks left out.
fn spans(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut in_block = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if !in_block {
            out.extend(line.split('`').skip(1).step_by(2));
        }
    }
    out
}

/// `a/{b,c}/*.rs` -> `a/b/*.rs`, `a/c/*.rs`.
fn braces(pattern: &str) -> Vec<String> {
    let (Some(open), Some(close)) = (pattern.find('{'), pattern.find('}')) else {
        return vec![pattern.to_owned()];
    };
    pattern[open + 1..close]
        .split(',')
        .flat_map(|alt| braces(&format!("{}{alt}{}", &pattern[..open], &pattern[close + 1..])))
        .collect()
}

/// Whether `name` matches `pattern`, where `*` stands for any run of characters but `/`.
fn glob(pattern: &str, name: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == name,
        Some((head, tail)) => {
            let Some(rest) = name.strip_prefix(head) else { return false };
            (0..=rest.len())
                .take_while(|&i| i == 0 || !rest[..i].contains('/'))
                .filter(|&i| rest.is_char_boundary(i))
                .any(|i| glob(tail, &rest[i..]))
        }
    }
}

/// A word that names a file: a `/` and an extension, no placeholder.
fn is_path(word: &str) -> bool {
    let exts = [".rs", ".md", ".toml", ".json", ".sh", ".txt", ".csv", ".stderr"];
    word.contains('/')
        && exts.iter().any(|e| word.ends_with(e))
        && !word.contains('<')
        && !word.contains("://")
}

#[test]
fn every_file_path_in_the_docs_exists() {
    let files = files();
    let mut missing = Vec::new();
    let mut checked = 0;
    for doc in DOCS {
        let text = std::fs::read_to_string(workspace().join(doc)).unwrap();
        for span in spans(&text) {
            for word in span.split_whitespace().filter(|w| is_path(w)) {
                checked += 1;
                let found = braces(word).iter().all(|pattern| {
                    files
                        .iter()
                        .any(|f| glob(pattern, f) || f.rsplit_once('/').is_some() && ends_with(f, pattern))
                });
                if !found {
                    missing.push(format!("{doc}: `{word}`"));
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} paths read");
    assert!(missing.is_empty(), "paths named in the docs that do not exist:\n{}", missing.join("\n"));
}

/// Whether `file` ends with the whole path segments of `pattern` (`wire/flat.rs` matches
/// `payment-core/src/wire/flat.rs`, not `payment-core/src/nowire/flat.rs`).
fn ends_with(file: &str, pattern: &str) -> bool {
    let segments = pattern.matches('/').count() + 1;
    let tail: Vec<&str> = file.rsplitn(segments + 1, '/').take(segments).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    glob(pattern, &tail.join("/"))
}

/// Every name the source defines (`fn`, `struct`, `enum`, `trait`, `type`, `const`, `static`, `mod`,
/// `macro_rules!`, and enum variants and fields, loosely: an identifier at the start of a line).
fn defined_names(files: &[String]) -> std::collections::BTreeSet<String> {
    let keywords =
        ["fn ", "struct ", "enum ", "trait ", "type ", "const ", "static ", "mod ", "macro_rules! "];
    let mut names = std::collections::BTreeSet::new();
    // The constants `build.rs` generates from the tables (`Currency::USD`, `Country::JP`): each code.
    for table in ["payment-rules/data/iso4217.csv", "payment-rules/data/iso3166-1.csv"] {
        let text = std::fs::read_to_string(workspace().join(table)).unwrap();
        names.extend(
            text.lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split(',').next())
                .map(str::to_owned),
        );
    }
    for file in files.iter().filter(|f| f.ends_with(".rs")) {
        let text = std::fs::read_to_string(workspace().join(file)).unwrap();
        for line in text.lines() {
            let code = line.trim_start().trim_start_matches("pub(crate) ").trim_start_matches("pub ");
            let code = code.trim_start_matches("const fn ").trim_start_matches("async ");
            let ident = keywords.iter().find_map(|k| code.strip_prefix(k)).unwrap_or(code);
            let name: String = ident.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                names.insert(name);
            }
        }
    }
    names
}

#[test]
fn every_item_named_in_the_docs_is_defined() {
    let names = defined_names(&files());
    let mut missing = Vec::new();
    let mut checked = 0;
    for doc in DOCS {
        let text = std::fs::read_to_string(workspace().join(doc)).unwrap();
        for span in spans(&text) {
            let path = span.trim_end_matches("()").trim_end_matches('!').trim_start_matches("::");
            let is_item = path.contains("::")
                && path
                    .split("::")
                    .all(|s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_'));
            let first = path.split("::").next().unwrap_or_default();
            if !is_item || OTHER_CRATES.contains(&first) {
                continue;
            }
            checked += 1;
            for segment in path.split("::").filter(|s| !OURS.contains(s)) {
                if !names.contains(segment) {
                    missing.push(format!("{doc}: `{span}` (`{segment}`)"));
                }
            }
        }
    }
    assert!(checked > 20, "only {checked} items read");
    assert!(
        missing.is_empty(),
        "items named in the docs that the source does not define:\n{}",
        missing.join("\n")
    );
}

/// ARCHITECTURE's boundary paragraph ("Where the public API ends") names every public item of
/// `payment_core::wire`: its `pub use` lines and its `pub fn`s.
#[test]
fn the_boundary_paragraph_names_every_public_wire_item() {
    let module = std::fs::read_to_string(workspace().join("payment-core/src/wire/mod.rs")).unwrap();
    let architecture = std::fs::read_to_string(workspace().join("ARCHITECTURE.md")).unwrap();
    let start = architecture.find("`payment_core::wire` exports only").expect("the boundary paragraph");
    let paragraph = &architecture[start..start + architecture[start..].find("\n\n").unwrap()];
    let mut items = Vec::new();
    let mut statement = String::new();
    for line in module.lines() {
        if line.starts_with("pub use ") || !statement.is_empty() {
            statement.push_str(line);
            if line.ends_with(';') {
                let names = statement.trim_end_matches(';').rsplit("::").next().unwrap().to_owned();
                items.extend(
                    names.trim_matches(|c| c == '{' || c == '}').split(',').map(|n| n.trim().to_owned()),
                );
                statement.clear();
            }
        } else if let Some(rest) = line.strip_prefix("pub fn ") {
            items.push(rest.split(['<', '(']).next().unwrap().to_owned());
        }
    }
    let items: Vec<String> = items.into_iter().filter(|i| !i.is_empty()).collect();
    assert!(items.len() >= 12, "read {items:?}");
    let missing: Vec<&String> = items.iter().filter(|i| !paragraph.contains(&format!("`{i}`"))).collect();
    assert!(missing.is_empty(), "public items of `wire` the boundary paragraph does not name: {missing:?}");
}

/// ARCHITECTURE's table of field attributes names, per attribute, `file::item` cells of the derive:
/// each file exists and defines the item (a function, a field or a constant).
#[test]
fn the_attribute_table_names_real_functions() {
    let architecture = std::fs::read_to_string(workspace().join("ARCHITECTURE.md")).unwrap();
    let start = architecture.find("## Where each field attribute lives").expect("the table's section");
    let section = &architecture[start..start + architecture[start + 3..].find("\n## ").unwrap() + 3];
    let mut checked = 0;
    let mut missing = Vec::new();
    for span in spans(section) {
        let Some((file, item)) = span.split_once(".rs::") else { continue };
        let path = workspace().join("payment-derive/src").join(format!("{file}.rs"));
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let defined =
            [format!("fn {item}("), format!("fn {item}<"), format!(" {item}:"), format!("const {item}:")]
                .iter()
                .any(|needle| text.contains(needle.as_str()));
        checked += 1;
        if !defined {
            missing.push(span.to_owned());
        }
    }
    assert!(checked > 40, "{checked} cells read");
    assert!(missing.is_empty(), "cells naming nothing: {missing:?}");
}

#[test]
fn the_globs_and_paths_of_this_test_match_as_meant() {
    assert!(glob("tests/tests/derive_*.rs", "tests/tests/derive_enums.rs"));
    assert!(!glob("tests/*.rs", "tests/tests/ui.rs"));
    assert_eq!(braces("ui/{a,b}/{fail,pass}/*.rs").len(), 4);
    assert!(ends_with("payment-core/src/wire/flat.rs", "wire/flat.rs"));
    assert!(!ends_with("payment-core/src/nowire/flat.rs", "wire/flat.rs"));
    assert!(is_path("payment-core/tests/card_props.rs") && !is_path("payment-rules/src/<type>.rs"));
}
