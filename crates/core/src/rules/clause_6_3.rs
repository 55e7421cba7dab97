//! # 6.3 布局环境与共富学堂 Layout, cleanliness and academy
//!
//! > 6.3 应布局合理、环境干净整洁，宜在共富工坊内建立共富学堂。
//!
//! **What it checks:** `site.tidy` is true (error); `site.academy` is true
//! (warning).
//!
//! **Why:** the clause joins a requirement and a recommendation: "应布局合理、
//! 环境干净整洁" blocks the filing when unmet (error), "宜……建立共富学堂" is
//! advice that does not (warning).

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "6.3",
    title: Text::words("布局环境与共富学堂", "Layout, cleanliness and academy"),
    text: words("应布局合理、环境干净整洁，宜在共富工坊内建立共富学堂。"),
    text_en: words("The layout shall be reasonable and the environment clean and tidy; a common prosperity academy should be set up in the workshop."),
    mode: None,
    not_checkable: None,
    checks: &[
        Check {
            code: "site.tidy.missing",
            field: paths::site::tidy,
            level: Error,
            message: Text {
                zh: "共富工坊应布局合理、环境干净整洁",
                en: "The workshop must have a reasonable layout and a clean, tidy environment",
            },
        },
        Check {
            code: "site.academy.missing",
            field: paths::site::academy,
            level: Warning,
            message: Text {
                zh: "宜在共富工坊内建立共富学堂",
                en: "A common prosperity academy should be set up in the workshop",
            },
        },
    ],
    check: |f, _, out| {
        let site = f.site.or_empty();
        out.fire_if(site.tidy.not_true(), 0);
        out.fire_if(site.academy.not_true(), 1);
    },
    fires: cases![
        fires(r#"{"site":{"tidy":false}}"#, "site.tidy.missing", "site.tidy"),
        fires(r#"{"site":{"tidy":"false"}}"#, "site.tidy.missing", "site.tidy"),
        fires(r#"{"site":{"tidy":"　"}}"#, "site.tidy.missing", "site.tidy"),
        fires(r#"{"site":{"academy":false}}"#, "site.academy.missing", "site.academy"),
        fires(r#"{"site":{"academy":null}}"#, "site.academy.missing", "site.academy"),
        // A section of the wrong type: its keys count as not given.
        fires(r#"{"site":5}"#, "site.tidy.missing", "site.tidy"),
        fires(r#"{"site":5}"#, "site.academy.missing", "site.academy"),
    ],
    passes: cases![
        r#"{"site":{"tidy":true,"academy":true}}"#,
        r#"{"site":{"tidy":"true","academy":"true"}}"#,
        // Malformed: a format finding, not also "missing".
        r#"{"site":{"tidy":"整洁","academy":0}}"#,
    ],
};
