//! The standalone filing page's own features (`standalone: true`), which a
//! portal's form does not have: the catalogue of clauses, the printable
//! filing record (申报表), the "passed" panel, the collapsible status list,
//! opening and downloading a filing file, and "清空草稿" with its undo.

use crate::prelude::*;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

use crate::drafts::local_storage;
use crate::events::After;
use crate::text::ui;
use crate::{form, record, render, State};
use shanfang_core::report::{Lang, Report};

pub(crate) struct Page {
    /// The catalogue of clauses (`#shanfang-catalogue`, inside a
    /// `<details>`), and the language it was last built in: it is built
    /// when first opened, not at start-up.
    catalogue: Option<Element>,
    catalogue_lang: Option<Lang>,
    /// Where the printable filing record is built (`#shanfang-record`).
    record: Option<Element>,
    /// The "passed" panel (`#shanfang-done`).
    done: Option<HtmlElement>,
    /// The status list is open (on a phone it starts closed).
    status_open: bool,
    /// What "清空草稿" cleared (JSON text), offered back until the next edit.
    cleared_text: Option<String>,
    /// The draft an opened file replaced (JSON text), kept until the person
    /// keeps the file or takes the draft back.
    replaced_text: Option<String>,
}

impl Page {
    /// The page's own parts, found by their ids.
    pub fn find(doc: &Document) -> Result<Page, &'static str> {
        Ok(Page {
            catalogue: doc.get_element_by_id("shanfang-catalogue"),
            catalogue_lang: None,
            record: doc.get_element_by_id("shanfang-record"),
            done: doc.get_element_by_id("shanfang-done").and_then(|e| e.dyn_into().ok()),
            status_open: false,
            cleared_text: None,
            replaced_text: None,
        })
    }

    pub fn catalogue(&self) -> Option<&Element> {
        self.catalogue.as_ref()
    }

    pub fn record(&self) -> Option<&Element> {
        self.record.as_ref()
    }

    pub fn done(&self) -> Option<&HtmlElement> {
        self.done.as_ref()
    }

    pub fn status_open(&self) -> bool {
        self.status_open
    }

    pub fn toggle_status(&mut self) {
        self.status_open = !self.status_open;
    }

    /// The "passed" panel goes the moment the filing it was about changes.
    pub fn hide_done(&self) {
        if let Some(done) = self.done.as_ref().filter(|d| !d.hidden()) {
            done.set_hidden(true);
        }
    }

    pub fn show_done(&self, doc: &Document, report: &Report, lang: Lang) {
        let Some(done) = &self.done else { return };
        let t = ui(lang);
        let text =
            if report.warnings == 0 { t.submitted.to_owned() } else { (t.submitted_with_warnings)(report.warnings) };
        let note = match done.query_selector(".shanfang-done-note") {
            Ok(Some(p)) => p,
            _ => match render::el(doc, "p", "shanfang-done-note", None) {
                Some(p) => {
                    // Right under the panel's heading, before its buttons.
                    match done.query_selector("h1, h2, h3").ok().flatten() {
                        Some(h) => {
                            let _ = h.after_with_node_1(&p);
                        }
                        None => {
                            let _ = done.prepend_with_node_1(&p);
                        }
                    }
                    p
                }
                None => return,
            },
        };
        note.set_text_content(Some(&text));
        done.set_hidden(false);
        if !done.has_attribute("tabindex") {
            let _ = done.set_attribute("tabindex", "-1");
        }
    }

    /// Builds the catalogue in `lang`, unless it already is.
    pub fn build_catalogue(&mut self, doc: &Document, lang: Lang) {
        let Some(container) = &self.catalogue else { return };
        if self.catalogue_lang != Some(lang) {
            render::catalogue(doc, container, lang);
            self.catalogue_lang = Some(lang);
        }
    }

    /// Builds the catalogue and opens its `<details>`, for a link to it.
    pub fn open_catalogue(&mut self, doc: &Document, lang: Lang) {
        self.build_catalogue(doc, lang);
        let details = self.catalogue.as_ref().and_then(|c| c.closest("details").ok().flatten());
        if let Some(d) = details.filter(|d| !d.has_attribute("open")) {
            let _ = d.set_attribute("open", "");
        }
    }

    /// A catalogue already built follows the language (its words are long:
    /// it is not built just for that).
    pub fn relang_catalogue(&mut self, doc: &Document, lang: Lang) {
        if self.catalogue_lang.is_some() {
            self.build_catalogue(doc, lang);
        }
    }
}

