//! Generated files stay in step with the model (`cargo xtask generate`
//! rewrites them), and what they declare covers what the validator says.

/// Every generated file (schemas, typings) is what the model makes now:
/// `cargo xtask generate` rewrites them.
#[test]
fn generated_files_are_up_to_date() {
    let stale = xtask::stale();
    assert!(stale.is_empty(), "{}\nrun `cargo xtask generate`", stale.join("\n"));
}

/// `FieldPath` in the typings covers every `field` a finding can carry:
/// each contract path given a value of every wrong shape, in an empty filing
/// and in the valid example, plus the example itself.
#[test]
fn every_finding_field_is_a_declared_field_path() {
    use serde_json::{json, Value};
    use shanfang_core::report::Options;
    let declared: std::collections::HashSet<String> = xtask::typescript::finding_paths().into_iter().collect();
    let example: Value =
        serde_json::from_str(include_str!("../../examples/valid-filing.json")).expect("the example reads");
    let wrong = [json!([1]), json!({"x": 1}), json!("x"), json!(-3), json!(1e300), json!(true), json!(["??", 7])];
    let mut checked = 0;
    for (path, _, _) in shanfang_core::model::all_fields() {
        for base in [json!({}), example.clone()] {
            for value in &wrong {
                let mut filing = base.clone();
                set(&mut filing, &path.replace("[]", "[0]"), value.clone());
                let report = shanfang_core::validate_value(&filing, &Options::default(), shanfang_core::today())
                    .expect("an object");
                for f in &report.findings {
                    let template = shanfang_core::model::template_of(&f.field);
                    assert!(declared.contains(&template), "{} (from {path} = {value}) is not in FieldPath", f.field);
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 1000, "{checked} findings checked");

    // Sets `a.b[0].c`, making the objects and lists on the way.
    fn set(root: &mut Value, path: &str, value: Value) {
        let mut at = root;
        let parts: Vec<&str> = path.split('.').collect();
        for (i, part) in parts.iter().enumerate() {
            let last = i + 1 == parts.len();
            let (key, index) = match part.split_once('[') {
                Some((k, rest)) => (k, Some(rest.trim_end_matches(']').parse::<usize>().unwrap())),
                None => (*part, None),
            };
            if !at.is_object() {
                *at = json!({});
            }
            let slot = at.as_object_mut().unwrap().entry(key).or_insert(Value::Null);
            at = match index {
                None => slot,
                Some(n) => {
                    if !slot.is_array() {
                        *slot = json!([]);
                    }
                    let list = slot.as_array_mut().unwrap();
                    while list.len() <= n {
                        list.push(json!({}));
                    }
                    &mut list[n]
                }
            };
            if last {
                *at = value.clone();
                return;
            }
        }
    }
}

/// Every field of the model has its words in the field table, once, and
/// every entry of the table is a field of the model; a hint taken from a
/// rule names a check that exists; a condition names a field; a unit
/// choice is followed by its code field.
#[test]
fn the_field_table_covers_the_model_once() {
    use shanfang_core::fields;
    let model: Vec<&str> = shanfang_core::model::all_fields().iter().map(|(p, _, _)| *p).collect();
    for path in &model {
        // A field's entry, or for a group the section that presents it.
        let entries = fields::all().filter(|f| f.path == *path).count()
            + fields::FORM.iter().filter(|s| s.group == Some(*path)).count();
        assert_eq!(entries, 1, "{path}: {entries} entries in crates/core/src/fields.rs");
    }
    for f in fields::all() {
        assert!(model.contains(&f.path), "{}: in the field table but not in the model", f.path);
        assert!(!f.label.zh.is_empty() && !f.label.en.is_empty(), "{}: a label in both languages", f.path);
        if let Some(w) = f.shown_when {
            let path = w.split('=').next().unwrap_or(w);
            assert!(model.contains(&path), "{}: shown when {w}, which names no field", f.path);
        }
        assert!(xtask::form::hint_words(f).map_or(true, |(zh, en)| !zh.is_empty() && !en.is_empty()), "{}", f.path);
    }
    // Every section that presents a group names one of the model.
    for s in fields::FORM {
        if let Some(g) = s.group {
            assert!(model.contains(&g), "section {} presents {g}, which is no group", s.id);
        }
    }
}
