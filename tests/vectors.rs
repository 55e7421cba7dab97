//! Runs every rule's vectors natively: each `fires` patch must raise its
//! code on its field at the check's level, each `passes` patch must leave the
//! clause silent. Patches are JSON merge patches on examples/valid-filing.json.

use serde_json::Value;
use shanfang::formats::Date;
use shanfang::report::{Level, Options, Report};
use shanfang::rules::{self, Rule};

const VALID: &str = include_str!("../examples/valid-filing.json");

fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

/// RFC 7396 JSON merge patch.
fn merge(target: &mut Value, patch: &Value) {
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

fn report_with(patch: &str) -> Report {
    let mut filing: Value = serde_json::from_str(VALID).unwrap();
    let patch: Value = serde_json::from_str(patch).unwrap_or_else(|e| panic!("bad patch {patch}: {e}"));
    merge(&mut filing, &patch);
    shanfang::validate_value(&filing, &Options::default(), today()).unwrap()
}

#[test]
fn the_valid_example_has_no_finding() {
    let report = report_with("{}");
    assert_eq!(report.findings, vec![], "{}", report.to_json());
    assert!(report.submittable);
}

fn check_vectors(rule: &Rule) -> Vec<String> {
    let mut failures = Vec::new();
    for v in rule.fires {
        let report = report_with(v.patch);
        let Some(check) = rule.checks.iter().find(|c| c.code == v.code) else {
            failures.push(format!("{}: vector names code {} that the rule does not declare", rule.clause, v.code));
            continue;
        };
        let hit = report.findings.iter().find(|f| f.code == v.code && f.field == v.field);
        match hit {
            None => failures.push(format!("{}: {} did not raise {} on {}: {}", rule.clause, v.patch, v.code, v.field, report.to_json())),
            Some(f) => {
                if f.clause != Some(rule.clause) || f.level != check.level {
                    failures.push(format!("{}: {} raised {:?}", rule.clause, v.patch, f));
                }
                let cites = format!("第{}条", rule.clause);
                if !f.message.contains(&cites) {
                    failures.push(format!("{}: message {:?} does not cite {cites}", rule.clause, f.message));
                }
            }
        }
    }
    for patch in rule.passes {
        let report = report_with(patch);
        let hits: Vec<_> = report.findings.iter().filter(|f| f.clause == Some(rule.clause)).collect();
        if !hits.is_empty() {
            failures.push(format!("{}: {} should pass but raised {:?}", rule.clause, patch, hits));
        }
    }
    failures
}

#[test]
fn every_rule_fires_and_passes_on_its_vectors() {
    let failures: Vec<String> = rules::ALL.iter().flat_map(|r| check_vectors(r)).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_checkable_rule_has_vectors_for_every_check() {
    for rule in rules::ALL {
        if rule.checkable() {
            assert!(!rule.passes.is_empty(), "{} has no passing vector", rule.clause);
            for check in rule.checks {
                assert!(rule.fires.iter().any(|v| v.code == check.code), "{}: no vector fires {}", rule.clause, check.code);
            }
        } else {
            assert!(rule.checks.is_empty() && rule.fires.is_empty(), "{} is not checkable yet has checks", rule.clause);
        }
    }
}

#[test]
fn promote_turns_warnings_into_errors() {
    let mut filing: Value = serde_json::from_str(VALID).unwrap();
    merge(&mut filing, &serde_json::json!({"processing": {"workstations": 9}}));
    let promote = |p: &str| Options { promote: shanfang::report::Promote::parse_list(p).unwrap(), ..Options::default() };
    let r = shanfang::validate_value(&filing, &promote("7.1.3"), today()).unwrap();
    assert_eq!((r.errors, r.warnings, r.submittable), (1, 0, false));
    assert_eq!(r.findings[0].level, Level::Error);
    let r = shanfang::validate_value(&filing, &promote("6.5"), today()).unwrap();
    assert_eq!((r.errors, r.warnings, r.submittable), (0, 1, true));
}
