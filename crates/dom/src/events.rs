//! The binding's listeners: what each event on the form (and, on the
//! standalone page, the document and window) does to the state, and what
//! runs after, with the state released (events dispatched, focus moved).

use crate::prelude::*;

use alloc::rc::{Rc, Weak};
use core::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget, HtmlElement, HtmlInputElement};

use crate::{detail, rows, State};
use shanfang_core::report::Level;
use shanfang_wasm::report_value;

pub(crate) type Listener = Closure<dyn FnMut(Event)>;

/// What to do once the state is no longer borrowed (events may re-enter).
#[derive(Default)]
pub(crate) struct After {
    pub events: Vec<(&'static str, JsValue, bool)>,
    pub focus: Option<HtmlElement>,
    /// Scroll the focused panel's top into view: focus() alone centres a
    /// panel taller than the window, hiding its heading.
    pub reveal: bool,
    pub prevent: bool,
}

/// Listens to `kind` on `target` with `handler`, holding the state weakly
/// (a detached binding's listeners do nothing).
pub(crate) fn listen(
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
            let events = core::mem::take(&mut after.events);
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
pub(crate) fn run_after(state: &Rc<RefCell<State>>, after: After, event: Option<&Event>) {
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

/// `input` and `change`: the edited field is read again and the filing
/// validated (the whole form, for a control outside the filing).
pub(crate) fn on_edit(state: &Rc<RefCell<State>>, e: &Event) -> After {
    let Ok(mut s) = state.try_borrow_mut() else { return After::default() };
    let target = target_element(e);
    let path = target.as_ref().and_then(|t| t.get_attribute("name")).and_then(|n| s.controls.names.path_of(&n));
    let Some(path) = path else {
        s.hide_done();
        return s.refresh();
    };
    let typing = target.as_ref().is_some_and(|t| is_typing(t, e));
    // A click on a checkbox fires both `input` and `change`: the second
    // finds the field as the first left it and does nothing.
    let already = s.messages.touched.contains(&path);
    if !s.controls.record_value(&path) && (already || typing) {
        return After::default();
    }
    // "Passed" was said of the filing before this edit.
    s.hide_done();
    if typing && !already {
        s.messages.typing.insert(path.clone());
    } else {
        s.messages.typing.remove(&path);
        s.messages.touch(&path);
    }
    s.drafts.edited_here.insert(path.clone());
    s.drop_cleared();
    s.refresh_field(&path)
}

/// A field typed into is left: from now on its message shows, and follows
/// every keystroke.
pub(crate) fn on_leave(state: &Rc<RefCell<State>>, e: &Event) -> After {
    let Ok(mut s) = state.try_borrow_mut() else { return After::default() };
    let path = target_element(e).and_then(|t| t.get_attribute("name")).and_then(|n| s.controls.names.path_of(&n));
    match path {
        Some(path) if s.messages.typing.remove(&path) => {
            s.messages.touch(&path);
            s.revalidate()
        }
        _ => After::default(),
    }
}

/// Another tab (or window) of the same page saved the same draft: merged
/// into this form (see `State::merge_draft`). Removed there (清空草稿):
/// this tab keeps its form; its next edit saves it.
pub(crate) fn on_storage(state: &Rc<RefCell<State>>, e: &Event) -> After {
    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return After::default() };
    let Ok(mut s) = state.try_borrow_mut() else { return After::default() };
    if s.drafts.key.is_none() || e.key() != s.drafts.key {
        return After::default();
    }
    let Some(text) = e.new_value() else { return After::default() };
    if !s.merge_draft(&text) {
        return After::default();
    }
    s.hide_done();
    s.refresh()
}

/// A submit: blocked while an error stands (the summary takes focus, the
/// title says so), else `shanfang-submit` (cancelable) goes out.
pub(crate) fn on_submit(state: &Rc<RefCell<State>>, _: &Event) -> After {
    let Ok(mut s) = state.try_borrow_mut() else { return After::default() };
    s.messages.submitted = true;
    let mut after = s.refresh();
    let Some(report) = s.last.clone() else { return after };
    let filing = s.filing.clone();
    if !report.submittable && s.block_submit {
        after.prevent = true;
        s.hide_done();
        if let Some(summary) = s.panels.summary.clone() {
            s.show_summary(&report);
            after.focus = Some(summary);
            after.reveal = true;
        } else if let Some(first) = report.findings.iter().find(|f| f.level == Level::Error) {
            after.focus = s.controls.control_for(&first.field);
        }
        let prefixed = format!("{}{}", crate::text::ui(s.options.lang).title_prefix, s.title.now);
        s.doc.set_title(&prefixed);
        return after;
    }
    if let Some(summary) = &s.panels.summary {
        summary.set_hidden(true);
    }
    s.doc.set_title(&s.title.now);
    after.events.push(("shanfang-submit", detail(&filing, report_value(&report)), true));
    if let Some(page) = &s.page {
        after.prevent = true;
        if let Some(done) = page.done().cloned() {
            page.show_done(&s.doc, &report, s.options.lang);
            after.focus = Some(done);
            after.reveal = true;
        }
    }
    after
}

/// Clicks: links to a field, the lists' add and remove buttons, and on the
/// standalone page its own buttons.
pub(crate) fn on_click(state: &Rc<RefCell<State>>, e: &Event) -> After {
    let Some(t) = target_element(e) else { return After::default() };
    let Ok(mut s) = state.try_borrow_mut() else { return After::default() };
    let find = |sel: &str| t.closest(sel).ok().flatten();
    if let Some(link) = find("[data-shanfang-target]") {
        let path = link.get_attribute("data-shanfang-target").unwrap_or_default();
        e.prevent_default();
        return After { focus: s.controls.control_for(&path), ..After::default() };
    }
    if !s.form.contains(Some(&t)) && s.page.is_none() {
        return After::default();
    }
    if find("[data-catalogue]").is_some() {
        // The catalogue is built and opened before the browser follows the
        // link to the clause's entry. Focus is left to that navigation:
        // moving it here would make Back return to the catalogue, not to
        // the field the person came from.
        let (doc, lang) = (s.doc.clone(), s.options.lang);
        if let Some(page) = &mut s.page {
            page.open_catalogue(&doc, lang);
        }
        return After::default();
    }
    if find("[data-status-toggle]").is_some() {
        if let Some(page) = &mut s.page {
            page.toggle_status();
        }
        // Drawn again with the new state, from the current verdict.
        s.panels.status_shown = None;
        return s.revalidate();
    }
    if let Some(b) = find("[data-add]") {
        let path = b.get_attribute("data-add").unwrap_or_default();
        s.hide_done();
        s.drafts.edited_here.insert(path.clone());
        let focus = s.add_item(&path);
        let mut after = s.refresh();
        after.focus = focus;
        return after;
    }
    if let Some(row) = find("[data-remove]").and_then(|b| b.closest("[data-item]").ok().flatten()) {
        s.hide_done();
        let focus = rows::focus_after_removing(&s.doc, &row);
        let container = row.parent_element();
        row.remove();
        s.messages.forget_items();
        s.controls.invalidate();
        if let Some(c) = container {
            rows::renumber(&c, s.options.lang);
            // Removing a row edits the list: its own messages (5.1.2) show.
            if let Some(path) = c.get_attribute("data-items").and_then(|n| s.controls.names.path_of(&n)) {
                s.messages.touch(&path);
                s.drafts.edited_here.insert(path);
            }
        }
        let mut after = s.refresh();
        after.focus = focus;
        return after;
    }
    if s.page.is_none() {
        return After::default();
    }
    s.on_page_click(&find).unwrap_or_default()
}

/// The page is printed from the browser's menu (Ctrl+P) too, not only its
/// button: the record is built first.
pub(crate) fn on_before_print(state: &Rc<RefCell<State>>, _: &Event) -> After {
    if let Ok(s) = state.try_borrow() {
        s.build_record();
    }
    After::default()
}

/// The catalogue is built when first opened.
pub(crate) fn on_catalogue_toggle(state: &Rc<RefCell<State>>, e: &Event) -> After {
    let Ok(mut s) = state.try_borrow_mut() else { return After::default() };
    if target_element(e).is_some_and(|d| d.has_attribute("open")) {
        let (doc, lang) = (s.doc.clone(), s.options.lang);
        if let Some(page) = &mut s.page {
            page.build_catalogue(&doc, lang);
        }
    }
    After::default()
}
