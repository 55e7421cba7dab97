//! # 7 模式要求 Mode requirements
//!
//! > 7 模式要求
//!
//! The chapter has no words of its own beyond its heading: it defines nine
//! modes of workshop (7.1 来料加工式 to 7.9 山海协作式), and the clauses under
//! each say what a workshop of that mode should be. Which of them apply to a
//! workshop depends on the modes it runs in.
//!
//! **What it checks:** `modes` lists at least one mode.
//!
//! **Why:** a workshop is organised in one (or more) of the modes the chapter
//! defines, and without a mode none of the chapter's clauses can be applied,
//! so a filing that chooses none cannot be filed (error). A `modes` list with
//! an unlisted value is already a data-format finding on the list, so this
//! rule does not also fire.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7",
    title: Text::words("模式要求", "Mode requirements"),
    text: words("模式要求"),
    text_en: words("Mode requirements"),
    mode: None,
    not_checkable: None,
    checks: &[Check {
        code: "modes.missing",
        field: paths::modes,
        level: Error,
        message: Text {
            zh: "应至少选择一种共富工坊模式（如来料加工式、定向招工式、电商直播式等）",
            en: "At least one workshop mode must be chosen (such as outsourced processing, targeted recruitment or e-commerce livestreaming)",
        },
    }],
    check: |f, _, out| out.fire_if(f.modes.empty(), 0),
    fires: cases![
        fires(r#"{"modes":[]}"#, "modes.missing", "modes"),
        fires(r#"{"modes":null}"#, "modes.missing", "modes"),
        fires(r#"{"modes":"　"}"#, "modes.missing", "modes"),
        // Null and blank items are ignored, leaving nothing chosen.
        fires(r#"{"modes":[null,"　"]}"#, "modes.missing", "modes"),
    ],
    passes: cases![
        r#"{"modes":["livestream"]}"#,
        r#"{"modes":["overseas","mountain_sea"]}"#,
        r#"{"modes":[" processing ",null]}"#,
        // Malformed: a format finding on the list, not also "missing".
        r#"{"modes":["weaving"]}"#,
        r#"{"modes":["weaving","processing"]}"#,
        r#"{"modes":"processing"}"#,
    ],
};
