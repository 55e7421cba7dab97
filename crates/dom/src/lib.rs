//! The DOM binding: `attach(form, options)` validates a form on every edit
//! and shows what the standard still requires. It drives the standalone
//! filing page and portals' own forms alike; all its behaviour hangs on
//! contract paths (or the portal's names for them) and a few `data-`
//! attributes, never on the page's layout.
//!
//! Events on the form: `shanfang-report` after every validation, and
//! `shanfang-submit` when a submit passes (cancelable: cancelling it stops
//! the form's own submission).

// `alloc` only, as the core and the JS API: the package's modules bring
// their own panic handler (crates/package).
#![no_std]

extern crate alloc;

mod blocks;
mod controls;
mod drafts;
mod events;
mod form;
mod glue;
mod keyed;
mod lang;
mod messages;
mod needle;
// The standalone page's own features (the `page` feature, on by default);
// without it, a page type with no values, so a portal's module carries none
// of their code.
#[cfg(feature = "page")]
mod page;
#[cfg(not(feature = "page"))]
#[path = "no_page.rs"]
mod page;
mod panels;
mod prelude;
#[cfg(feature = "page")]
mod record;
mod render;
mod rows;
mod tasks;
mod text;
mod view;

use alloc::rc::Rc;
use core::cell::RefCell;
use prelude::*;

use js_sys::Object;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, EventTarget, HtmlElement};

use blocks::Blocks;
use controls::Controls;
use drafts::Drafts;
use events::{listen, run_after, After, Listener};
use form::Names;
use keyed::KeySet;
use lang::Title;
use messages::Messages;
use page::Page;
use panels::Panels;
use rows::Rows;
use shanfang_core::report::{Lang, Options, Report};
use shanfang_wasm::{options as read_options, read_object, report_value};
use tasks::Tasks;
use text::ui;
use view::View;

