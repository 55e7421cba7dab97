//! # 5.2.3 红色管家：走访与会议 Red stewards: visits and meetings
//!
//! > 5.2.3 应每月走访共富工坊2次以上，每季度召开小组会议交流工作情况。
//!
//! **What it checks:** `party.visits_per_month` is at least 2;
//! `party.quarterly_meeting` is true.
//!
//! **Why:** "应" governs both halves, so both are requirements (errors).
//! "2次以上" is read as 2 or more, as Chinese standards write "以上"
//! inclusively.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "5.2.3",
    title: Text::words("红色管家：走访与会议", "Red stewards: visits and meetings"),
    text: words("应每月走访共富工坊2次以上，每季度召开小组会议交流工作情况。"),
    text_en: words("The workshop shall be visited twice or more a month, and a group meeting shall be held every quarter to exchange information on the work."),
    mode: None,
    not_checkable: None,
    checks: &[
        Check {
            code: "party.visits_per_month.below_2",
            field: paths::party::visits_per_month,
            level: Error,
            message: Text {
                zh: "红色管家应每月走访共富工坊2次以上",
                en: "The red stewards must visit the workshop at least twice a month",
            },
        },
        Check {
            code: "party.quarterly_meeting.missing",
            field: paths::party::quarterly_meeting,
            level: Error,
            message: Text {
                zh: "应每季度召开小组会议交流工作情况",
                en: "A group meeting must be held every quarter to exchange information on the work",
            },
        },
    ],
    check: |f, _, out| {
        let party = f.party.or_empty();
        out.fire_if(party.visits_per_month.below(2), 0);
        out.fire_if(party.quarterly_meeting.not_true(), 1);
    },
    fires: cases![
        fires(r#"{"party":{"visits_per_month":1}}"#, "party.visits_per_month.below_2", "party.visits_per_month"),
        fires(r#"{"party":{"visits_per_month":"１"}}"#, "party.visits_per_month.below_2", "party.visits_per_month"),
        fires(r#"{"party":{"visits_per_month":0}}"#, "party.visits_per_month.below_2", "party.visits_per_month"),
        fires(r#"{"party":{"visits_per_month":"　"}}"#, "party.visits_per_month.below_2", "party.visits_per_month"),
        fires(r#"{"party":{"visits_per_month":null}}"#, "party.visits_per_month.below_2", "party.visits_per_month"),
        fires(r#"{"party":{"quarterly_meeting":false}}"#, "party.quarterly_meeting.missing", "party.quarterly_meeting"),
        fires(r#"{"party":{"quarterly_meeting":"false"}}"#, "party.quarterly_meeting.missing", "party.quarterly_meeting"),
        // A section of the wrong type: its keys count as not given.
        fires(r#"{"party":5}"#, "party.visits_per_month.below_2", "party.visits_per_month"),
        fires(r#"{"party":5}"#, "party.quarterly_meeting.missing", "party.quarterly_meeting"),
    ],
    passes: cases![
        r#"{"party":{"visits_per_month":2,"quarterly_meeting":true}}"#,
        r#"{"party":{"visits_per_month":"２","quarterly_meeting":"true"}}"#,
        r#"{"party":{"visits_per_month":"4.0"}}"#,
        // Malformed: a format finding, not also "below 2" or "missing".
        r#"{"party":{"visits_per_month":"两次","quarterly_meeting":"每季度"}}"#,
        r#"{"party":{"visits_per_month":1.5}}"#,
        r#"{"party":{"visits_per_month":-3}}"#,
    ],
};
