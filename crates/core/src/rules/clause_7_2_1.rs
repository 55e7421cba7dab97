//! # 7.2.1 定向招工式：运营主体 Targeted recruitment: operating entity
//!
//! > 7.2.1 运营主体宜为证照齐全、手续完备的生产企业。
//!
//! **What it checks** (mode 定向招工式 only): `operator.kind` is
//! `manufacturer` (生产企业); `operator.licenses_complete` is true.
//!
//! **Why:** "宜" makes both halves recommendations (warnings). The kind is
//! checked only when `operator.kind` is given and well-formed: a missing kind
//! is reported once, by 8.1, and a malformed one is a data-format finding.
//! Whether the licences and formalities are complete is a fact of its own in
//! the filing, so it is a finding of its own, whatever the kind.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.2.1",
    title: Text::words("定向招工式：运营主体", "Targeted recruitment: operating entity"),
    text: words("运营主体宜为证照齐全、手续完备的生产企业。"),
    text_en: words("The operating entity should be a manufacturer with complete licences and formalities."),
    mode: Some(Mode::Recruitment),
    not_checkable: None,
    checks: &[
        Check {
            code: "operator.kind.not_suggested_for_recruitment",
            field: paths::operator::kind,
            level: Warning,
            message: Text {
                zh: "定向招工式共富工坊的运营主体宜为生产企业",
                en: "The operating entity of a targeted-recruitment workshop should be a manufacturer",
            },
        },
        Check {
            code: "operator.licenses_complete.missing",
            field: paths::operator::licenses_complete,
            level: Warning,
            message: Text {
                zh: "定向招工式共富工坊的运营主体宜证照齐全、手续完备",
                en: "The operating entity of a targeted-recruitment workshop should have complete licences and formalities",
            },
        },
    ],
    check: |f, _, out| {
        let op = f.operator.or_empty();
        out.fire_if(op.kind.given().is_some_and(|k| *k != OperatorKind::Manufacturer), 0);
        out.fire_if(op.licenses_complete.not_true(), 1);
    },
    fires: cases![
        fires(r#"{"modes":["recruitment"]}"#, "operator.kind.not_suggested_for_recruitment", "operator.kind"),
        fires(
            r#"{"modes":["recruitment"],"operator":{"kind":"processing_enterprise"}}"#,
            "operator.kind.not_suggested_for_recruitment",
            "operator.kind",
        ),
        fires(
            r#"{"modes":["recruitment"],"operator":{"kind":"manufacturer","licenses_complete":false}}"#,
            "operator.licenses_complete.missing",
            "operator.licenses_complete",
        ),
        fires(
            r#"{"modes":["recruitment"],"operator":{"kind":"manufacturer","licenses_complete":"false"}}"#,
            "operator.licenses_complete.missing",
            "operator.licenses_complete",
        ),
        fires(
            r#"{"modes":["recruitment"],"operator":{"kind":"manufacturer","licenses_complete":null}}"#,
            "operator.licenses_complete.missing",
            "operator.licenses_complete",
        ),
    ],
    passes: cases![
        r#"{"modes":["recruitment"],"operator":{"kind":"manufacturer"}}"#,
        r#"{"modes":["recruitment"],"operator":{"kind":"manufacturer","licenses_complete":"true"}}"#,
        // Kind not given: reported by 8.1, not here.
        r#"{"modes":["recruitment"],"operator":{"kind":null}}"#,
        // Malformed: format findings, not this clause's.
        r#"{"modes":["recruitment"],"operator":{"kind":"factory"}}"#,
        r#"{"modes":["recruitment"],"operator":{"kind":"manufacturer","licenses_complete":"yes"}}"#,
        // Mode not chosen.
        r#"{"operator":{"kind":"broker","licenses_complete":false}}"#,
    ],
};
