//! The DOM binding: `attach(form, options)` validates a form on every edit
//! and shows what the standard still requires. It drives the standalone
//! filing page and portals' own forms alike; all its behaviour hangs on
//! contract paths (or the portal's names for them) and a few `data-`
//! attributes, never on the page's layout.
//!
//! Events on the form: `shanfang-report` after every validation, and
//! `shanfang-submit` when a submit passes (cancelable: cancelling it stops
//! the form's own submission).

mod form;
mod glue;
mod record;
mod render;
mod text;

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::{Rc, Weak};

use js_sys::Object;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement, HtmlFormElement, HtmlInputElement};

use form::{Control, Names};
use render::Rendered;
use shanfang_core::report::{Lang, Options, Report};
use shanfang_wasm::{options as read_options, read_object, report_value};
use text::ui;

type Listener = Closure<dyn FnMut(Event)>;

struct State {
    doc: Document,
    form: HtmlFormElement,
    names: Names,
    options: Options,
    inline: bool,
    block_submit: bool,
    standalone: bool,
    draft: Option<String>,
    summary: Option<HtmlElement>,
    status: Option<HtmlElement>,
    done: Option<HtmlElement>,
    /// Fields the person has edited and left (or that came filled from the
    /// draft): their messages are shown, and follow every keystroke.
    touched: HashSet<String>,
    /// Fields being typed into for the first time: their messages wait until
    /// the field is left, so "139" does not already read as a wrong phone.
    typing: HashSet<String>,
    /// A submit was tried: every message is shown.
    submitted: bool,
    /// Code changed the form (`refresh()` found another filing: a "fill
    /// example" button, a framework's state): the draft is saved, as after typing.
    changed_by_code: bool,
    /// The page title in the current language, without the error prefix.
    title: String,
    /// The page's own title and its `data-en` rendering.
    title_zh: String,
    title_en: Option<String>,
    rendered: HashMap<String, Rendered>,
    /// The notes saying how a typed value was read ("按 1200 计"), by path
    /// (a few: a list, not another HashMap's code in the module).
    readings: Vec<(String, Element)>,
    /// The findings the status panel shows, to skip rebuilding it per keystroke.
    status_shown: Option<(Lang, Vec<shanfang_core::report::Finding>)>,
    status_items: render::StatusItems,
    /// The standalone page's status list is open (on a phone it starts closed).
    status_open: bool,
    /// The page's catalogue of clauses (`#shanfang-catalogue`, inside a
    /// `<details>`), and the language it was last built in: it is built
    /// when first opened, not at start-up.
    catalogue: Option<Element>,
    catalogue_lang: Option<Lang>,
    /// Where the printable filing record (申报表) is built (`#shanfang-record`).
    record: Option<Element>,
    /// The form's controls that belong to the filing, and each field's first
    /// control id; found again when the form's controls change.
    controls: Vec<Control>,
    ids: HashMap<String, String>,
    by_path: HashMap<String, Vec<Element>>,
    controls_seen: Option<u32>,
    /// The mode blocks (`data-mode`) with their codes, and whether each is shown.
    mode_codes: Vec<(String, HtmlElement)>,
    modes_shown: Vec<bool>,
    /// Each edited field's value as last validated, to skip an event that
    /// changed nothing.
    field_values: HashMap<String, String>,
    /// The draft last written, as the JS string `JSON.stringify` made, to
    /// skip writing the same text again (without the package's glue).
    saved_draft: JsValue,
    /// `localStorage`, looked up once (`None` where the page may not use it).
    storage: std::cell::OnceCell<Option<web_sys::Storage>>,
    /// The item containers as the page shipped them, for "clear draft".
    pristine_items: Vec<(Element, web_sys::Node)>,
    /// The mode blocks (`data-mode`) and whether each was hidden at attach,
    /// restored by `detach`.
    mode_blocks: Vec<(HtmlElement, bool)>,
    listeners: Vec<(EventTarget, &'static str, Listener)>,
    /// The filing as the form holds it (a JS object shaped like the
    /// contract), kept up to date field by field.
    filing: Object,
    last: Option<Report>,
    /// Fields shown only when they apply (`data-shown-when`): the element,
    /// the path of the field it depends on, and the code chosen there.
    conditional: Vec<(HtmlElement, String, Option<String>)>,
    /// Fields edited in this page since the draft was last shared with
    /// another tab: they win over that tab's copy (see `on_storage`).
    edited_here: HashSet<String>,
    /// What "清空草稿" cleared (JSON text), offered back until the next edit.
    cleared_text: Option<String>,
    /// The draft an opened file replaced (JSON text), kept until the person
    /// keeps the file or takes the draft back.
    replaced_text: Option<String>,
    /// A reviewer is viewing a filing read-only (`view`): what the form held
    /// before (JSON text), put back by `endView`; no draft is written meanwhile.
    viewing: Option<String>,
}

/// What to do once the state is no longer borrowed (events may re-enter).
#[derive(Default)]
struct After {
    events: Vec<(&'static str, JsValue, bool)>,
    focus: Option<HtmlElement>,
    /// Scroll the focused panel's top into view: focus() alone centres a
    /// panel taller than the window, hiding its heading.
    reveal: bool,
    prevent: bool,
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
    form: HtmlFormElement,
    #[wasm_bindgen(unchecked_optional_param_type = "AttachOptions")] options: JsValue,
) -> Result<Binding, JsError> {
    let doc = form.owner_document().ok_or_else(|| JsError::new("the form is not in a document"))?;
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
    let draft = get(&options, "draft").as_string();
    let summary = element_option(&doc, &options, "summary", standalone.then_some("shanfang-summary"));
    let status = element_option(&doc, &options, "status", standalone.then_some("shanfang-status"));
    let catalogue = if standalone { doc.get_element_by_id("shanfang-catalogue") } else { None };
    let record = if standalone { doc.get_element_by_id("shanfang-record") } else { None };
    let done = if standalone { doc.get_element_by_id("shanfang-done").and_then(|e| e.dyn_into().ok()) } else { None };
    // A page saved from the browser keeps what the last binding rendered:
    // start from the page as shipped (also the title, without the error prefix).
    let mut title = doc.title();
    if render::remove_stale(&form, summary.as_ref(), status.as_ref(), done.as_ref()) {
        if let Some(t) = [Lang::Zh, Lang::En].into_iter().find_map(|l| title.strip_prefix(ui(l).title_prefix)) {
            title = t.to_owned();
            doc.set_title(&title);
        }
    }
    let mode_blocks: Vec<(HtmlElement, bool)> = form
        .query_selector_all("[data-mode]")
        .map(|l| {
            (0..l.length())
                .filter_map(|i| l.get(i)?.dyn_into::<HtmlElement>().ok())
                .map(|b| (b.clone(), b.hidden()))
                .collect()
        })
        .unwrap_or_default();
    let pristine_items = items_containers(&form)
        .into_iter()
        .map(|c| (c.clone(), c.clone_node_with_deep(true).unwrap_or_else(|_| c.clone().into())))
        .collect();

    let state = Rc::new(RefCell::new(State {
        // A page saved while in English keeps the Chinese title here.
        title_zh: doc
            .query_selector("title[data-zh]")
            .ok()
            .flatten()
            .and_then(|t| t.get_attribute("data-zh"))
            .unwrap_or_else(|| title.clone()),
        title_en: doc.query_selector("title[data-en]").ok().flatten().and_then(|t| t.get_attribute("data-en")),
        title,
        doc,
        form: form.clone(),
        names,
        options: lang_and_promote,
        inline,
        block_submit: get(&options, "blockSubmit").as_bool().unwrap_or(true),
        standalone,
        draft,
        summary,
        status,
        done,
        touched: HashSet::new(),
        typing: HashSet::new(),
        submitted: false,
        changed_by_code: false,
        rendered: HashMap::new(),
        readings: Vec::new(),
        status_shown: None,
        status_items: render::StatusItems::default(),
        status_open: false,
        catalogue,
        record,
        catalogue_lang: None,
        controls: Vec::new(),
        ids: HashMap::new(),
        controls_seen: None,
        by_path: HashMap::new(),
        mode_codes: mode_blocks
            .iter()
            .map(|(b, _)| (b.get_attribute("data-mode").unwrap_or_default(), b.clone()))
            .collect(),
        modes_shown: Vec::new(),
        saved_draft: JsValue::UNDEFINED,
        storage: std::cell::OnceCell::new(),
        field_values: HashMap::new(),
        pristine_items,
        mode_blocks,
        listeners: Vec::new(),
        filing: Object::new(),
        last: None,
        cleared_text: None,
        replaced_text: None,
        viewing: None,
        edited_here: HashSet::new(),
        conditional: render::all(&form, "[data-shown-when]")
            .into_iter()
            .filter_map(|e| {
                let when = e.get_attribute("data-shown-when")?;
                let (path, code) = match when.split_once('=') {
                    Some((p, c)) => (p.to_owned(), Some(c.to_owned())),
                    None => (when, None),
                };
                Some((e.dyn_into::<HtmlElement>().ok()?, path, code))
            })
            .collect(),
    }));

    {
        let mut s = state.borrow_mut();
        // A saved language wins over the option, so a reload keeps it.
        if let Some(lang) = s.stored_lang() {
            s.options.lang = lang;
        }
        s.restore_draft();
        if s.standalone {
            s.find_cleared();
            s.find_replaced();
        }
        // The <title> keeps its Chinese text beside it, so a page saved while
        // in English comes back with its own title (set once, not per edit).
        if let Ok(Some(t)) = s.doc.query_selector("title[data-en]") {
            let _ = t.set_attribute("data-zh", &s.title_zh);
        }
        // A page as shipped is in Chinese: `apply_lang` leaves it alone
        // unless English is wanted or an earlier binding swapped its texts
        // (a saved page).
        s.apply_lang();
    }
    listen(&state, form.clone().into(), "input", on_edit);
    listen(&state, form.clone().into(), "change", on_edit);
    listen(&state, form.clone().into(), "focusout", on_leave);
    listen(&state, form.clone().into(), "submit", on_submit);
    if state.borrow().draft.is_some() {
        if let Some(w) = web_sys::window() {
            listen(&state, w.into(), "storage", on_storage);
        }
    }
    if state.borrow().record.is_some() {
        // Printed from the browser's menu (Ctrl+P) too, not only the button.
        if let Some(w) = web_sys::window() {
            listen(&state, w.into(), "beforeprint", on_before_print);
        }
    }
    let catalogue_box = state.borrow().catalogue.as_ref().and_then(|c| c.closest("details").ok().flatten());
    if let Some(details) = catalogue_box {
        listen(&state, details.into(), "toggle", on_catalogue_toggle);
    }
    let click_target: EventTarget = if standalone { state.borrow().doc.clone().into() } else { form.clone().into() };
    listen(&state, click_target, "click", on_click);
    // Collected first: the borrow must end before `listen` borrows mutably
    // (temporaries of a `for` head live through the whole loop).
    let panels: Vec<HtmlElement> = {
        let s = state.borrow();
        [s.summary.clone(), s.status.clone()].into_iter().flatten().collect()
    };
    for panel in panels {
        if !standalone || !panel.is_connected() {
            listen(&state, panel.into(), "click", on_click);
        }
    }
    let after = state.borrow_mut().refresh();
    run_after(&state, after, None);
    Ok(Binding { state })
}

fn listen(
    state: &Rc<RefCell<State>>,
    target: EventTarget,
    kind: &'static str,
    handler: fn(&Rc<RefCell<State>>, &Event) -> After,
) {
    let weak: Weak<RefCell<State>> = Rc::downgrade(state);
    let closure = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
        let Some(state) = weak.upgrade() else { return };
        let mut after = handler(&state, &e);
        if completes_later(&e) && !after.events.is_empty() {
            let events = std::mem::take(&mut after.events);
            let weak = Rc::downgrade(&state);
            later(move || {
                if let Some(state) = weak.upgrade().filter(|s| s.try_borrow().is_ok_and(|s| !s.listeners.is_empty())) {
                    run_after(&state, After { events, ..After::default() }, None);
                }
            });
        }
        run_after(&state, after, Some(&e));
    });
    if target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref()).is_ok() {
        state.borrow_mut().listeners.push((target, kind, closure));
    }
}

