//! Feeds arbitrary bytes to `shanfang_core::validate_str`, in both languages, with
//! and without `promote: all`, and checks what must hold of any report:
//! it never panics; `submittable == (errors == 0)`;
//! `errors + warnings == findings.len()`; with promote all every finding is
//! an error; the language changes the messages only; promote changes the
//! levels only; a byte-order mark changes nothing; the report's JSON
//! writer agrees with serde_json.
//!
//! Run: `cargo +nightly fuzz run validate_json` (or scripts/fuzz.sh).

#![no_main]

use libfuzzer_sys::fuzz_target;
use shanfang_core::formats::Date;
use shanfang_core::report::{Lang, Level, Options, Promote, Report};

fuzz_target!(|data: &[u8]| {
    // Not UTF-8: exercise the reader on the lossy text as well.
    let text = String::from_utf8_lossy(data);
    let today = Date { year: 2026, month: 11, day: 28 };

    let mut results = Vec::with_capacity(4);
    for lang in [Lang::Zh, Lang::En] {
        for promote in [Promote::None, Promote::All] {
            let options = Options { lang, promote: promote.clone() };
            let result = shanfang_core::validate_str(&text, &options, today);
            if let Ok(report) = &result {
                check_invariants(report);
                if promote == Promote::All {
                    assert!(report.findings.iter().all(|f| f.level == Level::Error), "promote all left a warning");
                }
            }
            results.push(result);
        }
    }

    // A byte-order mark changes nothing (filing-v1.md §4); one, not two.
    if !text.starts_with('\u{FEFF}') {
        let with_bom = shanfang_core::validate_str(&format!("\u{FEFF}{text}"), &Options::default(), today);
        assert_eq!(with_bom.as_ref().ok(), results[0].as_ref().ok(), "a byte-order mark changed the report");
    }

    // Rejected under one set of options means rejected under all.
    let Ok(base) = &results[0] else {
        assert!(results.iter().all(|r| r.is_err()), "rejection depends on the options");
        return;
    };
    for other in &results[1..] {
        let other = other.as_ref().expect("rejection depends on the options");
        assert_eq!(base.findings.len(), other.findings.len(), "options changed the number of findings");
        for (a, b) in base.findings.iter().zip(&other.findings) {
            assert_eq!((&a.field, a.clause, &a.code), (&b.field, b.clause, &b.code), "options changed a finding");
        }
    }
    // Language changes nothing but messages.
    let (zh, en) = (&results[0], &results[2]);
    if let (Ok(zh), Ok(en)) = (zh, en) {
        for (a, b) in zh.findings.iter().zip(&en.findings) {
            assert_eq!(a.level, b.level, "the language changed a level");
        }
    }
});

fn check_invariants(report: &Report) {
    assert_eq!(report.submittable, report.errors == 0, "submittable != (errors == 0)");
    assert_eq!(report.errors + report.warnings, report.findings.len(), "errors + warnings != findings");
    let errors = report.findings.iter().filter(|f| f.level == Level::Error).count();
    assert_eq!(report.errors, errors, "errors miscounted");
    for f in &report.findings {
        assert!(!f.message.is_empty() && !f.code.is_empty() && !f.field.is_empty(), "empty finding {f:?}");
        if let Some(c) = f.clause {
            assert!(shanfang_core::rules::rule(c).is_some(), "finding cites unknown clause {c}");
        }
    }
    // The report's own writer (what the CLI, the service and the module
    // send) writes exactly what serde_json writes, and it parses.
    let json = report.to_json();
    assert_eq!(json, serde_json::to_string(report).expect("a report serializes"), "to_json differs from serde_json");
    let back: serde_json::Value = serde_json::from_str(&json).expect("report JSON parses");
    assert!(back.is_object());
}
