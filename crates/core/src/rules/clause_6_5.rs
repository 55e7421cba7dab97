//! # 6.5 消防器材 Fire-fighting equipment
//!
//! > 6.5 应配备灭火器等消防器材。
//!
//! **What it checks:** `site.fire_extinguishers` is at least 1.
//!
//! **Why:** "应" makes it a requirement, so a workshop without a fire
//! extinguisher cannot be filed (error). The filing counts extinguishers, the
//! one piece of equipment the clause names.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "6.5",
    title: Text::words("消防器材", "Fire-fighting equipment"),
    text: words("应配备灭火器等消防器材。"),
    text_en: words("Fire extinguishers and other fire-fighting equipment shall be provided."),
    mode: None,
    not_checkable: None,
    checks: &[Check {
        code: "site.fire_extinguishers.missing",
        field: paths::site::fire_extinguishers,
        level: Error,
        message: Text { zh: "应配备灭火器等消防器材", en: "Fire extinguishers and other fire-fighting equipment must be provided" },
    }],
    check: |f, _, out| out.fire_if(f.site.or_empty().fire_extinguishers.below(1), 0),
    fires: cases![
        fires(r#"{"site":{"fire_extinguishers":0}}"#, "site.fire_extinguishers.missing", "site.fire_extinguishers"),
        fires(r#"{"site":{"fire_extinguishers":null}}"#, "site.fire_extinguishers.missing", "site.fire_extinguishers"),
        fires(r#"{"site":{"fire_extinguishers":" "}}"#, "site.fire_extinguishers.missing", "site.fire_extinguishers"),
        fires(r#"{"site":null}"#, "site.fire_extinguishers.missing", "site.fire_extinguishers"),
    ],
    passes: cases![
        r#"{"site":{"fire_extinguishers":1}}"#,
        r#"{"site":{"fire_extinguishers":"４"}}"#,
        r#"{"site":{"fire_extinguishers":"2.0"}}"#,
        // Malformed: a format finding, not also "missing".
        r#"{"site":{"fire_extinguishers":"many"}}"#,
        r#"{"site":{"fire_extinguishers":-1}}"#,
    ],
};