/// Dispatches events and moves focus with the state released, so a
/// listener may call back into the binding.
fn run_after(state: &Rc<RefCell<State>>, after: After, event: Option<&Event>) {
    if after.events.is_empty() && after.focus.is_none() && !after.prevent {
        return;
    }
    // An event the browser fires inside a handler (a focused row removed
    // fires `focusout`) finds the state borrowed: it had nothing to do.
    let Ok(form) = state.try_borrow().map(|s| s.form.clone()) else { return };
    let mut prevent = after.prevent;
    for (name, detail, cancelable) in after.events {
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&detail);
        init.set_bubbles(true);
        init.set_cancelable(cancelable);
        if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            let not_cancelled = form.dispatch_event(&ev).unwrap_or(true);
            if cancelable && !not_cancelled {
                prevent = true;
            }
        }
    }
    if prevent {
        if let Some(e) = event {
            e.prevent_default();
        }
    }
    if let Some(f) = after.focus {
        let _ = f.focus();
        if after.reveal {
            f.scroll_into_view_with_bool(true);
        }
    }
}

/// Whether the browser goes on with the same edit after this event: a
/// click on a checkbox, a radio button or a select fires `input` and then
/// `change` in one task. The binding's events for such an `input` wait for
/// the next task, so a listener that updates a framework's state (Vue
/// re-renders in a microtask, between the two) cannot undo the click
/// before the framework's own `change` handler (`v-model`) has seen it.
fn completes_later(e: &Event) -> bool {
    e.type_() == "input" && target_element(e).is_some_and(|el| !is_typing(&el, e))
}

