//! # 7.6.3 产业赋能式：设置地点 Industry enablement: location
//!
//! > 7.6.3 宜设置在固定的技术研发中心或生产研究基地。
//!
//! **What it checks** (mode 产业赋能式 only): `enablement.fixed_center` is
//! true.
//!
//! **Why:** "宜" makes it a recommendation (warning).

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.6.3",
    title: Text::words("产业赋能式：设置地点", "Industry enablement: location"),
    text: words("宜设置在固定的技术研发中心或生产研究基地。"),
    text_en: words("The workshop should be set up at a fixed technology research and development centre or production research base."),
    mode: Some(Mode::Enablement),
    not_checkable: None,
    checks: &[Check {
        code: "enablement.fixed_center.missing",
        field: paths::enablement::fixed_center,
        level: Warning,
        message: Text {
            zh: "宜设置在固定的技术研发中心或生产研究基地",
            en: "The workshop should be set up at a fixed technology R&D centre or production research base",
        },
    }],
    check: |f, _, out| out.fire_if(f.enablement.or_empty().fixed_center.not_true(), 0),
    fires: cases![
        fires(r#"{"modes":["enablement"],"enablement":{"fixed_center":false}}"#, "enablement.fixed_center.missing", "enablement.fixed_center"),
        fires(r#"{"modes":["enablement"],"enablement":{"fixed_center":"false"}}"#, "enablement.fixed_center.missing", "enablement.fixed_center"),
        fires(r#"{"modes":["enablement"],"enablement":{"fixed_center":"　"}}"#, "enablement.fixed_center.missing", "enablement.fixed_center"),
    ],
    passes: cases![
        r#"{"modes":["enablement"],"enablement":{"fixed_center":true}}"#,
        r#"{"modes":["enablement"],"enablement":{"fixed_center":"true"}}"#,
        // Malformed: a format finding, not this clause's.
        r#"{"modes":["enablement"],"enablement":{"fixed_center":"no"}}"#,
        // Mode not chosen: the block is not read.
        r#"{"enablement":{"fixed_center":false}}"#,
    ],
};