impl State {
    /// At attach: a reload still offers back what "清空草稿" cleared and
    /// the draft an opened file replaced.
    pub(crate) fn find_kept(&mut self) {
        let stored = |key: Option<String>| local_storage()?.get_item(&key?).ok().flatten();
        let cleared = stored(self.drafts.beside("-cleared"));
        let replaced = stored(self.drafts.beside("-replaced"));
        let Some(page) = &mut self.page else { return };
        if let Some(text) = cleared {
            page.cleared_text = Some(text);
            self.show_cleared(true);
        }
        if let Some(text) = replaced {
            if let Some(page) = &mut self.page {
                page.replaced_text = Some(text);
            }
            self.show_replaced("");
        }
    }

    /// Opens a filing file into the form. What the form held is kept (in
    /// memory and storage) until the person keeps the file or takes the
    /// draft back; a text that is not a filing changes nothing.
    pub(crate) fn open_file(&mut self, text: &str, name: &str) -> Result<(), String> {
        let zh = self.options.lang == Lang::Zh;
        let not_filing = |why: &str| {
            if zh {
                format!("“{name}”不是申报文件，表中内容没有改变：{why}")
            } else {
                format!("“{name}” is not a filing file; the form is unchanged: {why}")
            }
        };
        let canonical = shanfang_core::canonical::canonical_str(text, shanfang_wasm::today())
            .map_err(|e| not_filing(&e.to_string()))?;
        // Nothing of the contract in it (`{"foo": 1}`, another program's JSON):
        // its canonical form has only what canonical() fills in itself.
        let named = shanfang_core::canonical::raw::members(&canonical)
            .iter()
            .any(|(k, _)| k != "version" && k != "filing_date");
        if !named {
            return Err(not_filing(if zh {
                "其中没有申报表的任何栏目"
            } else {
                "it holds no field of the filing"
            }));
        }
        // A filing being viewed is not what the file replaces: the person's own is.
        self.end_view();
        let current = js_sys::JSON::stringify(&self.filing).map(String::from).unwrap_or_default();
        if js_sys::JSON::parse(&current).is_ok_and(|v| form::holds_anything(&v)) {
            if let (Some(key), Some(st)) = (self.drafts.beside("-replaced"), local_storage()) {
                let _ = st.set_item(&key, &current);
            }
            if let Some(page) = &mut self.page {
                page.replaced_text = Some(current);
            }
        }
        self.drop_cleared();
        self.empty_form();
        // The file as written: the form shows what it holds, as typed.
        self.restore_from(shanfang_core::json::strip_bom(text), false);
        self.show_replaced(name);
        Ok(())
    }

    /// The page's notice about an opened file (`#shanfang-replaced`): its
    /// name, and, when it replaced a draft, the choice to keep the file or
    /// take the draft back.
    pub(crate) fn replaced_notice(&self) -> Option<HtmlElement> {
        self.doc.get_element_by_id("shanfang-replaced").and_then(|e| e.dyn_into().ok())
    }

    fn show_replaced(&self, name: &str) {
        let Some(n) = self.replaced_notice() else { return };
        if let Ok(Some(p)) = n.query_selector("[data-opened-name]") {
            p.set_text_content(Some(name));
        }
        let kept = self.page.as_ref().is_some_and(|p| p.replaced_text.is_some());
        if let Ok(Some(b)) = n.query_selector("[data-replaced-draft]") {
            if let Some(b) = b.dyn_ref::<HtmlElement>() {
                b.set_hidden(!kept);
            }
        }
        n.set_hidden(false);
    }

    fn hide_replaced(&mut self) {
        if let (Some(key), Some(st)) = (self.drafts.beside("-replaced"), local_storage()) {
            let _ = st.remove_item(&key);
        }
        if let Some(page) = &mut self.page {
            page.replaced_text = None;
        }
        if let Some(n) = self.replaced_notice() {
            n.set_hidden(true);
        }
    }

    /// "清空草稿" keeps what it cleared, in memory and in storage (so a
    /// reload keeps the undo too), until the next edit.
    fn keep_cleared(&mut self) {
        let text = js_sys::JSON::stringify(&self.filing).map(String::from).unwrap_or_default();
        let anything = js_sys::JSON::parse(&text).is_ok_and(|v| form::holds_anything(&v));
        if !anything {
            return;
        }
        if let (Some(key), Some(st)) = (self.drafts.beside("-cleared"), local_storage()) {
            let _ = st.set_item(&key, &text);
        }
        if let Some(page) = &mut self.page {
            page.cleared_text = Some(text);
        }
        self.show_cleared(true);
    }

