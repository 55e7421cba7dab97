//! The standalone page's features left out (`page` feature off): a page
//! type with no values, so every branch that would use one is dead code
//! the compiler drops, and `standalone: true` is refused with a reason.

use crate::prelude::*;

use web_sys::{Document, Element, HtmlElement};

use crate::events::After;
use crate::State;
use shanfang_core::report::{Lang, Report};

pub(crate) enum Page {}

impl Page {
    pub fn find(_: &Document) -> Result<Page, &'static str> {
        Err("standalone: this module has no standalone page (built without the `page` feature)")
    }
    pub fn catalogue(&self) -> Option<&Element> {
        match *self {}
    }
    pub fn record(&self) -> Option<&Element> {
        match *self {}
    }
    pub fn done(&self) -> Option<&HtmlElement> {
        match *self {}
    }
    pub fn status_open(&self) -> bool {
        match *self {}
    }
    pub fn toggle_status(&mut self) {
        match *self {}
    }
    pub fn hide_done(&self) {
        match *self {}
    }
    pub fn show_done(&self, _: &Document, _: &Report, _: Lang) {
        match *self {}
    }
    pub fn build_catalogue(&mut self, _: &Document, _: Lang) {
        match *self {}
    }
    pub fn open_catalogue(&mut self, _: &Document, _: Lang) {
        match *self {}
    }
    pub fn relang_catalogue(&mut self, _: &Document, _: Lang) {
        match *self {}
    }
}

impl State {
    pub(crate) fn find_kept(&mut self) {}

    pub(crate) fn open_file(&mut self, _: &str, _: &str) -> Result<(), String> {
        Err("open: this module has no standalone page (built without the `page` feature)".into())
    }

    pub(crate) fn replaced_notice(&self) -> Option<HtmlElement> {
        None
    }

    pub(crate) fn drop_cleared(&mut self) {}

    pub(crate) fn build_record(&self) {}

    pub(crate) fn on_page_click(&mut self, _: &dyn Fn(&str) -> Option<Element>) -> Option<After> {
        None
    }
}