/// Runs `f` in a task of its own, after the current one.
fn later(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0);
    }
}

fn target_element(e: &Event) -> Option<Element> {
    e.target()?.dyn_into::<Element>().ok()
}

/// Whether an `input` event on `el` is a keystroke in text still being
/// typed (its message waits until the field is left), rather than a choice
/// made at once (a box ticked, an option or a date picked).
fn is_typing(el: &Element, e: &Event) -> bool {
    if e.type_() != "input" {
        return false;
    }
    if el.tag_name().eq_ignore_ascii_case("textarea") {
        return true;
    }
    match el.dyn_ref::<HtmlInputElement>() {
        Some(i) => matches!(i.type_().as_str(), "text" | "tel" | "number" | "email" | "search" | "url" | ""),
        None => false,
    }
}

fn on_edit(state: &Rc<RefCell<State>>, e: &Event) -> After {
    let Ok(mut s) = state.try_borrow_mut() else { return After::default() };
    let target = target_element(e);
    let path = target.as_ref().and_then(|t| t.get_attribute("name")).and_then(|n| s.names.path_of(&n));
    match path {
        Some(path) => {
            let typing = target.as_ref().is_some_and(|t| is_typing(t, e));
            // A click on a checkbox fires both `input` and `change`: the
            // second finds the field as the first left it and does nothing.
            let already = s.touched.contains(&path);
            let value = form::field_text(&s.controls, &path);
            if s.field_values.get(&path) == Some(&value) && (already || typing) {
                return After::default();
            }
            s.field_values.insert(path.clone(), value);
            if typing && !already {
                s.typing.insert(path.clone());
            } else {
                s.typing.remove(&path);
                s.touch(&path);
            }
            s.edited_here.insert(path.clone());
            // "Passed" was said of the filing before this edit.
            s.hide_done();
            s.drop_cleared();
            s.refresh_field(&path)
        }
        None => {
            s.hide_done();
            s.refresh()
        }
    }
}

fn on_before_print(state: &Rc<RefCell<State>>, _: &Event) -> After {
    if let Ok(s) = state.try_borrow() {
        s.build_record();
    }
    After::default()
}

fn on_catalogue_toggle(state: &Rc<RefCell<State>>, e: &Event) -> After {
    let Ok(mut s) = state.try_borrow_mut() else { return After::default() };
    let open = target_element(e).is_some_and(|d| d.has_attribute("open"));
    if open {
        s.build_catalogue();
    }
    After::default()
}

/// A field typed into is left: from now on its message shows, and follows
/// every keystroke.
fn on_leave(state: &Rc<RefCell<State>>, e: &Event) -> After {
    let Ok(mut s) = state.try_borrow_mut() else { return After::default() };
    let path = target_element(e).and_then(|t| t.get_attribute("name")).and_then(|n| s.names.path_of(&n));
    match path {
        Some(path) if s.typing.remove(&path) => {
            s.touch(&path);
            s.revalidate()
        }
        _ => After::default(),
    }
}

/// Another tab (or window) of the same page saved the same draft: its
/// fields come into this form, except those edited here since, which stay
/// and are saved over it, so neither tab drops what the other typed. A
/// list edited here is kept whole. Both tabs then agree after at most one
/// write each (the edits here are shared, then forgotten).
fn on_storage(state: &Rc<RefCell<State>>, e: &Event) -> After {
    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return After::default() };
    let Ok(mut s) = state.try_borrow_mut() else { return After::default() };
    if s.draft.is_none() || e.key() != s.draft {
        return After::default();
    }
    // Removed there (清空草稿): this tab keeps its form; its next edit saves it.
    let Some(text) = e.new_value() else { return After::default() };
    let Ok(theirs) = js_sys::JSON::parse(&text) else { return After::default() };
    if !theirs.is_object() {
        return After::default();
    }
    let merged: Object = theirs.unchecked_into();
    let ours = s.filing.clone();
    let mut differs = false;
    let edited: Vec<String> = s.edited_here.drain().collect();
    for path in edited {
        let whole = path.split('[').next().unwrap_or(&path).to_owned();
        let mine = form::get_at(&ours, &whole);
        let there = form::get_at(&merged, &whole);
        if js_sys::JSON::stringify(&mine).ok() != js_sys::JSON::stringify(&there).ok() {
            form::set_at(&merged, &whole, &mine);
            differs = true;
        }
    }
    let text = js_sys::JSON::stringify(&merged).map(String::from).unwrap_or_default();
    s.restore_from(&text, false);
    if !differs {
        // What is stored is what this form now holds: nothing to write back.
        s.saved_draft = JsValue::from_str(&text);
    }
    s.hide_done();
    s.refresh()
}

fn on_submit(state: &Rc<RefCell<State>>, _: &Event) -> After {
    let Ok(mut s) = state.try_borrow_mut() else { return After::default() };
    s.submitted = true;
    let mut after = s.refresh();
    let Some(report) = s.last.clone() else { return after };
    let filing = s.filing.clone();
    if !report.submittable && s.block_submit {
        after.prevent = true;
        s.hide_done();
        if let Some(summary) = s.summary.clone() {
            s.show_summary(&report);
            after.focus = Some(summary);
            after.reveal = true;
        } else if let Some(first) = report.findings.iter().find(|f| f.level == shanfang_core::report::Level::Error) {
            after.focus = s.control_for(&first.field);
        }
        let prefixed = format!("{}{}", ui(s.options.lang).title_prefix, s.title);
        s.doc.set_title(&prefixed);
        return after;
    }
    if let Some(summary) = &s.summary {
        summary.set_hidden(true);
    }
    let title = s.title.clone();
    s.doc.set_title(&title);
    after.events.push(("shanfang-submit", detail(&filing, report_value(&report)), true));
    if s.standalone {
        after.prevent = true;
        if let Some(done) = s.done.clone() {
            s.show_done(&report);
            after.focus = Some(done);
            after.reveal = true;
        }
    }
    after
}

