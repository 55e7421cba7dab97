//! Rendering a report into the page: messages beside fields, the live
//! status panel, the error summary, mode blocks. Every text is set with
//! `textContent`, never parsed as HTML.

use crate::prelude::*;

use crate::keyed::KeyMap;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

use super::form::Names;
use super::text::{ui, Ui};
use shanfang_core::report::{Finding, Lang, Level, Report};
use shanfang_core::rules;

/// A message block the binding put beside a field.
pub struct Rendered {
    pub el: Element,
    /// What it shows, to skip rewriting an unchanged message.
    pub key: String,
    /// Controls whose `aria-describedby`/`aria-invalid` name it.
    pub controls: Vec<Element>,
}

/// A field path as the tail of an element id: `party.stewards[1].name` →
/// `party-stewards-1--name`.
fn id_part(path: &str) -> String {
    path.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '-' }).collect()
}

/// The message block id of a field path.
pub fn message_id(path: &str) -> String {
    format!("shanfang-msg-{}", id_part(path))
}

/// A finding's level in words, before its message: "错误：", "Recommendation: ".
pub fn level_prefix(level: Level, lang: Lang) -> String {
    let t = ui(lang);
    let label = if level == Level::Error { t.error } else { t.warning };
    let sep = if lang == Lang::Zh { "：" } else { ": " };
    format!("{label}{sep}")
}

pub fn el(doc: &Document, tag: &str, class: &str, text: Option<&str>) -> Option<Element> {
    let e = doc.create_element(tag).ok()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if text.is_some() {
        e.set_text_content(text);
    }
    Some(e)
}

/// The elements under `root` that match `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)?.dyn_into::<Element>().ok()).collect()
}

fn level_class(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
    }
}

/// Adds or removes one token of a space-separated attribute.
pub fn toggle_token(el: &Element, attr: &str, token: &str, on: bool) {
    let current = el.get_attribute(attr).unwrap_or_default();
    let mut tokens: Vec<&str> = current.split_whitespace().filter(|t| *t != token).collect();
    if on {
        tokens.push(token);
    }
    if tokens.is_empty() {
        let _ = el.remove_attribute(attr);
    } else {
        let _ = el.set_attribute(attr, &tokens.join(" "));
    }
}

/// Where a field's message goes when it has no control of its own: the
/// element marked with its path (`data-field`, `data-items`).
pub fn marked(form: &Element, names: &Names, path: &str) -> Option<Element> {
    // Paths and names are quoted for the attribute selector.
    let quote = |v: &str| v.replace('\\', "\\\\").replace('"', "\\\"");
    for key in [path, names.name_of(path)] {
        let selector = format!("[data-field=\"{0}\"], [data-items=\"{0}\"]", quote(key));
        if let Ok(Some(e)) = form.query_selector(&selector) {
            return Some(e);
        }
    }
    None
}

/// Builds one field's message block.
fn message_block(
    doc: &Document,
    id: &str,
    findings: &[&Finding],
    t: &Ui,
    lang: Lang,
    catalogue: bool,
) -> Option<Element> {
    let worst = if findings.iter().any(|f| f.level == Level::Error) { Level::Error } else { Level::Warning };
    let block = el(doc, "div", &format!("shanfang-message shanfang-message--{}", level_class(worst)), None)?;
    block.set_id(id);
    for f in findings {
        let p = el(doc, "p", &format!("shanfang-finding shanfang-finding--{}", level_class(f.level)), None)?;
        let level = el(doc, "span", "shanfang-level", Some(&level_prefix(f.level, lang)))?;
        p.append_child(&level).ok()?;
        let text = el(doc, "span", "shanfang-text", Some(&f.message))?;
        p.append_child(&text).ok()?;
        block.append_child(&p).ok()?;
        if let Some(rule) = f.clause.and_then(rules::rule) {
            let details = el(doc, "details", "shanfang-clause", None)?;
            let summary = el(doc, "summary", "", Some(&(t.clause_text)(rule.clause)))?;
            details.append_child(&summary).ok()?;
            let words = el(doc, "p", "", Some(if lang == Lang::Zh { rule.text } else { rule.text_en }))?;
            details.append_child(&words).ok()?;
            if catalogue {
                // What the clause means and what the form checks of it.
                let a = el(doc, "a", "shanfang-catalogue-link", Some(&(t.catalogue_link)(rule.clause)))?;
                let _ = a.set_attribute("href", &format!("#{}", clause_id(rule.clause)));
                let _ = a.set_attribute("data-catalogue", rule.clause);
                let p = el(doc, "p", "", None)?;
                p.append_child(&a).ok()?;
                details.append_child(&p).ok()?;
            }
            block.append_child(&details).ok()?;
        }
    }
    Some(block)
}

