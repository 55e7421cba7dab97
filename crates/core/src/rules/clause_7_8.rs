//! # 7.8 侨助共富式 Overseas-Chinese aid
//!
//! > 7.8 侨助共富式
//! >
//! > 侨企侨商（或留学回国人员及家属），在共富工坊，以投资合作或提供一定比例的订单金额方式，开展合作。
//!
//! **What it checks** (mode 侨助共富式 only): `overseas.partner`,
//! `overseas.partner_kind` and `overseas.cooperation` are given; when the
//! cooperation is `orders`, `overseas.order_share_percent` is given too. Each
//! missing key is its own finding, on that key.
//!
//! **Why:** the clause has no "宜": it defines the mode by who cooperates
//! (an overseas-Chinese enterprise or merchant, or a returned overseas student
//! or their family) and how (investment, or a share of the order value). A
//! filing that chooses the mode without naming the partner, its kind and the
//! way of cooperating does not show a workshop of this mode (error); "一定比例"
//! makes the share part of cooperation by orders. Whether the share lies in
//! (0, 100] is a data-format check, not this clause's.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.8",
    title: Text::words("侨助共富式", "Overseas-Chinese aid"),
    text: words("侨企侨商（或留学回国人员及家属），在共富工坊，以投资合作或提供一定比例的订单金额方式，开展合作。"),
    text_en: words("Overseas-Chinese enterprises and merchants (or returned overseas students and their families) cooperate in the workshop by investing or by providing orders worth a certain share of its business."),
    mode: Some(Mode::Overseas),
    not_checkable: None,
    checks: &[
        Check {
            code: "overseas.partner.missing",
            field: paths::overseas::partner,
            level: Error,
            message: Text {
                zh: "应填写合作的侨企侨商（或留学回国人员及家属）名称",
                en: "The name of the cooperating overseas-Chinese enterprise or merchant (or returned overseas student or family) must be given",
            },
        },
        Check {
            code: "overseas.partner_kind.missing",
            field: paths::overseas::partner_kind,
            level: Error,
            message: Text {
                zh: "应选择合作方类型：侨企、侨商、留学回国人员或其家属",
                en: "The kind of partner must be chosen: overseas-Chinese enterprise, merchant, returned overseas student or family",
            },
        },
        Check {
            code: "overseas.cooperation.missing",
            field: paths::overseas::cooperation,
            level: Error,
            message: Text {
                zh: "应选择合作方式：投资合作或提供订单金额",
                en: "The way of cooperating must be chosen: investment or orders",
            },
        },
        Check {
            code: "overseas.order_share_percent.missing",
            field: paths::overseas::order_share_percent,
            level: Error,
            message: Text {
                zh: "以提供订单金额方式合作的，应填写订单金额所占比例（%）",
                en: "When cooperating through orders, the share of the order value (%) must be given",
            },
        },
    ],
    check: |f, _, out| {
        let o = f.overseas.or_empty();
        out.fire_if(o.partner.missing(), 0);
        out.fire_if(o.partner_kind.is_absent(), 1);
        out.fire_if(o.cooperation.is_absent(), 2);
        let by_orders = o.cooperation.given() == Some(&Cooperation::Orders);
        out.fire_if(by_orders && o.order_share_percent.is_absent(), 3);
    },
    fires: cases![
        fires(r#"{"modes":["overseas"],"overseas":{"partner":null}}"#, "overseas.partner.missing", "overseas.partner"),
        fires(r#"{"modes":["overseas"],"overseas":{"partner":"　"}}"#, "overseas.partner.missing", "overseas.partner"),
        fires(r#"{"modes":["overseas"],"overseas":null}"#, "overseas.partner.missing", "overseas.partner"),
        fires(r#"{"modes":["overseas"],"overseas":{"partner_kind":null}}"#, "overseas.partner_kind.missing", "overseas.partner_kind"),
        fires(r#"{"modes":["overseas"],"overseas":{"partner_kind":" "}}"#, "overseas.partner_kind.missing", "overseas.partner_kind"),
        fires(r#"{"modes":["overseas"],"overseas":{"cooperation":null}}"#, "overseas.cooperation.missing", "overseas.cooperation"),
        fires(
            r#"{"modes":["overseas"],"overseas":{"order_share_percent":null}}"#,
            "overseas.order_share_percent.missing",
            "overseas.order_share_percent",
        ),
        fires(
            r#"{"modes":["overseas"],"overseas":{"order_share_percent":"　"}}"#,
            "overseas.order_share_percent.missing",
            "overseas.order_share_percent",
        ),
    ],
    passes: cases![
        r#"{"modes":["overseas"]}"#,
        r#"{"modes":["processing","overseas"],"overseas":{"partner_kind":"returnee_family","order_share_percent":"１５"}}"#,
        // Investment needs no order share.
        r#"{"modes":["overseas"],"overseas":{"cooperation":"investment","order_share_percent":null}}"#,
        // Malformed: format findings, not this clause's.
        r#"{"modes":["overseas"],"overseas":{"partner":123,"partner_kind":"diaspora"}}"#,
        r#"{"modes":["overseas"],"overseas":{"cooperation":"loan","order_share_percent":null}}"#,
        r#"{"modes":["overseas"],"overseas":{"order_share_percent":150}}"#,
        // Mode not chosen: the block is not read.
        r#"{"overseas":{"partner":null,"partner_kind":null,"cooperation":null}}"#,
    ],
};
