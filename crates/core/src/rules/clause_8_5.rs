//! # 8.5 从业人员年度培训 Yearly training of workers
//!
//! > 8.5 每年应组织从业人员参加相关培训。
//!
//! **What it checks:** `operations.trainings_per_year` is at least 1.
//!
//! **Why:** "应" makes it a requirement (error). "每年" asks for training every
//! year, so the filing's count of trainings a year must be at least one.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "8.5",
    title: Text::words("从业人员年度培训", "Yearly training of workers"),
    text: words("每年应组织从业人员参加相关培训。"),
    text_en: words("Workers shall be organised to take part in relevant training every year."),
    mode: None,
    not_checkable: None,
    checks: &[Check {
        code: "operations.trainings_per_year.below_1",
        field: paths::operations::trainings_per_year,
        level: Error,
        message: Text {
            zh: "每年应组织从业人员参加相关培训，每年至少1次",
            en: "Workers must be organised to take part in relevant training at least once a year",
        },
    }],
    check: |f, _, out| out.fire_if(f.operations.or_empty().trainings_per_year.below(1), 0),
    fires: cases![
        fires(r#"{"operations":{"trainings_per_year":0}}"#, "operations.trainings_per_year.below_1", "operations.trainings_per_year"),
        fires(r#"{"operations":{"trainings_per_year":"０"}}"#, "operations.trainings_per_year.below_1", "operations.trainings_per_year"),
        fires(r#"{"operations":{"trainings_per_year":null}}"#, "operations.trainings_per_year.below_1", "operations.trainings_per_year"),
        fires(r#"{"operations":{"trainings_per_year":"　"}}"#, "operations.trainings_per_year.below_1", "operations.trainings_per_year"),
        fires(r#"{"operations":"x"}"#, "operations.trainings_per_year.below_1", "operations.trainings_per_year"),
    ],
    passes: cases![
        r#"{"operations":{"trainings_per_year":1}}"#,
        r#"{"operations":{"trainings_per_year":"１２"}}"#,
        r#"{"operations":{"trainings_per_year":"2.0"}}"#,
        // Malformed: a format finding, not also "below 1".
        r#"{"operations":{"trainings_per_year":"often"}}"#,
        r#"{"operations":{"trainings_per_year":0.5}}"#,
        r#"{"operations":{"trainings_per_year":-1}}"#,
    ],
};