/// Puts the messages of the visible findings beside their fields, updating
/// only what changed.
#[allow(clippy::too_many_arguments)]
pub fn messages(
    doc: &Document,
    form: &Element,
    names: &Names,
    by_path: &KeyMap<String, Vec<Element>>,
    report: &Report,
    visible: &dyn Fn(&str) -> bool,
    rendered: &mut KeyMap<String, Rendered>,
    lang: Lang,
    catalogue: bool,
) {
    let t = ui(lang);
    let mut by_field: KeyMap<&str, Vec<&Finding>> = KeyMap::new();
    for f in &report.findings {
        if visible(&f.field) {
            by_field.get_or_insert_with(f.field.as_str(), Vec::new).push(f);
        }
    }
    // Remove what is fixed; but a message fixed while its text box has
    // focus keeps its place, unseen (`KEPT`; no longer a `.shanfang-message`:
    // the class `shanfang-message-kept`, styled as one), so the fields below
    // do not jump as the person types. The place goes when the message comes
    // back (into the same place) or at the first redraw once another control
    // has focus: after the click or edit that moved it, never under a tap.
    // Focus on the page itself is focus on its way between two controls (the
    // `change` a box fires as it is left, before the mouse button is up):
    // nothing moves then.
    let gone: Vec<String> = rendered.keys().filter(|k| !by_field.contains_key(k)).cloned().collect();
    // Asked only when a message goes (most keys change none): two calls into the DOM.
    let active = if gone.is_empty() { None } else { doc.active_element() };
    let between = active.as_ref().map_or(true, |a| a.tag_name() == "BODY");
    let typing_in = active.filter(|f| f.matches("textarea, input:not([type=checkbox], [type=radio])").unwrap_or(false));
    for path in gone {
        let Some(r) = rendered.get_mut(&path) else { continue };
        let here = typing_in.as_ref().is_some_and(|f| r.controls.contains(f));
        if r.key == KEPT && (here || between) {
            continue;
        }
        if !here {
            clear(r);
            rendered.remove(&path);
            continue;
        }
        unlink(r);
        let _ = r.el.set_attribute("class", "shanfang-message-kept");
        let _ = r.el.set_attribute("aria-hidden", "true");
        let _ = r.el.remove_attribute("id");
        // Through the CSSOM: a strict CSP refuses a `style` attribute.
        if let Some(el) = r.el.dyn_ref::<HtmlElement>() {
            let _ = el.style().set_property("visibility", "hidden");
        }
        r.key = KEPT.into();
    }
    for (path, findings) in by_field {
        let key: String = findings.iter().map(|f| format!("{}|{}\n", f.code, f.message)).collect();
        let id = message_id(path);
        let own: Vec<Element> = by_path.get(path).cloned().unwrap_or_default();
        if let Some(r) = rendered.get(path) {
            if r.key == key && r.controls == own && r.el.is_connected() {
                continue;
            }
        }
        if let Some(old) = rendered.remove(path) {
            clear(&old);
        }
        let Some(block) = message_block(doc, &id, &findings, t, lang, catalogue) else { continue };
        let placed = place(form, names, path, &own, &block);
        if !placed {
            continue;
        }
        let has_error = findings.iter().any(|f| f.level == Level::Error);
        for c in &own {
            toggle_token(c, "aria-describedby", &id, true);
            if has_error {
                let _ = c.set_attribute("aria-invalid", "true");
            } else {
                let _ = c.remove_attribute("aria-invalid");
            }
        }
        rendered.insert(path.to_owned(), Rendered { el: block, key, controls: own });
    }
}

