//! The printable filing record (申报表, issue 12): what the page prints. Built
//! from the form as the person sees it (its labels, the options chosen, only
//! the sections shown, so only the chosen modes), with the findings and
//! their clauses, and lines for the signature and seal. Text only: nothing
//! interactive reaches the paper.

use crate::prelude::*;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use super::render::{all, el, level_prefix};
use super::text::ui;
use shanfang_core::report::{Lang, Report};

/// The words of the record in both languages.
struct Words {
    title: &'static str,
    filing_date: &'static str,
    printed: &'static str,
    beijing: &'static str,
    yes: &'static str,
    no: &'static str,
    none: &'static str,
    results: &'static str,
    seal: &'static str,
    signature: &'static str,
    date_line: &'static str,
}

const ZH: Words = Words {
    title: "丽水山坊（共富工坊）申报表",
    filing_date: "申报日期",
    printed: "打印时间",
    beijing: "北京时间",
    yes: "是",
    no: "否",
    none: "—",
    results: "检查结果",
    seal: "申报单位（盖章）：",
    signature: "负责人（签字）：",
    date_line: "日期：　　　　年　　月　　日",
};

const EN: Words = Words {
    title: "Lishui Shanfang (common prosperity workshop) filing record",
    filing_date: "Filing date",
    printed: "Printed",
    beijing: "Beijing time",
    yes: "Yes",
    no: "No",
    none: "—",
    results: "Check results",
    seal: "Applicant (seal): ",
    signature: "Person in charge (signature): ",
    date_line: "Date:",
};

