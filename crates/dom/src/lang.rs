//! The language of messages and, on the standalone page, of the page: its
//! `data-en` texts, its `lang` attribute, the switch's label and the title
//! (which carries "错误：" while the error summary is up).

use crate::prelude::*;

use web_sys::{Document, Element};

use crate::text::ui;
use crate::{events::After, render, rows, State};
use shanfang_core::report::Lang;

/// The page title in each language, and as it reads now (without the
/// error prefix).
pub(crate) struct Title {
    pub now: String,
    zh: String,
    en: Option<String>,
}

impl Title {
    /// The page's title as shipped: `title` is the document's, without a
    /// prefix an earlier binding left.
    pub fn find(doc: &Document, title: String) -> Title {
        Title {
            // A page saved while in English keeps the Chinese title here.
            zh: doc
                .query_selector("title[data-zh]")
                .ok()
                .flatten()
                .and_then(|t| t.get_attribute("data-zh"))
                .unwrap_or_else(|| title.clone()),
            en: doc.query_selector("title[data-en]").ok().flatten().and_then(|t| t.get_attribute("data-en")),
            now: title,
        }
    }

    /// The <title> keeps its Chinese text beside it, so a page saved while
    /// in English comes back with its own title (set once, not per edit).
    pub fn keep_chinese(&self, doc: &Document) {
        if let Ok(Some(t)) = doc.query_selector("title[data-en]") {
            let _ = t.set_attribute("data-zh", &self.zh);
        }
    }

    /// The title follows the language, and keeps the "错误：" prefix while
    /// the error summary is up (`error`).
    pub fn sync(&mut self, doc: &Document, lang: Lang, error: bool) {
        self.now = match (&self.en, lang) {
            (Some(en), Lang::En) => en.clone(),
            _ => self.zh.clone(),
        };
        let want = if error { format!("{}{}", ui(lang).title_prefix, self.now) } else { self.now.clone() };
        if doc.title() != want {
            doc.set_title(&want);
        }
    }
}

impl State {
    /// Switches the language: remembered beside the draft, the page's
    /// texts, the catalogue, the messages.
    pub(crate) fn set_lang(&mut self, lang: Lang) -> After {
        self.options.lang = lang;
        self.drafts.store_lang(lang);
        self.apply_lang();
        if let Some(page) = &mut self.page {
            page.relang_catalogue(&self.doc, lang);
        }
        self.panels.status_shown = None;
        self.tasks.forget();
        self.refresh()
    }

    /// Makes the page show the current language: `data-en` texts, the
    /// `lang` attribute, the switch's own label.
    pub(crate) fn apply_lang(&self) {
        let standalone = self.page.is_some();
        let scope: Element = if standalone {
            match self.doc.document_element() {
                Some(e) => e,
                None => return,
            }
        } else {
            self.form.clone()
        };
        let en = self.options.lang == Lang::En;
        if standalone {
            if let Some(root) = self.doc.document_element() {
                let _ = root.set_attribute("lang", if en { "en" } else { "zh-CN" });
            }
        }
        // A page in Chinese that was never switched (no text of it was
        // recorded in `data-zh`; legends get theirs from `renumber`, the
        // title at attach) already shows what it should: walking its texts
        // would be half of `attach`.
        if !en && matches!(scope.query_selector("[data-zh]:not(legend):not(title)"), Ok(None)) {
            return;
        }
        // The <title> is handled by `Title::sync` (it carries the error prefix).
        for e in render::all(&scope, "[data-en]:not(title)") {
            if !e.has_attribute("data-zh") {
                let _ = e.set_attribute("data-zh", &e.text_content().unwrap_or_default());
            }
            let want = e.get_attribute(if en { "data-en" } else { "data-zh" }).unwrap_or_default();
            if e.text_content().as_deref() != Some(want.as_str()) {
                e.set_text_content(Some(&want));
            }
        }
        for e in render::all(&scope, "[data-lang-switch]") {
            e.set_text_content(Some(ui(self.options.lang).switch_to));
            let _ = e.set_attribute("lang", if en { "zh-CN" } else { "en" });
        }
        for c in rows::containers(&self.form) {
            rows::renumber(&c, self.options.lang);
        }
        // Titles of message blocks are rebuilt on the next render.
    }
}
