//! # 7.7.1 流动供销式：运营主体 Mobile supply and marketing: operating entity
//!
//! > 7.7.1 运营主体宜为流动供销致富车车主等。
//!
//! **What it checks** (mode 流动供销式 only): `operator.kind` is
//! `vehicle_owner`.
//!
//! **Why:** "宜" makes it a recommendation (warning). The clause names only
//! the owner of a mobile supply vehicle; its "等" is open-ended and names no
//! other kind, so any other kind gets the advice, which as a warning does not
//! block the filing. The check runs only when `operator.kind` is given and
//! well-formed: a missing kind is reported once, by 8.1, and a malformed one
//! is a data-format finding.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.7.1",
    title: Text::words("流动供销式：运营主体", "Mobile supply and marketing: operating entity"),
    text: words("运营主体宜为流动供销致富车车主等。"),
    text_en: words("The operating entity should be the owner of a mobile supply \"prosperity vehicle\" or the like."),
    mode: Some(Mode::MobileSupply),
    not_checkable: None,
    checks: &[Check {
        code: "operator.kind.not_suggested_for_mobile_supply",
        field: paths::operator::kind,
        level: Warning,
        message: Text {
            zh: "流动供销式共富工坊的运营主体宜为流动供销致富车车主等",
            en: "The operating entity of a mobile supply and marketing workshop should be the owner of a mobile supply vehicle or the like",
        },
    }],
    check: |f, _, out| {
        let kind = &f.operator.or_empty().kind;
        out.fire_if(kind.given().is_some_and(|k| *k != OperatorKind::VehicleOwner), 0);
    },
    fires: cases![
        fires(r#"{"modes":["mobile_supply"]}"#, "operator.kind.not_suggested_for_mobile_supply", "operator.kind"),
        fires(
            r#"{"modes":["mobile_supply"],"operator":{"kind":"sole_trader"}}"#,
            "operator.kind.not_suggested_for_mobile_supply",
            "operator.kind",
        ),
    ],
    passes: cases![
        r#"{"modes":["mobile_supply"],"operator":{"kind":"vehicle_owner"}}"#,
        // Not given: reported by 8.1, not here.
        r#"{"modes":["mobile_supply"],"operator":{"kind":null}}"#,
        // Malformed: a format finding, not this clause's.
        r#"{"modes":["mobile_supply"],"operator":{"kind":"driver"}}"#,
        // Mode not chosen.
        r#"{"operator":{"kind":"sole_trader"}}"#,
    ],
};
