//! Runs the rules' own vectors against any validator that maps a filing to
//! a report as JSON: natively in `tests/vectors.rs`, through the wasm API in
//! `tests/wasm.rs`, so both provably agree on every clause.

use crate::prelude::*;

use serde_json::Value;

use super::{Rule, ALL};

/// The base of every vector: a filing with no finding.
pub const BASE: &str = include_str!("../../../../examples/valid-filing.json");

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

/// A vector of a reading of filing-v1.md §4 ("Added in the second
/// reading"): a merge patch of the valid example, written as JSON text with
/// two stand-ins for what a JSON value cannot hold, replaced in the text
/// after merging: `"⟨1e400⟩"` (quotes included) becomes the number `1e400`,
/// `⟨lone⟩` inside a string becomes the lone surrogate escape `\ud83d`.
pub struct Reading {
    /// The reading, in a few words.
    pub reading: &'static str,
    pub patch: &'static str,
    /// With a UTF-8 byte-order mark before the text.
    pub bom: bool,
    /// `(field, code)` pairs the report must hold.
    pub finds: &'static [(&'static str, &'static str)],
    /// Codes the report must not hold.
    pub not: &'static [&'static str],
}

const fn reading(
    reading: &'static str,
    patch: &'static str,
    finds: &'static [(&'static str, &'static str)],
    not: &'static [&'static str],
) -> Reading {
    Reading { reading, patch, bom: false, finds, not }
}

