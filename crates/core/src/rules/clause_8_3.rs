//! # 8.3 利益联结模式 Benefit-linkage model
//!
//! > 8.3 应明确利益联结模式，共享产业增值收益，包括但不限于以下模式：
//! > - 劳务输出模式：农户通过劳作获取报酬；
//! > - 入股分红模式：村集体或农户通过土地、资金、技术等入股，参与分红；
//! > - 产业带动模式：农户按照统一标准进行种养殖，共富工坊帮销；
//! > - 技能帮带模式：通过职业技能培训，拓宽农户就业渠道；
//! > - 平台共享模式：利用互联网、山海协作等线上线下平台，推动产品展销。
//!
//! **What it checks:** `operations.benefit_models` lists at least one model;
//! when `other` is among them, `operations.benefit_models_other` says what it is.
//!
//! **Why:** "应明确" is a requirement (error). The list is "not limited to"
//! the five, so `other` is allowed, but then it must be named to be "明确".
//! This clause is also how principle 4.4 (共建共享) is checked.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "8.3",
    title: Text::words("利益联结模式", "Benefit-linkage model"),
    text: words("应明确利益联结模式，共享产业增值收益，包括但不限于以下模式：劳务输出模式：农户通过劳作获取报酬；入股分红模式：村集体或农户通过土地、资金、技术等入股，参与分红；产业带动模式：农户按照统一标准进行种养殖，共富工坊帮销；技能帮带模式：通过职业技能培训，拓宽农户就业渠道；平台共享模式：利用互联网、山海协作等线上线下平台，推动产品展销。"),
    text_en: words("The benefit-linkage model shall be made explicit so that the added value of the industry is shared, including but not limited to: labour (farmers are paid for their work); equity and dividends (village collectives or farmers invest land, capital or technology and share dividends); industry-driven (farmers grow or raise to a common standard and the workshop helps sell); skills mentoring (vocational training widens farmers' employment); shared platforms (online and offline platforms, mountain–sea cooperation among them, promote the products)."),
    mode: None,
    not_checkable: None,
    checks: &[
        Check {
            code: "operations.benefit_models.missing",
            field: paths::operations::benefit_models,
            level: Error,
            message: Text { zh: "应明确利益联结模式", en: "The benefit-linkage model must be stated" },
        },
        Check {
            code: "operations.benefit_models_other.missing",
            field: paths::operations::benefit_models_other,
            level: Error,
            message: Text {
                zh: "选择“其他模式”时应说明具体的利益联结模式",
                en: "When \"other\" is chosen, the benefit-linkage model must be described",
            },
        },
    ],
    check: |f, _, out| {
        let ops = f.operations.or_empty();
        out.fire_if(ops.benefit_models.empty(), 0);
        let other = ops.benefit_models.given().is_some_and(|m| m.contains(&BenefitModel::Other));
        out.fire_if(other && ops.benefit_models_other.missing(), 1);
    },
    fires: cases![
        // Beside an unlisted value, `other` still wants its text (filing-v1.md §4).
        fires(
            r#"{"operations":{"benefit_models":["barter","other"],"benefit_models_other":" "}}"#,
            "operations.benefit_models_other.missing",
            "operations.benefit_models_other",
        ),
        fires(r#"{"operations":{"benefit_models":[]}}"#, "operations.benefit_models.missing", "operations.benefit_models"),
        fires(r#"{"operations":{"benefit_models":null}}"#, "operations.benefit_models.missing", "operations.benefit_models"),
        fires(r#"{"operations":{"benefit_models":[null,""]}}"#, "operations.benefit_models.missing", "operations.benefit_models"),
        fires(
            r#"{"operations":{"benefit_models":["other"],"benefit_models_other":"　"}}"#,
            "operations.benefit_models_other.missing",
            "operations.benefit_models_other",
        ),
    ],
    passes: cases![
        r#"{"operations":{"benefit_models":["labor"]}}"#,
        r#"{"operations":{"benefit_models":["other"],"benefit_models_other":"订单农业"}}"#,
        // An unlisted value is a format finding on the list, and the
        // "not empty" rule is then skipped.
        r#"{"operations":{"benefit_models":["barter"]}}"#,
        r#"{"operations":{"benefit_models":["barter","other"],"benefit_models_other":"订单农业"}}"#,
    ],
};
