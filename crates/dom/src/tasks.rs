//! The task list (issue 30): the form's sections, each with its state and
//! what is left, GOV.UK's "task list" pattern, instead of a count of errors
//! at the door. A section is an element of the form marked `fieldset.section`
//! (the standalone page's, generated from the field table) or
//! `[data-shanfang-section]` (a portal's own); a section the page hides (a
//! mode not chosen) is not listed. Each section is:
//!
//! - 未开始 (not started): nothing in it typed or chosen;
//! - 未完成 (in progress): something typed or chosen, and a requirement (应)
//!   of the standard still unmet in it;
//! - 已完成 (completed): something typed or chosen, no requirement unmet;
//!   recommendations (宜) are counted beside it as 建议, never block it.
//!
//! A finding belongs to the section holding its field's control. The words
//! are neutral ("还需填写 3 项"): errors are shown only after a person acted
//! (crate::panels).

use crate::prelude::*;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::form::Control;
use crate::text::ui;
use shanfang_core::report::{Lang, Level, Report};

/// The selector of a section.
const SECTION: &str = "fieldset.section, [data-shanfang-section]";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TaskState {
    NotStarted,
    InProgress,
    Completed,
}

/// One line of the list: a section and where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Task {
    pub id: String,
    pub title: String,
    pub state: TaskState,
    /// Requirements (应) still unmet in it.
    pub needed: usize,
    /// Recommendations (宜) in it.
    pub advice: usize,
}

#[derive(Default)]
pub(crate) struct Tasks {
    /// Where the list goes (`tasks` option; `#shanfang-tasks` on the
    /// standalone page); none: no task list.
    pub panel: Option<HtmlElement>,
    /// What it shows, to skip redrawing an unchanged list per keystroke.
    shown: Option<(Lang, Vec<Task>)>,
    /// The sections and which one each control is in, found again only when
    /// the controls change (rows added or removed), not per keystroke.
    layout: Option<Layout>,
    /// Which sections have something typed or chosen, as last looked at.
    acted: Vec<bool>,
    /// The one field edited since (a keystroke): only its section is looked
    /// at again; `None` after a change of the whole form: all are.
    edited: Option<String>,
}

struct Layout {
    sections: Vec<Element>,
    titles: Vec<String>,
    /// Each control's section, by its index in the controls' list.
    member: Vec<Option<usize>>,
    /// Each finding's field's section, as found (the fields of findings on
    /// groups are found through the page, so once). A list: a few dozen
    /// fields, and a map would be another map type's code in the module.
    of_field: core::cell::RefCell<Vec<(String, Option<usize>)>>,
    /// The controls it was made for: their number and the first one.
    first: Option<Element>,
}

impl Layout {
    fn find(form: &Element, controls: &[Control]) -> Layout {
        let sections: Vec<Element> = match form.query_selector_all(SECTION) {
            Ok(list) => (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
                // Not a section inside another (the outer one holds its fields).
                .filter(|s| s.parent_element().and_then(|p| p.closest(SECTION).ok().flatten()).is_none())
                .collect(),
            Err(_) => Vec::new(),
        };
        let member = controls.iter().map(|c| sections.iter().position(|s| s.contains(Some(&c.el)))).collect();
        let titles = sections.iter().map(title_of).collect();
        Layout { sections, titles, member, of_field: Default::default(), first: controls.first().map(|c| c.el.clone()) }
    }

    fn fits(&self, controls: &[Control]) -> bool {
        self.member.len() == controls.len() && self.first.as_ref() == controls.first().map(|c| &c.el)
    }
}

impl Tasks {
    pub fn new(panel: Option<HtmlElement>) -> Tasks {
        Tasks { panel, shown: None, layout: None, acted: Vec::new(), edited: None }
    }

    /// One field was edited: at the next draw only its section is looked at
    /// again for what was typed or chosen.
    pub fn edited(&mut self, path: &str) {
        if self.panel.is_some() {
            self.edited = Some(path.to_owned());
        }
    }

