//! # 6.2 交通物流 Transport and logistics
//!
//! > 6.2 交通便利、物流畅通，“丽水山递”应覆盖。
//! >
//! > 注：“丽水山递”指通过构建县乡村三级物流体系，推动邮快、快快、交快、供销等物流资源共建共享，破解快递进村和农产品出村难题的具有丽水特色的农村物流寄递体系。
//!
//! **What it checks:** `site.logistics` is true: the "丽水山递" rural delivery
//! network covers the site.
//!
//! **Why:** the "应" binds the coverage by "丽水山递", a requirement (error).
//! "交通便利、物流畅通" describes the outcome it serves and has no fact of its
//! own a filing could state.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "6.2",
    title: Text::words("交通物流", "Transport and logistics"),
    text: words("交通便利、物流畅通，“丽水山递”应覆盖。注：“丽水山递”指通过构建县乡村三级物流体系，推动邮快、快快、交快、供销等物流资源共建共享，破解快递进村和农产品出村难题的具有丽水特色的农村物流寄递体系。"),
    text_en: words("Transport is convenient and logistics smooth; \"Lishui Shandi\" shall cover the site. Note: \"Lishui Shandi\" is Lishui's own rural logistics and delivery system, which builds a three-tier county–township–village logistics network and has postal, express, transport and supply-and-marketing logistics resources built and shared jointly, solving the problems of getting parcels into villages and farm products out of them."),
    mode: None,
    not_checkable: None,
    checks: &[Check {
        code: "site.logistics.missing",
        field: paths::site::logistics,
        level: Error,
        message: Text {
            zh: "“丽水山递”应覆盖共富工坊所在地",
            en: "The \"Lishui Shandi\" rural delivery network must cover the workshop's site",
        },
    }],
    check: |f, _, out| out.fire_if(f.site.or_empty().logistics.not_true(), 0),
    fires: cases![
        fires(r#"{"site":{"logistics":false}}"#, "site.logistics.missing", "site.logistics"),
        fires(r#"{"site":{"logistics":"false"}}"#, "site.logistics.missing", "site.logistics"),
        fires(r#"{"site":{"logistics":null}}"#, "site.logistics.missing", "site.logistics"),
        // A section of the wrong type: its keys count as not given.
        fires(r#"{"site":"村口"}"#, "site.logistics.missing", "site.logistics"),
    ],
    passes: cases![
        r#"{"site":{"logistics":true}}"#,
        r#"{"site":{"logistics":"true"}}"#,
        // Malformed: a format finding, not also "missing".
        r#"{"site":{"logistics":"已覆盖"}}"#,
    ],
};
