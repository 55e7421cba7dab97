//! The rule catalogue: one file per clause of chapters 4–9 of
//! DB3311/T 244—2023, in the standard's order.
//!
//! Each file holds one [`Rule`]: the clause number, the clause's own words
//! (and an English rendering), what is checked and at which level, the check
//! itself, and test vectors that show it firing and not firing. A clause that
//! cannot be checked from a filing says why instead. The vectors are JSON
//! merge patches (RFC 7396) on `examples/valid-filing.json`, a filing with no
//! finding whose unchosen mode blocks are filled in too, so a vector for
//! another mode only sets `modes`; they run natively (`cargo test`) and
//! through the wasm API in headless Chromium.

use crate::prelude::*;

use crate::formats::Date;
use crate::model::{Filing, Mode};
use crate::terms::Level;

/// A text in both languages.
#[derive(Clone, Copy, Debug)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Text {
    /// A clause's words (its title, why it cannot be checked): kept only
    /// with the `words` feature, which the catalogue needs and validating
    /// does not. Without it they are empty and not compiled in (a const
    /// evaluated in the static drops the literals), so a module that only
    /// validates does not carry the catalogue (the core entry, issue 28).
    pub const fn words(zh: &'static str, en: &'static str) -> Text {
        if cfg!(feature = "words") {
            Text { zh, en }
        } else {
            Text { zh: "", en: "" }
        }
    }
}

/// A clause's own words (`text`, `text_en`): see [`Text::words`].
pub const fn words(text: &'static str) -> &'static str {
    if cfg!(feature = "words") {
        text
    } else {
        ""
    }
}

/// One thing a rule can find, with its stable code.
#[derive(Debug)]
pub struct Check {
    /// Stable identifier, `site.fire_extinguishers.missing`.
    pub code: &'static str,
    /// The field the finding points at (`[]` stands for an item's index).
    pub field: &'static str,
    pub level: Level,
    /// What is required, without the clause number (added when reported).
    pub message: Text,
}

/// A vector that makes the rule fire: the patch, and the code it must raise
/// on the field (an item's index written out, `party.stewards[2].phone`).
#[derive(Debug)]
pub struct Fires {
    pub patch: &'static str,
    pub code: &'static str,
    pub field: &'static str,
}

/// What a rule's check sees besides the filing.
pub struct Context {
    /// `filing_date`, or today when the filing does not give it.
    pub filing_date: Date,
}

/// Where a rule's check reports.
pub struct Sink<'a> {
    pub(crate) rule: &'static Rule,
    pub(crate) hits: &'a mut Vec<Hit>,
}

/// A check that fired, on its own field or on one item's field.
pub struct Hit {
    pub rule: &'static Rule,
    pub check: &'static Check,
    pub field: Option<String>,
}

impl Sink<'_> {
    /// Reports check number `i` of the rule on the check's own field.
    pub fn fire(&mut self, i: usize) {
        self.hits.push(Hit { rule: self.rule, check: &self.rule.checks[i], field: None });
    }

    /// Reports check number `i` on `field` (an item of a list).
    pub fn fire_at(&mut self, i: usize, field: String) {
        self.hits.push(Hit { rule: self.rule, check: &self.rule.checks[i], field: Some(field) });
    }

    /// Reports check `i` when `cond` holds.
    pub fn fire_if(&mut self, cond: bool, i: usize) {
        if cond {
            self.fire(i);
        }
    }
}

/// One clause of the standard.
pub struct Rule {
    /// The clause number, `"6.5"`.
    pub clause: &'static str,
    pub title: Text,
    /// The clause's own words, as the standard writes them.
    pub text: &'static str,
    /// An English rendering of the clause, for English-speaking reviewers.
    pub text_en: &'static str,
    /// The mode whose block this clause governs: runs only when chosen.
    pub mode: Option<Mode>,
    /// Why the clause cannot be checked from a filing, when it cannot.
    pub not_checkable: Option<Text>,
    pub checks: &'static [Check],
    pub check: fn(&Filing, &Context, &mut Sink),
    pub fires: &'static [Fires],
    /// Patches after which the rule reports nothing.
    pub passes: &'static [&'static str],
}

impl Rule {
    pub fn checkable(&self) -> bool {
        self.not_checkable.is_none()
    }

    /// The strongest level among the rule's checks, `None` when not checkable.
    pub fn level(&self) -> Option<Level> {
        let mut levels = self.checks.iter().map(|c| c.level);
        let first = levels.next()?;
        Some(if first == Level::Error || levels.any(|l| l == Level::Error) { Level::Error } else { Level::Warning })
    }
}

/// The check of a clause that is not checkable.
pub fn nothing(_: &Filing, _: &Context, _: &mut Sink) {}

/// Shorthand for a [`Fires`] vector.
pub const fn fires(patch: &'static str, code: &'static str, field: &'static str) -> Fires {
    Fires { patch, code, field }
}

/// A rule's vectors: compiled in with the `vectors` feature (on by default,
/// for the tests), left out of the browser build to keep the module small.
#[cfg(feature = "vectors")]
macro_rules! cases {
    ($($case:expr),* $(,)?) => { &[$($case),*] };
}
#[cfg(not(feature = "vectors"))]
macro_rules! cases {
    ($($case:expr),* $(,)?) => {
        &[]
    };
}

/// What every rule file needs.
pub mod prelude {
    pub use super::{fires, nothing, words, Check, Context, Fires, Rule, Sink, Text};
    pub use crate::input::Input;
    pub use crate::model::paths;
    pub use crate::model::*;
    pub use crate::terms::Level::{Error, Warning};
}

macro_rules! catalogue {
    ($($module:ident),+ $(,)?) => {
        $(pub mod $module;)+
        /// Every clause of chapters 4–9, in the standard's order.
        pub static ALL: &[&Rule] = &[$(&$module::RULE),+];
    };
}

catalogue![
    clause_4_1,
    clause_4_2,
    clause_4_3,
    clause_4_4,
    clause_4_5,
    clause_5_1_1,
    clause_5_1_2,
    clause_5_1_3,
    clause_5_2_1,
    clause_5_2_2,
    clause_5_2_3,
    clause_5_2_4,
    clause_6_1,
    clause_6_2,
    clause_6_3,
    clause_6_4,
    clause_6_5,
    clause_7,
    clause_7_1_1,
    clause_7_1_2,
    clause_7_1_3,
    clause_7_2_1,
    clause_7_2_2,
    clause_7_2_3,
    clause_7_3_1,
    clause_7_3_2,
    clause_7_3_3,
    clause_7_4_1,
    clause_7_4_2,
    clause_7_4_3,
    clause_7_5_1,
    clause_7_5_2,
    clause_7_5_3,
    clause_7_6_1,
    clause_7_6_2,
    clause_7_6_3,
    clause_7_7_1,
    clause_7_7_2,
    clause_7_7_3,
    clause_7_8,
    clause_7_9,
    clause_8_1,
    clause_8_2,
    clause_8_3,
    clause_8_4,
    clause_8_5,
    clause_8_6,
    clause_8_7,
    clause_9_1,
    clause_9_2,
    clause_9_3,
];

#[cfg(feature = "vectors")]
#[doc(hidden)]
pub mod vectors;

/// The rule of a clause number.
pub fn rule(clause: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|r| r.clause == clause)
}

/// Runs every rule that applies to the filing.
pub fn run(filing: &Filing, ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for &rule in ALL {
        if rule.mode.is_some_and(|m| !filing.has_mode(m)) {
            continue;
        }
        (rule.check)(filing, ctx, &mut Sink { rule, hits: &mut hits });
    }
    hits
}
