//! # 7.1.1 PLACEHOLDER: to be written

use super::prelude::*;

pub static RULE: Rule = Rule {
    clause: "7.1.1",
    title: Text { zh: "TODO", en: "TODO" },
    text: "TODO",
    text_en: "TODO",
    mode: None,
    not_checkable: Some(Text { zh: "TODO", en: "TODO" }),
    checks: &[],
    check: nothing,
    fires: &[],
    passes: &[],
};