fn on_click(state: &Rc<RefCell<State>>, e: &Event) -> After {
    let Some(t) = target_element(e) else { return After::default() };
    let Ok(mut s) = state.try_borrow_mut() else { return After::default() };
    let find = |sel: &str| t.closest(sel).ok().flatten();
    if let Some(link) = find("[data-shanfang-target]") {
        let path = link.get_attribute("data-shanfang-target").unwrap_or_default();
        e.prevent_default();
        return After { focus: s.control_for(&path), ..After::default() };
    }
    if !s.form.contains(Some(&t)) && !s.standalone {
        return After::default();
    }
    if find("[data-catalogue]").is_some() {
        // The catalogue is built and opened before the browser follows the
        // link to the clause's entry. Focus is left to that navigation:
        // moving it here would make Back return to the catalogue, not to
        // the field the person came from.
        s.open_catalogue();
        return After::default();
    }
    if find("[data-status-toggle]").is_some() {
        s.status_open = !s.status_open;
        // Drawn again with the new state, from the current verdict.
        s.status_shown = None;
        return s.revalidate();
    }
    if let Some(b) = find("[data-add]") {
        let path = b.get_attribute("data-add").unwrap_or_default();
        s.hide_done();
        s.edited_here.insert(path.clone());
        let focus = s.add_item(&path);
        let mut after = s.refresh();
        after.focus = focus;
        return after;
    }
    if let Some(b) = find("[data-remove]") {
        if let Ok(Some(item)) = b.closest("[data-item]") {
            let container = item.parent_element();
            s.hide_done();
            // Focus goes where the person can go on: the row that takes the
            // removed one's place, else the one before it, else the list's
            // add button; never <body>.
            let next = item
                .next_element_sibling()
                .filter(|e| e.has_attribute("data-item"))
                .or_else(|| item.previous_element_sibling().filter(|e| e.has_attribute("data-item")));
            let add_button = container
                .as_ref()
                .and_then(|c| c.get_attribute("data-items"))
                .and_then(|path| s.doc.query_selector(&format!("[data-add=\"{path}\"]")).ok().flatten());
            item.remove();
            let focus = next
                .and_then(|row| row.query_selector("input, select, textarea").ok().flatten())
                .or(add_button)
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            s.touched.retain(|p| !p.contains('['));
            s.typing.retain(|p| !p.contains('['));
            s.controls_seen = None;
            if let Some(c) = container {
                s.renumber(&c);
                // Removing a row edits the list: its own messages (5.1.2) show.
                if let Some(path) = c.get_attribute("data-items").and_then(|n| s.names.path_of(&n)) {
                    s.touch(&path);
                    s.edited_here.insert(path);
                }
            }
            let mut after = s.refresh();
            after.focus = focus;
            return after;
        }
    }
    if !s.standalone {
        return After::default();
    }
    if find("[data-lang-switch]").is_some() {
        s.options.lang = if s.options.lang == Lang::Zh { Lang::En } else { Lang::Zh };
        s.store_lang();
        s.apply_lang();
        s.relang_catalogue();
        s.status_shown = None;
        let mut after = s.refresh();
        if let Some(r) = s.last.clone() {
            if s.summary.as_ref().is_some_and(|p| !p.hidden()) {
                s.show_summary(&r);
            }
        }
        after.prevent = false;
        return after;
    }
    if find("[data-keep-opened]").is_some() {
        s.hide_replaced();
        return After::default();
    }
    if find("[data-restore-replaced]").is_some() {
        let Some(text) = s.replaced_text.clone() else { return After::default() };
        s.hide_replaced();
        s.empty_form();
        s.restore_from(&text, false);
        let mut after = s.refresh();
        after.focus = s.controls.first().and_then(|c| c.el.clone().dyn_into::<HtmlElement>().ok());
        return after;
    }
    if find("[data-undo-clear]").is_some() {
        let focus = s.undo_clear();
        let mut after = s.refresh();
        after.focus = focus;
        return after;
    }
    if find("[data-clear-draft]").is_some() {
        s.clear_draft();
        let after = s.refresh();
        // refresh() saved the emptied form; no draft is kept until the next edit.
        s.forget_draft();
        return after;
    }
    if find("[data-download]").is_some() {
        s.download();
    } else if find("[data-print]").is_some() {
        s.build_record();
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }
    After::default()
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
    let _ = js_sys::Reflect::set(&o, &wasm_bindgen::intern("filing").into(), &copy(filing.unchecked_ref()));
    let _ = js_sys::Reflect::set(&o, &wasm_bindgen::intern("report").into(), &report);
    o.into()
}

fn items_containers(form: &HtmlFormElement) -> Vec<Element> {
    render::all(form, "[data-items]")
}

/// Whether a list row holds a control whose value was changed since the page
/// loaded (typed before the binding started).
fn row_typed_into(row: &Element) -> bool {
    render::all(row, "input, select, textarea").iter().any(form::changed_since_load)
}

