//! The form's controls that belong to the filing: found once, found again
//! when the form's set of controls changes, and looked up by field path.

use crate::prelude::*;

use crate::keyed::KeyMap;

use js_sys::Object;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlFormElement};

use crate::form::{self, Control, Names};
use crate::render;

pub(crate) struct Controls {
    /// The portal's names for contract paths (`fields` option).
    pub names: Names,
    /// The controls, in the form's order.
    pub list: Vec<Control>,
    /// Each field's first control id, for links to it.
    ids: KeyMap<String, String>,
    /// Each field's controls, for its messages' `aria-describedby`.
    pub by_path: KeyMap<String, Vec<Element>>,
    /// The forms holding the controls (see `form::forms_of`).
    pub forms: Vec<HtmlFormElement>,
    /// How many controls the forms had when they were last found.
    seen: Option<u32>,
    /// Each edited field's value as last validated, to skip an event that
    /// changed nothing.
    values: KeyMap<String, String>,
}

impl Controls {
    pub fn new(names: Names, forms: Vec<HtmlFormElement>) -> Controls {
        Controls {
            names,
            forms,
            list: Vec::new(),
            ids: KeyMap::new(),
            by_path: KeyMap::new(),
            seen: None,
            values: KeyMap::new(),
        }
    }

    /// Finds the controls again when the form's set of controls changed;
    /// returns whether it did.
    pub fn sync(&mut self) -> bool {
        let count = self.forms.iter().map(|f| f.elements().length()).sum();
        self.names.cover_items(count as usize);
        // A portal may also replace controls with new ones of the same number.
        let replaced = [self.list.first(), self.list.last()].into_iter().flatten().any(|c| !c.el.is_connected());
        if self.seen == Some(count) && !replaced {
            return false;
        }
        self.list = form::controls(&self.forms, &self.names);
        self.ids.clear();
        self.by_path.clear();
        for c in &self.list {
            let id = c.el.id();
            if !id.is_empty() {
                self.ids.get_or_insert_with(c.path.clone(), || id);
            }
            self.by_path.get_or_insert_with(c.path.clone(), Vec::new).push(c.el.clone());
        }
        self.seen = Some(count);
        true
    }

    /// The controls are to be found again (rows were added or removed).
    pub fn invalidate(&mut self) {
        self.seen = None;
    }

    /// The whole form as a filing, its controls found again; what was
    /// recorded per field is stale.
    pub fn read_all(&mut self) -> Object {
        self.invalidate();
        self.sync();
        self.values.clear();
        form::read(&self.list)
    }

    /// Records a field's value as edited; false when it is what was last
    /// validated (an event that changed nothing).
    pub fn record_value(&mut self, path: &str) -> bool {
        let value = form::field_text(&self.list, path);
        if self.values.get(path) == Some(&value) {
            return false;
        }
        self.values.insert(path.to_owned(), value);
        true
    }

    /// Forgets the values recorded per field (the whole form was read again).
    pub fn forget_values(&mut self) {
        self.values.clear();
    }

    /// The id of a field's first control.
    pub fn id_of(&self, path: &str) -> Option<String> {
        self.ids.get(path).cloned()
    }

    /// The form's first control, where the person goes on after the form
    /// was filled from elsewhere.
    #[cfg_attr(not(feature = "page"), allow(dead_code))] // used by the standalone page alone
    pub fn first(&self) -> Option<HtmlElement> {
        self.list.first().and_then(|c| c.el.clone().dyn_into().ok())
    }

    /// The control to focus for a field path: its first control, else the
    /// first control of one of its parts (`party.stewards` → a steward's
    /// name).
    pub fn control_for(&mut self, path: &str) -> Option<HtmlElement> {
        self.sync();
        let c = self.list.iter().find(|c| c.path == path).or_else(|| self.list.iter().find(|c| part_of(c, path)))?;
        c.el.clone().dyn_into().ok()
    }

    /// Where a field comes in the form, to list findings in the form's
    /// order: its first control, else the first control of one of its
    /// parts, else the controls before the element marked with it; a field
    /// the form does not show comes last.
    /// (A scan of the controls, run only when the findings change: a map
    /// would be another map type's code in the module.)
    pub fn position(&self, root: &Element, path: &str) -> usize {
        if let Some(i) = self.list.iter().position(|c| c.path == path) {
            return i;
        }
        if let Some(i) = self.list.iter().position(|c| part_of(c, path)) {
            return i;
        }
        match render::marked(root, &self.names, path) {
            // DOCUMENT_POSITION_PRECEDING: the control comes before the mark.
            Some(mark) => self.list.partition_point(|c| mark.compare_document_position(&c.el) & 2 != 0),
            None => usize::MAX,
        }
    }
}

/// Whether a control is one of a field's parts (`party.stewards[0].name`
/// of `party.stewards`).
fn part_of(c: &Control, path: &str) -> bool {
    c.path.strip_prefix(path).is_some_and(|rest| rest.starts_with(['.', '[']))
}
