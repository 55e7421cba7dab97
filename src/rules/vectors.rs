//! Runs the rules' own vectors against any validator that maps a filing to
//! a report as JSON: natively in `tests/vectors.rs`, through the wasm API in
//! `tests/wasm.rs`, so both provably agree on every clause.

use serde_json::Value;

use super::{Rule, ALL};

/// The base of every vector: a filing with no finding.
pub const BASE: &str = include_str!("../../examples/valid-filing.json");

/// The date the vectors are checked on (filing dates in them are explicit).
pub const TODAY: &str = "2026-11-28";

/// RFC 7396 JSON merge patch.
pub fn merge(target: &mut Value, patch: &Value) {
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else {
                    merge(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        (t, p) => *t = p.clone(),
    }
}

/// The base filing with a patch applied.
pub fn patched(patch: &str) -> Result<Value, String> {
    let mut filing: Value = serde_json::from_str(BASE).map_err(|e| e.to_string())?;
    let patch: Value = serde_json::from_str(patch).map_err(|e| format!("bad patch {patch}: {e}"))?;
    merge(&mut filing, &patch);
    Ok(filing)
}

/// Checks one rule's vectors; returns what went wrong.
pub fn check(rule: &Rule, validate: &dyn Fn(&Value) -> Value) -> Vec<String> {
    let mut failures = Vec::new();
    let findings = |patch: &str| -> Result<Vec<Value>, String> {
        let report = validate(&patched(patch)?);
        report.get("findings").and_then(Value::as_array).cloned().ok_or_else(|| format!("no findings in {report}"))
    };
    for v in rule.fires {
        let Some(check) = rule.checks.iter().find(|c| c.code == v.code) else {
            failures.push(format!("{}: vector names code {} that the rule does not declare", rule.clause, v.code));
            continue;
        };
        let found = match findings(v.patch) {
            Ok(f) => f,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        let hit = found.iter().find(|f| f["code"] == v.code && f["field"] == v.field);
        let Some(f) = hit else {
            failures.push(format!("{}: {} did not raise {} on {}: {:?}", rule.clause, v.patch, v.code, v.field, found));
            continue;
        };
        if f["clause"] != rule.clause || f["level"] != check.level.name() {
            failures.push(format!("{}: {} raised {f}", rule.clause, v.patch));
        }
        let cites = format!("第{}条", rule.clause);
        if !f["message"].as_str().is_some_and(|m| m.contains(&cites)) {
            failures.push(format!("{}: message {} does not cite {cites}", rule.clause, f["message"]));
        }
    }
    for patch in rule.passes {
        match findings(patch) {
            Ok(found) => {
                let hits: Vec<_> = found.iter().filter(|f| f["clause"] == rule.clause).collect();
                if !hits.is_empty() {
                    failures.push(format!("{}: {} should pass but raised {:?}", rule.clause, patch, hits));
                }
            }
            Err(e) => failures.push(e),
        }
    }
    failures
}

/// Checks every rule's vectors.
pub fn check_all(validate: &dyn Fn(&Value) -> Value) -> Vec<String> {
    ALL.iter().flat_map(|r| check(r, validate)).collect()
}
