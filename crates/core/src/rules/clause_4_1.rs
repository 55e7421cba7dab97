//! # 4.1 党建引领 Party-building leadership
//!
//! > 4.1 党建引领：依托党建联建机制，设立共富工坊党组织。
//!
//! **What it checks:** `party.organization` is true.
//!
//! **Why:** the clause states, without "宜", what every workshop has: a Party
//! organization set up through the party-building alliance, the mechanism the
//! workshop is defined by (3.1). The filing contract treats it as a
//! requirement (error): a workshop without its own party organisation cannot
//! be filed.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "4.1",
    title: Text::words("党建引领", "Party-building leadership"),
    text: words("依托党建联建机制，设立共富工坊党组织。"),
    text_en: words("Relying on the party-building alliance mechanism, a party organisation of the common prosperity workshop is set up."),
    mode: None,
    not_checkable: None,
    checks: &[Check {
        code: "party.organization.missing",
        field: paths::party::organization,
        level: Error,
        message: Text {
            zh: "应依托党建联建机制，设立共富工坊党组织",
            en: "A party organisation of the workshop must be set up through the party-building alliance",
        },
    }],
    check: |f, _, out| out.fire_if(f.party.or_empty().organization.not_true(), 0),
    fires: cases![
        fires(r#"{"party":{"organization":false}}"#, "party.organization.missing", "party.organization"),
        fires(r#"{"party":{"organization":"false"}}"#, "party.organization.missing", "party.organization"),
        fires(r#"{"party":{"organization":null}}"#, "party.organization.missing", "party.organization"),
        fires(r#"{"party":{"organization":"　"}}"#, "party.organization.missing", "party.organization"),
        // A section of the wrong type: its keys count as not given.
        fires(r#"{"party":5}"#, "party.organization.missing", "party.organization"),
    ],
    passes: cases![
        r#"{"party":{"organization":true}}"#,
        r#"{"party":{"organization":"true"}}"#,
        // Malformed: a format finding, not also "missing".
        r#"{"party":{"organization":"yes"}}"#,
        r#"{"party":{"organization":1}}"#,
    ],
};