/// Inserts a message block: inside the field's `data-field` container, or
/// after the field's container of items, or right after the control (after
/// its label for a checkbox).
fn place(form: &Element, names: &Names, path: &str, own: &[Element], block: &Element) -> bool {
    if let Some(first) = own.first() {
        if let Ok(Some(container)) = first.closest("[data-field]") {
            return container.append_child(block).is_ok();
        }
        let last = own.last().unwrap_or(first);
        let anchor = match last.parent_element() {
            Some(p) if p.tag_name().eq_ignore_ascii_case("label") => p,
            _ => last.clone(),
        };
        return anchor.after_with_node_1(block).is_ok();
    }
    match marked(form, names, path) {
        Some(m) if m.has_attribute("data-items") => m.after_with_node_1(block).is_ok(),
        Some(m) => m.append_child(block).is_ok(),
        None => false,
    }
}

/// Shows under a field how what was typed there was read ("按 1200 计"),
/// or removes that note when there is nothing to add; `shown` holds the
/// notes on the page by field path.
pub fn reading(
    doc: &Document,
    control: &Element,
    path: &str,
    text: Option<String>,
    shown: &mut Vec<(String, Element)>,
) {
    let id = format!("shanfang-read-{}", id_part(path));
    let at = shown.iter().position(|(p, _)| p == path);
    match (text, at.map(|i| &shown[i].1)) {
        (None, None) => {}
        (None, Some(note)) => {
            note.remove();
            shown.swap_remove(at.unwrap_or_default());
            toggle_token(control, "aria-describedby", &id, false);
        }
        (Some(t), Some(note)) => {
            if note.text_content().as_deref() != Some(t.as_str()) {
                note.set_text_content(Some(&t));
            }
        }
        (Some(t), None) => {
            let Some(note) = el(doc, "p", "shanfang-reading", Some(&t)) else { return };
            note.set_id(&id);
            // Under the number and its unit, above any message.
            let anchor = control.closest(".with-unit").ok().flatten().unwrap_or_else(|| control.clone());
            if anchor.after_with_node_1(&note).is_ok() {
                toggle_token(control, "aria-describedby", &id, true);
                shown.push((path.to_owned(), note));
            }
        }
    }
}

/// The key of a message block kept as an unseen place (see [`messages`]).
const KEPT: &str = "";

/// Removes a message block and its references.
pub fn clear(r: &Rendered) {
    r.el.remove();
    unlink(r);
}

/// The controls no longer refer to the block, nor are marked by it.
fn unlink(r: &Rendered) {
    let id = r.el.id();
    for c in &r.controls {
        toggle_token(c, "aria-describedby", &id, false);
        let _ = c.remove_attribute("aria-invalid");
    }
}

/// The position of the list item a field belongs to: `party.stewards[2].name` → 2.
fn item_index(field: &str) -> Option<usize> {
    let (_, rest) = field.split_once('[')?;
    rest.split_once(']')?.0.parse().ok()
}