    /// Draws the list for the form's sections, `controls` and `report`.
    pub fn draw(
        &mut self,
        form: &Element,
        controls: &[Control],
        report: &Report,
        position: &dyn Fn(&str) -> usize,
        lang: Lang,
    ) {
        let Some(panel) = &self.panel else { return };
        let edited = self.edited.take();
        if !self.layout.as_ref().is_some_and(|l| l.fits(controls)) {
            self.layout = Some(Layout::find(form, controls));
            self.acted.clear();
        }
        let Some(layout) = &self.layout else { return };
        // What was typed or chosen, section by section: all of them after a
        // change of the whole form, else only the edited field's.
        let only = match (&edited, self.acted.len() == layout.sections.len()) {
            (Some(path), true) => controls.iter().zip(&layout.member).find(|(c, _)| c.path == *path).map(|(_, m)| *m),
            _ => None,
        };
        match only {
            Some(section) => {
                if let Some(i) = section {
                    self.acted[i] = section_acted(layout, controls, i);
                }
            }
            None => self.acted = (0..layout.sections.len()).map(|i| section_acted(layout, controls, i)).collect(),
        }
        let tasks = tasks(layout, &self.acted, report, position);
        if self.shown.as_ref().is_some_and(|(l, t)| *l == lang && *t == tasks) {
            return;
        }
        let before = self.shown.as_ref().filter(|(l, _)| *l == lang).map(|(_, t)| t.as_slice());
        render(panel, &tasks, before, lang);
        self.shown = Some((lang, tasks));
    }

    /// Drawn again at the next verdict, its titles read again (the language
    /// changed, the page was reset).
    pub fn forget(&mut self) {
        self.shown = None;
        self.layout = None;
        self.acted.clear();
    }

    /// Empties the panel (detach).
    pub fn clear(&mut self) {
        if let Some(p) = &self.panel {
            p.set_inner_html("");
        }
        self.forget();
    }
}

/// Something typed or chosen by the person in this control: a value other
/// than the one the page shipped with (a unit's default radio, a steward
/// row's preset role, an empty text, an unticked box are not).
fn acted_on(el: &Element) -> bool {
    let v: &wasm_bindgen::JsValue = el.as_ref();
    let text = |name| crate::get(v, name).as_string().unwrap_or_default();
    match text("type").as_str() {
        "checkbox" | "radio" => crate::get(v, "checked").is_truthy() && !crate::get(v, "defaultChecked").is_truthy(),
        "select-one" => {
            // The option chosen, unless it is the one the page shipped selected.
            let index = crate::get(v, "selectedIndex").as_f64().unwrap_or(-1.0);
            if index < 0.0 || text("value").is_empty() {
                return false;
            }
            let option = js_sys::Reflect::get(&crate::get(v, "options"), &index.into()).unwrap_or_default();
            !crate::get(&option, "defaultSelected").is_truthy()
        }
        _ => {
            let value = text("value");
            !value.trim().is_empty() && value != text("defaultValue")
        }
    }
}

/// The section's heading: a portal's `data-shanfang-section="…"`, else the
/// text of its legend or first heading, without what the page marks as
/// not part of it (a clause reference is kept: it names the section).
fn title_of(section: &Element) -> String {
    if let Some(t) = section.get_attribute("data-shanfang-section").filter(|t| !t.trim().is_empty()) {
        return t;
    }
    let heading = section.query_selector(":scope > legend, h2, h3").ok().flatten();
    let text = heading.and_then(|h| h.text_content()).unwrap_or_default();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether something is typed or chosen in section `i` (the first control
/// acted on is enough).
fn section_acted(layout: &Layout, controls: &[Control], i: usize) -> bool {
    controls.iter().zip(&layout.member).any(|(c, m)| *m == Some(i) && acted_on(&c.el))
}

/// The task list for the form as it stands.
fn tasks(layout: &Layout, acted: &[bool], report: &Report, position: &dyn Fn(&str) -> usize) -> Vec<Task> {
    let mut tasks: Vec<Task> = layout
        .sections
        .iter()
        .zip(&layout.titles)
        .map(|(s, title)| Task { id: s.id(), title: title.clone(), state: TaskState::NotStarted, needed: 0, advice: 0 })
        .collect();
    let mut of_field = layout.of_field.borrow_mut();
    for f in &report.findings {
        let section = match of_field.iter().find(|(field, _)| *field == f.field) {
            Some((_, s)) => *s,
            None => {
                let s = layout.member.get(position(&f.field)).copied().flatten();
                of_field.push((f.field.clone(), s));
                s
            }
        };
        let Some(i) = section else { continue };
        match f.level {
            Level::Error => tasks[i].needed += 1,
            Level::Warning => tasks[i].advice += 1,
        }
    }
    for (i, t) in tasks.iter_mut().enumerate() {
        t.state = match (acted.get(i).copied().unwrap_or(false), t.needed) {
            (false, _) => TaskState::NotStarted,
            (true, 0) => TaskState::Completed,
            (true, _) => TaskState::InProgress,
        };
    }
    // A hidden section (a mode not chosen) is not a task.
    layout
        .sections
        .iter()
        .zip(tasks)
        .filter(|(s, _)| s.closest("[hidden]").ok().flatten().is_none())
        .map(|(_, t)| t)
        .collect()
}

/// `text` with the characters HTML gives a meaning escaped.
fn escaped(text: &str, out: &mut String) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(ch),
        }
    }
}

