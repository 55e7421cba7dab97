//! # 7.2.3 定向招工式：设置场所与工位 Targeted recruitment: premises and workstations
//!
//! > 7.2.3 宜设置在企业厂房里的车间、生产线，工位 10 个以上。
//!
//! **What it checks** (mode 定向招工式 only): `recruitment.in_factory` is
//! true; `recruitment.workstations` is at least 10.
//!
//! **Why:** "宜" governs the whole sentence, so both are recommendations
//! (warnings). "10 个以上" is read as 10 or more, as Chinese standards write
//! "以上" inclusively.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.2.3",
    title: Text::words("定向招工式：设置场所与工位", "Targeted recruitment: premises and workstations"),
    text: words("宜设置在企业厂房里的车间、生产线，工位 10 个以上。"),
    text_en: words("The workshop should be set up in a workshop or production line inside the enterprise's factory building, with ten or more workstations."),
    mode: Some(Mode::Recruitment),
    not_checkable: None,
    checks: &[
        Check {
            code: "recruitment.in_factory.missing",
            field: paths::recruitment::in_factory,
            level: Warning,
            message: Text {
                zh: "宜设置在企业厂房里的车间、生产线",
                en: "The workshop should be set up in a workshop or production line inside the enterprise's factory building",
            },
        },
        Check {
            code: "recruitment.workstations.below_10",
            field: paths::recruitment::workstations,
            level: Warning,
            message: Text { zh: "宜设置工位10个以上", en: "Ten or more workstations should be set up" },
        },
    ],
    check: |f, _, out| {
        let r = f.recruitment.or_empty();
        out.fire_if(r.in_factory.not_true(), 0);
        out.fire_if(r.workstations.below(10), 1);
    },
    fires: cases![
        fires(r#"{"modes":["recruitment"],"recruitment":{"in_factory":false}}"#, "recruitment.in_factory.missing", "recruitment.in_factory"),
        fires(r#"{"modes":["recruitment"],"recruitment":{"in_factory":"false"}}"#, "recruitment.in_factory.missing", "recruitment.in_factory"),
        fires(r#"{"modes":["recruitment"],"recruitment":{"in_factory":null}}"#, "recruitment.in_factory.missing", "recruitment.in_factory"),
        fires(r#"{"modes":["recruitment"],"recruitment":{"workstations":9}}"#, "recruitment.workstations.below_10", "recruitment.workstations"),
        fires(r#"{"modes":["recruitment"],"recruitment":{"workstations":"９"}}"#, "recruitment.workstations.below_10", "recruitment.workstations"),
        fires(r#"{"modes":["recruitment"],"recruitment":{"workstations":"　"}}"#, "recruitment.workstations.below_10", "recruitment.workstations"),
    ],
    passes: cases![
        r#"{"modes":["recruitment"],"recruitment":{"in_factory":true,"workstations":10}}"#,
        r#"{"modes":["recruitment"],"recruitment":{"in_factory":"true","workstations":"１０"}}"#,
        // Malformed: format findings, not this clause's.
        r#"{"modes":["recruitment"],"recruitment":{"in_factory":"yes","workstations":"9.5"}}"#,
        // Mode not chosen: the block is not read.
        r#"{"recruitment":{"in_factory":false,"workstations":1}}"#,
    ],
};