/// The label a person sees for a control: its field container's label or
/// legend (its text only, without hints or messages).
fn label_of(doc: &Document, id: &str) -> Option<String> {
    let control = doc.get_element_by_id(id)?;
    let container = control.closest("[data-field]").ok().flatten()?;
    let label = container.query_selector("label, legend").ok().flatten()?;
    let text = label.text_content()?.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// The text of a link to a finding: the message (which names its clause),
/// the item it is about, and for a data-format finding the field's label.
fn link_text(doc: &Document, f: &Finding, t: &Ui, lang: Lang, id: Option<&str>) -> String {
    let sep = if lang == Lang::Zh { "：" } else { ": " };
    let item = item_index(&f.field).map(|i| format!("{}{sep}", (t.steward)(i + 1))).unwrap_or_default();
    if f.clause.is_some() {
        return format!("{item}{}", f.message);
    }
    let label = id.and_then(|id| label_of(doc, id)).unwrap_or_else(|| f.field.clone());
    match lang {
        Lang::Zh => format!("{item}{label}（{}）：{}", t.data_format, f.message),
        Lang::En => format!("{item}{label} ({}): {}", t.data_format, f.message),
    }
}

/// A list of links to findings; each link names its field's path in
/// `data-shanfang-target` for the click handler to focus.
fn finding_item(
    doc: &Document,
    f: &Finding,
    t: &Ui,
    lang: Lang,
    has_control: &dyn Fn(&str) -> Option<String>,
) -> Option<Element> {
    let li = el(doc, "li", &format!("shanfang-item shanfang-item--{}", level_class(f.level)), None)?;
    // The level in words, not by colour alone.
    let level = el(doc, "span", "shanfang-level", Some(&level_prefix(f.level, lang)))?;
    li.append_child(&level).ok()?;
    let id = has_control(&f.field);
    let a = el(doc, "a", "shanfang-link", Some(&link_text(doc, f, t, lang, id.as_deref())))?;
    let _ = a.set_attribute("data-shanfang-target", &f.field);
    let href = id.map_or_else(|| "#".to_owned(), |id| format!("#{id}"));
    let _ = a.set_attribute("href", &href);
    li.append_child(&a).ok()?;
    Some(li)
}

fn finding_list(
    doc: &Document,
    findings: &[&Finding],
    t: &Ui,
    lang: Lang,
    class: &str,
    has_control: &dyn Fn(&str) -> Option<String>,
) -> Option<Element> {
    let ul = el(doc, "ul", class, None)?;
    for f in findings {
        let item = finding_item(doc, f, t, lang, has_control)?;
        ul.append_child(&item).ok()?;
    }
    Some(ul)
}

/// The status list as shown: each item's finding and element, in order, so
/// an edit changes only the items it changes.
#[derive(Default)]
pub struct StatusItems {
    list: Option<Element>,
    items: Vec<(Finding, Element)>,
}

/// The findings in the order of their fields in the form (a finding
/// without a field of its own last), so the list reads like the form.
pub fn in_form_order<'r>(report: &'r Report, position: &dyn Fn(&str) -> usize) -> Vec<&'r Finding> {
    // Inserted one by one after their equals, so findings on one field keep
    // the catalogue's order: a few dozen findings, and 7 KB less module than
    // the standard library's sort.
    let mut ordered: Vec<(usize, &Finding)> = Vec::with_capacity(report.findings.len());
    for f in &report.findings {
        let p = position(&f.field);
        let at = ordered.partition_point(|(q, _)| *q <= p);
        ordered.insert(at, (p, f));
    }
    ordered.into_iter().map(|(_, f)| f).collect()
}

