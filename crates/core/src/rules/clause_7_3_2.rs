//! # 7.3.2 电商直播式：运营范围 E-commerce livestreaming: products
//!
//! > 7.3.2 运营范围宜为当地特色农副产品、工业产品或其他特色产品。
//!
//! **What it checks** (mode 电商直播式 only): `livestream.products` lists at
//! least one kind of product (`agricultural`, `industrial`, `other`).
//!
//! **Why:** "宜" makes it a recommendation (warning). The clause itself names
//! "其他特色产品", so every kind the list offers meets it, `other` included. A
//! list with an unlisted value is a data-format finding, and this rule then
//! stays silent.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.3.2",
    title: Text::words("电商直播式：运营范围", "E-commerce livestreaming: products"),
    text: words("运营范围宜为当地特色农副产品、工业产品或其他特色产品。"),
    text_en: words("The scope of operation should be local speciality farm and sideline products, industrial products or other speciality products."),
    mode: Some(Mode::Livestream),
    not_checkable: None,
    checks: &[Check {
        code: "livestream.products.missing",
        field: paths::livestream::products,
        level: Warning,
        message: Text {
            zh: "宜填写运营范围，如当地特色农副产品、工业产品或其他特色产品",
            en: "The scope of operation should be stated: local speciality farm products, industrial products or other speciality products",
        },
    }],
    check: |f, _, out| out.fire_if(f.livestream.or_empty().products.empty(), 0),
    fires: cases![
        fires(r#"{"modes":["livestream"],"livestream":{"products":[]}}"#, "livestream.products.missing", "livestream.products"),
        fires(r#"{"modes":["livestream"],"livestream":{"products":null}}"#, "livestream.products.missing", "livestream.products"),
        fires(r#"{"modes":["livestream"],"livestream":{"products":["　"]}}"#, "livestream.products.missing", "livestream.products"),
    ],
    passes: cases![
        r#"{"modes":["livestream"],"livestream":{"products":["industrial"]}}"#,
        r#"{"modes":["livestream"],"livestream":{"products":["other"]}}"#,
        // Malformed: a format finding on the list, not this clause's.
        r#"{"modes":["livestream"],"livestream":{"products":["services"]}}"#,
        // Mode not chosen: the block is not read.
        r#"{"livestream":{"products":[]}}"#,
    ],
};
