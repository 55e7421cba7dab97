//! # 7.5.1 品牌带动式：运营主体 Brand-led: operating entity
//!
//! > 7.5.1 运营主体宜为强村公司、强社公司、村经济合作社、企业、个体户。
//!
//! **What it checks** (mode 品牌带动式 only): `operator.kind` is
//! `village_company`, `community_company`, `village_coop`, `sole_trader`,
//! or any kind of enterprise: `processing_enterprise`, `manufacturer`,
//! `agri_enterprise`, `ecommerce_enterprise`, `tourism_enterprise`,
//! `leading_agri_enterprise` or `enterprise` (其他企业).
//!
//! **Why:** "宜" makes it a recommendation (warning). The clause says "企业"
//! without qualification, so every enterprise kind of the contract counts.
//! Brokers, livestreamers, mixed-ownership entities, research institutes,
//! vehicle owners and `other` are not named. The check runs only when
//! `operator.kind` is given and well-formed: a missing kind is reported once,
//! by 8.1, and a malformed one is a data-format finding.

use super::prelude::*;

/// The kinds the clause names, "企业" read as every enterprise kind.
const SUGGESTED: &[OperatorKind] = &[
    OperatorKind::VillageCompany,
    OperatorKind::CommunityCompany,
    OperatorKind::VillageCoop,
    OperatorKind::ProcessingEnterprise,
    OperatorKind::Manufacturer,
    OperatorKind::AgriEnterprise,
    OperatorKind::EcommerceEnterprise,
    OperatorKind::TourismEnterprise,
    OperatorKind::Enterprise,
    OperatorKind::LeadingAgriEnterprise,
    OperatorKind::SoleTrader,
];

pub static RULE: Rule = Rule {
    clause: "7.5.1",
    title: Text::words("品牌带动式：运营主体", "Brand-led: operating entity"),
    text: words("运营主体宜为强村公司、强社公司、村经济合作社、企业、个体户。"),
    text_en: words("The operating entity should be a village company, a community company, a village economic cooperative, an enterprise or a sole trader."),
    mode: Some(Mode::BrandLed),
    not_checkable: None,
    checks: &[Check {
        code: "operator.kind.not_suggested_for_brand_led",
        field: paths::operator::kind,
        level: Warning,
        message: Text {
            zh: "品牌带动式共富工坊的运营主体宜为强村公司、强社公司、村经济合作社、企业或个体户",
            en: "The operating entity of a brand-led workshop should be a village company, a community company, a village economic cooperative, an enterprise or a sole trader",
        },
    }],
    check: |f, _, out| {
        let kind = &f.operator.or_empty().kind;
        out.fire_if(kind.given().is_some_and(|k| !SUGGESTED.contains(k)), 0);
    },
    fires: cases![
        fires(
            r#"{"modes":["brand_led"],"operator":{"kind":"broker"}}"#,
            "operator.kind.not_suggested_for_brand_led",
            "operator.kind",
        ),
        fires(
            r#"{"modes":["brand_led"],"operator":{"kind":"research_institute"}}"#,
            "operator.kind.not_suggested_for_brand_led",
            "operator.kind",
        ),
        fires(
            r#"{"modes":["brand_led"],"operator":{"kind":"other"}}"#,
            "operator.kind.not_suggested_for_brand_led",
            "operator.kind",
        ),
        // 7.4.1 names 混合所有制主体 apart from 企业: not an enterprise here.
        fires(
            r#"{"modes":["brand_led"],"operator":{"kind":"mixed_ownership"}}"#,
            "operator.kind.not_suggested_for_brand_led",
            "operator.kind",
        ),
    ],
    passes: cases![
        r#"{"modes":["brand_led"]}"#,
        r#"{"modes":["brand_led"],"operator":{"kind":"community_company"}}"#,
        r#"{"modes":["brand_led"],"operator":{"kind":"village_coop"}}"#,
        r#"{"modes":["brand_led"],"operator":{"kind":"sole_trader"}}"#,
        // Any enterprise kind is an "企业".
        r#"{"modes":["brand_led"],"operator":{"kind":"enterprise"}}"#,
        r#"{"modes":["brand_led"],"operator":{"kind":"manufacturer"}}"#,
        r#"{"modes":["brand_led"],"operator":{"kind":"agri_enterprise"}}"#,
        r#"{"modes":["brand_led"],"operator":{"kind":"leading_agri_enterprise"}}"#,
        r#"{"modes":["brand_led"],"operator":{"kind":"ecommerce_enterprise"}}"#,
        r#"{"modes":["brand_led"],"operator":{"kind":"tourism_enterprise"}}"#,
        r#"{"modes":["brand_led"],"operator":{"kind":"processing_enterprise"}}"#,
        // Not given: reported by 8.1, not here.
        r#"{"modes":["brand_led"],"operator":{"kind":null}}"#,
        // Malformed: a format finding, not this clause's.
        r#"{"modes":["brand_led"],"operator":{"kind":"company"}}"#,
        // Mode not chosen.
        r#"{"operator":{"kind":"broker"}}"#,
    ],
};