/// The live status panel: counts (announced politely) and a link to every
/// finding, in the form's order. With `collapsible` (the standalone page)
/// the counts sit in a bar whose button shows or hides the list, so on a
/// phone the form, not the list, fills the first screen.
#[allow(clippy::too_many_arguments)]
pub fn status(
    doc: &Document,
    panel: &HtmlElement,
    report: &Report,
    lang: Lang,
    has_control: &dyn Fn(&str) -> Option<String>,
    position: &dyn Fn(&str) -> usize,
    collapsible: Option<bool>,
    shown: &mut StatusItems,
    verdict: &Report,
) {
    // `report` holds the findings the person may see (on fields they acted
    // on, or all after a submit was tried); `verdict` every finding.
    let t = ui(lang);
    let to_fill = verdict.errors - report.errors;
    let counts_text = match (report.errors + report.warnings, to_fill) {
        (0, 0) => t.all_clear.to_owned(),
        (0, n) => (t.to_fill)(n),
        (_, 0) => (t.counts)(report.errors, report.warnings),
        (_, n) => (t.counts_and_to_fill)(report.errors, report.warnings, n),
    };
    // The bar holds the counts and the list's button.
    let bar = match panel.query_selector(".shanfang-status-bar") {
        Ok(Some(b)) => b,
        _ => {
            let Some(b) = el(doc, "div", "shanfang-status-bar", None) else { return };
            // First in the panel: a task list the page put there comes after.
            let _ = panel.insert_before(&b, panel.first_child().as_ref());
            b
        }
    };
    // The counts paragraph is kept, so screen readers announce its change.
    let counts = match bar.query_selector(".shanfang-counts") {
        Ok(Some(p)) => p,
        _ => {
            let Some(p) = el(doc, "p", "shanfang-counts", None) else { return };
            let _ = p.set_attribute("role", "status");
            let _ = bar.append_child(&p);
            p
        }
    };
    if counts.text_content().as_deref() != Some(counts_text.as_str()) {
        counts.set_text_content(Some(&counts_text));
    }
    // The verdict's own counts, for scripts (a portal's, the tests).
    let _ = counts.set_attribute("data-errors", &verdict.errors.to_string());
    let _ = counts.set_attribute("data-warnings", &verdict.warnings.to_string());
    let ordered = in_form_order(report, position);
    let list = match &shown.list {
        Some(l) if l.is_connected() => l.clone(),
        _ => {
            if let Ok(Some(old)) = panel.query_selector(".shanfang-status-list") {
                old.remove();
            }
            shown.items.clear();
            let Some(l) = el(doc, "ul", "shanfang-status-list", None) else { return };
            l.set_id("shanfang-status-list");
            let _ = panel.append_child(&l);
            shown.list = Some(l.clone());
            l
        }
    };
    status_toggle(doc, &bar, &list, collapsible, ordered.is_empty(), lang);
    // Keyed update: keep the items whose finding is unchanged, in the new
    // order, create the new ones, drop the rest.
    let mut old: Vec<Option<(Finding, Element)>> = shown.items.drain(..).map(Some).collect();
    let mut next: Vec<(Finding, Element)> = Vec::with_capacity(ordered.len());
    for f in ordered {
        let reuse = old.iter_mut().find(|o| o.as_ref().is_some_and(|(g, _)| g == f)).and_then(Option::take);
        let item = match reuse {
            Some(item) => item,
            None => match finding_item(doc, f, t, lang, has_control) {
                Some(e) => (f.clone(), e),
                None => continue,
            },
        };
        next.push(item);
    }
    for (_, e) in old.into_iter().flatten() {
        e.remove();
    }
    // Put the elements in order, moving only those out of place.
    let mut cursor = list.first_element_child();
    for (_, e) in &next {
        match &cursor {
            Some(c) if c == e => cursor = c.next_element_sibling(),
            Some(c) => {
                let _ = list.insert_before(e, Some(c));
            }
            None => {
                let _ = list.append_child(e);
            }
        }
    }
    shown.items = next;
}

/// The button that shows or hides the status list (`open`: `None` when the
/// list is always shown). The list is marked `data-closed` while closed; the
/// page's style hides it then on a narrow screen only, and shows it beside
/// the form on a wide one, without the button.
fn status_toggle(doc: &Document, bar: &Element, list: &Element, open: Option<bool>, empty: bool, lang: Lang) {
    let t = ui(lang);
    let existing = bar.query_selector(".shanfang-status-toggle").ok().flatten();
    let Some(open) = open else {
        if let Some(b) = existing {
            b.remove();
        }
        let _ = list.remove_attribute("data-closed");
        return;
    };
    let button = match existing {
        Some(b) => b,
        None => {
            let Some(b) = el(doc, "button", "shanfang-status-toggle", None) else { return };
            let _ = b.set_attribute("type", "button");
            let _ = b.set_attribute("data-status-toggle", "");
            let _ = b.set_attribute("aria-controls", "shanfang-status-list");
            let _ = bar.append_child(&b);
            b
        }
    };
    let label = if open { t.hide_list } else { t.show_list };
    if button.text_content().as_deref() != Some(label) {
        button.set_text_content(Some(label));
    }
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    // Nothing to list: no button to open nothing.
    toggle_attr(&button, "hidden", empty);
    toggle_attr(list, "data-closed", !open);
}

