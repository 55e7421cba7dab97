//! # 6.1 场地选择 Choice of premises
//!
//! > 6.1 宜结合山林、田地、水源、特色文化等资源，整合利用农村（社区）党群服务中心、闲置房屋、车间厂房、景点景区、乡村民宿、非遗技艺工作室等场所，建设共富工坊。
//! >
//! > 示例：盆景工坊、苔藓工坊、青瓷制作技艺工坊。
//!
//! **What it checks:** `site.kind` is given: the filing says which kind of
//! premises the workshop uses.
//!
//! **Why:** "宜" makes it a recommendation (warning). The list of premises
//! ends in "等", so any kind, `other` included, meets it; what the filing can
//! show is that the premises were chosen and named. Whether local resources
//! were drawn on is a judgement left to the reviewer.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "6.1",
    title: Text::words("场地选择", "Choice of premises"),
    text: words("宜结合山林、田地、水源、特色文化等资源，整合利用农村（社区）党群服务中心、闲置房屋、车间厂房、景点景区、乡村民宿、非遗技艺工作室等场所，建设共富工坊。示例：盆景工坊、苔藓工坊、青瓷制作技艺工坊。"),
    text_en: words("The workshop should be built drawing on mountain forests, farmland, water sources, distinctive culture and other resources, making use of rural (community) Party and public service centres, idle houses, workshops and factory buildings, scenic spots, rural homestays, intangible-heritage studios and other premises. Examples: a bonsai workshop, a moss workshop, a celadon-making workshop."),
    mode: None,
    not_checkable: None,
    checks: &[Check {
        code: "site.kind.missing",
        field: paths::site::kind,
        level: Warning,
        message: Text {
            zh: "宜说明共富工坊利用的场所，如党群服务中心、闲置房屋、车间厂房、景点景区、乡村民宿、非遗技艺工作室等",
            en: "The premises the workshop uses should be stated, such as a Party and public service centre, an idle house, a factory building, a scenic area, a homestay or a heritage studio",
        },
    }],
    check: |f, _, out| out.fire_if(f.site.or_empty().kind.is_absent(), 0),
    fires: cases![
        fires(r#"{"site":{"kind":null}}"#, "site.kind.missing", "site.kind"),
        fires(r#"{"site":{"kind":"　"}}"#, "site.kind.missing", "site.kind"),
        // A section of the wrong type: its keys count as not given.
        fires(r#"{"site":5}"#, "site.kind.missing", "site.kind"),
    ],
    passes: cases![
        r#"{"site":{"kind":"heritage_studio"}}"#,
        r#"{"site":{"kind":" other "}}"#,
        // Malformed: an unlisted value is a format finding, not also "missing".
        r#"{"site":{"kind":"barn"}}"#,
        r#"{"site":{"kind":["factory"]}}"#,
    ],
};
