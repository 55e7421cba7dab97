//! # 7.5.2 品牌带动式：运营范围 Brand-led: scope
//!
//! > 7.5.2 运营范围宜为农作物或经济作物种植、水产养殖，特色农产品加工、销售等。
//!
//! **What it checks** (mode 品牌带动式 only): `brand_led.activities` lists
//! at least one activity (`planting`, `aquaculture`, `processing`, `sales`).
//!
//! **Why:** "宜" makes it a recommendation (warning). The list offers only
//! the activities the clause names, so any activity listed meets it. A list
//! with an unlisted value is a data-format finding, and this rule then stays
//! silent.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.5.2",
    title: Text::words("品牌带动式：运营范围", "Brand-led: scope"),
    text: words("运营范围宜为农作物或经济作物种植、水产养殖，特色农产品加工、销售等。"),
    text_en: words("The scope of operation should be growing food or cash crops, aquaculture, and processing and selling speciality farm products, and the like."),
    mode: Some(Mode::BrandLed),
    not_checkable: None,
    checks: &[Check {
        code: "brand_led.activities.missing",
        field: paths::brand_led::activities,
        level: Warning,
        message: Text {
            zh: "宜填写运营范围，如农作物或经济作物种植、水产养殖，特色农产品加工、销售等",
            en: "The scope of operation should be stated, such as crop growing, aquaculture, or processing and selling speciality farm products",
        },
    }],
    check: |f, _, out| out.fire_if(f.brand_led.or_empty().activities.empty(), 0),
    fires: cases![
        fires(r#"{"modes":["brand_led"],"brand_led":{"activities":[]}}"#, "brand_led.activities.missing", "brand_led.activities"),
        fires(r#"{"modes":["brand_led"],"brand_led":{"activities":null}}"#, "brand_led.activities.missing", "brand_led.activities"),
        fires(r#"{"modes":["brand_led"],"brand_led":{"activities":["　",null]}}"#, "brand_led.activities.missing", "brand_led.activities"),
    ],
    passes: cases![
        r#"{"modes":["brand_led"],"brand_led":{"activities":["aquaculture"]}}"#,
        // Malformed: a format finding on the list, not this clause's.
        r#"{"modes":["brand_led"],"brand_led":{"activities":["mining"]}}"#,
        // Mode not chosen: the block is not read.
        r#"{"brand_led":{"activities":[]}}"#,
    ],
};