    fn show_cleared(&self, shown: bool) {
        if let Some(n) = self.doc.get_element_by_id("shanfang-cleared").and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            if n.hidden() == shown {
                n.set_hidden(!shown);
            }
        }
    }

    /// After an edit the cleared draft is no longer offered back: undoing
    /// then would put it over what was typed since.
    pub(crate) fn drop_cleared(&mut self) {
        if self.page.as_mut().and_then(|p| p.cleared_text.take()).is_some() {
            if let (Some(key), Some(st)) = (self.drafts.beside("-cleared"), local_storage()) {
                let _ = st.remove_item(&key);
            }
            self.show_cleared(false);
        }
    }

    fn undo_clear(&mut self) -> Option<HtmlElement> {
        let text = self.page.as_ref()?.cleared_text.clone()?;
        self.drop_cleared();
        self.restore_from(&text, false);
        self.controls.first()
    }

    fn clear_draft(&mut self) {
        self.drafts.changed_by_code = false;
        // What is cleared is the person's own filing, not one being viewed.
        self.end_view();
        self.keep_cleared();
        self.drafts.forget();
        self.empty_form();
    }

    /// Builds the printable record of the filing as it stands now.
    pub(crate) fn build_record(&self) {
        let (Some(host), Some(report)) = (self.page.as_ref().and_then(|p| p.record.as_ref()), &self.last) else {
            return;
        };
        let typed =
            form::get_at(&self.filing, shanfang_core::model::paths::filing_date).as_string().unwrap_or_default();
        let filing_date = match shanfang_core::formats::Date::parse(&typed) {
            Some(d) => d.to_string(),
            None => shanfang_wasm::today().to_string(),
        };
        // The time of printing in UTC+8, as the filing date is.
        let secs = (js_sys::Date::now() / 1000.0) as i64;
        let local = (secs + 8 * 3600).rem_euclid(86_400);
        let printed = format!("{} {:02}:{:02}", shanfang_core::china_date(secs), local / 3600, local % 3600 / 60);
        record::build(&self.doc, host, &self.form, report, self.options.lang, &filing_date, &printed);
    }

    /// Downloads the filing in canonical form (shanfang_core::canonical),
    /// what a portal stores: the same report as the form's.
    fn download(&self) {
        let Ok(canonical) = shanfang_wasm::canonical(self.filing.clone().into()) else { return };
        let text = js_sys::JSON::stringify_with_replacer_and_space(&canonical, &JsValue::NULL, &JsValue::from_f64(2.0))
            .map(String::from)
            .unwrap_or_default();
        let parts = js_sys::Array::of1(&JsValue::from_str(&text));
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type("application/json");
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else { return };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
        if let Some(a) =
            render::el(&self.doc, "a", "", None).and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            a.set_href(&url);
            a.set_download(&format!("shanfang-filing-{}.json", shanfang_wasm::today()));
            a.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }

    /// A click on one of the page's own buttons; `find` is the clicked
    /// element's closest match of a selector. `None`: not one of them.
    pub(crate) fn on_page_click(&mut self, find: &dyn Fn(&str) -> Option<Element>) -> Option<After> {
        if find("[data-lang-switch]").is_some() {
            let lang = if self.options.lang == Lang::Zh { Lang::En } else { Lang::Zh };
            let mut after = self.set_lang(lang);
            if let Some(r) = self.last.clone() {
                if self.panels.summary.as_ref().is_some_and(|p| !p.hidden()) {
                    self.show_summary(&r);
                }
            }
            after.prevent = false;
            return Some(after);
        }
        if find("[data-keep-opened]").is_some() {
            self.hide_replaced();
            return Some(After::default());
        }
        if find("[data-restore-replaced]").is_some() {
            let text = self.page.as_ref()?.replaced_text.clone()?;
            self.hide_replaced();
            self.empty_form();
            self.restore_from(&text, false);
            let mut after = self.refresh();
            after.focus = self.controls.first();
            return Some(after);
        }
        if find("[data-undo-clear]").is_some() {
            let focus = self.undo_clear();
            let mut after = self.refresh();
            after.focus = focus;
            return Some(after);
        }
        if find("[data-clear-draft]").is_some() {
            self.clear_draft();
            let after = self.refresh();
            // refresh() saved the emptied form; no draft is kept until the next edit.
            self.drafts.forget();
            return Some(after);
        }
        if find("[data-download]").is_some() {
            self.download();
        } else if find("[data-print]").is_some() {
            self.build_record();
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        } else {
            return None;
        }
        Some(After::default())
    }
}
