//! The server's modules as layers that only point down, read from the `crate::` paths in
//! `server/src`: no import cycle between the top-level modules, and the engine (the clock,
//! regions, directory, search, triage, the desk overview and the Markdown helper) never reaches the web layer,
//! the user interface (`app`) or the HTTP framework, only `hulpwijzer-core` below it. The
//! core itself depends on no web framework, server or search engine. Prints the graph with
//! `--nocapture`.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

/// The modules of the engine: pure logic over the data, usable without a server (the
/// Markdown helper is a leaf the data's reports use; `hsds` turns the directory into open
/// data; `reports` keeps visitors' notes in a database; `cores` shares start-up work
/// over the cores).
const ENGINE: [&str; 10] = [
    "clock",
    "cores",
    "regions",
    "directory",
    "search",
    "triage",
    "overview",
    "markdown",
    "hsds",
    "reports",
];

/// What the engine must not name: the UI and HTTP crates.
const NOT_IN_THE_ENGINE: [&str; 5] = ["leptos", "axum", "tower", "app", "leptos_axum"];

/// What the core must not depend on: it builds for the browser and the server alike and
/// holds no rendering, serving or searching.
const NOT_IN_THE_CORE: [&str; 8] = [
    "leptos",
    "axum",
    "tokio",
    "tantivy",
    "hyper",
    "wasm-bindgen",
    "web-sys",
    "app",
];

/// Every `.rs` file under `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The top-level module a file belongs to (`triage/steps.rs` → `triage`).
fn module_of(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).unwrap();
    let first = relative.components().next().unwrap();
    first
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_owned()
}

/// The code of a file without its comments and its test module.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first path segment of every `crate::` path, with `use crate::{a, b::{c}}` expanded.
fn crate_paths(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(inner) = rest.strip_prefix('{') {
            let mut depth = 1;
            let mut item = String::new();
            for c in inner.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth == 0 || (depth == 1 && c == ',') {
                    push_first(&mut out, &item);
                    item.clear();
                    if depth == 0 {
                        break;
                    }
                } else if depth == 1 {
                    item.push(c);
                } else {
                    item.push(' ');
                }
            }
        } else {
            push_first(&mut out, rest);
        }
    }
    out
}

fn push_first(out: &mut BTreeSet<String>, path: &str) {
    let first: String = path
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
        .collect();
    if !first.is_empty() {
        out.insert(first);
    }
}

/// Module → the modules it names, and module → its code.
fn graph() -> (BTreeMap<String, BTreeSet<String>>, BTreeMap<String, String>) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = sources(&root);
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(&root, f)).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    for file in &files {
        let module = module_of(&root, file);
        let code = code(&std::fs::read_to_string(file).unwrap());
        let named = crate_paths(&code)
            .into_iter()
            .filter(|m| modules.contains(m) && *m != module);
        edges.entry(module.clone()).or_default().extend(named);
        texts.entry(module).or_default().push_str(&code);
    }
    (edges, texts)
}

/// A cycle through `from`, if there is one: depth-first search with the path so far.
fn cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, edges, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|node| visit(node, edges, &mut Vec::new(), &mut done))
}

#[test]
fn the_server_s_modules_have_no_import_cycle() {
    let (edges, _) = graph();
    for (module, named) in &edges {
        let named: Vec<&str> = named.iter().map(String::as_str).collect();
        println!("{module} -> {}", named.join(", "));
    }
    assert!(edges.len() > 15, "the modules are read ({})", edges.len());
    assert_eq!(cycle(&edges), None);
    // The check can fail: a back edge from the engine to the router is a cycle.
    let mut with_back_edge = edges.clone();
    with_back_edge
        .entry("triage".into())
        .or_default()
        .insert("routes".into());
    assert!(cycle(&with_back_edge).is_some());
}

#[test]
fn the_engine_reaches_neither_the_web_layer_nor_the_ui() {
    let (edges, texts) = graph();
    for module in ENGINE {
        let named = edges.get(module).unwrap();
        let outside: Vec<&String> = named
            .iter()
            .filter(|m| !ENGINE.contains(&m.as_str()))
            .collect();
        assert!(outside.is_empty(), "{module} names {outside:?}");
        let code = texts.get(module).unwrap();
        for word in NOT_IN_THE_ENGINE {
            let used = code
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .any(|token| token == word || token.starts_with(&format!("{word}::")));
            assert!(!used, "{module} uses {word}");
        }
    }
}

/// The names of the dependencies in a Cargo.toml's `[dependencies]` table.
fn dependencies(manifest: &str) -> Vec<String> {
    let table: toml::Table = toml::from_str(manifest).unwrap();
    table
        .get("dependencies")
        .and_then(toml::Value::as_table)
        .map(|deps| deps.keys().cloned().collect())
        .unwrap_or_default()
}

#[test]
fn the_core_depends_on_no_framework() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("../core/Cargo.toml")).unwrap();
    let deps = dependencies(&manifest);
    assert!(deps.contains(&"serde".to_owned()), "{deps:?}");
    for crate_name in NOT_IN_THE_CORE {
        assert!(
            !deps.iter().any(|d| d == crate_name),
            "the core depends on {crate_name}"
        );
    }
    // The check can fail: the user interface's manifest names Leptos.
    let ui = std::fs::read_to_string(root.join("../app/Cargo.toml")).unwrap();
    assert!(dependencies(&ui).iter().any(|d| d == "leptos"));
}

#[test]
fn use_lines_are_read_with_their_nested_braces() {
    let paths = crate_paths(
        "use crate::{\n    directory::{hours::At, present::{a, b}},\n    regions::Regions,\n};\nlet x = crate::clock::Clock::System;",
    );
    let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
    assert_eq!(paths, ["clock", "directory", "regions"]);
}
