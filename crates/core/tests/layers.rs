//! The layers of the validator's core, read from the source (issue 26).
//!
//! The core runs one way: formats (with terms, the words every stage
//! shares: Level, Lang) → input (with json, the one reader's handling of
//! what serde_json refuses) → model → rules → report (with data_format,
//! which turns format problems into findings, and the crate root's
//! `validate_*`) → the outputs made from a filing (canonical, the
//! catalogue). No module may use a later stage, and none may sit in a
//! circle. What is built around the core (the generators, the wasm API, the
//! DOM binding, the CLI and the service) lives in crates of its own that
//! depend on this one, so the core cannot reach them: its manifest names no
//! browser, server or generator crate, and a test below holds that too.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The core's modules and their stages, in the order data flows.
const STAGES: &[(&str, u8)] = &[
    // What std's prelude gives, from `alloc` (the crate builds without std
    // for the wasm modules); it imports nothing of the crate.
    ("prelude", 0),
    ("formats", 0),
    ("terms", 0),
    ("json", 1),
    ("input", 1),
    ("model", 2),
    // The field table: the words of each field (it imports nothing).
    ("fields", 2),
    ("rules", 3),
    ("report", 4),
    ("data_format", 4),
    // The crate root: `read_str`, `validate_*`, `today`.
    ("lib", 4),
    ("canonical", 5),
    ("catalogue", 5),
];

/// Macros exported at the crate root, and the module that defines each.
const MACROS: &[(&str, &str)] = &[("codes", "model")];

/// Every module of the core.
fn modules() -> BTreeSet<&'static str> {
    STAGES.iter().map(|(m, _)| *m).collect()
}

/// The modules of `crate::…` paths a source text uses (macros mapped to
/// their module; the crate root's own items to `lib`); tests and comments
/// (a doc link is no dependency) excluded.
fn imports(text: &str, modules: &BTreeSet<&str>) -> BTreeSet<String> {
    let text = match text.find("#[cfg(test)]\nmod ") {
        Some(i) => &text[..i],
        None => text,
    };
    let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).flat_map(|l| [l, "\n"]).collect();
    let text = code.as_str();
    let mut out = BTreeSet::new();
    for (i, _) in text.match_indices("crate::") {
        let name: String = text[i + 7..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
        if name.is_empty() {
            continue;
        }
        let module = match MACROS.iter().find(|(m, _)| *m == name) {
            Some((_, defined_in)) => defined_in.to_string(),
            None if modules.contains(name.as_str()) => name,
            None => "lib".to_string(),
        };
        out.insert(module);
    }
    out
}

/// Every module's imports, read from src/.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules = modules();
    let mut graph = BTreeMap::new();
    for &module in &modules {
        let mut files = Vec::new();
        let file = src.join(format!("{module}.rs"));
        if module == "lib" {
            files.push(src.join("lib.rs"));
        } else if file.exists() {
            files.push(file);
        }
        let dir = src.join(module);
        if dir.is_dir() {
            let mut stack = vec![dir];
            while let Some(d) = stack.pop() {
                for entry in std::fs::read_dir(&d).unwrap() {
                    let path = entry.unwrap().path();
                    if path.is_dir() {
                        stack.push(path);
                    } else if path.extension().is_some_and(|e| e == "rs") {
                        files.push(path);
                    }
                }
            }
        }
        assert!(!files.is_empty(), "src/{module}.rs or src/{module}/ exists");
        let mut uses = BTreeSet::new();
        for f in files {
            uses.extend(imports(&std::fs::read_to_string(&f).unwrap(), &modules));
        }
        uses.remove(module);
        graph.insert(module.to_string(), uses);
    }
    graph
}

/// The edges that break the layering: from a module to a later stage, and
/// every edge of a circle among the modules.
fn violations(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<(String, String)> {
    let stage = |m: &str| STAGES.iter().find(|(n, _)| *n == m).map(|(_, s)| *s);
    let mut out = BTreeSet::new();
    for (from, uses) in graph {
        let Some(from_stage) = stage(from) else { continue };
        for to in uses {
            match stage(to) {
                None => {
                    out.insert((from.clone(), to.clone()));
                }
                Some(s) if s > from_stage => {
                    out.insert((from.clone(), to.clone()));
                }
                _ => {}
            }
        }
    }
    // Circles among the core: an edge from → to where `from` is reachable from `to`.
    let reaches = |start: &str, goal: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![start.to_string()];
        while let Some(m) = todo.pop() {
            if m == goal {
                return true;
            }
            if seen.insert(m.clone()) {
                todo.extend(graph.get(&m).into_iter().flatten().filter(|n| stage(n).is_some()).cloned());
            }
        }
        false
    };
    for (from, uses) in graph {
        if stage(from).is_none() {
            continue;
        }
        for to in uses.iter().filter(|t| stage(t).is_some()) {
            // A circle across stages has a back edge, caught above; one within a
            // stage is reported once, by its first edge in name order.
            if stage(to) == stage(from) && reaches(to, from) && !out.contains(&(to.clone(), from.clone())) {
                out.insert((from.clone(), to.clone()));
            }
        }
    }
    out
}

#[test]
fn the_core_runs_one_way() {
    let found = violations(&graph());
    assert!(found.is_empty(), "back-imports or circles in the core (a module may use only earlier stages): {found:?}");
}

/// Every module under src/ is placed in a stage (a new one must be, or the
/// test above would not see it).
#[test]
fn every_module_has_a_stage() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(modules().contains(name.as_str()), "src/{name} has no stage in tests/layers.rs");
    }
}

/// The core depends on serde and serde_json alone: no browser (wasm-bindgen,
/// web-sys), server (tokio, hyper), generator (schemars) or allocator crate.
#[test]
fn the_core_depends_on_serde_alone() {
    let manifest = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let mut section = String::new();
    let mut deps = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line.to_owned();
        } else if section.ends_with("dependencies]") && !section.contains("dev-") {
            if let Some((name, _)) = line.split_once('=').filter(|_| !line.starts_with('#')) {
                deps.push(name.trim().trim_end_matches(".workspace").to_owned());
            }
        }
    }
    assert_eq!(deps, ["serde", "serde_json"], "the core's dependencies");
}

#[test]
fn a_back_import_or_a_circle_is_caught() {
    let mut graph = graph();
    // formats, the first stage, using the model; the model using the
    // canonical writer (as its macros once did); and canonical ↔ catalogue
    // (one stage) made a circle.
    graph.get_mut("formats").unwrap().insert("model".into());
    graph.get_mut("model").unwrap().insert("canonical".into());
    graph.get_mut("catalogue").unwrap().insert("canonical".into());
    graph.get_mut("canonical").unwrap().insert("catalogue".into());
    let found = violations(&graph);
    assert!(found.contains(&("formats".into(), "model".into())), "{found:?}");
    assert!(found.contains(&("model".into(), "canonical".into())), "{found:?}");
    assert!(
        found.contains(&("catalogue".into(), "canonical".into()))
            || found.contains(&("canonical".into(), "catalogue".into())),
        "a circle within a stage: {found:?}"
    );
    // And the reader of imports sees a path, a `use` and an exported macro,
    // and not a comment's doc link.
    let seen = imports(
        "use crate::model::Filing;\n/// See [`crate::rules`].\nfn f() { crate::report::push_count(1, s); crate::codes!(); }",
        &modules(),
    );
    assert_eq!(seen, ["model", "report"].iter().map(|s| s.to_string()).collect());
}
