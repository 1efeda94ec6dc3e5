//! No file imports a file that imports it back, unless the pair is listed below with its reason (issue
//! 29). Read from the source: the top-level `use crate::..` and `use super::..` statements of every file
//! of the library crates, each path resolved to the file of the longest module it names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The source folders read.
const CRATES: [&str; 6] = [
    "payment-rules/src",
    "payment-derive/src",
    "payment-core/src",
    "payment-client/src",
    "payment-cli/src",
    "tests/adyen/src",
];

/// Circles kept on purpose, each with its reason; the files say it at their top too.
const ALLOWED: [(&[&str], &str); 1] = [(
    &["payment-client/src/builder.rs", "payment-client/src/client.rs"],
    "as reqwest's `Client` and `ClientBuilder`: `Client::builder()` hands out the builder, which builds a `Client`",
)];

/// A module path (`["wire", "collect"]`) for each file of a crate, and back.
struct Crate {
    files: BTreeMap<Vec<String>, PathBuf>,
}

impl Crate {
    fn read(root: &Path) -> Crate {
        let mut files = BTreeMap::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().map(Result::unwrap) {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files.insert(module_of(root, &path), path);
                }
            }
        }
        Crate { files }
    }

    /// The file of the longest module that `path` (absolute segments) names.
    fn resolve(&self, path: &[String]) -> Option<&PathBuf> {
        (0..=path.len()).rev().find_map(|n| self.files.get(&path[..n]))
    }
}

/// `wire/collect.rs` -> `["wire", "collect"]`; `wire/mod.rs` -> `["wire"]`; `lib.rs` / `main.rs` -> `[]`.
fn module_of(root: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(root).unwrap().with_extension("");
    let mut segments: Vec<String> =
        relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    if matches!(segments.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        segments.pop();
    }
    segments
}

/// The top-level private `use` statements of a file, whole (joined over lines): what its code uses. A
/// re-export (`pub use`, `pub(crate) use`) is the module's face, not a dependency of its code, and an
/// indented `use` belongs to an inner module (`mod tests`).
fn use_statements(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(statement) = current.as_mut() {
            statement.push_str(line.trim());
        } else if let Some(rest) = line.strip_prefix("use ") {
            current = Some(rest.to_owned());
        }
        if current.as_ref().is_some_and(|s| s.ends_with(';')) {
            out.push(current.take().unwrap().trim_end_matches(';').to_owned());
        }
    }
    out
}

/// The paths of a use tree: `crate::wire::{self, a::B, C}` -> `crate::wire`, `crate::wire::a::B`,
/// `crate::wire::C`.
fn expand(tree: &str) -> Vec<String> {
    // A rename (`X as Y`) keeps the path of `X`.
    let tree: String = tree.replace(" as ", "@").chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else { return vec![tree.split('@').next().unwrap().to_owned()] };
    let (prefix, inner) = (&tree[..open], &tree[open + 1..tree.len() - 1]);
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            if p == "self" {
                vec![prefix.trim_end_matches("::").to_owned()]
            } else {
                expand(&format!("{prefix}{p}"))
            }
        })
        .collect()
}

/// The absolute module segments of a `crate::`, `super::` or `self::` path used in module `here`.
fn absolute(path: &str, here: &[String]) -> Option<Vec<String>> {
    let mut segments: Vec<&str> = path.split("::").collect();
    let mut base: Vec<String> = match segments.first()? {
        &"crate" => Vec::new(),
        &"super" | &"self" => here.to_vec(),
        _ => return None,
    };
    if segments[0] == "crate" {
        segments.remove(0);
    } else {
        while let Some(&first) = segments.first() {
            match first {
                "super" => {
                    base.pop()?;
                }
                "self" => {}
                _ => break,
            }
            segments.remove(0);
        }
    }
    base.extend(segments.into_iter().map(str::to_owned));
    Some(base)
}

/// Every file's imports of other files, as workspace-relative paths.
fn graph(workspace: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let name = |p: &Path| p.strip_prefix(workspace).unwrap().to_string_lossy().replace('\\', "/");
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for dir in CRATES {
        let krate = Crate::read(&workspace.join(dir));
        for (module, file) in &krate.files {
            let text = std::fs::read_to_string(file).unwrap();
            let from = name(file);
            let entry = edges.entry(from.clone()).or_default();
            for statement in use_statements(&text) {
                for path in expand(&statement) {
                    let Some(target) = absolute(&path, module).and_then(|p| krate.resolve(&p).cloned())
                    else {
                        continue;
                    };
                    if target != *file {
                        entry.insert(name(&target));
                    }
                }
            }
        }
    }
    edges
}

/// The strongly connected components of more than one file (Tarjan's algorithm).
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<BTreeSet<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.edges.get(v).into_iter().flatten() {
            if !s.index.contains_key(w.as_str()) {
                visit(s, w);
                let low = s.low[w.as_str()].min(s.low[v]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w.as_str()) {
                let low = s.index[w.as_str()].min(s.low[v]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = BTreeSet::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.insert(w.to_owned());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                s.out.push(component);
            }
        }
    }
    let mut s = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
}

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

#[test]
fn every_import_circle_is_listed_with_its_reason() {
    let edges = graph(workspace());
    assert!(edges.len() > 100, "the source was read: {} files", edges.len());
    let found = circles(&edges);
    let allowed: Vec<BTreeSet<String>> =
        ALLOWED.iter().map(|(files, _)| files.iter().map(|f| (*f).to_owned()).collect()).collect();
    for circle in &found {
        assert!(allowed.contains(circle), "an import circle without a reason: {circle:?}");
    }
    for (files, reason) in ALLOWED {
        let set: BTreeSet<String> = files.iter().map(|f| (*f).to_owned()).collect();
        assert!(found.contains(&set), "listed but no longer a circle (remove it): {files:?}");
        assert!(!reason.is_empty());
        for file in files {
            let text = std::fs::read_to_string(workspace().join(file)).unwrap();
            let head: String = text.lines().take_while(|l| l.starts_with("//!")).collect();
            assert!(head.contains("import circle"), "{file} does not say at its top why it is in a circle");
        }
    }
}

/// The reader itself, on the shapes it must see: a nested use tree, `super::` from a `mod.rs` and a
/// file, and a circle of three.
#[test]
fn the_reader_resolves_use_trees_and_finds_circles() {
    assert_eq!(
        expand("crate::wire::{self, collect::{Collect, Scalar}, Flatten as F}"),
        [
            "crate::wire",
            "crate::wire::collect::Collect",
            "crate::wire::collect::Scalar",
            "crate::wire::Flatten"
        ]
    );
    let here: Vec<String> = ["wire", "collect"].map(str::to_owned).to_vec();
    assert_eq!(absolute("super::map::X", &here).unwrap(), ["wire", "map", "X"].map(str::to_owned));
    assert_eq!(
        absolute("super::X", &["wire".to_owned()]).unwrap(),
        ["X"].map(str::to_owned),
        "from a mod.rs"
    );
    let text = "use crate::a::{\n    B,\n    C,\n};\n    use crate::inner;\npub use crate::face::X;\n";
    assert_eq!(use_statements(text), ["crate::a::{B,C,}"]);
    let edges: BTreeMap<String, BTreeSet<String>> = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]
        .into_iter()
        .fold(BTreeMap::new(), |mut m, (x, y)| {
            m.entry(x.to_owned()).or_insert_with(BTreeSet::new).insert(y.to_owned());
            m
        });
    assert_eq!(circles(&edges), [["a", "b", "c"].map(str::to_owned).into_iter().collect::<BTreeSet<_>>()]);
}
