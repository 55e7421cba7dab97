//! The read-only view (`view(text)`): a reviewer looks at a filing file with
//! every finding shown, the form disabled; `endView()` puts back what the
//! form held. No draft is written meanwhile.

use crate::prelude::*;

use wasm_bindgen::JsCast;

use crate::{form, render, State};
use shanfang_core::report::Lang;

#[derive(Default)]
pub(crate) struct View {
    /// What the form held before (JSON text), while a filing is viewed.
    before: Option<String>,
}

impl View {
    pub fn is_viewing(&self) -> bool {
        self.before.is_some()
    }
}

impl State {
    /// Shows a filing read-only, with every finding. What the form held
    /// comes back with [`State::end_view`].
    pub(crate) fn view(&mut self, text: &str) -> Result<(), String> {
        let zh = self.options.lang == Lang::Zh;
        shanfang_core::read_str(text).map_err(|e| {
            if zh {
                format!("不是申报文件：{e}")
            } else {
                format!("not a filing: {e}")
            }
        })?;
        if self.view.before.is_none() {
            self.view.before = Some(js_sys::JSON::stringify(&self.filing).map(String::from).unwrap_or_default());
        }
        self.empty_form();
        self.restore_from(shanfang_core::json::strip_bom(text), false);
        self.messages.submitted = true;
        self.set_read_only(true);
        Ok(())
    }

    pub(crate) fn end_view(&mut self) {
        let Some(before) = self.view.before.take() else { return };
        self.empty_form();
        self.set_read_only(false);
        self.restore_from(&before, false);
        // The filing is the form's again at once (what `open` keeps reads it).
        self.controls.sync();
        self.filing = form::read(&self.controls.list);
    }

    /// Every control of the form disabled (read-only view) or enabled again.
    fn set_read_only(&self, on: bool) {
        for form in &self.controls.forms {
            for f in render::all(form, ":scope > fieldset") {
                if let Some(f) = f.dyn_ref::<web_sys::HtmlFieldSetElement>() {
                    f.set_disabled(on);
                }
            }
        }
        render::toggle_token(&self.form, "class", "shanfang-read-only", on);
    }
}
