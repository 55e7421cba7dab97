//! # 7.7.2 流动供销式：服务内容 Mobile supply and marketing: services
//!
//! > 7.7.2 为山区群众提供日用消费品、农产品收购等方面的服务。
//!
//! **What it checks** (mode 流动供销式 only): `mobile_supply.services` lists
//! at least one service (`consumer_goods`, `produce_purchase`).
//!
//! **Why:** the clause has no "宜": it states what a mobile supply and
//! marketing workshop does, so one that names no service is not of this mode
//! and cannot be filed as one (error). A list with an unlisted value is a
//! data-format finding, and this rule then stays silent.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.7.2",
    title: Text::words("流动供销式：服务内容", "Mobile supply and marketing: services"),
    text: words("为山区群众提供日用消费品、农产品收购等方面的服务。"),
    text_en: words("The workshop provides people in the mountain areas with daily consumer goods, buys their farm produce, and offers similar services."),
    mode: Some(Mode::MobileSupply),
    not_checkable: None,
    checks: &[Check {
        code: "mobile_supply.services.missing",
        field: paths::mobile_supply::services,
        level: Error,
        message: Text {
            zh: "应填写为山区群众提供的服务，如日用消费品供应、农产品收购等",
            en: "The services provided to people in the mountain areas must be stated, such as supplying daily consumer goods or buying farm produce",
        },
    }],
    check: |f, _, out| out.fire_if(f.mobile_supply.or_empty().services.empty(), 0),
    fires: cases![
        fires(r#"{"modes":["mobile_supply"],"mobile_supply":{"services":[]}}"#, "mobile_supply.services.missing", "mobile_supply.services"),
        fires(r#"{"modes":["mobile_supply"],"mobile_supply":{"services":null}}"#, "mobile_supply.services.missing", "mobile_supply.services"),
        fires(r#"{"modes":["mobile_supply"],"mobile_supply":{"services":[""]}}"#, "mobile_supply.services.missing", "mobile_supply.services"),
    ],
    passes: cases![
        r#"{"modes":["mobile_supply"],"mobile_supply":{"services":["produce_purchase"]}}"#,
        // Malformed: a format finding on the list, not this clause's.
        r#"{"modes":["mobile_supply"],"mobile_supply":{"services":["repairs"]}}"#,
        // Mode not chosen: the block is not read.
        r#"{"mobile_supply":{"services":[]}}"#,
    ],
};