/// One vector per reading of filing-v1.md §4's second reading that a JSON
/// text can show ("today" in UTC+8 and "own properties only" are tested
/// where a clock and a JS object are: tests/cli.rs, tests/wasm.rs).
pub const READINGS: &[Reading] = &[
    reading("version 2 is a format finding on version", r#"{"version":2}"#, &[("version", "version.unsupported")], &[]),
    reading("version 1 is the contract", r#"{"version":"1"}"#, &[], &["version.unsupported"]),
    reading(
        "an unlisted mode is a finding on modes; the listed mode beside it is chosen and its rules run",
        r#"{"modes":["processing","weaving"],"processing":{"scope":["sewing"],"workstations":3,"equipment":true}}"#,
        &[("modes", "modes.not_listed"), ("processing.workstations", "processing.workstations.below_10")],
        &["modes.missing"],
    ),
    reading(
        "8.3's other rule applies beside an unlisted item; the list's not-empty rule is skipped",
        r#"{"operations":{"benefit_models":["other","bogus"],"benefit_models_other":null}}"#,
        &[
            ("operations.benefit_models", "operations.benefit_models.not_listed"),
            ("operations.benefit_models_other", "operations.benefit_models_other.missing"),
        ],
        &["operations.benefit_models.missing"],
    ),
    reading(
        "a negative area is a format finding, not also below 50 mu",
        r#"{"modes":["brand_led"],"brand_led":{"base_area":-60,"base_area_unit":"mu"}}"#,
        &[("brand_led.base_area", "brand_led.base_area.out_of_range")],
        &["brand_led.base_area.below_50_mu"],
    ),
    reading(
        "an area written in one unit with the other chosen is a format finding, not compared",
        r#"{"modes":["brand_led"],"brand_led":{"base_area":"10亩","base_area_unit":"m2"}}"#,
        &[("brand_led.base_area", "brand_led.base_area.unit_conflict")],
        &["brand_led.base_area.below_50_mu", "brand_led.base_area_unit.missing"],
    ),
    reading(
        "counts are read with thousands separators and a measure word",
        r#"{"site":{"fire_extinguishers":"3个"},"operations":{"employees":"1,200","low_income_employees":"12 人"}}"#,
        &[],
        &[
            "site.fire_extinguishers.not_a_count",
            "operations.employees.not_a_count",
            "operations.low_income_employees.not_a_count",
        ],
    ),
    reading(
        "a count with a comma that is not a thousands separator is not guessed at",
        r#"{"site":{"fire_extinguishers":"1,00"}}"#,
        &[("site.fire_extinguishers", "site.fire_extinguishers.not_a_count")],
        &[],
    ),
    reading(
        "a phone with China's country code is read as the national number",
        r#"{"party":{"stewards":[{"role":"township_leader","name":"蓝建平","unit":"雾溪畲族乡人民政府","phone":"+86 139 0578 1234"}]}}"#,
        &[],
        &["party.stewards[].phone.malformed"],
    ),
    reading(
        "with an unlisted unit a given area is not compared",
        r#"{"modes":["brand_led"],"brand_led":{"base_area":10,"base_area_unit":"acre"}}"#,
        &[("brand_led.base_area_unit", "brand_led.base_area_unit.not_listed")],
        &["brand_led.base_area.below_50_mu"],
    ),
    reading(
        "with an unlisted unit an absent area is still reported",
        r#"{"modes":["brand_led"],"brand_led":{"base_area":null,"base_area_unit":"acre"}}"#,
        &[("brand_led.base_area", "brand_led.base_area.below_50_mu")],
        &[],
    ),
    reading(
        "7.5.1: mixed_ownership is not an enterprise",
        r#"{"modes":["brand_led"],"operator":{"kind":"mixed_ownership"}}"#,
        &[("operator.kind", "operator.kind.not_suggested_for_brand_led")],
        &[],
    ),
    reading(
        "full-width digits in a phone are read as digits",
        r#"{"party":{"stewards":[{"role":"township_leader","name":"张三","unit":"乡政府","phone":"１３９ ０５７８ １２３４"}]}}"#,
        &[],
        &["party.stewards[].phone.malformed"],
    ),
    reading(
        "a lone surrogate is a format finding on its field, never a rejection",
        r#"{"workshop":{"name":"山哈工坊⟨lone⟩"}}"#,
        &[("workshop.name", "workshop.name.broken_character")],
        &["workshop.name.missing"],
    ),
    reading(
        "a lone surrogate in a code is a format finding on its field",
        r#"{"workshop":{"county":"liandu⟨lone⟩"}}"#,
        &[("workshop.county", "workshop.county.broken_character")],
        &[],
    ),
    reading(
        "1e400 in a count is a format finding on its field, never a rejection",
        r#"{"site":{"fire_extinguishers":"⟨1e400⟩"}}"#,
        &[("site.fire_extinguishers", "site.fire_extinguishers.out_of_range")],
        &["site.fire_extinguishers.missing"],
    ),
    reading(
        "1e400 in a number is a format finding on its field",
        r#"{"modes":["brand_led"],"brand_led":{"base_area":"⟨1e400⟩"}}"#,
        &[("brand_led.base_area", "brand_led.base_area.out_of_range")],
        &["brand_led.base_area.below_50_mu"],
    ),
    Reading {
        reading: "a byte-order mark before the text is ignored",
        patch: r#"{"site":{"fire_extinguishers":0}}"#,
        bom: true,
        finds: &[("site.fire_extinguishers", "site.fire_extinguishers.missing")],
        not: &[],
    },
];

/// The JSON text of a reading vector.
pub fn reading_text(r: &Reading) -> Result<String, String> {
    let text = patched(r.patch)?.to_string().replace("\"⟨1e400⟩\"", "1e400").replace("⟨lone⟩", "\\ud83d");
    Ok(if r.bom { format!("\u{FEFF}{text}") } else { text })
}

/// Checks the reading vectors against a validator of JSON text (a report as
/// JSON, or the rejection's message); returns what went wrong.
pub fn check_readings(validate: &dyn Fn(&str) -> Result<Value, String>) -> Vec<String> {
    let mut failures = Vec::new();
    for r in READINGS {
        let report = match reading_text(r).and_then(|t| validate(&t)) {
            Ok(report) => report,
            Err(e) => {
                failures.push(format!("{}: rejected: {e}", r.reading));
                continue;
            }
        };
        let found = report["findings"].as_array().cloned().unwrap_or_default();
        for (field, code) in r.finds {
            if !found.iter().any(|f| f["field"] == *field && f["code"] == *code) {
                failures.push(format!("{}: no {code} on {field}: {found:?}", r.reading));
            }
        }
        for code in r.not {
            if found.iter().any(|f| f["code"] == *code) {
                failures.push(format!("{}: {code} should not be found", r.reading));
            }
        }
    }
    failures
}
