//! # 5.2.2 红色管家：服务清单 Red stewards: service list
//!
//! > 5.2.2 应围绕本地资源、供给需求、政策支持、闲散劳动力、村企结对等方面开展调研、梳理，建立服务清单。
//!
//! **What it checks:** `party.service_list` is true.
//!
//! **Why:** "应" makes it a requirement (error). The research behind the list
//! cannot be seen in a filing; the service list it results in can be stated,
//! and a reviewer can ask to see it.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "5.2.2",
    title: Text::words("红色管家：服务清单", "Red stewards: service list"),
    text: words("应围绕本地资源、供给需求、政策支持、闲散劳动力、村企结对等方面开展调研、梳理，建立服务清单。"),
    text_en: words("Research and review shall be carried out on local resources, supply and demand, policy support, idle labour, village–enterprise pairing and other aspects, and a service list shall be established."),
    mode: None,
    not_checkable: None,
    checks: &[Check {
        code: "party.service_list.missing",
        field: paths::party::service_list,
        level: Error,
        message: Text {
            zh: "应围绕本地资源、供给需求、政策支持等开展调研、梳理，建立服务清单",
            en: "A service list must be drawn up after surveying local resources, supply and demand, policy support and the like",
        },
    }],
    check: |f, _, out| out.fire_if(f.party.or_empty().service_list.not_true(), 0),
    fires: cases![
        fires(r#"{"party":{"service_list":false}}"#, "party.service_list.missing", "party.service_list"),
        fires(r#"{"party":{"service_list":"false"}}"#, "party.service_list.missing", "party.service_list"),
        fires(r#"{"party":{"service_list":"　"}}"#, "party.service_list.missing", "party.service_list"),
        // A section of the wrong type: its keys count as not given.
        fires(r#"{"party":"有"}"#, "party.service_list.missing", "party.service_list"),
    ],
    passes: cases![
        r#"{"party":{"service_list":true}}"#,
        r#"{"party":{"service_list":"true"}}"#,
        // Malformed: a format finding, not also "missing".
        r#"{"party":{"service_list":"已建立"}}"#,
    ],
};