/// An attached binding's state: what it was given, and one small state per
/// concern, each in its own module.
struct State {
    doc: Document,
    /// What `attach` was given: the form, or the element holding the
    /// filing's forms. Its events are listened to and dispatched here.
    form: Element,
    options: Options,
    /// Messages beside fields (`messages: "inline"`, the default).
    inline: bool,
    /// A submit with an error is stopped (`blockSubmit`, default true).
    block_submit: bool,
    /// The filing as the form holds it (a JS object shaped like the
    /// contract), kept up to date field by field, and its last report.
    filing: Object,
    last: Option<Report>,
    controls: Controls,
    messages: Messages,
    panels: Panels,
    /// The task list, where the page or portal asked for one.
    tasks: Tasks,
    title: Title,
    blocks: Blocks,
    rows: Rows,
    drafts: Drafts,
    view: View,
    /// The standalone page's own features; `None` on a portal's form.
    page: Option<Page>,
    listeners: Vec<(EventTarget, &'static str, Listener)>,
}

/// An attached validator; `detach()` removes everything it added.
#[wasm_bindgen]
pub struct Binding {
    state: Rc<RefCell<State>>,
}

fn element_option(doc: &Document, options: &JsValue, key: &str, default_id: Option<&str>) -> Option<HtmlElement> {
    let v = js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    if let Some(e) = v.dyn_ref::<HtmlElement>() {
        return Some(e.clone());
    }
    let id = v.as_string().or_else(|| default_id.map(String::from))?;
    doc.get_element_by_id(&id)?.dyn_into::<HtmlElement>().ok()
}

/// A property of a JS object (an options bag, a control), or `undefined`.
fn get(options: &JsValue, key: &str) -> JsValue {
    if options.is_object() {
        js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

/// Attaches the validator to a form. See `AttachOptions` in the typings.
#[wasm_bindgen]
pub fn attach(
    form: Element,
    #[wasm_bindgen(unchecked_optional_param_type = "AttachOptions")] options: JsValue,
) -> Result<Binding, JsError> {
    let doc = form.owner_document().ok_or_else(|| JsError::new("the form is not in a document"))?;
    let forms = form::forms_of(&form);
    if forms.is_empty() {
        return Err(JsError::new("attach needs a <form>, or an element with forms in it"));
    }
    let names = Names::from_option(&get(&options, "fields")).map_err(|e| JsError::new(&e))?;
    let lang_and_promote = {
        let o = js_sys::Object::new();
        for key in ["lang", "promote"] {
            let v = get(&options, key);
            if !v.is_undefined() {
                let _ = js_sys::Reflect::set(&o, &JsValue::from_str(key), &v);
            }
        }
        read_options(&o.into())?
    };
    let standalone = get(&options, "standalone").as_bool().unwrap_or(false);
    let inline = match get(&options, "messages").as_string().as_deref() {
        None | Some("inline") => true,
        Some("none") => false,
        Some(other) => {
            return Err(JsError::new(&format!(
                "messages must be \"inline\" or \"none\", not {}",
                shanfang_core::report::quoted(other)
            )))
        }
    };
    let summary = element_option(&doc, &options, "summary", standalone.then_some("shanfang-summary"));
    let status = element_option(&doc, &options, "status", standalone.then_some("shanfang-status"));
    let tasks = element_option(&doc, &options, "tasks", standalone.then_some("shanfang-tasks"));
    let page = if standalone { Some(Page::find(&doc).map_err(JsError::new)?) } else { None };
    // A page saved from the browser keeps what the last binding rendered:
    // start from the page as shipped (also the title, without the error prefix).
    let mut title = doc.title();
    let done = page.as_ref().and_then(Page::done);
    if render::remove_stale(&form, summary.as_ref(), status.as_ref(), done) {
        if let Some(t) = [Lang::Zh, Lang::En].into_iter().find_map(|l| title.strip_prefix(ui(l).title_prefix)) {
            title = t.to_owned();
            doc.set_title(&title);
        }
    }

    let state = Rc::new(RefCell::new(State {
        title: Title::find(&doc, title),
        blocks: Blocks::find(&form),
        rows: Rows::find(&form),
        doc,
        form: form.clone(),
        options: lang_and_promote,
        inline,
        block_submit: get(&options, "blockSubmit").as_bool().unwrap_or(true),
        filing: Object::new(),
        last: None,
        controls: Controls::new(names, forms),
        messages: Messages::default(),
        panels: Panels::new(summary, status),
        tasks: Tasks::new(tasks),
        drafts: Drafts::new(get(&options, "draft").as_string()),
        view: View::default(),
        page,
        listeners: Vec::new(),
    }));

    {
        let mut s = state.borrow_mut();
        // A saved language wins over the option, so a reload keeps it.
        if let Some(lang) = s.drafts.stored_lang() {
            s.options.lang = lang;
        }
        s.restore_draft();
        s.find_kept();
        s.title.keep_chinese(&s.doc);
        // A page as shipped is in Chinese: `apply_lang` leaves it alone
        // unless English is wanted or an earlier binding swapped its texts
        // (a saved page).
        s.apply_lang();
    }
    listen(&state, form.clone().into(), "input", events::on_edit);
    listen(&state, form.clone().into(), "change", events::on_edit);
    listen(&state, form.clone().into(), "focusout", events::on_leave);
    listen(&state, form.clone().into(), "submit", events::on_submit);
    if state.borrow().drafts.key.is_some() {
        if let Some(w) = web_sys::window() {
            listen(&state, w.into(), "storage", events::on_storage);
        }
    }
    let (record, catalogue_box) = {
        let s = state.borrow();
        let page = s.page.as_ref();
        (
            page.is_some_and(|p| p.record().is_some()),
            page.and_then(Page::catalogue).and_then(|c| c.closest("details").ok().flatten()),
        )
    };
    if record {
        // Printed from the browser's menu (Ctrl+P) too, not only the button.
        if let Some(w) = web_sys::window() {
            listen(&state, w.into(), "beforeprint", events::on_before_print);
        }
    }
    if let Some(details) = catalogue_box {
        listen(&state, details.into(), "toggle", events::on_catalogue_toggle);
    }
    let click_target: EventTarget = if standalone { state.borrow().doc.clone().into() } else { form.clone().into() };
    listen(&state, click_target, "click", events::on_click);
    // Collected first: the borrow must end before `listen` borrows mutably
    // (temporaries of a `for` head live through the whole loop).
    let panels: Vec<HtmlElement> = {
        let s = state.borrow();
        [s.panels.summary.clone(), s.panels.status.clone()].into_iter().flatten().collect()
    };
    for panel in panels {
        if !standalone || !panel.is_connected() {
            listen(&state, panel.into(), "click", events::on_click);
        }
    }
    let after = state.borrow_mut().refresh();
    run_after(&state, after, None);
    Ok(Binding { state })
}

/// A deep copy of a filing object (through its JSON text, kept in JS), so
/// no one outside can change the binding's own.
fn copy(filing: &Object) -> JsValue {
    let text = js_sys::JSON::stringify(filing).map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
    shanfang_wasm::json_parse(&text).unwrap_or(JsValue::NULL)
}

/// An event's `detail`: `{ filing, report }`, the filing a copy of the
/// binding's. The package's glue copies it only when a listener reads it
/// (the binding never changes a filing it has handed out: see
/// `form::update`); without the glue, now.
fn detail(filing: &JsValue, report: JsValue) -> JsValue {
    if let Some(d) = glue::event_detail(filing, &report) {
        return d;
    }
    let o = Object::new();
    let _ = js_sys::Reflect::set(&o, &"filing".into(), &copy(filing.unchecked_ref()));
    let _ = js_sys::Reflect::set(&o, &"report".into(), &report);
    o.into()
}

impl State {
    /// Reads the whole form, validates, and renders.
    fn refresh(&mut self) -> After {
        let filing = self.controls.read_all();
        self.take_filing(filing)
    }

    /// Validates and renders `filing`, read from the whole form.
    fn take_filing(&mut self, filing: Object) -> After {
        // Everything was read again: what was recorded per field is stale.
        self.controls.forget_values();
        self.filing = filing;
        self.show_readings(None);
        self.revalidate()
    }

    /// After an edit of one field: re-reads only that field (the whole form
    /// when its controls changed), validates, and renders.
    fn refresh_field(&mut self, path: &str) -> After {
        if self.controls.sync() {
            self.controls.forget_values();
            self.filing = form::read(&self.controls.list);
        } else {
            self.filing = form::update(&self.filing, &self.controls.list, path);
        }
        self.show_readings(Some(path));
        // Only this field's section can have changed its state.
        self.tasks.edited(path);
        self.revalidate()
    }

    /// Saves the draft, validates the filing the form holds, and shows the
    /// verdict: blocks that apply, messages, panels, title; then
    /// `shanfang-report` goes out.
    fn revalidate(&mut self) -> After {
        let filing = self.filing.clone();
        self.save_draft(&filing);
        let Ok(model) = read_object(&filing) else { return After::default() };
        let report = shanfang_core::validate_filing(&model, &self.options, shanfang_wasm::today());
        // A few codes at most: a list, not one more kind of hash set in the module.
        let chosen: Vec<&str> = model.modes().iter().map(|m| m.code()).collect();
        self.blocks.update(&chosen, &report, &|p| form::get_at(&filing, p));
        if self.inline {
            // Taken out while drawn: `visible` reads the rest of `messages`.
            let mut shown = core::mem::take(&mut self.messages.rendered);
            let messages = &self.messages;
            let visible = |field: &str| messages.visible(field);
            render::messages(
                &self.doc,
                &self.form,
                &self.controls.names,
                &self.controls.by_path,
                &report,
                &visible,
                &mut shown,
                self.options.lang,
                self.page.as_ref().is_some_and(|p| p.catalogue().is_some()),
            );
            self.messages.rendered = shown;
        }
        self.draw_panels(&report);
        let (form, controls) = (&self.form, &self.controls);
        self.tasks.draw(form, &controls.list, &report, &|p| controls.position(form, p), self.options.lang);
        let error = !report.submittable && self.panels.summary_shown();
        self.title.sync(&self.doc, self.options.lang, error);
        let mut after = After::default();
        after.events.push(("shanfang-report", detail(&filing, report_value(&report)), false));
        self.last = Some(report);
        after
    }

    /// Under each number and phone field (or only `path`'s), how what was
    /// typed there was read.
    fn show_readings(&mut self, path: Option<&str>) {
        if !self.inline {
            return;
        }
        let lang = self.options.lang;
        for c in self.controls.list.iter().filter(|c| path.map_or(true, |p| c.path == p)) {
            let Some((kind, text)) = c.typed_text() else { continue };
            if !shanfang_core::model::has_reading(&c.path, kind) {
                continue;
            }
            let read = shanfang_core::model::reading(&c.path, kind, &text, lang);
            render::reading(&self.doc, &c.el, &c.path, read, &mut self.messages.readings);
        }
        // Rows removed since: their notes went with them.
        self.messages.readings.retain(|(_, note)| note.is_connected());
    }

    /// The "passed" panel goes the moment the filing it was about changes.
    fn hide_done(&self) {
        if let Some(page) = &self.page {
            page.hide_done();
        }
    }

    /// Adds a row to the list at `path`; returns its first control to focus.
    fn add_item(&mut self, path: &str) -> Option<HtmlElement> {
        self.controls.invalidate();
        let (container, first) = rows::add(&self.doc, &self.form, path)?;
        // The new row's names, when `fields` is a function, are asked for now.
        self.controls.names.cover_items(container.children().length() as usize);
        rows::renumber(&container, self.options.lang);
        first
    }

    /// Puts a filing's JSON text into the form: as many rows as it has,
    /// then every value. With `keep_typed`, what the person typed before the
    /// binding started wins over the text, field by field (and the rows
    /// typed into stay). Fields holding a value count as touched.
    fn restore_from(&mut self, text: &str, keep_typed: bool) {
        let Ok(saved) = js_sys::JSON::parse(text) else { return };
        for c in rows::containers(&self.form) {
            let path = c.get_attribute("data-items").unwrap_or_default();
            let list = form::get_at(&saved, &path);
            if !js_sys::Array::is_array(&list) {
                continue;
            }
            // Rows beyond the text's go, except up to the last one the person
            // typed into before the binding started: that is kept.
            let typed_rows = if keep_typed {
                render::all(&c, ":scope > [data-item]").iter().rposition(rows::typed_into).map_or(0, |i| i + 1)
            } else {
                0
            };
            let want = (list.unchecked_ref::<js_sys::Array>().length() as usize).max(typed_rows);
            while rows::count(&c) > want {
                match c.query_selector(":scope > [data-item]:last-of-type") {
                    Ok(Some(last)) => last.remove(),
                    _ => break,
                }
            }
            while rows::count(&c) < want.min(shanfang_core::input::MAX_LIST_ITEMS) {
                if self.add_item(&path).is_none() {
                    break;
                }
            }
            rows::renumber(&c, self.options.lang);
        }
        self.controls.invalidate();
        self.controls.sync();
        let controls = &self.controls.list;
        // What the person typed before the binding started wins over the
        // text, field by field (a group of checkboxes as one field).
        let typed_paths: KeySet = if keep_typed {
            controls.iter().filter(|c| form::changed_since_load(&c.el)).map(|c| c.path.clone()).collect()
        } else {
            KeySet::new()
        };
        let typed = (!typed_paths.is_empty()).then(|| form::read(controls));
        form::write(controls, &saved);
        if let Some(typed) = &typed {
            for c in controls.iter().filter(|c| typed_paths.contains(&c.path)) {
                form::write(core::slice::from_ref(c), typed);
            }
        }
        let given: Vec<String> = controls
            .iter()
            .filter(|c| typed_paths.contains(&c.path) || form::is_given(&form::get_at(&saved, &c.path)))
            .map(|c| c.path.clone())
            .collect();
        for path in given {
            self.messages.touch(&path);
        }
    }

    /// The form as the page shipped it: no values, the list rows it had, no
    /// messages, no submit tried.
    fn empty_form(&mut self) {
        for f in &self.controls.forms {
            f.reset();
        }
        self.rows.reset();
        self.messages.clear();
        if let Some(s) = &self.panels.summary {
            s.set_hidden(true);
        }
        if let Some(d) = self.page.as_ref().and_then(Page::done) {
            d.set_hidden(true);
        }
        self.doc.set_title(&self.title.now);
        self.apply_lang();
    }
}

impl Binding {
    /// Runs `f` on the state, then dispatches and focuses with the state
    /// released; `f`'s error (what the person is told) becomes a JS Error.
    fn act(&self, f: impl FnOnce(&mut State) -> Result<After, String>) -> Result<(), JsError> {
        let after = {
            let mut s = self.state.try_borrow_mut().map_err(|_| JsError::new("the binding is busy"))?;
            f(&mut s).map_err(|e| JsError::new(&e))?
        };
        run_after(&self.state, after, None);
        Ok(())
    }

    /// `act`, then the report the binding holds.
    fn report_after(&self, f: impl FnOnce(&mut State) -> After) -> Result<JsValue, JsError> {
        self.act(|s| Ok(f(s)))?;
        let s = self.state.try_borrow().map_err(|_| JsError::new("the binding is busy"))?;
        Ok(s.last.as_ref().map_or(JsValue::NULL, report_value))
    }
}

#[wasm_bindgen]
impl Binding {
    /// Re-reads the form and validates it now; returns the report.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn validate(&self) -> Result<JsValue, JsError> {
        self.report_after(State::refresh)
    }

    /// Reads the form again after code changed it (a framework's render, a
    /// "fill example" button, values set by script fire no event): when the
    /// filing differs from the one last validated, validates it, renders and
    /// dispatches `shanfang-report`; otherwise does nothing. Returns the
    /// current report. Cheap enough to call after every render.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn refresh(&self) -> Result<JsValue, JsError> {
        self.report_after(|s| {
            let now = s.controls.read_all();
            let same = s.last.is_some()
                && js_sys::JSON::stringify(&now).ok().map(String::from)
                    == js_sys::JSON::stringify(&s.filing).ok().map(String::from);
            if same {
                return After::default();
            }
            s.drafts.changed_by_code = true;
            s.hide_done();
            // The form was read once above; validated as read.
            s.take_filing(now)
        })
    }

    /// Shows the messages of every field whose control is inside `within`
    /// (a step of the form the person tries to go on from, as a submit
    /// shows all of them); returns the report.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn reveal(&self, within: &Element) -> Result<JsValue, JsError> {
        self.report_after(|s| {
            s.controls.sync();
            let paths: Vec<String> =
                s.controls.list.iter().filter(|c| within.contains(Some(&c.el))).map(|c| c.path.clone()).collect();
            for path in &paths {
                s.messages.touch(path);
            }
            s.revalidate()
        })
    }

