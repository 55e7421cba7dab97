//! # 9.2 品牌推广 Brand promotion
//!
//! > 9.2 宜通过平台推广、数智推广、活动推广等方式宣传推广共富工坊品牌。
//!
//! **What it checks:** `brand.promotion` lists at least one way of promoting
//! the brand.
//!
//! **Why:** "宜" makes it a recommendation (warning). An unlisted way is a
//! format finding on the list, and the "not empty" check is then skipped.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "9.2",
    title: Text::words("品牌推广", "Brand promotion"),
    text: words("宜通过平台推广、数智推广、活动推广等方式宣传推广共富工坊品牌。"),
    text_en: words("The workshop brand should be publicised and promoted through platforms, digital channels, events and other means."),
    mode: None,
    not_checkable: None,
    checks: &[Check {
        code: "brand.promotion.missing",
        field: paths::brand::promotion,
        level: Warning,
        message: Text {
            zh: "宜通过平台推广、数智推广、活动推广等方式宣传推广共富工坊品牌",
            en: "The workshop brand should be promoted through platforms, digital channels, events or other means",
        },
    }],
    check: |f, _, out| out.fire_if(f.brand.or_empty().promotion.empty(), 0),
    fires: cases![
        fires(r#"{"brand":{"promotion":[]}}"#, "brand.promotion.missing", "brand.promotion"),
        fires(r#"{"brand":{"promotion":null}}"#, "brand.promotion.missing", "brand.promotion"),
        fires(r#"{"brand":{"promotion":[null,"　"]}}"#, "brand.promotion.missing", "brand.promotion"),
        fires(r#"{"brand":"x"}"#, "brand.promotion.missing", "brand.promotion"),
    ],
    passes: cases![
        r#"{"brand":{"promotion":["digital"]}}"#,
        // An unlisted value is a format finding on the list; "not empty" is skipped.
        r#"{"brand":{"promotion":["tv"]}}"#,
        r#"{"brand":{"promotion":"platform"}}"#,
    ],
};
