//! # 7.6.2 产业赋能式：运营范围 Industry enablement: services
//!
//! > 7.6.2 运营范围宜为开展专业培训、推广优质种苗、提供技术指导等。
//!
//! **What it checks** (mode 产业赋能式 only): `enablement.services` lists at
//! least one service (`training`, `seedlings`, `guidance`).
//!
//! **Why:** "宜" makes it a recommendation (warning). The list offers exactly
//! the services the clause names, so any service listed meets it. A list with
//! an unlisted value is a data-format finding, and this rule then stays
//! silent.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.6.2",
    title: Text::words("产业赋能式：运营范围", "Industry enablement: services"),
    text: words("运营范围宜为开展专业培训、推广优质种苗、提供技术指导等。"),
    text_en: words("The scope of operation should be professional training, promoting quality seedlings, technical guidance and the like."),
    mode: Some(Mode::Enablement),
    not_checkable: None,
    checks: &[Check {
        code: "enablement.services.missing",
        field: paths::enablement::services,
        level: Warning,
        message: Text {
            zh: "宜填写运营范围，如开展专业培训、推广优质种苗、提供技术指导等",
            en: "The scope of operation should be stated, such as professional training, promoting quality seedlings or technical guidance",
        },
    }],
    check: |f, _, out| out.fire_if(f.enablement.or_empty().services.empty(), 0),
    fires: cases![
        fires(r#"{"modes":["enablement"],"enablement":{"services":[]}}"#, "enablement.services.missing", "enablement.services"),
        fires(r#"{"modes":["enablement"],"enablement":{"services":null}}"#, "enablement.services.missing", "enablement.services"),
        fires(r#"{"modes":["enablement"],"enablement":[]}"#, "enablement.services.missing", "enablement.services"),
    ],
    passes: cases![
        r#"{"modes":["enablement"],"enablement":{"services":["seedlings"]}}"#,
        // Malformed: a format finding on the list, not this clause's.
        r#"{"modes":["enablement"],"enablement":{"services":["loans"]}}"#,
        // Mode not chosen: the block is not read.
        r#"{"enablement":{"services":[]}}"#,
    ],
};
