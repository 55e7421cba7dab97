//! # 4.5 数智赋能 Digital empowerment
//!
//! > 4.5 数智赋能：以数字化平台为载体，推送共富工坊招工需求、政策信息、销售信息、资源分配信息等。
//!
//! **What it checks:** `workshop.on_platform` is true (the workshop is listed
//! on the digital platform that carries this information).
//!
//! **Why:** a principle of the general chapter, stated without "应": the filing
//! contract reads it as a recommendation (warning) that does not block the
//! filing. Being listed on the platform is the one fact a filing can state
//! for it; what is pushed there, and how often, cannot be checked.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "4.5",
    title: Text::words("数智赋能", "Digital empowerment"),
    text: words("以数字化平台为载体，推送共富工坊招工需求、政策信息、销售信息、资源分配信息等。"),
    text_en: words("With a digital platform as the carrier, the workshop's recruitment needs, policy information, sales information, resource-allocation information and the like are pushed out."),
    mode: None,
    not_checkable: None,
    checks: &[Check {
        code: "workshop.on_platform.missing",
        field: paths::workshop::on_platform,
        level: Warning,
        message: Text {
            zh: "宜在数字化平台上线共富工坊，推送招工需求、政策信息、销售信息等",
            en: "The workshop should be listed on the digital platform, to push its recruitment needs, policy and sales information",
        },
    }],
    check: |f, _, out| out.fire_if(f.workshop.or_empty().on_platform.not_true(), 0),
    fires: cases![
        fires(r#"{"workshop":{"on_platform":false}}"#, "workshop.on_platform.missing", "workshop.on_platform"),
        fires(r#"{"workshop":{"on_platform":"false"}}"#, "workshop.on_platform.missing", "workshop.on_platform"),
        fires(r#"{"workshop":{"on_platform":null}}"#, "workshop.on_platform.missing", "workshop.on_platform"),
        // A section of the wrong type: its keys count as not given.
        fires(r#"{"workshop":[]}"#, "workshop.on_platform.missing", "workshop.on_platform"),
    ],
    passes: cases![
        r#"{"workshop":{"on_platform":true}}"#,
        r#"{"workshop":{"on_platform":" true "}}"#,
        // Malformed: a format finding, not also "missing".
        r#"{"workshop":{"on_platform":"是"}}"#,
    ],
};
