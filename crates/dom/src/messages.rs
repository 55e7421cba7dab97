//! Which messages a person sees, and the inline ones shown: a field's
//! message shows once it was edited and left (or came filled from a draft),
//! and every message after a submit was tried.

use crate::prelude::*;

use crate::keyed::{KeyMap, KeySet};

use web_sys::Element;

use crate::render::{self, Rendered};

#[derive(Default)]
pub(crate) struct Messages {
    /// Fields the person has edited and left (or that came filled from the
    /// draft): their messages are shown, and follow every keystroke.
    pub touched: KeySet,
    /// Fields being typed into for the first time: their messages wait until
    /// the field is left, so "139" does not already read as a wrong phone.
    pub typing: KeySet,
    /// A submit was tried: every message is shown.
    pub submitted: bool,
    /// The message blocks shown beside fields, by path.
    pub rendered: KeyMap<String, Rendered>,
    /// The notes saying how a typed value was read ("按 1200 计"), by path
    /// (a few: a list, not another map type's code in the module).
    pub readings: Vec<(String, Element)>,
}

impl Messages {
    /// Marks a field as edited, with the groups and lists it is part of
    /// (`party.stewards[1].name` also touches `party.stewards[1]` and
    /// `party.stewards`), so a finding on a list shows once an item is edited.
    pub fn touch(&mut self, path: &str) {
        let mut end = path.len();
        loop {
            self.touched.insert(path[..end].to_owned());
            match path[..end].rfind(['.', '[']) {
                Some(i) if i > 0 => end = i,
                _ => break,
            }
        }
    }

    /// Whether the person has entered anything yet (an untouched page
    /// leaves no draft behind).
    pub fn anything_entered(&self) -> bool {
        !self.touched.is_empty() || !self.typing.is_empty() || self.submitted
    }

    /// A list row went: what was recorded of list items is stale.
    pub fn forget_items(&mut self) {
        self.touched.retain(|p| !p.contains('['));
        self.typing.retain(|p| !p.contains('['));
    }

    /// Whether a finding on `field` is shown: the person acted on the field
    /// (a unit's with its number: "面积已按亩计算" follows the area typed), or
    /// tried to submit. Before that, the task list counts it in neutral words.
    pub fn visible(&self, field: &str) -> bool {
        self.submitted
            || self.touched.contains(field)
            || field.strip_suffix("_unit").is_some_and(|number| self.touched.contains(number))
    }

    /// No message shown, nothing edited, no submit tried.
    pub fn clear(&mut self) {
        for r in self.rendered.values() {
            render::clear(r);
        }
        self.rendered.clear();
        self.touched.clear();
        self.typing.clear();
        self.submitted = false;
    }
}
