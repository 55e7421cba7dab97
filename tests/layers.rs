//! The layers of the validator's core, read from the source (issue 26).
//!
//! The core runs one way: formats (with terms, the words every stage
//! shares: Level, Lang) → input (with json, the one reader's handling of
//! what serde_json refuses) → model → rules → report (with data_format,
//! which turns format problems into findings, and the crate root's
//! `validate_*`) → the outputs made from a filing (canonical, the
//! catalogue). Nothing of the core may use a later stage, nor what is built
//! around it (the JSON Schema and TypeScript generators, the wasm API, the
//! DOM binding, the CLI and the service), and no module may sit in a circle.
//!
//! Today's core breaks that in the places `KNOWN` lists, each a debt the
//! workspace split of issue 26 pays off (the `section!` and `codes!` macros
//! make the model name canonical and the schema). The test holds the line:
//! a new back-import or circle fails it, and so does a listed one that is
//! gone (take it off the list), so the list only shrinks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The core's modules and their stages, in the order data flows.
const STAGES: &[(&str, u8)] = &[
    ("formats", 0),
    ("terms", 0),
    ("json", 1),
    ("input", 1),
    ("model", 2),
    ("rules", 3),
    ("report", 4),
    ("data_format", 4),
    // The crate root: `read_str`, `validate_*`, `today`.
    ("lib", 4),
    ("canonical", 5),
    ("catalogue", 5),
];

/// Built around the core: may use it, never used by it.
const AROUND: &[&str] = &["schema", "titles", "typescript", "wasm", "dom", "cli", "serve"];

/// Macros exported at the crate root, and the module that defines each.
const MACROS: &[(&str, &str)] = &[("codes", "model"), ("code_alternatives", "input")];

/// Today's back-imports and circles, each `(from, to)`: to be untangled.
const KNOWN: &[(&str, &str)] = &[
    // `codes!` and `section!` write each code list's and group's canonical
    // form and JSON Schema where the model declares it.
    ("model", "canonical"),
    ("model", "schema"),
];

/// Every module the test knows: the core's and those built around it.
fn modules() -> BTreeSet<&'static str> {
    STAGES.iter().map(|(m, _)| *m).chain(AROUND.iter().copied()).collect()
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

/// The edges that break the layering: from a core module to a later stage
/// or to what is built around the core, and every edge of a circle among
/// the core's modules.
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
fn the_core_runs_one_way_but_for_the_listed_debts() {
    let found = violations(&graph());
    let known: BTreeSet<(String, String)> = KNOWN.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    let new: Vec<_> = found.difference(&known).collect();
    let gone: Vec<_> = known.difference(&found).collect();
    assert!(
        new.is_empty(),
        "new back-imports or circles in the core (a module may use only earlier stages, never the generators, wasm, dom, cli or serve): {new:?}"
    );
    assert!(gone.is_empty(), "paid off: take these off KNOWN in tests/layers.rs: {gone:?}");
}

#[test]
fn a_back_import_or_a_circle_is_caught() {
    let mut graph = graph();
    // formats, the first stage, using the model; the rules using the service;
    // and canonical ↔ catalogue (one stage) made a circle.
    graph.get_mut("formats").unwrap().insert("model".into());
    graph.get_mut("catalogue").unwrap().insert("canonical".into());
    graph.get_mut("canonical").unwrap().insert("catalogue".into());
    graph.get_mut("rules").unwrap().insert("serve".into());
    let found = violations(&graph);
    assert!(found.contains(&("formats".into(), "model".into())), "{found:?}");
    assert!(found.contains(&("rules".into(), "serve".into())), "{found:?}");
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