/// Written as one piece of markup: one call into the page instead of a few
/// per line (measured: the element-by-element version was 3 KB more of
/// module, gzipped). When only some lines changed (a keystroke: one
/// section's count), only those lines are written again: the whole list
/// written anew was restyled, laid out and its text shaped again on each
/// such key (issue 30, the slowest keys on a phone).
fn render(panel: &HtmlElement, tasks: &[Task], before: Option<&[Task]>, lang: Lang) {
    let t = ui(lang);
    if tasks.is_empty() {
        panel.set_inner_html("");
        return;
    }
    if let Some(before) = before.filter(|b| b.len() == tasks.len() && b.iter().zip(tasks).all(|(b, t)| b.id == t.id)) {
        let lines = panel.query_selector_all("li.shanfang-task").ok();
        if lines.as_ref().is_some_and(|l| l.length() as usize == tasks.len()) {
            for (i, (task, _)) in tasks.iter().zip(before).enumerate().filter(|(_, (t, b))| t != b) {
                if let Some(li) =
                    lines.as_ref().and_then(|l| l.item(i as u32)).and_then(|n| n.dyn_into::<Element>().ok())
                {
                    let mut html = String::with_capacity(160);
                    line(task, t, &mut html);
                    li.set_outer_html(&html);
                }
            }
            return;
        }
    }
    let own = panel.id();
    let title_id = format!("{}-title", if own.is_empty() { "shanfang-tasks" } else { own.as_str() });
    // The heading names the list (and the landmark, when the panel is one).
    if !panel.has_attribute("aria-label") {
        let _ = panel.set_attribute("aria-labelledby", &title_id);
    }
    let mut html = String::with_capacity(160 * tasks.len());
    html.push_str("<h2 class=\"shanfang-tasks-title\" id=\"");
    escaped(&title_id, &mut html);
    html.push_str("\">");
    html.push_str(t.tasks_label);
    html.push_str("</h2><ol class=\"shanfang-tasks\">");
    for task in tasks {
        line(task, t, &mut html);
    }
    html.push_str("</ol>");
    panel.set_inner_html(&html);
}

/// One section's line of the list.
fn line(task: &Task, t: &crate::text::Ui, html: &mut String) {
    let (state, key) = match task.state {
        TaskState::NotStarted => (t.not_started, "not-started"),
        TaskState::InProgress => (t.in_progress, "in-progress"),
        TaskState::Completed => (t.completed, "completed"),
    };
    html.push_str("<li class=\"shanfang-task\" data-state=\"");
    html.push_str(key);
    html.push_str("\" data-section=\"");
    escaped(&task.id, html);
    html.push_str("\"><a class=\"shanfang-task-name\" href=\"#");
    escaped(&task.id, html);
    html.push_str("\">");
    escaped(&task.title, html);
    html.push_str("</a> <strong class=\"shanfang-task-state\">");
    html.push_str(state);
    html.push_str("</strong>");
    let mut left = Vec::new();
    if task.needed > 0 {
        left.push((t.still_needed)(task.needed));
    }
    if task.advice > 0 {
        left.push((t.advice)(task.advice));
    }
    if !left.is_empty() {
        html.push_str(" <span class=\"shanfang-task-left\">");
        html.push_str(&left.join(" · "));
        html.push_str("</span>");
    }
    html.push_str("</li>");
}
