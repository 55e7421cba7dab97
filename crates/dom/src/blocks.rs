//! Parts of the form shown only when they apply: each mode's block
//! (`data-mode`) while the mode is chosen, and fields marked
//! `data-shown-when` while their condition holds.

use crate::prelude::*;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

use crate::render;
use shanfang_core::report::Report;

pub(crate) struct Blocks {
    /// The mode blocks with their codes, and whether each was hidden at
    /// attach (restored by `detach`).
    modes: Vec<(String, HtmlElement, bool)>,
    /// Whether each mode block is shown now.
    modes_shown: Vec<bool>,
    /// Fields shown only when they apply: the element, the path of the
    /// field it depends on, and the code chosen there.
    conditional: Vec<(HtmlElement, String, Option<String>)>,
}

impl Blocks {
    pub fn find(form: &Element) -> Blocks {
        let modes = render::all(form, "[data-mode]")
            .into_iter()
            .filter_map(|b| b.dyn_into::<HtmlElement>().ok())
            .map(|b| (b.get_attribute("data-mode").unwrap_or_default(), b.clone(), b.hidden()))
            .collect();
        let conditional = render::all(form, "[data-shown-when]")
            .into_iter()
            .filter_map(|e| {
                let when = e.get_attribute("data-shown-when")?;
                let (path, code) = match when.split_once('=') {
                    Some((p, c)) => (p.to_owned(), Some(c.to_owned())),
                    None => (when, None),
                };
                Some((e.dyn_into::<HtmlElement>().ok()?, path, code))
            })
            .collect();
        Blocks { modes, modes_shown: Vec::new(), conditional }
    }

    /// Shows what applies to the filing as it stands (`chosen`: its modes;
    /// `value_at`: its value at a path).
    pub fn update(&mut self, chosen: &[&str], report: &Report, value_at: &dyn Fn(&str) -> JsValue) {
        // Only a change touches the DOM.
        self.modes_shown.resize(self.modes.len(), false);
        for ((code, b, _), was) in self.modes.iter().zip(self.modes_shown.iter_mut()) {
            let on = chosen.contains(&code.as_str());
            if *was != on || b.hidden() == on {
                b.set_hidden(!on);
                *was = on;
            }
        }
        if !self.conditional.is_empty() {
            render::conditional_fields(&self.conditional, report, value_at);
        }
    }

    /// Every block as the page had it before the binding.
    pub fn restore(&self) {
        for (field, _, _) in &self.conditional {
            field.set_hidden(false);
        }
        for (_, block, hidden) in &self.modes {
            if block.hidden() != *hidden {
                block.set_hidden(*hidden);
            }
        }
    }
}
