//! # 8.6 招聘学员与低收入农户 Hiring trainees and low-income households
//!
//! > 8.6 宜招聘有培训证明的共富学堂学员及有劳动能力的低收入农户。
//!
//! **What it checks:** `operations.low_income_employees` plus
//! `operations.trainee_employees` is more than 0; the finding points at
//! `operations.low_income_employees`. When neither count is given,
//! `.not_given` asks for them (a blank form is not "both 0"); one absent
//! beside a given 0 counts as 0; when either count is malformed (already a format finding)
//! the sum is unknown and nothing fires.
//!
//! **Why:** "宜" makes it a recommendation (warning). The clause names two
//! groups joined by "及"; a workshop that employs people from either group
//! is following it, one that employs none of either is not. Whether a
//! low-income worker "有劳动能力" is for the reviewer.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "8.6",
    title: Text::words("招聘学员与低收入农户", "Hiring trainees and low-income households"),
    text: words("宜招聘有培训证明的共富学堂学员及有劳动能力的低收入农户。"),
    text_en: words("Trainees of the common prosperity academy who hold a training certificate, and members of low-income rural households who are able to work, should be hired."),
    mode: None,
    not_checkable: None,
    checks: &[
        Check {
            code: "operations.low_income_employees.none",
            field: paths::operations::low_income_employees,
            level: Warning,
            message: Text {
                zh: "宜招聘有培训证明的共富学堂学员及有劳动能力的低收入农户，所填从业人员中两者均为0",
                en: "Academy trainees with a training certificate and low-income household members able to work should be hired; the counts given include neither",
            },
        },
        Check {
            code: "operations.low_income_employees.not_given",
            field: paths::operations::low_income_employees,
            level: Warning,
            message: Text {
                zh: "宜招聘有培训证明的共富学堂学员及有劳动能力的低收入农户：请填写从业人员中低收入农户和共富学堂学员的人数",
                en: "Academy trainees with a training certificate and low-income household members able to work should be hired: give how many of the workers are each",
            },
        },
    ],
    check: |f, _, out| {
        let ops = f.operations.or_empty();
        let count = |n: &Input<u64>| match n {
            Input::Absent => Some(0),
            Input::Bad(_) => None,
            Input::Given(n) => Some(*n),
        };
        // Neither count given (a blank form): ask for them, rather than
        // say that both are 0.
        if ops.low_income_employees.is_absent() && ops.trainee_employees.is_absent() {
            out.fire(1);
        } else if let (Some(low), Some(trainees)) = (count(&ops.low_income_employees), count(&ops.trainee_employees)) {
            out.fire_if(low + trainees == 0, 0);
        }
    },
    fires: cases![
        fires(
            r#"{"operations":{"low_income_employees":0,"trainee_employees":0}}"#,
            "operations.low_income_employees.none",
            "operations.low_income_employees",
        ),
        fires(
            r#"{"operations":{"low_income_employees":"０","trainee_employees":"0.0"}}"#,
            "operations.low_income_employees.none",
            "operations.low_income_employees",
        ),
        // Absent counts as 0.
        fires(
            r#"{"operations":{"low_income_employees":null,"trainee_employees":null}}"#,
            "operations.low_income_employees.not_given",
            "operations.low_income_employees",
        ),
        fires(
            r#"{"operations":{"low_income_employees":"　","trainee_employees":0}}"#,
            "operations.low_income_employees.none",
            "operations.low_income_employees",
        ),
        fires(r#"{"operations":"x"}"#, "operations.low_income_employees.not_given", "operations.low_income_employees"),
    ],
    passes: cases![
        r#"{"operations":{"low_income_employees":0,"trainee_employees":"１"}}"#,
        r#"{"operations":{"low_income_employees":3,"trainee_employees":null}}"#,
        r#"{"operations":{"low_income_employees":null,"trainee_employees":2}}"#,
        // Either count malformed: the sum is unknown, only the format finding.
        r#"{"operations":{"low_income_employees":"some","trainee_employees":0}}"#,
        r#"{"operations":{"low_income_employees":0,"trainee_employees":-1}}"#,
    ],
};
