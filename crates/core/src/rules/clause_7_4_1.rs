//! # 7.4.1 农旅融合式：运营主体 Agriculture and tourism: operating entity
//!
//! > 7.4.1 运营主体宜为强村公司、强社公司、村经济合作社、混合所有制主体或文旅企业。
//!
//! **What it checks** (mode 农旅融合式 only): `operator.kind` is one of
//! `village_company`, `community_company`, `village_coop`,
//! `mixed_ownership` or `tourism_enterprise`.
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
    OperatorKind::MixedOwnership,
    OperatorKind::TourismEnterprise,
];

pub static RULE: Rule = Rule {
    clause: "7.4.1",
    title: Text::words("农旅融合式：运营主体", "Agriculture and tourism: operating entity"),
    text: words("运营主体宜为强村公司、强社公司、村经济合作社、混合所有制主体或文旅企业。"),
    text_en: words("The operating entity should be a village company, a community company, a village economic cooperative, a mixed-ownership entity or a culture and tourism enterprise."),
    mode: Some(Mode::Agritourism),
    not_checkable: None,
    checks: &[Check {
        code: "operator.kind.not_suggested_for_agritourism",
        field: paths::operator::kind,
        level: Warning,
        message: Text {
            zh: "农旅融合式共富工坊的运营主体宜为强村公司、强社公司、村经济合作社、混合所有制主体或文旅企业",
            en: "The operating entity of an agriculture and tourism workshop should be a village company, a community company, a village economic cooperative, a mixed-ownership entity or a culture and tourism enterprise",
        },
    }],
    check: |f, _, out| {
        let kind = &f.operator.or_empty().kind;
        out.fire_if(kind.given().is_some_and(|k| !SUGGESTED.contains(k)), 0);
    },
    fires: cases![
        fires(
            r#"{"modes":["agritourism"],"operator":{"kind":"agri_enterprise"}}"#,
            "operator.kind.not_suggested_for_agritourism",
            "operator.kind",
        ),
        fires(
            r#"{"modes":["agritourism"],"operator":{"kind":"sole_trader"}}"#,
            "operator.kind.not_suggested_for_agritourism",
            "operator.kind",
        ),
    ],
    passes: cases![
        r#"{"modes":["agritourism"]}"#,
        r#"{"modes":["agritourism"],"operator":{"kind":"community_company"}}"#,
        r#"{"modes":["agritourism"],"operator":{"kind":"village_coop"}}"#,
        r#"{"modes":["agritourism"],"operator":{"kind":"mixed_ownership"}}"#,
        r#"{"modes":["agritourism"],"operator":{"kind":"tourism_enterprise"}}"#,
        // Not given: reported by 8.1, not here.
        r#"{"modes":["agritourism"],"operator":{"kind":null}}"#,
        // Malformed: a format finding, not this clause's.
        r#"{"modes":["agritourism"],"operator":{"kind":"travel_agency"}}"#,
        // Mode not chosen.
        r#"{"operator":{"kind":"sole_trader"}}"#,
    ],
};
