//! # 7.7.3 流动供销式：车辆与设施 Mobile supply and marketing: vehicles and facilities
//!
//! > 7.7.3 应配备与流动供销相适应的车辆及其他设施。
//!
//! **What it checks** (mode 流动供销式 only): `mobile_supply.vehicles` is at
//! least 1.
//!
//! **Why:** "应" makes it a requirement (error). The filing counts vehicles,
//! the one piece of equipment the clause names; whether they and the other
//! facilities suit the work is for the reviewer.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.7.3",
    title: Text::words("流动供销式：车辆与设施", "Mobile supply and marketing: vehicles and facilities"),
    text: words("应配备与流动供销相适应的车辆及其他设施。"),
    text_en: words("Vehicles and other facilities suited to mobile supply and marketing shall be provided."),
    mode: Some(Mode::MobileSupply),
    not_checkable: None,
    checks: &[Check {
        code: "mobile_supply.vehicles.below_1",
        field: paths::mobile_supply::vehicles,
        level: Error,
        message: Text {
            zh: "应配备与流动供销相适应的车辆，车辆数至少为1",
            en: "Vehicles suited to mobile supply and marketing must be provided: at least one",
        },
    }],
    check: |f, _, out| out.fire_if(f.mobile_supply.or_empty().vehicles.below(1), 0),
    fires: cases![
        fires(
            r#"{"modes":["mobile_supply"],"mobile_supply":{"vehicles":0}}"#,
            "mobile_supply.vehicles.below_1",
            "mobile_supply.vehicles",
        ),
        fires(
            r#"{"modes":["mobile_supply"],"mobile_supply":{"vehicles":"０"}}"#,
            "mobile_supply.vehicles.below_1",
            "mobile_supply.vehicles",
        ),
        fires(
            r#"{"modes":["mobile_supply"],"mobile_supply":{"vehicles":null}}"#,
            "mobile_supply.vehicles.below_1",
            "mobile_supply.vehicles",
        ),
        fires(
            r#"{"modes":["mobile_supply"],"mobile_supply":{"vehicles":"　"}}"#,
            "mobile_supply.vehicles.below_1",
            "mobile_supply.vehicles",
        ),
    ],
    passes: cases![
        r#"{"modes":["mobile_supply"],"mobile_supply":{"vehicles":1}}"#,
        r#"{"modes":["mobile_supply"],"mobile_supply":{"vehicles":"３"}}"#,
        // Malformed: a format finding, not this clause's.
        r#"{"modes":["mobile_supply"],"mobile_supply":{"vehicles":-1}}"#,
        r#"{"modes":["mobile_supply"],"mobile_supply":{"vehicles":"one"}}"#,
        // Mode not chosen: the block is not read.
        r#"{"mobile_supply":{"vehicles":0}}"#,
    ],
};
