//! The package's glue (js/glue.js), as the binding sees it: its draft
//! store and its maker of event details, handed over at `attach`.

use crate::prelude::*;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use shanfang_wasm::ModuleLocal;

/// What the package's glue (js/glue.js) hands over at `attach`: its draft
/// store, which writes drafts a moment after the last edit and when the page
/// is hidden; and its maker of event details, which copies the filing when a
/// listener first reads it.
#[derive(Clone)]
struct Glue {
    /// The draft store's `save`, `flush`, `forget` and `load`, and the store itself.
    drafts: [js_sys::Function; 4],
    store: JsValue,
    detail: js_sys::Function,
}

/// What the binding asks of the glue's draft store.
pub enum Draft<'a> {
    /// Write this filing under this key soon.
    Save(&'a str, &'a JsValue),
    /// Write what waits, now.
    Flush,
    /// Drop what waits under this key, and the stored draft.
    #[cfg_attr(not(feature = "page"), allow(dead_code))] // used by the standalone page alone
    Forget(&'a str),
}

static GLUE: ModuleLocal<core::cell::RefCell<Option<Glue>>> = ModuleLocal(core::cell::RefCell::new(None));

/// The glue, cloned out so no borrow is held while JS runs.
fn glue() -> Option<Glue> {
    GLUE.0.try_borrow().ok().and_then(|g| g.clone())
}

/// Takes the package's draft store and detail maker, for the form binding.
/// A store without its four methods is not taken.
#[wasm_bindgen(js_name = __setGlue, skip_typescript)]
pub fn set_glue(store: JsValue, detail: js_sys::Function) {
    let method =
        |name: &str| js_sys::Reflect::get(&store, &JsValue::from_str(name)).ok()?.dyn_into::<js_sys::Function>().ok();
    let (Some(save), Some(flush), Some(forget), Some(load)) =
        (method("save"), method("flush"), method("forget"), method("load"))
    else {
        return;
    };
    if let Ok(mut g) = GLUE.0.try_borrow_mut() {
        *g = Some(Glue { drafts: [save, flush, forget, load], store, detail });
    }
}

/// An event's `{ filing, report }` from the glue, the filing copied when
/// first read; `None` without the glue.
pub fn event_detail(filing: &JsValue, report: &JsValue) -> Option<JsValue> {
    glue()?.detail.call2(&JsValue::NULL, filing, report).ok().filter(JsValue::is_object)
}

/// Hands a draft operation to the glue's draft store; nothing without the glue.
pub fn draft(op: Draft) {
    let Some(Glue { drafts: [save, flush, forget, _], store, .. }) = glue() else { return };
    let _ = match op {
        Draft::Save(key, filing) => save.call2(&store, &JsValue::from_str(key), filing),
        Draft::Flush => flush.call0(&store),
        Draft::Forget(key) => forget.call1(&store, &JsValue::from_str(key)),
    };
}

/// The draft stored under `key` (JSON text), what waits written first;
/// `None` without one, or without the glue.
pub fn load(key: &str) -> Option<String> {
    let Glue { drafts: [.., load], store, .. } = glue()?;
    load.call1(&store, &JsValue::from_str(key)).ok()?.as_string()
}
