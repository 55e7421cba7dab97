//! # 6.4 标识与安全标志 Signage and safety signs
//!
//! > 6.4 应有共富工坊标识；有醒目的安全警示标志、标牌，应符合GB/T 10001.1要求。
//!
//! **What it checks:** `site.signage` is true (the workshop bears the
//! common prosperity workshop sign); `site.safety_signs` is true (conspicuous
//! safety warning signs that conform to GB/T 10001.1).
//!
//! **Why:** both halves are requirements (errors): the sign with "应有"; the
//! safety signs are stated without "宜" and their conformity with
//! GB/T 10001.1 with "应". Conformity itself is for the reviewer on site; the
//! filing states that the signs are there and conform.

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "6.4",
    title: Text::words("标识与安全标志", "Signage and safety signs"),
    text: words("应有共富工坊标识；有醒目的安全警示标志、标牌，应符合GB/T 10001.1要求。"),
    text_en: words("The workshop shall bear the common prosperity workshop sign; it has conspicuous safety warning signs and boards, which shall conform to GB/T 10001.1."),
    mode: None,
    not_checkable: None,
    checks: &[
        Check {
            code: "site.signage.missing",
            field: paths::site::signage,
            level: Error,
            message: Text { zh: "应有共富工坊标识", en: "The workshop must bear the common prosperity workshop sign" },
        },
        Check {
            code: "site.safety_signs.missing",
            field: paths::site::safety_signs,
            level: Error,
            message: Text {
                zh: "应有醒目的安全警示标志、标牌，并符合GB/T 10001.1要求",
                en: "Conspicuous safety warning signs and boards conforming to GB/T 10001.1 must be displayed",
            },
        },
    ],
    check: |f, _, out| {
        let site = f.site.or_empty();
        out.fire_if(site.signage.not_true(), 0);
        out.fire_if(site.safety_signs.not_true(), 1);
    },
    fires: cases![
        fires(r#"{"site":{"signage":false}}"#, "site.signage.missing", "site.signage"),
        fires(r#"{"site":{"signage":"　"}}"#, "site.signage.missing", "site.signage"),
        fires(r#"{"site":{"safety_signs":"false"}}"#, "site.safety_signs.missing", "site.safety_signs"),
        fires(r#"{"site":{"safety_signs":null}}"#, "site.safety_signs.missing", "site.safety_signs"),
        // A section of the wrong type: its keys count as not given.
        fires(r#"{"site":[]}"#, "site.signage.missing", "site.signage"),
        fires(r#"{"site":[]}"#, "site.safety_signs.missing", "site.safety_signs"),
    ],
    passes: cases![
        r#"{"site":{"signage":true,"safety_signs":true}}"#,
        r#"{"site":{"signage":"true","safety_signs":" true"}}"#,
        // Malformed: a format finding, not also "missing".
        r#"{"site":{"signage":"有","safety_signs":"GB/T 10001.1"}}"#,
    ],
};