fn toggle_attr(e: &Element, name: &str, on: bool) {
    if e.has_attribute(name) != on {
        let _ = if on { e.set_attribute(name, "") } else { e.remove_attribute(name) };
    }
}

/// The error summary shown on a blocked submit: a heading and a link to
/// every error, in the form's order.
pub fn summary(
    doc: &Document,
    panel: &HtmlElement,
    report: &Report,
    lang: Lang,
    has_control: &dyn Fn(&str) -> Option<String>,
    position: &dyn Fn(&str) -> usize,
) {
    let t = ui(lang);
    panel.set_text_content(None);
    let errors: Vec<&Finding> =
        in_form_order(report, position).into_iter().filter(|f| f.level == Level::Error).collect();
    if errors.is_empty() {
        panel.set_hidden(true);
        return;
    }
    if let Some(h) = el(doc, "h2", "shanfang-summary-title", Some(t.summary_title)) {
        let _ = panel.append_child(&h);
    }
    if let Some(list) = finding_list(doc, &errors, t, lang, "shanfang-summary-list", has_control) {
        let _ = panel.append_child(&list);
    }
    panel.set_hidden(false);
}

/// Fields that apply only under a condition (`data-shown-when="PATH"`: the
/// field at PATH is true; `"PATH=CODE"`: CODE is chosen there) are shown
/// only then, or while they have a finding (a value typed before the
/// condition was undone stays, and stays reachable while it is wrong).
pub fn conditional_fields(
    fields: &[(HtmlElement, String, Option<String>)],
    report: &Report,
    value_at: &dyn Fn(&str) -> JsValue,
) {
    for (el, path, code) in fields {
        let v = value_at(path);
        let applies = match code {
            None => v.as_bool() == Some(true),
            Some(code) => {
                v.as_string().as_deref() == Some(code.as_str())
                    || (js_sys::Array::is_array(&v)
                        && v.unchecked_ref::<js_sys::Array>().includes(&JsValue::from_str(code), 0))
            }
        };
        let own = el.get_attribute("data-field").unwrap_or_default();
        let has_finding = !own.is_empty() && report.findings.iter().any(|f| f.field == own);
        let show = applies || has_finding;
        if el.hidden() == show {
            el.set_hidden(!show);
        }
    }
}

/// Removes what an earlier binding rendered and the page kept: a page saved
/// with the browser's "Save page as… Webpage, complete" holds the live DOM,
/// message blocks, `aria-*` references and panel contents included. Returns
/// whether there was any.
pub fn remove_stale(
    form: &Element,
    summary: Option<&HtmlElement>,
    status: Option<&HtmlElement>,
    done: Option<&HtmlElement>,
) -> bool {
    let mut found = false;
    for block in all(form, ".shanfang-message, .shanfang-reading") {
        block.remove();
        found = true;
    }
    for c in all(form, "[aria-describedby]") {
        let refs = c.get_attribute("aria-describedby").unwrap_or_default();
        let ours = |t: &str| t.starts_with("shanfang-msg-") || t.starts_with("shanfang-read-");
        if refs.split_whitespace().any(ours) {
            let kept: Vec<&str> = refs.split_whitespace().filter(|t| !ours(t)).collect();
            if kept.is_empty() {
                let _ = c.remove_attribute("aria-describedby");
            } else {
                let _ = c.set_attribute("aria-describedby", &kept.join(" "));
            }
            let _ = c.remove_attribute("aria-invalid");
            found = true;
        }
    }
    if let Some(panel) = status {
        for e in all(panel, ".shanfang-status-bar, .shanfang-counts, .shanfang-status-list") {
            e.remove();
            found = true;
        }
    }
    if let Some(panel) = summary {
        if panel.has_child_nodes() {
            panel.set_text_content(None);
            found = true;
        }
        panel.set_hidden(true);
    }
    if let Some(panel) = done {
        for e in all(panel, ".shanfang-done-note") {
            e.remove();
            panel.set_hidden(true);
            found = true;
        }
    }
    found
}

