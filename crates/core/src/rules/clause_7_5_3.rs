//! # 7.5.3 品牌带动式：基地与设施 Brand-led: base and facilities
//!
//! > 7.5.3 宜设置在相对固定的种、养殖基地，生产种植、养殖基地面积在 50 亩（33350 m²）以上，宜配备齐全的农业现代化设施。
//!
//! **What it checks** (mode 品牌带动式 only): `brand_led.base_area` is at
//! least 50 亩: an area in `m2` is compared with 33350, an area in `mu` with
//! 50. The unit is the one written with the number ("3000平方米"), else
//! `brand_led.base_area_unit`, else 亩; in that last case the form is told
//! that 亩 was assumed (`brand_led.base_area_unit.missing`), since "3000"
//! meant as m² would read as 3000 亩. `brand_led.fixed_base` is true;
//! `brand_led.modern_facilities` is true.
//!
//! **Why:** the sentence opens with "宜" and repeats it for the facilities, so
//! all three are recommendations (warnings). 33350 m² is the standard's own
//! conversion of 50 亩 and is used as written, so the two units agree at the
//! threshold. "以上" is read as the threshold or more. When the unit is
//! malformed the area cannot be compared; the unit's format finding covers
//! it, and the area is then only checked for being given; so it is when the
//! written and the chosen unit disagree (a format finding). A negative area
//! is a format finding and is not also compared (filing-v1.md §4).

use super::prelude::*;

/// 50 亩, the threshold for an area in mu.
const MIN_MU: f64 = 50.0;
/// 33350 m², the standard's own figure for 50 亩.
const MIN_M2: f64 = 33350.0;

