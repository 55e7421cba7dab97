//! List rows (the red steward roster, 红色管家名册): rows added from the
//! form's `<template data-item-template=PATH>`, removed by their button,
//! renumbered after either, and as many as a restored filing has.

use crate::prelude::*;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

use crate::form;
use crate::needle;
use crate::render;
use crate::text::{self, ui};
use shanfang_core::report::Lang;

/// The attributes that carry a row's index.
const INDEXED_ATTRS: [&str; 5] = ["name", "id", "for", "data-field", "aria-describedby"];

pub(crate) struct Rows {
    /// The row containers as the page shipped them, for "clear draft".
    pristine: Vec<(Element, web_sys::Node)>,
}

impl Rows {
    pub fn find(form: &Element) -> Rows {
        let pristine = containers(form)
            .into_iter()
            .map(|c| (c.clone(), c.clone_node_with_deep(true).unwrap_or_else(|_| c.clone().into())))
            .collect();
        Rows { pristine }
    }

    /// Every list as the page shipped it (its rows, no values).
    pub fn reset(&self) {
        for (container, pristine) in &self.pristine {
            if let Ok(fresh) = pristine.clone_node_with_deep(true) {
                if let Ok(fresh) = fresh.dyn_into::<Element>() {
                    container.set_text_content(None);
                    while let Some(child) = fresh.first_child() {
                        let _ = container.append_child(&child);
                    }
                }
            }
        }
    }
}

/// The form's lists (`data-items`).
pub(crate) fn containers(form: &Element) -> Vec<Element> {
    render::all(form, "[data-items]")
}

/// Whether a list row holds a control whose value was changed since the page
/// loaded (typed before the binding started).
pub(crate) fn typed_into(row: &Element) -> bool {
    render::all(row, "input, select, textarea").iter().any(form::changed_since_load)
}

/// Adds a row to the list at `path` from its template; returns the list
/// and the new row's first control, to focus.
pub(crate) fn add(doc: &Document, form: &Element, path: &str) -> Option<(Element, Option<HtmlElement>)> {
    let container = containers(form).into_iter().find(|c| c.get_attribute("data-items").as_deref() == Some(path))?;
    let template = doc.query_selector_all("template[data-item-template]").ok().and_then(|all| {
        (0..all.length()).filter_map(|i| all.get(i)).find_map(|n| {
            let t = n.dyn_into::<web_sys::HtmlTemplateElement>().ok()?;
            (t.get_attribute("data-item-template").as_deref() == Some(path)).then_some(t)
        })
    })?;
    let fragment = template.content().clone_node_with_deep(true).ok()?;
    container.append_child(&fragment).ok()?;
    let first = container
        .last_element_child()
        .and_then(|last| last.query_selector("input, select, textarea").ok().flatten())
        .and_then(|c| c.dyn_into().ok());
    Some((container, first))
}

/// How many rows a list holds.
pub(crate) fn count(container: &Element) -> usize {
    container.query_selector_all(":scope > [data-item]").map_or(0, |l| l.length() as usize)
}

/// Renumbers a list's rows after an add or a remove: names, ids, labels
/// and legends follow the position.
pub(crate) fn renumber(container: &Element, lang: Lang) {
    let path = container.get_attribute("data-items").unwrap_or_default();
    let t = ui(lang);
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

/// Replaces `PATH[n]` (or the template's `__i__`) with `PATH[index]` in one
/// attribute value.
fn reindex(value: &str, path: &str, index: usize) -> String {
    let value = needle::replace(value, "__i__", &index.to_string(), usize::MAX);
    let open = format!("{path}[");
    let mut out = String::with_capacity(value.len());
    let mut rest = value.as_str();
    while let Some(at) = needle::find(rest, &open) {
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

/// Where focus goes when `row` is removed: the row that takes its place,
/// else the one before it, else the list's add button; never <body>.
pub(crate) fn focus_after_removing(doc: &Document, row: &Element) -> Option<HtmlElement> {
    let next = row
        .next_element_sibling()
        .filter(|e| e.has_attribute("data-item"))
        .or_else(|| row.previous_element_sibling().filter(|e| e.has_attribute("data-item")));
    let add_button = row
        .parent_element()
        .and_then(|c| c.get_attribute("data-items"))
        .and_then(|path| doc.query_selector(&format!("[data-add=\"{path}\"]")).ok().flatten());
    next.and_then(|row| row.query_selector("input, select, textarea").ok().flatten())
        .or(add_button)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}
