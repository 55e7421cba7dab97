//! # 7.9 山海协作式 Mountain–sea cooperation
//!
//! > 7.9 山海协作式
//! >
//! > 结合山海协作工程，与沿海发达地区和经济发达县的龙头企业，以项目合作方式，建立共富工坊。
//!
//! **What it checks** (mode 山海协作式 only): `mountain_sea.partner`,
//! `mountain_sea.partner_region` and `mountain_sea.project` are given. Each
//! missing key is its own finding, on that key.
//!
//! **Why:** the clause has no "宜": it defines the mode as a workshop set up
//! with a leading enterprise of a developed coastal area or county, through a
//! cooperation project. A filing that chooses the mode without naming the
//! enterprise, where it is from and the project does not show a workshop of
//! this mode (error). Whether the region is in fact coastal or developed is
//! for the reviewer.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.9",
    title: Text::words("山海协作式", "Mountain–sea cooperation"),
    text: words("结合山海协作工程，与沿海发达地区和经济发达县的龙头企业，以项目合作方式，建立共富工坊。"),
    text_en: words("As part of the mountain–sea cooperation programme, the workshop is set up with leading enterprises of developed coastal areas and economically developed counties, through project cooperation."),
    mode: Some(Mode::MountainSea),
    not_checkable: None,
    checks: &[
        Check {
            code: "mountain_sea.partner.missing",
            field: paths::mountain_sea::partner,
            level: Error,
            message: Text {
                zh: "应填写合作的龙头企业名称",
                en: "The name of the cooperating leading enterprise must be given",
            },
        },
        Check {
            code: "mountain_sea.partner_region.missing",
            field: paths::mountain_sea::partner_region,
            level: Error,
            message: Text {
                zh: "应填写合作龙头企业所在的沿海发达地区或经济发达县",
                en: "The developed coastal area or economically developed county of the leading enterprise must be given",
            },
        },
        Check {
            code: "mountain_sea.project.missing",
            field: paths::mountain_sea::project,
            level: Error,
            message: Text {
                zh: "应填写山海协作合作项目名称",
                en: "The mountain–sea cooperation project must be named",
            },
        },
    ],
    check: |f, _, out| {
        let m = f.mountain_sea.or_empty();
        out.fire_if(m.partner.missing(), 0);
        out.fire_if(m.partner_region.missing(), 1);
        out.fire_if(m.project.missing(), 2);
    },
    fires: cases![
        fires(r#"{"modes":["mountain_sea"],"mountain_sea":{"partner":null}}"#, "mountain_sea.partner.missing", "mountain_sea.partner"),
        fires(r#"{"modes":["mountain_sea"],"mountain_sea":{"partner":"　"}}"#, "mountain_sea.partner.missing", "mountain_sea.partner"),
        fires(r#"{"modes":["mountain_sea"],"mountain_sea":{"partner_region":""}}"#, "mountain_sea.partner_region.missing", "mountain_sea.partner_region"),
        fires(r#"{"modes":["mountain_sea"],"mountain_sea":{"project":null}}"#, "mountain_sea.project.missing", "mountain_sea.project"),
        fires(r#"{"modes":["mountain_sea"],"mountain_sea":"宁波"}"#, "mountain_sea.project.missing", "mountain_sea.project"),
    ],
    passes: cases![
        r#"{"modes":["mountain_sea"]}"#,
        r#"{"modes":["processing","mountain_sea"],"mountain_sea":{"partner_region":" 杭州市 "}}"#,
        // Malformed: format findings, not this clause's.
        r#"{"modes":["mountain_sea"],"mountain_sea":{"partner":true,"project":["木玩"]}}"#,
        // Mode not chosen: the block is not read.
        r#"{"mountain_sea":{"partner":null,"partner_region":null,"project":null}}"#,
    ],
};
