//! # 7.6.1 产业赋能式：运营主体 Industry enablement: operating entity
//!
//! > 7.6.1 运营主体宜为农业科研院所、农业龙头企业、强村公司或村经济合作社。
//!
//! **What it checks** (mode 产业赋能式 only): `operator.kind` is one of
//! `research_institute`, `leading_agri_enterprise`, `village_company` or
//! `village_coop`.
//!
//! **Why:** "宜" makes it a recommendation (warning). Unlike the other modes,
//! the clause does not name 强社公司, so `community_company` is not among the
//! suggested kinds. The check runs only when `operator.kind` is given and
//! well-formed: a missing kind is reported once, by 8.1, and a malformed one
//! is a data-format finding.

use super::prelude::*;

/// The kinds the clause names.
const SUGGESTED: &[OperatorKind] = &[
    OperatorKind::ResearchInstitute,
    OperatorKind::LeadingAgriEnterprise,
    OperatorKind::VillageCompany,
    OperatorKind::VillageCoop,
];

pub static RULE: Rule = Rule {
    clause: "7.6.1",
    title: Text::words("产业赋能式：运营主体", "Industry enablement: operating entity"),
    text: words("运营主体宜为农业科研院所、农业龙头企业、强村公司或村经济合作社。"),
    text_en: words("The operating entity should be an agricultural research institute, a leading agricultural enterprise, a village company or a village economic cooperative."),
    mode: Some(Mode::Enablement),
    not_checkable: None,
    checks: &[Check {
        code: "operator.kind.not_suggested_for_enablement",
        field: paths::operator::kind,
        level: Warning,
        message: Text {
            zh: "产业赋能式共富工坊的运营主体宜为农业科研院所、农业龙头企业、强村公司或村经济合作社",
            en: "The operating entity of an industry-enablement workshop should be an agricultural research institute, a leading agricultural enterprise, a village company or a village economic cooperative",
        },
    }],
    check: |f, _, out| {
        let kind = &f.operator.or_empty().kind;
        out.fire_if(kind.given().is_some_and(|k| !SUGGESTED.contains(k)), 0);
    },
    fires: cases![
        fires(
            r#"{"modes":["enablement"],"operator":{"kind":"community_company"}}"#,
            "operator.kind.not_suggested_for_enablement",
            "operator.kind",
        ),
        fires(
            r#"{"modes":["enablement"],"operator":{"kind":"agri_enterprise"}}"#,
            "operator.kind.not_suggested_for_enablement",
            "operator.kind",
        ),
    ],
    passes: cases![
        r#"{"modes":["enablement"]}"#,
        r#"{"modes":["enablement"],"operator":{"kind":"research_institute"}}"#,
        r#"{"modes":["enablement"],"operator":{"kind":"leading_agri_enterprise"}}"#,
        r#"{"modes":["enablement"],"operator":{"kind":"village_coop"}}"#,
        // Not given: reported by 8.1, not here.
        r#"{"modes":["enablement"],"operator":{"kind":null}}"#,
        // Malformed: a format finding, not this clause's.
        r#"{"modes":["enablement"],"operator":{"kind":"university"}}"#,
        // Mode not chosen.
        r#"{"operator":{"kind":"community_company"}}"#,
    ],
};
