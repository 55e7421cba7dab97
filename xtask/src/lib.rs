//! The files made from the model and the field table
//! (`shanfang_core::fields`), and their makers: the filing form's field
//! markup ([`form`], `www/index.html`), the JSON Schemas ([`schema`]) and
//! the TypeScript types of a filing ([`typescript`]). [`FILES`] lists each file with its
//! maker; `cargo xtask generate` writes them and `cargo xtask check` (run by
//! the tests) fails when a committed one is not what the model makes.

pub mod form;
pub mod schema;
pub mod typescript;

use shanfang_core::report::Lang;

/// What writes a generated file's text.
pub type Maker = fn() -> String;

/// Every generated file, by its path from the workspace root, with its maker.
pub const FILES: &[(&str, Maker)] = &[
    ("schema/filing-v1.schema.json", schema::filing_schema),
    ("schema/filing-v1.canonical.schema.json", || schema::canonical_schema(Lang::Zh)),
    ("schema/filing-v1.canonical.en.schema.json", || schema::canonical_schema(Lang::En)),
    ("ts/filing.d.ts", typescript::filing_dts),
    ("www/index.html", form::page),
    // The catalogue (`rules()`) as the core entry loads it when first asked:
    // its module leaves the clauses' words out.
    ("catalogue/rules.zh.json", || shanfang_core::catalogue::to_json(Lang::Zh) + "\n"),
    ("catalogue/rules.en.json", || shanfang_core::catalogue::to_json(Lang::En) + "\n"),
    ("js/fields.js", field_kinds_js),
];

/// The field table's paths and kinds as the form binding (js/dom.js) reads
/// a form by them: each contract path template (`party.stewards[].phone`)
/// with its kind, in the table's order.
pub fn field_kinds_js() -> String {
    let mut out = String::from(
        "// Generated from the field table by `cargo xtask generate`; do not edit.\n\
         // Each contract path (a list item's index as []) with its kind, in the\n\
         // table's order: the form binding (js/dom.js) reads a form by them.\n\
         function shanfangFieldKinds() {\n  return {\n",
    );
    for (path, kind, _) in shanfang_core::model::all_fields() {
        out.push_str(&format!("    '{path}': '{}',\n", kind.name()));
    }
    out.push_str("  };\n}\n\n// Each mode's code with its names, Chinese and English: the catalogue of\n// clauses (js/dom-page.js) names the mode a clause applies to.\nfunction shanfangModeNames() {\n  return {\n");
    for (_, code, zh, en) in <shanfang_core::model::Mode as shanfang_core::input::Code>::ALL {
        out.push_str(&format!("    {code}: ['{zh}', '{en}'],\n"));
    }
    out.push_str("  };\n}\n");
    out
}

/// The workspace root (xtask's parent folder).
pub fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits in the workspace").to_path_buf()
}

/// The generated files that differ from what the model makes now, each
/// with the first line where it differs ("missing" for a file not there).
pub fn stale() -> Vec<String> {
    let mut out = Vec::new();
    for (path, make) in FILES {
        let fresh = make();
        match std::fs::read_to_string(root().join(path)) {
            Err(_) => out.push(format!("{path}: missing")),
            Ok(committed) if committed != fresh => {
                let line = committed.lines().zip(fresh.lines()).position(|(a, b)| a != b);
                let at = line.map_or_else(|| "its length or line endings".to_owned(), |l| format!("line {}", l + 1));
                out.push(format!("{path}: differs from the model at {at}"));
            }
            Ok(_) => {}
        }
    }
    out
}
