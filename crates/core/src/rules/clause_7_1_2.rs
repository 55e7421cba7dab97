//! # 7.1.2 来料加工式：运营范围 Outsourced processing: scope
//!
//! > 7.1.2 运营范围宜为手工制品加工、零部件装配、平车加工等。
//!
//! **What it checks** (mode 来料加工式 only): `processing.scope` lists at
//! least one of the kinds the clause names (`handicraft`, `assembly`,
//! `sewing`), not only `other`. An empty scope and a scope of only `other`
//! are two findings, with their own advice.
//!
//! **Why:** "宜" makes it a recommendation (warning). The clause's "等" leaves
//! room for other work, so `other` may be chosen alongside a named kind; a
//! scope of nothing but `other` is what falls outside the recommendation. A
//! scope with an unlisted value is a data-format finding on the list, and
//! this rule then stays silent.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.1.2",
    title: Text::words("来料加工式：运营范围", "Outsourced processing: scope"),
    text: words("运营范围宜为手工制品加工、零部件装配、平车加工等。"),
    text_en: words("The scope of operation should be handicraft processing, parts assembly, flat-bed sewing and the like."),
    mode: Some(Mode::Processing),
    not_checkable: None,
    checks: &[
        Check {
            code: "processing.scope.missing",
            field: paths::processing::scope,
            level: Warning,
            message: Text {
                zh: "宜填写运营范围，如手工制品加工、零部件装配、平车加工等",
                en: "The scope of operation should be stated, such as handicraft processing, parts assembly or flat-bed sewing",
            },
        },
        Check {
            code: "processing.scope.only_other",
            field: paths::processing::scope,
            level: Warning,
            message: Text {
                zh: "运营范围宜为手工制品加工、零部件装配、平车加工等，目前仅选择了“其他”",
                en: "The scope of operation should be handicraft processing, parts assembly, flat-bed sewing or the like; only \"other\" is chosen",
            },
        },
    ],
    check: |f, _, out| {
        let scope = &f.processing.or_empty().scope;
        out.fire_if(scope.empty(), 0);
        let only_other =
            scope.given().is_some_and(|s| !s.is_empty() && s.iter().all(|k| *k == ProcessingScope::Other));
        out.fire_if(only_other, 1);
    },
    fires: cases![
        fires(r#"{"processing":{"scope":[]}}"#, "processing.scope.missing", "processing.scope"),
        fires(r#"{"processing":{"scope":null}}"#, "processing.scope.missing", "processing.scope"),
        fires(r#"{"processing":{"scope":[null,"　"]}}"#, "processing.scope.missing", "processing.scope"),
        fires(r#"{"processing":null}"#, "processing.scope.missing", "processing.scope"),
        fires(r#"{"processing":{"scope":["other"]}}"#, "processing.scope.only_other", "processing.scope"),
    ],
    passes: cases![
        r#"{"processing":{"scope":["sewing"]}}"#,
        r#"{"processing":{"scope":["other","handicraft"]}}"#,
        // Malformed: a format finding on the list, not this clause's.
        r#"{"processing":{"scope":["knitting"]}}"#,
        r#"{"processing":{"scope":"handicraft"}}"#,
        // Mode not chosen: the block is not read.
        r#"{"modes":["recruitment"],"processing":{"scope":["other"]}}"#,
    ],
};
