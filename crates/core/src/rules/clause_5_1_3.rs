//! # 5.1.3 机制建设：协同联动 Mechanism: coordinated support
//!
//! > 5.1.3 部门、乡镇（街道）、村（社区）、企业和行业协会应协同联动，从项目引进、资金扶持、选址建设、技术支持等方面为共富工坊提供指导和服务。
//!
//! **Not checkable from a filing:** the "应" binds departments, townships,
//! villages, enterprises and industry associations, not the workshop that
//! files: the filer can neither fulfil the duty nor show that others have.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "5.1.3",
    title: Text::words("机制建设：协同联动", "Mechanism: coordinated support"),
    text: words("部门、乡镇（街道）、村（社区）、企业和行业协会应协同联动，从项目引进、资金扶持、选址建设、技术支持等方面为共富工坊提供指导和服务。"),
    text_en: words("Government departments, townships (sub-districts), villages (communities), enterprises and industry associations shall work together to provide the workshop with guidance and services in project introduction, financial support, site selection and construction, technical support and other respects."),
    mode: None,
    not_checkable: Some(Text::words("规定的是部门、乡镇（街道）、村（社区）、企业和行业协会的职责，不是申报主体的义务，申报材料无从核验", "it sets duties for departments, townships, villages, enterprises and industry associations, not for the filer, so a filing cannot show that it is met")),
    checks: &[],
    check: nothing,
    fires: cases![],
    passes: cases![],
};
