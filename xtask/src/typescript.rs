//! TypeScript declarations of the filing, generated from the model
//! ([`shanfang_core::model`]) with the field table's words as doc comments,
//! so the npm package's `Filing` type can never drift from the Rust model.
//! `ts/filing.d.ts` holds the output; `cargo xtask check` keeps it in step
//! (`cargo xtask generate` rewrites it).

use shanfang_core::model::{all_fields, FieldKind};

fn pascal(path: &str) -> String {
    path.split(['.', '_'])
        .filter(|s| !s.is_empty())
        .map(|s| {
            let mut c = s.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

fn codes_union(codes: &[&str]) -> String {
    codes.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(" | ")
}

/// The interface name of the group at `path` ("" is the filing itself).
fn interface_name(path: &str) -> String {
    match path {
        "" => "Filing".into(),
        "party.stewards" => "Steward".into(),
        p => pascal(p),
    }
}

fn ts_type(path: &str, kind: FieldKind, codes: &[&str]) -> String {
    match kind {
        FieldKind::Text => "string".into(),
        FieldKind::Bool => "boolean | \"true\" | \"false\"".into(),
        FieldKind::Number | FieldKind::Count => "number | string".into(),
        FieldKind::Date => "string".into(),
        FieldKind::Code => format!("{} | \"\"", codes_union(codes)),
        FieldKind::Codes => format!("Array<{} | \"\" | null>", codes_union(codes)),
        FieldKind::Section => interface_name(path),
        FieldKind::Items => format!("Array<{} | null>", interface_name(path)),
    }
}

/// Every path a finding's `field` can be, with `[]` for an item's index
/// (`party.stewards[].phone`, `modes[]`): the fields of the contract, the
/// items of its lists and code lists, and the filing itself (`""`).
pub fn finding_paths() -> Vec<String> {
    let mut paths = vec![String::new()];
    for (path, kind, _) in all_fields() {
        paths.push(path.to_owned());
        if matches!(kind, FieldKind::Codes | FieldKind::Items) {
            paths.push(format!("{path}[]"));
        }
    }
    paths
}

/// `FieldPath` (a finding's `field`, as a union of template literal types)
/// and `Clause` (the catalogue's clause numbers).
fn path_types() -> String {
    let paths: Vec<String> = finding_paths()
        .iter()
        .map(|p| if p.contains("[]") { format!("`{}`", p.replace("[]", "[${number}]")) } else { format!("\"{p}\"") })
        .collect();
    let clauses: Vec<String> = shanfang_core::rules::ALL.iter().map(|r| format!("\"{}\"", r.clause)).collect();
    format!(
        "\n/** A finding's `field`: a path of the contract (`\"\"` is the filing itself). */\n\
         export type FieldPath =\n  | {};\n\
         \n/** A clause number of DB3311/T 244—2023 in the catalogue. */\n\
         export type Clause =\n  | {};\n",
        paths.join("\n  | "),
        clauses.join("\n  | ")
    )
}

/// The declarations, one interface per group, in contract order.
pub fn filing_dts() -> String {
    let fields = all_fields();
    // Groups in order of first appearance: the filing, then each section.
    let mut groups: Vec<&str> = vec![""];
    for (path, kind, _) in &fields {
        if matches!(kind, FieldKind::Section | FieldKind::Items) {
            groups.push(path);
        }
    }
    let mut out = String::from(
        "// Generated from the Rust model and the field table by `cargo xtask generate`; do not edit.\n\
         // Every key is optional; null and blank strings mean \"not given\" (filing-v1.md §1).\n",
    );
    for group in groups {
        let item_prefix = if group == "party.stewards" { "party.stewards[]." } else { "" };
        // A list's item interface is one row ("红色管家"), not the list.
        let row = shanfang_core::fields::get(group).and_then(|f| f.rows).map(|r| r.item);
        let title = if group.is_empty() { None } else { row.or_else(|| shanfang_core::fields::title(group)) };
        let doc = title.map_or(String::new(), |w| format!("/** {} · {} */\n", w.zh, w.en));
        out.push_str(&format!("\n{doc}export interface {} {{\n", interface_name(group)));
        for (path, kind, codes) in &fields {
            let parent = match path.rfind('.') {
                Some(i) => &path[..i],
                None => "",
            };
            let parent = parent.strip_suffix("[]").unwrap_or(parent);
            let belongs = if item_prefix.is_empty() {
                parent == group && !path.contains("[]")
            } else {
                path.starts_with(item_prefix) && parent == group
            };
            if belongs {
                let name = &path[path.rfind('.').map_or(0, |i| i + 1)..];
                // What the form calls it, in both languages (the field table).
                if let Some(w) = shanfang_core::fields::title(path) {
                    out.push_str(&format!("  /** {} · {} */\n", w.zh, w.en));
                }
                out.push_str(&format!("  {name}?: {} | null;\n", ts_type(path, *kind, codes)));
            }
        }
        out.push_str("}\n");
    }
    out.push_str(&path_types());
    out
}