pub static RULE: Rule = Rule {
    clause: "7.5.3",
    title: Text::words("品牌带动式：基地与设施", "Brand-led: base and facilities"),
    text: words("宜设置在相对固定的种、养殖基地，生产种植、养殖基地面积在 50 亩（33350 m²）以上，宜配备齐全的农业现代化设施。"),
    text_en: words("The workshop should be set up at a relatively fixed growing or breeding base, with a production base of 50 mu (33,350 m²) or more, and should be equipped with complete modern agricultural facilities."),
    mode: Some(Mode::BrandLed),
    not_checkable: None,
    checks: &[
        Check {
            code: "brand_led.base_area.below_50_mu",
            field: paths::brand_led::base_area,
            level: Warning,
            message: Text {
                zh: "种植、养殖基地面积宜在50亩（33350 m²）以上",
                en: "The growing or breeding base should cover 50 mu (33,350 m²) or more",
            },
        },
        Check {
            code: "brand_led.base_area_unit.missing",
            field: paths::brand_led::base_area_unit,
            level: Warning,
            message: Text {
                zh: "未选择面积单位，面积已按亩计算；如填写的是平方米，请选择“平方米”",
                en: "No unit of area is chosen, so the area is read as mu; if it is in square metres, choose m²",
            },
        },
        Check {
            code: "brand_led.fixed_base.missing",
            field: paths::brand_led::fixed_base,
            level: Warning,
            message: Text {
                zh: "宜设置在相对固定的种、养殖基地",
                en: "The workshop should be set up at a relatively fixed growing or breeding base",
            },
        },
        Check {
            code: "brand_led.modern_facilities.missing",
            field: paths::brand_led::modern_facilities,
            level: Warning,
            message: Text {
                zh: "宜配备齐全的农业现代化设施",
                en: "Complete modern agricultural facilities should be provided",
            },
        },
    ],
    check: |f, _, out| {
        let b = f.brand_led.or_empty();
        let min = match b.area_unit() {
            Some(AreaUnit::Mu) => Some(MIN_MU),
            Some(AreaUnit::SquareMetre) => Some(MIN_M2),
            None => None,
        };
        let short = match (&b.base_area, min) {
            (Input::Absent, _) => true,
            // A negative area is a format finding (data_format), not a short one.
            (Input::Given(area), Some(min)) => (0.0..min).contains(&area.value),
            _ => false,
        };
        out.fire_if(short, 0);
        let assumed_mu = b.base_area.given().is_some_and(|a| a.written_unit.is_none()) && b.base_area_unit.is_absent();
        out.fire_if(assumed_mu, 1);
        out.fire_if(b.fixed_base.not_true(), 2);
        out.fire_if(b.modern_facilities.not_true(), 3);
    },
    fires: cases![
        fires(r#"{"modes":["brand_led"],"brand_led":{"base_area":49.9}}"#, "brand_led.base_area.below_50_mu", "brand_led.base_area"),
        fires(
            r#"{"modes":["brand_led"],"brand_led":{"base_area":"49.9","base_area_unit":null}}"#,
            "brand_led.base_area.below_50_mu",
            "brand_led.base_area",
        ),
        fires(
            r#"{"modes":["brand_led"],"brand_led":{"base_area":33349,"base_area_unit":"m2"}}"#,
            "brand_led.base_area.below_50_mu",
            "brand_led.base_area",
        ),
        // 120 m² is far below 50 亩, though 120 亩 would pass.
        fires(r#"{"modes":["brand_led"],"brand_led":{"base_area_unit":"m2"}}"#, "brand_led.base_area.below_50_mu", "brand_led.base_area"),
        fires(r#"{"modes":["brand_led"],"brand_led":{"base_area":null}}"#, "brand_led.base_area.below_50_mu", "brand_led.base_area"),
        fires(r#"{"modes":["brand_led"],"brand_led":{"base_area":"　"}}"#, "brand_led.base_area.below_50_mu", "brand_led.base_area"),
        fires(
            r#"{"modes":["brand_led"],"brand_led":{"base_area":null,"base_area_unit":"acre"}}"#,
            "brand_led.base_area.below_50_mu",
            "brand_led.base_area",
        ),
        // The unit written with the number counts: 3000 m² is far below 50 亩.
        fires(r#"{"modes":["brand_led"],"brand_led":{"base_area":"3000平方米","base_area_unit":null}}"#, "brand_led.base_area.below_50_mu", "brand_led.base_area"),
        fires(r#"{"modes":["brand_led"],"brand_led":{"base_area":"49亩","base_area_unit":"mu"}}"#, "brand_led.base_area.below_50_mu", "brand_led.base_area"),
        // An area without any unit is read as 亩, and the form says so.
        fires(r#"{"modes":["brand_led"],"brand_led":{"base_area":3000,"base_area_unit":null}}"#, "brand_led.base_area_unit.missing", "brand_led.base_area_unit"),
        fires(r#"{"modes":["brand_led"],"brand_led":{"base_area":"3,000","base_area_unit":null}}"#, "brand_led.base_area_unit.missing", "brand_led.base_area_unit"),
        fires(r#"{"modes":["brand_led"],"brand_led":{"fixed_base":false}}"#, "brand_led.fixed_base.missing", "brand_led.fixed_base"),
        fires(r#"{"modes":["brand_led"],"brand_led":{"fixed_base":"false"}}"#, "brand_led.fixed_base.missing", "brand_led.fixed_base"),
        fires(
            r#"{"modes":["brand_led"],"brand_led":{"modern_facilities":false}}"#,
            "brand_led.modern_facilities.missing",
            "brand_led.modern_facilities",
        ),
        fires(
            r#"{"modes":["brand_led"],"brand_led":{"modern_facilities":null}}"#,
            "brand_led.modern_facilities.missing",
            "brand_led.modern_facilities",
        ),
    ],
    passes: cases![
        r#"{"modes":["brand_led"]}"#,
        // Units written with the number: 60 亩, 40000 m², 1,200 亩.
        r#"{"modes":["brand_led"],"brand_led":{"base_area":"60亩","base_area_unit":null}}"#,
        r#"{"modes":["brand_led"],"brand_led":{"base_area":"40000 平方米","base_area_unit":null}}"#,
        r#"{"modes":["brand_led"],"brand_led":{"base_area":"40,000㎡","base_area_unit":"m2"}}"#,
        r#"{"modes":["brand_led"],"brand_led":{"base_area":"1,200","base_area_unit":"mu"}}"#,
        // Written and chosen units disagree: a format finding, not compared.
        r#"{"modes":["brand_led"],"brand_led":{"base_area":"10亩","base_area_unit":"m2"}}"#,
        r#"{"modes":["brand_led"],"brand_led":{"base_area":50}}"#,
        r#"{"modes":["brand_led"],"brand_led":{"base_area":"５０亩","base_area_unit":null}}"#,
        r#"{"modes":["brand_led"],"brand_led":{"base_area":33350,"base_area_unit":"m2"}}"#,
        r#"{"modes":["brand_led"],"brand_led":{"base_area":"３３３５０.0","base_area_unit":"m2"}}"#,
        // 33349 亩 is plenty (in m² it would be short).
        r#"{"modes":["brand_led"],"brand_led":{"base_area":33349,"base_area_unit":"mu"}}"#,
        r#"{"modes":["brand_led"],"brand_led":{"fixed_base":"true","modern_facilities":"true"}}"#,
        // Malformed: format findings, not this clause's; with a malformed
        // unit the area cannot be compared.
        r#"{"modes":["brand_led"],"brand_led":{"base_area":"fifty"}}"#,
        r#"{"modes":["brand_led"],"brand_led":{"base_area":10,"base_area_unit":"acre"}}"#,
        // A negative area: a format finding, not also short of 50 亩.
        r#"{"modes":["brand_led"],"brand_led":{"base_area":-60}}"#,
        r#"{"modes":["brand_led"],"brand_led":{"fixed_base":"yes","modern_facilities":0}}"#,
        // Mode not chosen: the block is not read.
        r#"{"brand_led":{"base_area":1,"fixed_base":false,"modern_facilities":false}}"#,
    ],
};