/// The id of a clause's entry in the catalogue: `6.5` → `clause-6-5`.
pub fn clause_id(clause: &str) -> String {
    format!("clause-{}", clause.replace('.', "-"))
}

/// The catalogue, clause by clause: its number and title, its level, the
/// mode it applies to, its words, and what the form checks (or why it
/// cannot be checked from a filing). Built when first shown, from the same
/// rules the validator runs, so it cannot drift from them.
#[cfg_attr(not(feature = "page"), allow(dead_code))] // used by the standalone page alone
pub fn catalogue(doc: &Document, container: &Element, lang: Lang) {
    use shanfang_core::input::Code;
    let zh = lang == Lang::Zh;
    let pick = |t: rules::Text| if zh { t.zh } else { t.en };
    container.set_text_content(None);
    for rule in rules::ALL {
        let Some(entry) = el(doc, "article", "catalogue-entry", None) else { return };
        entry.set_id(&clause_id(rule.clause));
        let _ = entry.set_attribute("tabindex", "-1");
        let heading = format!("{} {}", rule.clause, pick(rule.title));
        let (level_class, level_text) = match rule.level() {
            Some(Level::Error) => ("error", if zh { "要求（应）" } else { "Requirement (应, shall)" }),
            Some(Level::Warning) => ("warning", if zh { "建议（宜）" } else { "Recommendation (宜, should)" }),
            None => ("none", if zh { "不能从申报数据检查" } else { "Not checkable from a filing" }),
        };
        let parts = [
            el(doc, "h3", "catalogue-title", Some(&heading)),
            el(doc, "p", &format!("catalogue-level catalogue-level--{level_class}"), Some(level_text)),
        ];
        for p in parts.into_iter().flatten() {
            let _ = entry.append_child(&p);
        }
        if let Some(mode) = rule.mode {
            let name = shanfang_core::model::Mode::ALL
                .iter()
                .find(|(m, ..)| *m == mode)
                .map(|(_, _, z, e)| if zh { *z } else { *e });
            let text = match name {
                Some(n) if zh => format!("仅在选择“{n}”时适用"),
                Some(n) => format!("Applies only when “{n}” is chosen"),
                None => String::new(),
            };
            if let Some(p) = el(doc, "p", "catalogue-mode", Some(&text)) {
                let _ = entry.append_child(&p);
            }
        }
        if let Some(words) = el(doc, "blockquote", "catalogue-words", Some(if zh { rule.text } else { rule.text_en })) {
            let _ = entry.append_child(&words);
        }
        match rule.not_checkable {
            Some(reason) => {
                let label = if zh { "为何不检查：" } else { "Why it is not checked: " };
                if let Some(p) = el(doc, "p", "catalogue-reason", Some(&format!("{label}{}", pick(reason)))) {
                    let _ = entry.append_child(&p);
                }
            }
            None => {
                let label = if zh { "本表检查：" } else { "What the form checks:" };
                let ul = el(doc, "ul", "catalogue-checks", None);
                if let (Some(p), Some(ul)) = (el(doc, "p", "catalogue-checks-title", Some(label)), ul) {
                    for c in rule.checks {
                        let text = format!("{}{}", level_prefix(c.level, lang), pick(c.message));
                        if let Some(li) = el(doc, "li", "", Some(&text)) {
                            let _ = ul.append_child(&li);
                        }
                    }
                    let _ = entry.append_child(&p);
                    let _ = entry.append_child(&ul);
                }
            }
        }
        let _ = container.append_child(&entry);
    }
}
