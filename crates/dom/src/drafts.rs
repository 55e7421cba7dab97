//! Drafts (草稿): the form's filing kept in the browser under the `draft`
//! key, so a reload, a closed tab or a lost signal loses nothing.
//!
//! One implementation: the package's glue (js/glue.js) writes, reads and
//! forgets drafts, a moment after the last edit and at once when the page
//! is hidden, in JS so that a draft is written even if the module has
//! trapped. The binding says when and what. Without the glue (the module
//! used without the package's entry) no draft is kept.

use crate::prelude::*;

use crate::keyed::KeySet;

use js_sys::Object;
use wasm_bindgen::{JsCast, JsValue};

use crate::form;
use crate::glue::{self, Draft};
use crate::State;
use shanfang_core::report::Lang;

pub(crate) struct Drafts {
    /// The storage key (`draft` option); `None`: no drafts.
    pub key: Option<String>,
    /// Fields edited in this page since the draft was last shared with
    /// another tab: they win over that tab's copy (see [`State::merge_draft`]).
    pub edited_here: KeySet,
    /// Code changed the form (`refresh()` found another filing: a "fill
    /// example" button, a framework's state): the draft is saved, as after typing.
    pub changed_by_code: bool,
}

impl Drafts {
    pub fn new(key: Option<String>) -> Drafts {
        Drafts { key, edited_here: KeySet::new(), changed_by_code: false }
    }

    /// The key of something kept beside the draft (`-lang`, `-cleared`, `-replaced`).
    pub fn beside(&self, suffix: &str) -> Option<String> {
        self.key.as_ref().map(|k| format!("{k}{suffix}"))
    }

    /// The stored draft's JSON text, what waits to be written written first.
    fn load(&self) -> Option<String> {
        glue::load(self.key.as_deref()?)
    }

    /// Writes what waits, now (before the page or the binding goes).
    pub fn flush(&self) {
        glue::draft(Draft::Flush);
    }

    /// Drops what waits and the stored draft.
    #[cfg_attr(not(feature = "page"), allow(dead_code))] // used by the standalone page alone
    pub fn forget(&self) {
        if let Some(key) = &self.key {
            glue::draft(Draft::Forget(key));
        }
    }

    /// The language chosen on this page before, kept beside the draft.
    pub fn stored_lang(&self) -> Option<Lang> {
        Lang::parse(&local_storage()?.get_item(&self.beside("-lang")?).ok()??).ok()
    }

    pub fn store_lang(&self, lang: Lang) {
        if let (Some(key), Some(st)) = (self.beside("-lang"), local_storage()) {
            let _ = st.set_item(&key, if lang == Lang::En { "en" } else { "zh" });
        }
    }
}

/// `localStorage`, where the page may use it (`None` in a sandboxed frame,
/// in private modes that refuse it, or with no window).
pub(crate) fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

impl State {
    /// Saves the draft, once the person has entered something (a page only
    /// opened leaves no draft behind); never a filing viewed read-only.
    pub(crate) fn save_draft(&self, filing: &JsValue) {
        if self.view.is_viewing() || !(self.messages.anything_entered() || self.drafts.changed_by_code) {
            return;
        }
        if let Some(key) = &self.drafts.key {
            glue::draft(Draft::Save(key, filing));
        }
    }

    /// Restores a saved draft: as many items as it had, then every value.
    /// Fields holding a value count as touched, so their messages show.
    pub(crate) fn restore_draft(&mut self) {
        if let Some(text) = self.drafts.load() {
            self.restore_from(&text, true);
        }
    }

    /// Another tab (or window) of the same page saved the same draft
    /// (`text`): its fields come into this form, except those edited here
    /// since, which stay and are saved over it, so neither tab drops what
    /// the other typed. A list edited here is kept whole. Both tabs then
    /// agree after at most one write each (the edits here are shared, then
    /// forgotten). False when the text is no filing.
    pub(crate) fn merge_draft(&mut self, text: &str) -> bool {
        let Ok(theirs) = js_sys::JSON::parse(text) else { return false };
        if !theirs.is_object() {
            return false;
        }
        let merged: Object = theirs.unchecked_into();
        let ours = self.filing.clone();
        let edited: Vec<String> = core::mem::take(&mut self.drafts.edited_here).into_iter().collect();
        for path in edited {
            let whole = path.split('[').next().unwrap_or(&path).to_owned();
            let mine = form::get_at(&ours, &whole);
            let there = form::get_at(&merged, &whole);
            if js_sys::JSON::stringify(&mine).ok() != js_sys::JSON::stringify(&there).ok() {
                form::set_at(&merged, &whole, &mine);
            }
        }
        let text = js_sys::JSON::stringify(&merged).map(String::from).unwrap_or_default();
        self.restore_from(&text, false);
        true
    }
}
