//! # 7.1.1 来料加工式：运营主体 Outsourced processing: operating entity
//!
//! > 7.1.1 运营主体宜为强村公司、强社公司、村经济合作社、来料加工式企业、经纪人。
//!
//! **What it checks** (mode 来料加工式 only): `operator.kind` is one of
//! `village_company`, `community_company`, `village_coop`,
//! `processing_enterprise` or `broker`.
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
    OperatorKind::ProcessingEnterprise,
    OperatorKind::Broker,
];

pub static RULE: Rule = Rule {
    clause: "7.1.1",
    title: Text::words("来料加工式：运营主体", "Outsourced processing: operating entity"),
    text: words("运营主体宜为强村公司、强社公司、村经济合作社、来料加工式企业、经纪人。"),
    text_en: words("The operating entity should be a village company, a community company, a village economic cooperative, an outsourced-processing enterprise or a broker."),
    mode: Some(Mode::Processing),
    not_checkable: None,
    checks: &[Check {
        code: "operator.kind.not_suggested_for_processing",
        field: paths::operator::kind,
        level: Warning,
        message: Text {
            zh: "来料加工式共富工坊的运营主体宜为强村公司、强社公司、村经济合作社、来料加工式企业或经纪人",
            en: "The operating entity of an outsourced-processing workshop should be a village company, a community company, a village economic cooperative, an outsourced-processing enterprise or a broker",
        },
    }],
    check: |f, _, out| {
        let kind = &f.operator.or_empty().kind;
        out.fire_if(kind.given().is_some_and(|k| !SUGGESTED.contains(k)), 0);
    },
    fires: cases![
        fires(r#"{"operator":{"kind":"manufacturer"}}"#, "operator.kind.not_suggested_for_processing", "operator.kind"),
        fires(r#"{"operator":{"kind":"other"}}"#, "operator.kind.not_suggested_for_processing", "operator.kind"),
        fires(
            r#"{"modes":["livestream","processing"],"operator":{"kind":"livestreamer"}}"#,
            "operator.kind.not_suggested_for_processing",
            "operator.kind",
        ),
    ],
    passes: cases![
        r#"{"operator":{"kind":"village_company"}}"#,
        r#"{"operator":{"kind":"community_company"}}"#,
        r#"{"operator":{"kind":"village_coop"}}"#,
        r#"{"operator":{"kind":"processing_enterprise"}}"#,
        r#"{"operator":{"kind":" broker "}}"#,
        // Not given: reported by 8.1, not here.
        r#"{"operator":{"kind":null}}"#,
        r#"{"operator":{"kind":"　"}}"#,
        // Malformed: a format finding, not this clause's.
        r#"{"operator":{"kind":"factory"}}"#,
        // Mode not chosen.
        r#"{"modes":["mobile_supply"],"operator":{"kind":"manufacturer"}}"#,
    ],
};
