//! # 7.3.1 电商直播式：运营主体 E-commerce livestreaming: operating entity
//!
//! > 7.3.1 运营主体宜为强村公司、强社公司、村经济合作社、农业企业、电商企业、直播达人。
//!
//! **What it checks** (mode 电商直播式 only): `operator.kind` is one of
//! `village_company`, `community_company`, `village_coop`,
//! `agri_enterprise`, `ecommerce_enterprise` or `livestreamer`.
//!
//! **Why:** "宜" makes it a recommendation (warning). The check runs only when
//! `operator.kind` is given and well-formed: a missing kind is reported once,
//! by 8.1, and a malformed one is a data-format finding.

use super::prelude::*;

/// The kinds the clause names.
const SUGGESTED: &[OperatorKind] = &[
    OperatorKind::VillageCompany,
    OperatorKind::CommunityCompany,
    OperatorKind::VillageCoop,
    OperatorKind::AgriEnterprise,
    OperatorKind::EcommerceEnterprise,
    OperatorKind::Livestreamer,
];

pub static RULE: Rule = Rule {
    clause: "7.3.1",
    title: Text::words("电商直播式：运营主体", "E-commerce livestreaming: operating entity"),
    text: words("运营主体宜为强村公司、强社公司、村经济合作社、农业企业、电商企业、直播达人。"),
    text_en: words("The operating entity should be a village company, a community company, a village economic cooperative, an agricultural enterprise, an e-commerce enterprise or a livestreamer."),
    mode: Some(Mode::Livestream),
    not_checkable: None,
    checks: &[Check {
        code: "operator.kind.not_suggested_for_livestream",
        field: paths::operator::kind,
        level: Warning,
        message: Text {
            zh: "电商直播式共富工坊的运营主体宜为强村公司、强社公司、村经济合作社、农业企业、电商企业或直播达人",
            en: "The operating entity of an e-commerce livestreaming workshop should be a village company, a community company, a village economic cooperative, an agricultural enterprise, an e-commerce enterprise or a livestreamer",
        },
    }],
    check: |f, _, out| {
        let kind = &f.operator.or_empty().kind;
        out.fire_if(kind.given().is_some_and(|k| !SUGGESTED.contains(k)), 0);
    },
    fires: cases![
        fires(
            r#"{"modes":["livestream"],"operator":{"kind":"manufacturer"}}"#,
            "operator.kind.not_suggested_for_livestream",
            "operator.kind",
        ),
        fires(
            r#"{"modes":["livestream"],"operator":{"kind":"broker"}}"#,
            "operator.kind.not_suggested_for_livestream",
            "operator.kind",
        ),
    ],
    passes: cases![
        r#"{"modes":["livestream"]}"#,
        r#"{"modes":["livestream"],"operator":{"kind":"community_company"}}"#,
        r#"{"modes":["livestream"],"operator":{"kind":"village_coop"}}"#,
        r#"{"modes":["livestream"],"operator":{"kind":"agri_enterprise"}}"#,
        r#"{"modes":["livestream"],"operator":{"kind":"ecommerce_enterprise"}}"#,
        r#"{"modes":["livestream"],"operator":{"kind":"livestreamer"}}"#,
        // Not given: reported by 8.1, not here.
        r#"{"modes":["livestream"],"operator":{"kind":null}}"#,
        // Malformed: a format finding, not this clause's.
        r#"{"modes":["livestream"],"operator":{"kind":"influencer"}}"#,
        // Mode not chosen.
        r#"{"operator":{"kind":"broker"}}"#,
    ],
};
