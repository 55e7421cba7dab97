//! # 5.1.1 机制建设：“一坊三图” Mechanism: "one workshop, three maps"
//!
//! > 5.1.1 应构建“党建联建图”“工坊运行图”“红色管家图”等“一坊三图”工作机制，示例见附录A。
//!
//! **What it checks:** each of `party.maps.alliance` (党建联建图),
//! `party.maps.operation` (工坊运行图) and `party.maps.stewards` (红色管家图)
//! is true, with one finding per missing map on its own field.
//!
//! **Why:** "应构建" is a requirement (error). The clause names the three maps,
//! so each one that is missing is its own finding; "等" allows more maps but
//! asks for none in particular.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "5.1.1",
    title: Text::words("机制建设：“一坊三图”", "Mechanism: \"one workshop, three maps\""),
    text: words("应构建“党建联建图”“工坊运行图”“红色管家图”等“一坊三图”工作机制，示例见附录A。"),
    text_en: words("A \"one workshop, three maps\" working mechanism shall be built, with the party-building alliance map, the workshop operation map, the red steward map and the like; see Annex A for examples."),
    mode: None,
    not_checkable: None,
    checks: &[
        Check {
            code: "party.maps.alliance.missing",
            field: paths::party::maps::alliance,
            level: Error,
            message: Text { zh: "应构建“党建联建图”", en: "The Party-building alliance map must be drawn up" },
        },
        Check {
            code: "party.maps.operation.missing",
            field: paths::party::maps::operation,
            level: Error,
            message: Text { zh: "应构建“工坊运行图”", en: "The workshop operation map must be drawn up" },
        },
        Check {
            code: "party.maps.stewards.missing",
            field: paths::party::maps::stewards,
            level: Error,
            message: Text { zh: "应构建“红色管家图”", en: "The red steward map must be drawn up" },
        },
    ],
    check: |f, _, out| {
        let maps = f.party.or_empty().maps.or_empty();
        out.fire_if(maps.alliance.not_true(), 0);
        out.fire_if(maps.operation.not_true(), 1);
        out.fire_if(maps.stewards.not_true(), 2);
    },
    fires: cases![
        fires(r#"{"party":{"maps":{"alliance":false}}}"#, "party.maps.alliance.missing", "party.maps.alliance"),
        fires(r#"{"party":{"maps":{"alliance":"　"}}}"#, "party.maps.alliance.missing", "party.maps.alliance"),
        fires(r#"{"party":{"maps":{"operation":"false"}}}"#, "party.maps.operation.missing", "party.maps.operation"),
        // A group of the wrong type: its keys count as not given.
        fires(r#"{"party":{"maps":"yes"}}"#, "party.maps.operation.missing", "party.maps.operation"),
        fires(r#"{"party":{"maps":{"stewards":null}}}"#, "party.maps.stewards.missing", "party.maps.stewards"),
        fires(r#"{"party":5}"#, "party.maps.stewards.missing", "party.maps.stewards"),
    ],
    passes: cases![
        r#"{"party":{"maps":{"alliance":true,"operation":true,"stewards":true}}}"#,
        r#"{"party":{"maps":{"alliance":"true","operation":"true","stewards":"true"}}}"#,
        // Malformed: a format finding, not also "missing".
        r#"{"party":{"maps":{"alliance":"有","operation":1,"stewards":[true]}}}"#,
    ],
};