/// Replaces `PATH[n]` (or the template's `__i__`) with `PATH[index]` in one
/// attribute value.
fn reindex(value: &str, path: &str, index: usize) -> String {
    let value = value.replace("__i__", &index.to_string());
    let open = format!("{path}[");
    let mut out = String::with_capacity(value.len());
    let mut rest = value.as_str();
    while let Some(at) = rest.find(&open) {
        out.push_str(&rest[..at + open.len()]);
        rest = &rest[at + open.len()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with(']') {
            out.push_str(&index.to_string());
            rest = &rest[digits..];
        }
    }
    out.push_str(rest);
    out
}

const INDEXED_ATTRS: [&str; 5] = ["name", "id", "for", "data-field", "aria-describedby"];

impl State {
    /// Reads the form, saves the draft, validates, and renders.
    /// Marks a field as edited, with the groups and lists it is part of
    /// (`party.stewards[1].name` also touches `party.stewards[1]` and
    /// `party.stewards`), so a finding on a list shows once an item is edited.
    fn touch(&mut self, path: &str) {
        let mut end = path.len();
        loop {
            self.touched.insert(path[..end].to_owned());
            match path[..end].rfind(['.', '[']) {
                Some(i) if i > 0 => end = i,
                _ => break,
            }
        }
    }

    /// Finds the controls again when the form's set of controls changed.
    fn sync_controls(&mut self) {
        let count = self.form.elements().length();
        self.names.cover_items(count as usize);
        // A portal may also replace controls with new ones of the same number.
        let replaced =
            [self.controls.first(), self.controls.last()].into_iter().flatten().any(|c| !c.el.is_connected());
        if self.controls_seen != Some(count) || replaced {
            self.controls = form::controls(&self.form, &self.names);
            self.ids = control_ids(&self.controls);
            self.by_path.clear();
            for c in &self.controls {
                self.by_path.entry(c.path.clone()).or_default().push(c.el.clone());
            }
            self.controls_seen = Some(count);
        }
    }

    /// Reads the whole form, validates, and renders.
    fn refresh(&mut self) -> After {
        let filing = self.read_all();
        self.take_filing(filing)
    }

    /// The whole form, its controls found again.
    fn read_all(&mut self) -> Object {
        self.controls_seen = None;
        self.sync_controls();
        form::read(&self.controls)
    }

    /// Validates and renders `filing`, read from the whole form.
    fn take_filing(&mut self, filing: Object) -> After {
        // Everything was read again: what was recorded per field is stale.
        self.field_values.clear();
        self.filing = filing;
        self.show_readings(None);
        self.revalidate()
    }

    /// After an edit of one field: re-reads only that field (the whole form
    /// when its controls changed), validates, and renders.
    fn refresh_field(&mut self, path: &str) -> After {
        let seen = self.controls_seen;
        self.sync_controls();
        if seen != self.controls_seen {
            self.field_values.clear();
            self.filing = form::read(&self.controls);
        } else {
            self.filing = form::update(&self.filing, &self.controls, path);
        }
        self.show_readings(Some(path));
        self.revalidate()
    }

    fn revalidate(&mut self) -> After {
        let filing = self.filing.clone();
        self.save_draft(&filing);
        let Ok(model) = read_object(&filing) else { return After::default() };
        let report = shanfang_core::validate_filing(&model, &self.options, shanfang_wasm::today());
        let chosen: HashSet<&str> = model.modes().iter().map(|m| m.code()).collect();
        render::mode_blocks(&self.mode_codes, &mut self.modes_shown, &chosen);
        if !self.conditional.is_empty() {
            render::conditional_fields(&self.conditional, &report, &|p| form::get_at(&filing, p));
        }
        if self.inline {
            let touched = &self.touched;
            let submitted = self.submitted;
            let visible = |field: &str| submitted || touched.contains(field);
            render::messages(
                &self.doc,
                &self.form,
                &self.names,
                &self.by_path,
                &report,
                &visible,
                &mut self.rendered,
                self.options.lang,
                self.catalogue.is_some(),
            );
        }
        let ids = &self.ids;
        let has_control = |path: &str| ids.get(path).cloned();
        let (form_el, names, controls) = (&self.form, &self.names, &self.controls);
        let position = |path: &str| form_position(form_el, names, controls, path);
        let collapsible = self.standalone.then_some(self.status_open);
        if let Some(panel) = &self.status {
            let unchanged =
                self.status_shown.as_ref().is_some_and(|(lang, f)| *lang == self.options.lang && *f == report.findings);
            if !unchanged {
                if self.status_shown.as_ref().is_some_and(|(lang, _)| *lang != self.options.lang) {
                    self.status_items = render::StatusItems::default();
                }
                render::status(
                    &self.doc,
                    panel,
                    &report,
                    self.options.lang,
                    &has_control,
                    &position,
                    collapsible,
                    &mut self.status_items,
                );
                self.status_shown = Some((self.options.lang, report.findings.clone()));
            }
        }
        if let Some(summary) = &self.summary {
            if !summary.hidden() {
                render::summary(&self.doc, summary, &report, self.options.lang, &has_control, &position);
            }
        }
        self.sync_title(report.submittable);
        let mut after = After::default();
        let report_js = report_value(&report);
        after.events.push(("shanfang-report", detail(&filing, report_js), false));
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
        for c in self.controls.iter().filter(|c| path.map_or(true, |p| c.path == p)) {
            let Some((kind, text)) = c.typed_text() else { continue };
            if !shanfang_core::model::has_reading(&c.path, kind) {
                continue;
            }
            let read = shanfang_core::model::reading(&c.path, kind, &text, lang);
            render::reading(&self.doc, &c.el, &c.path, read, &mut self.readings);
        }
        // Rows removed since: their notes went with them.
        self.readings.retain(|(_, note)| note.is_connected());
    }

    /// The key under which a draft replaced by an opened file is kept.
    fn replaced_key(&self) -> Option<String> {
        self.draft.as_ref().map(|k| format!("{k}-replaced"))
    }

    /// Opens a filing file into the form. What the form held is kept (in
    /// memory and storage) until the person keeps the file or takes the
    /// draft back; a text that is not a filing changes nothing.
    fn open_file(&mut self, text: &str, name: &str) -> Result<(), String> {
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
            if let (Some(key), Some(st)) = (self.replaced_key(), self.storage()) {
                let _ = st.set_item(&key, &current);
            }
            self.replaced_text = Some(current);
        }
        self.drop_cleared();
        self.empty_form();
        // The file as written: the form shows what it holds, as typed.
        self.restore_from(shanfang_core::json::strip_bom(text), false);
        self.show_replaced(name);
        Ok(())
    }

    /// The notice after a file was opened: its name, and, when it replaced
    /// a draft, the choice to keep the file or take the draft back.
    /// The page's notice about an opened file (`#shanfang-replaced`).
    fn replaced_notice(&self) -> Option<HtmlElement> {
        self.doc.get_element_by_id("shanfang-replaced").and_then(|e| e.dyn_into().ok())
    }

    fn show_replaced(&self, name: &str) {
        let Some(n) = self.replaced_notice() else { return };
        if let Ok(Some(p)) = n.query_selector("[data-opened-name]") {
            p.set_text_content(Some(name));
        }
        let kept = self.replaced_text.is_some();
        if let Ok(Some(b)) = n.query_selector("[data-replaced-draft]") {
            if let Some(b) = b.dyn_ref::<HtmlElement>() {
                b.set_hidden(!kept);
            }
        }
        n.set_hidden(false);
    }

    /// A reload after a file was opened still offers the draft back.
    fn find_replaced(&mut self) {
        let Some(key) = self.replaced_key() else { return };
        if let Some(text) = self.storage().and_then(|s| s.get_item(&key).ok().flatten()) {
            self.replaced_text = Some(text);
            self.show_replaced("");
        }
    }

    fn hide_replaced(&mut self) {
        if let (Some(key), Some(st)) = (self.replaced_key(), self.storage()) {
            let _ = st.remove_item(&key);
        }
        self.replaced_text = None;
        if let Some(n) = self.replaced_notice() {
            n.set_hidden(true);
        }
    }

    /// Shows a filing read-only, with every finding: a reviewer's look at a
    /// file. What the form held comes back with [`State::end_view`].
    fn view(&mut self, text: &str) -> Result<(), String> {
        let zh = self.options.lang == Lang::Zh;
        shanfang_core::read_str(text).map_err(|e| {
            if zh {
                format!("不是申报文件：{e}")
            } else {
                format!("not a filing: {e}")
            }
        })?;
        if self.viewing.is_none() {
            self.viewing = Some(js_sys::JSON::stringify(&self.filing).map(String::from).unwrap_or_default());
        }
        self.empty_form();
        self.restore_from(shanfang_core::json::strip_bom(text), false);
        self.submitted = true;
        self.set_read_only(true);
        Ok(())
    }

    fn end_view(&mut self) {
        let Some(before) = self.viewing.take() else { return };
        self.empty_form();
        self.set_read_only(false);
        self.restore_from(&before, false);
        // The filing is the form's again at once (what `open` keeps reads it).
        self.sync_controls();
        self.filing = form::read(&self.controls);
    }

    /// Every control of the form disabled (read-only view) or enabled again.
    fn set_read_only(&self, on: bool) {
        let form_el: &Element = self.form.as_ref();
        for f in render::all(form_el, ":scope > fieldset") {
            if let Some(f) = f.dyn_ref::<web_sys::HtmlFieldSetElement>() {
                f.set_disabled(on);
            }
        }
        render::toggle_token(form_el, "class", "shanfang-read-only", on);
    }

    /// Builds the printable record of the filing as it stands now.
    fn build_record(&self) {
        let (Some(host), Some(report)) = (&self.record, &self.last) else { return };
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

    /// Builds the catalogue in the current language, unless it already is.
    fn build_catalogue(&mut self) {
        let Some(container) = &self.catalogue else { return };
        if self.catalogue_lang != Some(self.options.lang) {
            render::catalogue(&self.doc, container, self.options.lang);
            self.catalogue_lang = Some(self.options.lang);
        }
    }

    /// Builds the catalogue and opens its `<details>`, for a link to it.
    fn open_catalogue(&mut self) {
        self.build_catalogue();
        let details = self.catalogue.as_ref().and_then(|c| c.closest("details").ok().flatten());
        if let Some(d) = details.filter(|d| !d.has_attribute("open")) {
            let _ = d.set_attribute("open", "");
        }
    }

    fn show_summary(&mut self, report: &Report) {
        self.sync_controls();
        let ids = &self.ids;
        let (form_el, names, controls) = (&self.form, &self.names, &self.controls);
        let position = |path: &str| form_position(form_el, names, controls, path);
        if let Some(summary) = &self.summary {
            render::summary(&self.doc, summary, report, self.options.lang, &|p| ids.get(p).cloned(), &position);
            // It takes focus on a blocked submit, whatever the portal's markup:
            // a <div> is not focusable without a tabindex.
            if !summary.has_attribute("tabindex") {
                let _ = summary.set_attribute("tabindex", "-1");
            }
        }
    }

    /// The "passed" panel goes the moment the filing it was about changes.
    fn hide_done(&self) {
        if let Some(done) = self.done.as_ref().filter(|d| !d.hidden()) {
            done.set_hidden(true);
        }
    }

    fn show_done(&self, report: &Report) {
        let Some(done) = &self.done else { return };
        let t = ui(self.options.lang);
        let text =
            if report.warnings == 0 { t.submitted.to_owned() } else { (t.submitted_with_warnings)(report.warnings) };
        let note = match done.query_selector(".shanfang-done-note") {
            Ok(Some(p)) => p,
            _ => match render::el(&self.doc, "p", "shanfang-done-note", None) {
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

    /// The control to focus for a field path (or the first control inside
    /// the element marked with it).
    fn control_for(&self, path: &str) -> Option<HtmlElement> {
        let name = self.names.name_of(path).to_owned();
        let elements = self.form.elements();
        for i in 0..elements.length() {
            let e = elements.item(i)?;
            if e.get_attribute("name").as_deref() == Some(name.as_str()) {
                return e.dyn_into().ok();
            }
        }
        let prefix_dot = format!("{path}.");
        let prefix_idx = format!("{path}[");
        for i in 0..elements.length() {
            let e = elements.item(i)?;
            let p = e.get_attribute("name").and_then(|n| self.names.path_of(&n)).unwrap_or_default();
            if p.starts_with(&prefix_dot) || p.starts_with(&prefix_idx) {
                return e.dyn_into().ok();
            }
        }
        None
    }

    /// Adds an item from the form's `<template data-item-template=PATH>`;
    /// returns its first control to focus.
    fn add_item(&mut self, path: &str) -> Option<HtmlElement> {
        let container = items_containers(&self.form)
            .into_iter()
            .find(|c| c.get_attribute("data-items").as_deref() == Some(path))?;
        let template = self.doc.query_selector_all("template[data-item-template]").ok().and_then(|all| {
            (0..all.length()).filter_map(|i| all.get(i)).find_map(|n| {
                let t = n.dyn_into::<web_sys::HtmlTemplateElement>().ok()?;
                (t.get_attribute("data-item-template").as_deref() == Some(path)).then_some(t)
            })
        })?;
        let fragment = template.content().clone_node_with_deep(true).ok()?;
        self.controls_seen = None;
        container.append_child(&fragment).ok()?;
        // The new row's names, when `fields` is a function, are asked for now.
        self.names.cover_items(container.children().length() as usize);
        self.renumber(&container);
        let last = container.last_element_child()?;
        last.query_selector("input, select, textarea").ok().flatten()?.dyn_into().ok()
    }

    /// Renumbers the items of a container after an add or a remove: names,
    /// ids, labels and legends follow the position.
    fn renumber(&self, container: &Element) {
        let path = container.get_attribute("data-items").unwrap_or_default();
        let t = ui(self.options.lang);
        let items = container.children();
        let mut index = 0;
        for i in 0..items.length() {
            let Some(item) = items.item(i) else { continue };
            if !item.has_attribute("data-item") {
                continue;
            }
            for e in render::all(&item, "*") {
                for attr in INDEXED_ATTRS {
                    if let Some(v) = e.get_attribute(attr) {
                        let nv = reindex(&v, &path, index);
                        if nv != v {
                            let _ = e.set_attribute(attr, &nv);
                        }
                    }
                }
            }
            if let Ok(Some(legend)) = item.query_selector("legend") {
                let zh = (text::ui(Lang::Zh).steward)(index + 1);
                let en = (text::ui(Lang::En).steward)(index + 1);
                let _ = legend.set_attribute("data-zh", &zh);
                let _ = legend.set_attribute("data-en", &en);
                legend.set_text_content(Some(&(t.steward)(index + 1)));
            }
            index += 1;
        }
    }

    /// Makes the page show the current language: `data-en` texts, the
    /// `lang` attribute, the switch's own label.
    fn apply_lang(&self) {
        let scope: Element = if self.standalone {
            match self.doc.document_element() {
                Some(e) => e,
                None => return,
            }
        } else {
            self.form.clone().into()
        };
        let en = self.options.lang == Lang::En;
        if self.standalone {
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
        // The <title> is handled by `sync_title` (it carries the error prefix).
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
        for c in items_containers(&self.form) {
            self.renumber(&c);
        }
        // Titles of message blocks are rebuilt on the next render.
    }

    /// A catalogue already built follows the language (its words are long:
    /// it is not built just for that).
    fn relang_catalogue(&mut self) {
        if self.catalogue_lang.is_some() {
            self.build_catalogue();
        }
    }

    fn storage(&self) -> Option<web_sys::Storage> {
        self.storage.get_or_init(|| web_sys::window()?.local_storage().ok().flatten()).clone()
    }

    fn stored_lang(&self) -> Option<Lang> {
        let key = format!("{}-lang", self.draft.as_ref()?);
        Lang::parse(&self.storage()?.get_item(&key).ok()??).ok()
    }

    fn store_lang(&self) {
        if let (Some(key), Some(st)) = (&self.draft, self.storage()) {
            let _ = st.set_item(&format!("{key}-lang"), if self.options.lang == Lang::En { "en" } else { "zh" });
        }
    }

    /// The title follows the language, and keeps the "错误：" prefix while
    /// the error summary is up.
    fn sync_title(&mut self, submittable: bool) {
        self.title = match (&self.title_en, self.options.lang) {
            (Some(en), Lang::En) => en.clone(),
            _ => self.title_zh.clone(),
        };
        let error = !submittable && self.summary.as_ref().is_some_and(|s| !s.hidden());
        let want =
            if error { format!("{}{}", ui(self.options.lang).title_prefix, self.title) } else { self.title.clone() };
        if self.doc.title() != want {
            self.doc.set_title(&want);
        }
    }

    /// Saves the draft, once the person has entered something (a page only
    /// opened leaves no draft behind). The package's glue writes it a moment
    /// later (js/glue.js); without the glue, its JSON text (a JS string, no
    /// copy through wasm) is written now unless it is what was saved last.
    fn save_draft(&mut self, filing: &JsValue) {
        // A filing viewed read-only is not the person's draft.
        if self.viewing.is_some() {
            return;
        }
        // Nothing typed yet: an untouched page does not write a draft.
        if self.touched.is_empty() && self.typing.is_empty() && !self.submitted && !self.changed_by_code {
            return;
        }
        let Some(key) = &self.draft else { return };
        if glue::draft(glue::Draft::Save(key, filing)) {
            return;
        }
        let text = js_sys::JSON::stringify(filing).map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
        if !text.is_string() || text == self.saved_draft {
            return;
        }
        if let Some(st) = self.storage() {
            let _ = st.unchecked_ref::<glue::TextStorage>().set_item_js(key, &text);
        }
        self.saved_draft = text;
    }

    /// Restores a saved draft: as many items as it had, then every value.
    /// Fields holding a value count as touched, so their messages show.
    fn restore_draft(&mut self) {
        let Some(key) = self.draft.clone() else { return };
        // A draft the glue has yet to write is written first.
        glue::draft(glue::Draft::Flush);
        let Some(text) = self.storage().and_then(|s| s.get_item(&key).ok().flatten()) else { return };
        // Already stored: reopening the page rewrites nothing.
        self.saved_draft = JsValue::from_str(&text);
        self.restore_from(&text, true);
    }

    /// Puts a filing's JSON text into the form: as many items as it has,
    /// then every value.
    /// With `keep_typed`, what the person typed before the binding started
    /// wins over the text, field by field (and the rows typed into stay).
    fn restore_from(&mut self, text: &str, keep_typed: bool) {
        let Ok(saved) = js_sys::JSON::parse(text) else { return };
        for c in items_containers(&self.form) {
            let path = c.get_attribute("data-items").unwrap_or_default();
            let list = form::get_at(&saved, &path);
            if !js_sys::Array::is_array(&list) {
                continue;
            }
            // Rows beyond the draft's go, except up to the last one the person
            // typed into before the binding started: that is kept.
            let typed_rows = if keep_typed {
                render::all(&c, ":scope > [data-item]").iter().rposition(row_typed_into).map_or(0, |i| i + 1)
            } else {
                0
            };
            let want = (list.unchecked_ref::<js_sys::Array>().length() as usize).max(typed_rows);
            let count = |c: &Element| c.query_selector_all(":scope > [data-item]").map_or(0, |l| l.length() as usize);
            while count(&c) > want {
                match c.query_selector(":scope > [data-item]:last-of-type") {
                    Ok(Some(last)) => last.remove(),
                    _ => break,
                }
            }
            while count(&c) < want.min(shanfang_core::input::MAX_LIST_ITEMS) {
                if self.add_item(&path).is_none() {
                    break;
                }
            }
            self.renumber(&c);
        }
        self.controls_seen = None;
        self.sync_controls();
        // What the person typed before the binding started wins over the
        // draft, field by field (a group of checkboxes as one field).
        let typed_paths: HashSet<String> = if keep_typed {
            self.controls.iter().filter(|c| form::changed_since_load(&c.el)).map(|c| c.path.clone()).collect()
        } else {
            HashSet::new()
        };
        let typed = (!typed_paths.is_empty()).then(|| form::read(&self.controls));
        form::write(&self.controls, &saved);
        if let Some(typed) = &typed {
            for c in self.controls.iter().filter(|c| typed_paths.contains(&c.path)) {
                form::write(std::slice::from_ref(c), typed);
            }
        }
        let mut given_paths = Vec::new();
        for c in &self.controls {
            if typed_paths.contains(&c.path) || form::is_given(&form::get_at(&saved, &c.path)) {
                given_paths.push(c.path.clone());
            }
        }
        for path in given_paths {
            self.touch(&path);
        }
    }

    fn forget_draft(&mut self) {
        self.saved_draft = JsValue::UNDEFINED;
        // The glue drops a draft it has yet to write, and the stored one.
        if self.draft.as_ref().is_some_and(|key| glue::draft(glue::Draft::Forget(key))) {
            return;
        }
        if let (Some(key), Some(st)) = (&self.draft, self.storage()) {
            let _ = st.remove_item(key);
        }
    }

    /// The key under which a cleared draft waits for "undo".
    fn cleared_key(&self) -> Option<String> {
        self.draft.as_ref().map(|k| format!("{k}-cleared"))
    }

    /// "清空草稿" keeps what it cleared, in memory and in storage (so a
    /// reload keeps the undo too), until the next edit.
    fn keep_cleared(&mut self) {
        let text = js_sys::JSON::stringify(&self.filing).map(String::from).unwrap_or_default();
        let anything = js_sys::JSON::parse(&text).is_ok_and(|v| form::holds_anything(&v));
        if !anything {
            return;
        }
        if let (Some(key), Some(st)) = (self.cleared_key(), self.storage()) {
            let _ = st.set_item(&key, &text);
        }
        self.cleared_text = Some(text);
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
    fn drop_cleared(&mut self) {
        if self.cleared_text.take().is_some() {
            if let (Some(key), Some(st)) = (self.cleared_key(), self.storage()) {
                let _ = st.remove_item(&key);
            }
            self.show_cleared(false);
        }
    }

    /// A reload after "清空草稿" still offers the undo.
    fn find_cleared(&mut self) {
        let Some(key) = self.cleared_key() else { return };
        let stored = self.storage().and_then(|s| s.get_item(&key).ok().flatten());
        if let Some(text) = stored {
            self.cleared_text = Some(text);
            self.show_cleared(true);
        }
    }

    fn undo_clear(&mut self) -> Option<HtmlElement> {
        let text = self.cleared_text.clone()?;
        self.drop_cleared();
        self.restore_from(&text, false);
        self.controls.first().and_then(|c| c.el.clone().dyn_into::<HtmlElement>().ok())
    }

    fn clear_draft(&mut self) {
        self.changed_by_code = false;
        // What is cleared is the person's own filing, not one being viewed.
        self.end_view();
        self.keep_cleared();
        self.forget_draft();
        self.empty_form();
    }

    /// The form as the page shipped it: no values, the list rows it had, no
    /// messages, no submit tried.
    fn empty_form(&mut self) {
        self.form.reset();
        for (container, pristine) in &self.pristine_items {
            if let Ok(fresh) = pristine.clone_node_with_deep(true) {
                if let Ok(fresh) = fresh.dyn_into::<Element>() {
                    container.set_text_content(None);
                    while let Some(child) = fresh.first_child() {
                        let _ = container.append_child(&child);
                    }
                }
            }
        }
        for r in self.rendered.values() {
            render::clear(r);
        }
        self.rendered.clear();
        self.touched.clear();
        self.typing.clear();
        self.submitted = false;
        if let Some(s) = &self.summary {
            s.set_hidden(true);
        }
        if let Some(d) = &self.done {
            d.set_hidden(true);
        }
        let title = self.title.clone();
        self.doc.set_title(&title);
        self.apply_lang();
    }

    /// Downloads the filing in canonical form (shanfang_core::canonical), what a
    /// portal stores: the same report as the form's.
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
}

/// Where a field comes in the form, to list findings in the form's order:
/// its first control, else the first control of one of its parts, else the
/// controls before the element marked with it; a field the form does not
/// show comes last.
/// (A scan of the controls, run only when the findings change: a map would
/// bring another HashMap's code into the module.)
fn form_position(form: &HtmlFormElement, names: &Names, controls: &[Control], path: &str) -> usize {
    if let Some(i) = controls.iter().position(|c| c.path == path) {
        return i;
    }
    let part = |c: &Control| c.path.strip_prefix(path).is_some_and(|rest| rest.starts_with(['.', '[']));
    if let Some(i) = controls.iter().position(part) {
        return i;
    }
    match render::marked(form, names, path) {
        // DOCUMENT_POSITION_PRECEDING: the control comes before the mark.
        Some(mark) => controls.partition_point(|c| mark.compare_document_position(&c.el) & 2 != 0),
        None => usize::MAX,
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

/// The `id` of each field's first control, for links to it.
fn control_ids(controls: &[Control]) -> HashMap<String, String> {
    let mut ids = HashMap::new();
    for c in controls {
        let id = c.el.id();
        if !id.is_empty() {
            ids.entry(c.path.clone()).or_insert(id);
        }
    }
    ids
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
            let now = s.read_all();
            let same = s.last.is_some()
                && js_sys::JSON::stringify(&now).ok().map(String::from)
                    == js_sys::JSON::stringify(&s.filing).ok().map(String::from);
            if same {
                return After::default();
            }
            s.changed_by_code = true;
            s.hide_done();
            // The form was read once above; validated as read.
            s.take_filing(now)
        })
    }

    /// The filing as read from the form now.
    #[wasm_bindgen(unchecked_return_type = "Filing")]
    pub fn filing(&self) -> Result<JsValue, JsError> {
        let mut s = self.state.try_borrow_mut().map_err(|_| JsError::new("the binding is busy"))?;
        s.sync_controls();
        Ok(copy(&form::read(&s.controls)))
    }

    /// Switches the language of messages (and, on the standalone page, of
    /// the page).
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, #[wasm_bindgen(unchecked_param_type = "Lang")] lang: &str) -> Result<(), JsError> {
        let lang = Lang::parse(lang).map_err(|e| JsError::new(&e))?;
        self.act(|s| {
            s.options.lang = lang;
            s.store_lang();
            s.apply_lang();
            s.relang_catalogue();
            s.status_shown = None;
            Ok(s.refresh())
        })
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
        glue::draft(glue::Draft::Flush);
        for (target, kind, closure) in s.listeners.drain(..) {
            let _ = target.remove_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        }
        for r in s.rendered.values() {
            render::clear(r);
        }
        s.rendered.clear();
        let notes: Vec<(String, Element)> = s.readings.drain(..).collect();
        for (path, note) in notes {
            note.remove();
            for c in s.by_path.get(&path).into_iter().flatten() {
                render::toggle_token(c, "aria-describedby", &note.id(), false);
            }
        }
        for panel in [s.summary.clone(), s.status.clone()].into_iter().flatten() {
            panel.set_text_content(None);
        }
        if let Some(record) = &s.record {
            record.set_text_content(None);
        }
        if let Some(summary) = &s.summary {
            summary.set_hidden(true);
        }
        for (field, _, _) in &s.conditional {
            field.set_hidden(false);
        }
        for (block, hidden) in &s.mode_blocks {
            if block.hidden() != *hidden {
                block.set_hidden(*hidden);
            }
        }
        let title = s.title.clone();
        s.doc.set_title(&title);
    }
}
