//! Runs every rule's vectors natively: each `fires` patch must raise its
//! code on its field at the check's level, each `passes` patch must leave the
//! clause silent (src/rules/vectors.rs; tests/wasm.rs runs the same vectors
//! through the wasm API).

use serde_json::Value;
use shanfang_core::formats::Date;
use shanfang_core::report::{Level, Options, Promote};
use shanfang_core::rules::{self, vectors};

fn today() -> Date {
    Date::parse(vectors::TODAY).unwrap()
}

/// The report as the CLI, the service and the module write it
/// (`Report::to_json`), held to what serde_json writes of it on every vector.
fn validate(filing: &Value) -> Value {
    let report = shanfang_core::validate_value(filing, &Options::default(), today()).unwrap();
    let text = report.to_json();
    assert_eq!(text, serde_json::to_string(&report).unwrap());
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_valid_example_has_no_finding() {
    let report = validate(&vectors::patched("{}").unwrap());
    assert_eq!(report["findings"], serde_json::json!([]), "{report}");
    assert_eq!(report["submittable"], true);
}

#[test]
fn every_rule_fires_and_passes_on_its_vectors() {
    let failures = vectors::check_all(&validate);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_checkable_rule_has_vectors_for_every_check() {
    for rule in rules::ALL {
        if rule.checkable() {
            assert!(!rule.passes.is_empty(), "{} has no passing vector", rule.clause);
            for check in rule.checks {
                assert!(
                    rule.fires.iter().any(|v| v.code == check.code),
                    "{}: no vector fires {}",
                    rule.clause,
                    check.code
                );
            }
        } else {
            assert!(rule.checks.is_empty() && rule.fires.is_empty(), "{} is not checkable yet has checks", rule.clause);
            let reason = rule.not_checkable.unwrap();
            assert!(!reason.zh.is_empty() && !reason.en.is_empty());
        }
        assert!(!rule.text.contains("TODO") && !rule.text_en.contains("TODO"), "{} is a placeholder", rule.clause);
    }
}

#[test]
fn promote_turns_warnings_into_errors() {
    let filing = vectors::patched(r#"{"processing": {"workstations": 9}}"#).unwrap();
    let promote = |p: &str| Options { promote: Promote::parse_list(p).unwrap(), ..Options::default() };
    let r = shanfang_core::validate_value(&filing, &promote("7.1.3"), today()).unwrap();
    assert_eq!((r.errors, r.warnings, r.submittable), (1, 0, false));
    assert_eq!(r.findings[0].level, Level::Error);
    let r = shanfang_core::validate_value(&filing, &promote("6.5"), today()).unwrap();
    assert_eq!((r.errors, r.warnings, r.submittable), (0, 1, true));
    let r = shanfang_core::validate_value(&filing, &promote("all"), today()).unwrap();
    assert_eq!((r.errors, r.warnings), (1, 0));
}

#[test]
fn every_reading_of_the_second_reading_holds() {
    let validate = |text: &str| {
        shanfang_core::validate_str(text, &Options::default(), today())
            .map(|r| {
                assert_eq!(r.to_json(), serde_json::to_string(&r).unwrap());
                serde_json::from_str(&r.to_json()).unwrap()
            })
            .map_err(|e| e.to_string())
    };
    let failures = vectors::check_readings(&validate);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
