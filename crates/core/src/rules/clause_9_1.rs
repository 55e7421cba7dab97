//! # 9.1 母子品牌共建 Parent and sub-brands
//!
//! > 9.1 建立共富工坊“1+N”母子品牌共建模式，以“丽水山坊”为母品牌，联动丽水山耕、丽水山景、丽水山居等区域公共品牌，推动打造山耕工坊、山景工坊、山居工坊、山播工坊等子品牌。
//!
//! **What it checks:** `brand.sub_brand` is given (山耕工坊, 山景工坊, 山居工坊,
//! 山播工坊 or another sub-brand).
//!
//! **Why:** the clause says neither "应" nor "宜": it describes the "1+N"
//! brand system that the city builds, in which each workshop takes its place
//! under a sub-brand. As the contract's rule table sets, a filing that names
//! no sub-brand gets a warning, not an error: the system is built by the
//! brand's promoters, and a workshop not yet assigned to a sub-brand may
//! still be admitted.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "9.1",
    title: Text::words("母子品牌共建", "Parent and sub-brands"),
    text: words("建立共富工坊“1+N”母子品牌共建模式，以“丽水山坊”为母品牌，联动丽水山耕、丽水山景、丽水山居等区域公共品牌，推动打造山耕工坊、山景工坊、山居工坊、山播工坊等子品牌。"),
    text_en: words("A \"1+N\" parent-and-sub-brand model is established for the common prosperity workshops: with \"Lishui Shanfang\" as the parent brand, linked with regional public brands such as Lishui Shangeng, Lishui Shanjing and Lishui Shanju, sub-brands such as Shangeng, Shanjing, Shanju and Shanbo workshops are built."),
    mode: None,
    not_checkable: None,
    checks: &[Check {
        code: "brand.sub_brand.missing",
        field: paths::brand::sub_brand,
        level: Warning,
        message: Text {
            zh: "宜选择所属子品牌（山耕工坊、山景工坊、山居工坊、山播工坊或其他）",
            en: "The workshop's sub-brand (Shangeng, Shanjing, Shanju, Shanbo workshop, or other) should be chosen",
        },
    }],
    check: |f, _, out| out.fire_if(f.brand.or_empty().sub_brand.is_absent(), 0),
    fires: cases![
        fires(r#"{"brand":{"sub_brand":null}}"#, "brand.sub_brand.missing", "brand.sub_brand"),
        fires(r#"{"brand":{"sub_brand":"　"}}"#, "brand.sub_brand.missing", "brand.sub_brand"),
        fires(r#"{"brand":"x"}"#, "brand.sub_brand.missing", "brand.sub_brand"),
    ],
    passes: cases![
        r#"{"brand":{"sub_brand":"shanbo"}}"#,
        r#"{"brand":{"sub_brand":"other"}}"#,
        // Unlisted: a format finding, not also "missing".
        r#"{"brand":{"sub_brand":"shanshui"}}"#,
    ],
};
