//! The rule catalogue as data, for `rules(lang)` in wasm and
//! `shanfang-check --rules`: every clause with its level, words and checks.

use crate::prelude::*;

use serde::Serialize;

use crate::report::Lang;
use crate::rules::{self, Rule};

#[derive(Serialize)]
pub struct Entry {
    pub clause: &'static str,
    /// `error` when any check is a requirement, `warning` when all are
    /// recommendations, `null` when the clause is not checkable.
    pub level: Option<&'static str>,
    pub title: &'static str,
    /// The clause's words in the requested language; `text_zh` is always the
    /// standard's own.
    pub text: &'static str,
    pub text_zh: &'static str,
    pub checkable: bool,
    /// Why the clause is not checkable from a filing.
    pub reason: Option<&'static str>,
    /// The mode whose block the clause governs.
    pub mode: Option<&'static str>,
    pub checks: Vec<CheckEntry>,
}

#[derive(Serialize)]
pub struct CheckEntry {
    pub code: &'static str,
    pub field: &'static str,
    pub level: &'static str,
    pub message: &'static str,
}

pub fn entries(lang: Lang) -> Vec<Entry> {
    rules::ALL.iter().map(|r| entry(r, lang)).collect()
}

fn entry(rule: &'static Rule, lang: Lang) -> Entry {
    let pick = |t: rules::Text| if lang == Lang::Zh { t.zh } else { t.en };
    Entry {
        clause: rule.clause,
        level: rule.level().map(|l| l.name()),
        title: pick(rule.title),
        text: if lang == Lang::Zh { rule.text } else { rule.text_en },
        text_zh: rule.text,
        checkable: rule.checkable(),
        reason: rule.not_checkable.map(pick),
        mode: rule.mode.map(|m| m.code()),
        checks: rule
            .checks
            .iter()
            .map(|c| CheckEntry { code: c.code, field: c.field, level: c.level.name(), message: pick(c.message) })
            .collect(),
    }
}

/// The catalogue as JSON text.
pub fn to_json(lang: Lang) -> String {
    serde_json::to_string(&entries(lang)).expect("the catalogue always serializes")
}