    /// The filing as read from the form now.
    #[wasm_bindgen(unchecked_return_type = "Filing")]
    pub fn filing(&self) -> Result<JsValue, JsError> {
        let mut s = self.state.try_borrow_mut().map_err(|_| JsError::new("the binding is busy"))?;
        s.controls.sync();
        Ok(copy(&form::read(&s.controls.list)))
    }

    /// Switches the language of messages (and, on the standalone page, of
    /// the page).
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, #[wasm_bindgen(unchecked_param_type = "Lang")] lang: &str) -> Result<(), JsError> {
        let lang = Lang::parse(lang).map_err(|e| JsError::new(&e))?;
        self.act(|s| Ok(s.set_lang(lang)))
    }

    /// Opens a filing file's text into the form (the standalone page's
    /// "打开申报文件"); throws, changing nothing, when it is not a filing.
    pub fn open(&self, text: &str, name: &str) -> Result<(), JsError> {
        self.act(|s| {
            s.open_file(text, name)?;
            s.hide_done();
            let mut after = s.refresh();
            after.focus = s.replaced_notice();
            Ok(after)
        })
    }

    /// Shows a filing (JSON text) read-only with all its findings, for a
    /// reviewer; the form's own content and draft are left alone and come
    /// back with `endView()`. Throws, changing nothing, for a text that is
    /// not a filing.
    pub fn view(&self, text: &str) -> Result<(), JsError> {
        self.act(|s| {
            s.view(text)?;
            s.hide_done();
            Ok(s.refresh())
        })
    }

    /// Ends `view()`: the form holds what it held before.
    #[wasm_bindgen(js_name = endView)]
    pub fn end_view(&self) -> Result<(), JsError> {
        self.act(|s| {
            s.end_view();
            Ok(s.refresh())
        })
    }

    /// Removes every listener and every element the binding added, and the
    /// attributes it set on the portal's controls.
    pub fn detach(&self) {
        let Ok(mut s) = self.state.try_borrow_mut() else { return };
        s.drafts.flush();
        for (target, kind, closure) in s.listeners.drain(..) {
            let _ = target.remove_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        }
        let notes: Vec<(String, Element)> = s.messages.readings.drain(..).collect();
        s.messages.clear();
        for (path, note) in notes {
            note.remove();
            for c in s.controls.by_path.get(&path).into_iter().flatten() {
                render::toggle_token(c, "aria-describedby", &note.id(), false);
            }
        }
        for panel in [s.panels.summary.clone(), s.panels.status.clone()].into_iter().flatten() {
            panel.set_text_content(None);
        }
        s.tasks.clear();
        if let Some(record) = s.page.as_ref().and_then(Page::record) {
            record.set_text_content(None);
        }
        if let Some(summary) = &s.panels.summary {
            summary.set_hidden(true);
        }
        s.blocks.restore();
        s.doc.set_title(&s.title.now);
    }
}
