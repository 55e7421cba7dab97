//! # 8.2 金融合作 Financial partnership
//!
//! > 8.2 宜与金融机构建立合作，享受减费让利、足额授信等金融专属服务。
//!
//! **What it checks:** `operations.finance_partner` (the partner financial
//! institution) is given.
//!
//! **Why:** "宜" makes it a recommendation: a warning that does not block the
//! filing. The services the partnership brings are the bank's to grant and
//! cannot be verified from a filing; naming the partner institution is what
//! a filing can state.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "8.2",
    title: Text::words("金融合作", "Financial partnership"),
    text: words("宜与金融机构建立合作，享受减费让利、足额授信等金融专属服务。"),
    text_en: words("Cooperation should be established with financial institutions, to benefit from dedicated financial services such as reduced fees and adequate credit lines."),
    mode: None,
    not_checkable: None,
    checks: &[Check {
        code: "operations.finance_partner.missing",
        field: paths::operations::finance_partner,
        level: Warning,
        message: Text {
            zh: "宜与金融机构建立合作，并填写合作金融机构名称",
            en: "Cooperation with a financial institution should be established, and the institution named",
        },
    }],
    check: |f, _, out| out.fire_if(f.operations.or_empty().finance_partner.missing(), 0),
    fires: cases![
        fires(r#"{"operations":{"finance_partner":null}}"#, "operations.finance_partner.missing", "operations.finance_partner"),
        fires(r#"{"operations":{"finance_partner":"　"}}"#, "operations.finance_partner.missing", "operations.finance_partner"),
        fires(r#"{"operations":"x"}"#, "operations.finance_partner.missing", "operations.finance_partner"),
    ],
    passes: cases![
        r#"{"operations":{"finance_partner":"中国农业银行丽水分行"}}"#,
        // Malformed (not text): a format finding, not also "missing".
        r#"{"operations":{"finance_partner":42}}"#,
    ],
};
