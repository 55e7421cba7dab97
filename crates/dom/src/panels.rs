//! The two panels a page may give the binding: the error summary (shown on
//! a blocked submit, GOV.UK's pattern) and the status list (every finding,
//! kept up to date, in the form's order).

use crate::prelude::*;

use web_sys::HtmlElement;

use crate::render::{self, StatusItems};
use crate::State;
use shanfang_core::report::{Finding, Lang, Report};

#[derive(Default)]
pub(crate) struct Panels {
    pub summary: Option<HtmlElement>,
    pub status: Option<HtmlElement>,
    /// The findings the status panel shows, with the verdict's counts, to
    /// skip rebuilding it per keystroke.
    pub status_shown: Option<(Lang, Vec<Finding>, usize, usize)>,
    status_items: StatusItems,
}

impl Panels {
    pub fn new(summary: Option<HtmlElement>, status: Option<HtmlElement>) -> Panels {
        Panels { summary, status, ..Panels::default() }
    }

    /// The error summary is up.
    pub fn summary_shown(&self) -> bool {
        self.summary.as_ref().is_some_and(|s| !s.hidden())
    }
}

impl State {
    /// Draws the panels for `report`: the status list when its findings
    /// changed, the summary when it is up. The status list holds only what
    /// the person may see (on fields they acted on, or everything after a
    /// submit was tried); the rest is counted in neutral words.
    pub(crate) fn draw_panels(&mut self, report: &Report) {
        let lang = self.options.lang;
        let messages = &self.messages;
        let visible = |field: &str| messages.visible(field);
        let (form, controls) = (&self.form, &self.controls);
        let has_control = |path: &str| controls.id_of(path);
        let position = |path: &str| controls.position(form, path);
        let collapsible = self.page.as_ref().map(|p| p.status_open());
        let panels = &mut self.panels;
        if let Some(panel) = &panels.status {
            let shown = || report.findings.iter().filter(|f| visible(&f.field));
            // Compared in place: the findings are copied only when they changed.
            let unchanged = panels.status_shown.as_ref().is_some_and(|(l, f, e, w)| {
                *l == lang && f.iter().eq(shown()) && *e == report.errors && *w == report.warnings
            });
            if !unchanged {
                let seen = Report::new(shown().cloned().collect());
                if panels.status_shown.as_ref().is_some_and(|(l, ..)| *l != lang) {
                    panels.status_items = StatusItems::default();
                }
                render::status(
                    &self.doc,
                    panel,
                    &seen,
                    lang,
                    &has_control,
                    &position,
                    collapsible,
                    &mut panels.status_items,
                    report,
                );
                panels.status_shown = Some((lang, seen.findings, report.errors, report.warnings));
            }
        }
        if let Some(summary) = panels.summary.as_ref().filter(|s| !s.hidden()) {
            render::summary(&self.doc, summary, report, lang, &has_control, &position);
        }
    }

    /// Shows the error summary for `report` (a blocked submit).
    pub(crate) fn show_summary(&mut self, report: &Report) {
        self.controls.sync();
        let (form, controls) = (&self.form, &self.controls);
        let position = |path: &str| controls.position(form, path);
        if let Some(summary) = &self.panels.summary {
            render::summary(&self.doc, summary, report, self.options.lang, &|p| controls.id_of(p), &position);
            // It takes focus on a blocked submit, whatever the portal's markup:
            // a <div> is not focusable without a tabindex.
            if !summary.has_attribute("tabindex") {
                let _ = summary.set_attribute("tabindex", "-1");
            }
        }
    }
}
