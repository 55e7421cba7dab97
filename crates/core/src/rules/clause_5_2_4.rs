//! # 5.2.4 红色管家：建设提升 Red stewards: upgrading the workshop
//!
//! > 5.2.4 应帮助共富工坊做好建设提升，如帮助食品加工类共富工坊通过SC认证等。
//!
//! **What it checks:** when `workshop.food_processing` is true,
//! `workshop.sc_license` (食品生产许可证编号) is given.
//!
//! **Why:** "应" makes it a requirement (error). Help with upgrading in
//! general cannot be seen in a filing; the one result the clause names can:
//! a food-processing workshop holds its SC licence. A number not written as
//! `SC` and 14 digits is already a format finding, and is not also reported
//! as missing.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "5.2.4",
    title: Text::words("红色管家：建设提升", "Red stewards: upgrading the workshop"),
    text: words("应帮助共富工坊做好建设提升，如帮助食品加工类共富工坊通过SC认证等。"),
    text_en: words("The workshop shall be helped to build and upgrade itself, for example by helping a food-processing workshop pass SC certification (food production licence)."),
    mode: None,
    not_checkable: None,
    checks: &[Check {
        code: "workshop.sc_license.missing",
        field: paths::workshop::sc_license,
        level: Error,
        message: Text {
            zh: "食品加工类共富工坊应通过SC认证，填写食品生产许可证编号",
            en: "A food-processing workshop must hold SC certification; give its food production licence number",
        },
    }],
    check: |f, _, out| {
        let w = f.workshop.or_empty();
        out.fire_if(w.food_processing.given() == Some(&true) && w.sc_license.is_absent(), 0);
    },
    fires: cases![
        fires(r#"{"workshop":{"food_processing":true}}"#, "workshop.sc_license.missing", "workshop.sc_license"),
        fires(
            r#"{"workshop":{"food_processing":"true","sc_license":"　"}}"#,
            "workshop.sc_license.missing",
            "workshop.sc_license",
        ),
    ],
    passes: cases![
        r#"{"workshop":{"food_processing":true,"sc_license":"SC10633112500123"}}"#,
        r#"{"workshop":{"food_processing":"true","sc_license":" sc10633112500123 "}}"#,
        // No food processing: no licence needed.
        r#"{"workshop":{"food_processing":false,"sc_license":null}}"#,
        r#"{"workshop":{"food_processing":"false"}}"#,
        r#"{"workshop":{"food_processing":null}}"#,
        // Malformed: a format finding, not also "missing".
        r#"{"workshop":{"food_processing":true,"sc_license":"SC123"}}"#,
        r#"{"workshop":{"food_processing":"食品","sc_license":null}}"#,
        r#"{"workshop":5}"#,
    ],
};