/// Text of an element, its white space collapsed.
fn text_of(e: &Element) -> String {
    e.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `e` or an element between it and `stop` is hidden.
fn hidden_within(e: &Element, stop: &Element) -> bool {
    let mut cur = Some(e.clone());
    while let Some(c) = cur {
        if c.has_attribute("hidden") {
            return true;
        }
        if &c == stop {
            return false;
        }
        cur = c.parent_element();
    }
    false
}

/// The label of a field container: its label or legend, without hints.
fn label_of(field: &Element) -> String {
    field.query_selector("label, legend").ok().flatten().map(|l| text_of(&l)).unwrap_or_default()
}

/// What a field container holds, as the person chose it: a ticked box as
/// 是/否, the ticked items of a group, an option's text, what was typed
/// (with its unit), `filing_date` when the date was left to default.
fn value_of(field: &Element, w: &Words, filing_date: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    let controls = all(field, "input, select, textarea");
    let boxes: Vec<&Element> =
        controls.iter().filter(|c| c.get_attribute("type").as_deref() == Some("checkbox")).collect();
    if boxes.len() == 1 && field.class_list().contains("field-bool") {
        let on = boxes[0].dyn_ref::<HtmlInputElement>().is_some_and(HtmlInputElement::checked);
        return (if on { w.yes } else { w.no }).to_owned();
    }
    for c in &controls {
        if let Some(i) = c.dyn_ref::<HtmlInputElement>() {
            match i.type_().as_str() {
                "checkbox" | "radio" => {
                    if i.checked() {
                        let label = i.closest("label").ok().flatten().map(|l| text_of(&l)).unwrap_or_else(|| i.value());
                        parts.push(label);
                    }
                }
                "button" | "submit" | "reset" | "hidden" => {}
                _ => {
                    let v = i.value().trim().to_owned();
                    if !v.is_empty() {
                        let unit =
                            field.query_selector(".unit").ok().flatten().map(|u| text_of(&u)).unwrap_or_default();
                        parts.push(if unit.is_empty() { v } else { format!("{v} {unit}") });
                    } else if i.name() == "filing_date" {
                        parts.push(filing_date.to_owned());
                    }
                }
            }
        } else if let Some(s) = c.dyn_ref::<HtmlSelectElement>() {
            if !s.value().is_empty() {
                if let Some(o) = s.selected_options().item(0) {
                    parts.push(text_of(&o));
                }
            }
        } else if let Some(t) = c.dyn_ref::<HtmlTextAreaElement>() {
            let v = t.value().trim().to_owned();
            if !v.is_empty() {
                parts.push(v);
            }
        }
    }
    if parts.is_empty() {
        return w.none.to_owned();
    }
    // A number and its unit chosen beside it read as one: "60 亩".
    let sep = if boxes.len() > 1 { "、" } else { " " };
    parts.join(sep)
}

fn item(doc: &Document, list: &Element, label: &str, value: &str) {
    let Some(row) = el(doc, "div", "record-item", None) else { return };
    if let (Some(dt), Some(dd)) = (el(doc, "dt", "", Some(label)), el(doc, "dd", "", Some(value))) {
        let _ = row.append_child(&dt);
        let _ = row.append_child(&dd);
        let _ = list.append_child(&row);
    }
}

/// Builds the record into `host`. `filing_date` is the filing's date (the
/// form's, or today in UTC+8), `printed` the date and time of printing.
pub fn build(
    doc: &Document,
    host: &Element,
    form: &Element,
    report: &Report,
    lang: Lang,
    filing_date: &str,
    printed: &str,
) {
    let w = if lang == Lang::Zh { &ZH } else { &EN };
    host.set_text_content(None);
    let append = |parent: &Element, e: Option<Element>| {
        if let Some(e) = e {
            let _ = parent.append_child(&e);
        }
    };
    append(host, el(doc, "h1", "record-title", Some(w.title)));
    if let Ok(Some(sub)) = doc.query_selector(".site-header .subtitle") {
        append(host, el(doc, "p", "record-standard", Some(&text_of(&sub))));
    }
    let meta = format!("{}：{filing_date}　　{}：{printed}（{}）", w.filing_date, w.printed, w.beijing);
    let meta = if lang == Lang::Zh { meta } else { meta.replace('：', ": ").replace('（', " (").replace('）', ")") };
    append(host, el(doc, "p", "record-meta", Some(&meta)));

    for section in all(form, "fieldset.section") {
        if hidden_within(&section, form) {
            continue;
        }
        let title = section.query_selector(".section-title").ok().flatten().map(|t| text_of(&t)).unwrap_or_default();
        let Some(block) = el(doc, "section", "record-section", None) else { continue };
        append(&block, el(doc, "h2", "", Some(&title)));
        let Some(list) = el(doc, "dl", "record-fields", None) else { continue };
        // The rows of a list (the red stewards), one line each, full width.
        let Some(rows) = el(doc, "dl", "record-rows", None) else { continue };
        for part in all(&section, "[data-field], [data-item]") {
            if hidden_within(&part, &section) {
                continue;
            }
            let outer = part.parent_element().and_then(|p| p.closest("[data-field], [data-item]").ok().flatten());
            // A field inside another (the area's unit) or inside a row is
            // part of that one's line; a row inside its list's box is not.
            let in_line = outer.is_some_and(|o| {
                section.contains(Some(&o)) && !(part.has_attribute("data-item") && o.has_attribute("data-field"))
            });
            if in_line {
                continue;
            }
            if part.has_attribute("data-item") {
                let legend = part.query_selector("legend").ok().flatten().map(|l| text_of(&l)).unwrap_or_default();
                let values: Vec<String> = all(&part, "[data-field]")
                    .iter()
                    .map(|f| value_of(f, w, filing_date))
                    .filter(|v| v != w.none)
                    .collect();
                let line = if values.is_empty() { w.none.to_owned() } else { values.join(" · ") };
                item(doc, &rows, &legend, &line);
            } else if part.query_selector("[data-item]").ok().flatten().is_some() {
                // A list's own box: its rows follow, each on its line.
                continue;
            } else {
                item(doc, &list, &label_of(&part), &value_of(&part, w, filing_date));
            }
        }
        let _ = block.append_child(&list);
        if rows.has_child_nodes() {
            let _ = block.append_child(&rows);
        }
        let _ = host.append_child(&block);
    }

    let t = ui(lang);
    let Some(results) = el(doc, "section", "record-section record-results", None) else { return };
    append(&results, el(doc, "h2", "", Some(w.results)));
    let counts = if report.errors + report.warnings == 0 {
        t.all_clear.to_owned()
    } else {
        (t.counts)(report.errors, report.warnings)
    };
    append(&results, el(doc, "p", "", Some(&counts)));
    if let Some(ul) = el(doc, "ul", "record-findings", None) {
        let sep = if lang == Lang::Zh { "：" } else { ": " };
        for f in &report.findings {
            // A data-format finding names no clause: its field's label says where.
            let field = if f.clause.is_none() {
                let control = form.query_selector(&format!("[name=\"{}\"]", f.field.replace('"', ""))).ok().flatten();
                control.and_then(|c| c.closest("[data-field]").ok().flatten()).map(|c| format!("{}{sep}", label_of(&c)))
            } else {
                None
            };
            let text = format!("{}{}{}", level_prefix(f.level, lang), field.unwrap_or_default(), f.message);
            append(&ul, el(doc, "li", "", Some(&text)));
        }
        let _ = results.append_child(&ul);
    }
    let _ = host.append_child(&results);

    let Some(sign) = el(doc, "div", "record-sign", None) else { return };
    for line in [w.seal, w.signature, w.date_line] {
        append(&sign, el(doc, "p", "", Some(line)));
    }
    let _ = host.append_child(&sign);
}
