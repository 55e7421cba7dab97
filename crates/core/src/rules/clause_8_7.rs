//! # 8.7 管理制度与集中保险 Management systems and group insurance
//!
//! > 8.7 应建立生产、人员、安全等管理制度，宜对从业人员开展集中保险。
//!
//! **What it checks:** each of `operations.systems.production`,
//! `operations.systems.personnel` and `operations.systems.safety` is true
//! (one finding each, on its field); `operations.group_insurance` is true.
//!
//! **Why:** the first half says "应": the production, personnel and safety
//! systems the clause names are requirements (error). The second half says
//! "宜": group insurance for the workers is a recommendation (warning).

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "8.7",
    title: Text::words("管理制度与集中保险", "Management systems and group insurance"),
    text: words("应建立生产、人员、安全等管理制度，宜对从业人员开展集中保险。"),
    text_en: words("Production, personnel, safety and other management systems shall be established; the workers should be covered by group insurance."),
    mode: None,
    not_checkable: None,
    checks: &[
        Check {
            code: "operations.systems.production.missing",
            field: paths::operations::systems::production,
            level: Error,
            message: Text { zh: "应建立生产管理制度", en: "A production management system must be established" },
        },
        Check {
            code: "operations.systems.personnel.missing",
            field: paths::operations::systems::personnel,
            level: Error,
            message: Text { zh: "应建立人员管理制度", en: "A personnel management system must be established" },
        },
        Check {
            code: "operations.systems.safety.missing",
            field: paths::operations::systems::safety,
            level: Error,
            message: Text { zh: "应建立安全管理制度", en: "A safety management system must be established" },
        },
        Check {
            code: "operations.group_insurance.missing",
            field: paths::operations::group_insurance,
            level: Warning,
            message: Text { zh: "宜对从业人员开展集中保险", en: "The workers should be covered by group insurance" },
        },
    ],
    check: |f, _, out| {
        let ops = f.operations.or_empty();
        let systems = ops.systems.or_empty();
        out.fire_if(systems.production.not_true(), 0);
        out.fire_if(systems.personnel.not_true(), 1);
        out.fire_if(systems.safety.not_true(), 2);
        out.fire_if(ops.group_insurance.not_true(), 3);
    },
    fires: cases![
        fires(
            r#"{"operations":{"systems":{"production":false}}}"#,
            "operations.systems.production.missing",
            "operations.systems.production",
        ),
        fires(
            r#"{"operations":{"systems":{"personnel":"false"}}}"#,
            "operations.systems.personnel.missing",
            "operations.systems.personnel",
        ),
        fires(r#"{"operations":{"systems":{"safety":null}}}"#, "operations.systems.safety.missing", "operations.systems.safety"),
        fires(r#"{"operations":{"systems":{"safety":"　"}}}"#, "operations.systems.safety.missing", "operations.systems.safety"),
        // A group of the wrong type: its keys count as not given.
        fires(r#"{"operations":{"systems":"x"}}"#, "operations.systems.production.missing", "operations.systems.production"),
        fires(r#"{"operations":{"systems":[true]}}"#, "operations.systems.personnel.missing", "operations.systems.personnel"),
        fires(r#"{"operations":"x"}"#, "operations.systems.safety.missing", "operations.systems.safety"),
        fires(r#"{"operations":{"group_insurance":false}}"#, "operations.group_insurance.missing", "operations.group_insurance"),
        fires(r#"{"operations":{"group_insurance":"false"}}"#, "operations.group_insurance.missing", "operations.group_insurance"),
        fires(r#"{"operations":"x"}"#, "operations.group_insurance.missing", "operations.group_insurance"),
    ],
    passes: cases![
        r#"{"operations":{"systems":{"production":"true","personnel":true,"safety":"true"},"group_insurance":"true"}}"#,
        // Malformed: a format finding, not also "missing".
        r#"{"operations":{"systems":{"production":"yes","personnel":1,"safety":"是"},"group_insurance":"no"}}"#,
    ],
};
