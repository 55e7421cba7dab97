//! The JavaScript API: a thin layer over [`crate::validate_filing`].
//!
//! The package's glue (js/flat.js) reads a filing's contract keys in JS and
//! hands them over in one call ([`crate::flat`]); the module's own reader
//! of JS objects ([`crate::js`]) serves a walk that fails, and callers
//! without the glue (the tests). `validate`'s reports go back
//! packed in one string; the form binding's as JS objects, reused while
//! unchanged. A value that is not an object becomes a JS
//! `Error`; nothing an input holds can make the module trap.

use wasm_bindgen::prelude::*;

use crate::input::Input;
use crate::js::{self, FromJs};
use crate::model::{self, Filing};
use crate::report::{Lang, Options, Promote};
use crate::validate_filing;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("../ts/types.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_FILING: &str = include_str!("../ts/filing.d.ts");

/// The schema is generated natively from the Rust types (`shanfang-check
/// --schema`) and embedded as text, which keeps schemars out of the module.
const SCHEMA: &str = include_str!(concat!(env!("OUT_DIR"), "/filing-v1.schema.min.json"));

fn error(msg: impl std::fmt::Display) -> JsError {
    JsError::new(&msg.to_string())
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Reads the options object (`undefined`, `null` or `{ lang, promote }`).
pub(crate) fn options(v: &JsValue) -> Result<Options, JsError> {
    if v.is_undefined() || v.is_null() {
        return Ok(Options::default());
    }
    if !v.is_object() {
        return Err(error("options must be an object such as { lang: \"en\" }"));
    }
    let lang = match get(v, "lang") {
        l if l.is_undefined() || l.is_null() => Lang::Zh,
        l => Lang::parse(&l.as_string().unwrap_or_default()).map_err(error)?,
    };
    let promote = get(v, "promote");
    let promote = if promote.is_undefined() || promote.is_null() || promote.as_bool() == Some(false) {
        Promote::None
    } else if promote.as_bool() == Some(true) {
        Promote::All
    } else if let Some(s) = promote.as_string() {
        Promote::parse_list(&s).map_err(error)?
    } else if js_sys::Array::is_array(&promote) {
        let items: &js_sys::Array = promote.unchecked_ref();
        // Trimmed, blanks dropped: the same reading as the "6.3,7.1.3" form.
        let clauses: Option<Vec<String>> = items.iter().map(|i| i.as_string().map(|c| c.trim().to_owned())).collect();
        let clauses = clauses.map(|c| c.into_iter().filter(|c| !c.is_empty()).collect::<Vec<_>>());
        let clauses = clauses.ok_or_else(|| error("promote must list clause numbers as strings"))?;
        Promote::clauses(clauses).map_err(error)?
    } else {
        return Err(error("promote must be true or a list of clause numbers"));
    };
    Ok(Options { lang, promote })
}

fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

pub(crate) fn parse_json(text: &str) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(text).map_err(|e| error(js_message(&e)))
}

/// The JSON type of a value, for the rejection message.
fn js_type(v: &JsValue) -> &'static str {
    if v.is_undefined() {
        "undefined"
    } else if v.is_null() {
        "null"
    } else if js::is_array(v).is_none() {
        "a revoked proxy"
    } else if js::is_array(v) == Some(true) {
        "an array"
    } else if v.is_string() {
        "a string"
    } else if v.as_bool().is_some() {
        "a boolean"
    } else if v.as_f64().is_some() {
        "a number"
    } else if v.is_function() {
        "a function"
    } else {
        "not an object"
    }
}

/// Reads a filing from a JS value: only a value that is not an object is
/// rejected.
pub(crate) fn read_filing(v: &JsValue) -> Result<Filing, JsError> {
    let is_object = v.is_object() && js::is_array(v) == Some(false);
    match is_object.then(|| <Filing as FromJs>::from_js(v)) {
        Some(Input::Given(f)) => Ok(f),
        _ => Err(error(format!("a filing must be a JSON object ({{ … }}), not {}", js_type(v)))),
    }
}

/// What the package's glue (js/flat.js) hands over at `attach`: its walker,
/// which reads a filing object in JS; its draft store, which writes drafts a
/// moment after the last edit and when the page is hidden; and its maker of
/// event details, which copies the filing when a listener first reads it.
#[derive(Clone)]
struct Glue {
    walk: js_sys::Function,
    /// The draft store's `save`, `flush` and `forget`, and the store itself.
    drafts: [js_sys::Function; 3],
    store: JsValue,
    detail: js_sys::Function,
}

/// What the binding asks of the glue's draft store.
pub(crate) enum Draft<'a> {
    /// Write this filing under this key soon.
    Save(&'a str, &'a JsValue),
    /// Write what waits, now.
    Flush,
    /// Drop what waits under this key, and the stored draft.
    Forget(&'a str),
}

thread_local! {
    static GLUE: std::cell::RefCell<Option<Glue>> = const { std::cell::RefCell::new(None) };
}

/// The glue, cloned out so no borrow is held while JS runs.
fn glue() -> Option<Glue> {
    GLUE.with(|g| g.try_borrow().ok().and_then(|g| g.clone()))
}

/// Takes the package's walker, draft store and detail maker, for the form
/// binding. A store without its three methods is not taken.
#[wasm_bindgen(js_name = __setGlue, skip_typescript)]
pub fn set_glue(walk: js_sys::Function, store: JsValue, detail: js_sys::Function) {
    let method = |name: &str| js_sys::Reflect::get(&store, &JsValue::from_str(name)).ok()?.dyn_into::<js_sys::Function>().ok();
    let (Some(save), Some(flush), Some(forget)) = (method("save"), method("flush"), method("forget")) else { return };
    GLUE.with(|g| {
        if let Ok(mut g) = g.try_borrow_mut() {
            *g = Some(Glue { walk, drafts: [save, flush, forget], store, detail });
        }
    });
}

/// An event's `{ filing, report }` from the glue, the filing copied when
/// first read; `None` without the glue.
pub(crate) fn event_detail(filing: &JsValue, report: &JsValue) -> Option<JsValue> {
    glue()?.detail.call2(&JsValue::NULL, filing, report).ok().filter(JsValue::is_object)
}

/// Hands a draft operation to the glue's draft store; false without the
/// glue (the binding then does it itself).
pub(crate) fn draft(op: Draft) -> bool {
    let Some(Glue { drafts: [save, flush, forget], store, .. }) = glue() else { return false };
    match op {
        Draft::Save(key, filing) => save.call2(&store, &JsValue::from_str(key), filing),
        Draft::Flush => flush.call0(&store),
        Draft::Forget(key) => forget.call1(&store, &JsValue::from_str(key)),
    }
    .is_ok()
}

/// [`read_filing`] through the JS walker when the package set one: a few
/// calls across the boundary instead of several per value. A walk that
/// fails goes to [`read_filing`].
pub(crate) fn read_filing_walked(v: &JsValue) -> Result<Filing, JsError> {
    let flat = glue().and_then(|g| g.walk.call1(&JsValue::NULL, v).ok()).filter(|r| js::is_array(r) == Some(true));
    if let Some(flat) = flat {
        let flat: &js_sys::Array = flat.unchecked_ref();
        let tags = flat.get(0).dyn_into::<js_sys::Uint8Array>().map(|a| a.to_vec());
        let nums = flat.get(1).dyn_into::<js_sys::Float64Array>().map(|a| a.to_vec());
        let text = flat.get(2).as_string();
        let longs = flat.get(3).dyn_into::<js_sys::Array>();
        if let (Ok(tags), Ok(nums), Some(text), Ok(longs)) = (tags, nums, text, longs) {
            if let Some(f) = crate::flat::read(&tags, &nums, &text, &longs) {
                return Ok(f);
            }
        }
    }
    read_filing(v)
}

/// Validates a filing given as a JS object. Throws only when the filing is
/// not an object at all; everything else is a finding.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "Filing")] filing: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = self::options(&options)?;
    let filing = read_filing(&filing)?;
    Ok(js::report(&validate_filing(&filing, &options, crate::today())))
}

/// [`validate`]'s fast path: the filing as the package's JS walker sent it
/// in one call ([`crate::flat`]). Not for direct use; the package's
/// `validate` calls it.
#[wasm_bindgen(js_name = __validateFlat, skip_typescript)]
pub fn validate_flat(tags: &[u8], nums: &[f64], text: &str, longs: js_sys::Array, options: JsValue) -> Result<String, JsError> {
    let options = self::options(&options)?;
    let filing = crate::flat::read(tags, nums, text, &longs).ok_or_else(|| error("a filing must be a JSON object ({ … })"))?;
    Ok(crate::flat::pack_report(&validate_filing(&filing, &options, crate::today())))
}

/// The shape the package's JS walker follows ([`crate::flat::plan`]).
#[wasm_bindgen(js_name = __flatPlan, skip_typescript)]
pub fn flat_plan() -> String {
    crate::flat::plan()
}

/// Validates a filing given as JSON text (parsed by the browser's
/// `JSON.parse`: duplicate keys, the last wins).
#[wasm_bindgen(js_name = validateJson, unchecked_return_type = "Report")]
pub fn validate_json(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = self::options(&options)?;
    if !text.is_string() {
        return Err(error("validateJson takes JSON text (a string)"));
    }
    // The browser's JSON.parse, called on the JS string itself: a 10 MB text
    // is never copied into wasm memory.
    let value = js::json_parse(&text).map_err(|e| error(format!("not valid JSON: {}", js_message(&e))))?;
    let filing = read_filing(&value)?;
    Ok(js::report(&validate_filing(&filing, &options, crate::today())))
}

/// The rule catalogue: every clause of chapters 4–9 with its level, title,
/// words, whether it is checkable (and why not), and its checks.
#[wasm_bindgen(unchecked_return_type = "RuleEntry[]")]
pub fn rules(#[wasm_bindgen(unchecked_optional_param_type = "\"zh\" | \"en\"")] lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = lang.as_deref().map_or(Ok(Lang::Zh), Lang::parse).map_err(error)?;
    Ok(js::catalogue(lang))
}

/// The JSON Schema (draft 2020-12) of a filing, generated from the Rust types.
#[wasm_bindgen(unchecked_return_type = "object")]
pub fn schema() -> Result<JsValue, JsError> {
    parse_json(SCHEMA)
}

/// Every field path of the contract with its kind and accepted codes.
#[wasm_bindgen(unchecked_return_type = "FieldInfo[]")]
pub fn fields() -> JsValue {
    model::all_fields()
        .into_iter()
        .map(|(path, kind, codes)| {
            let o = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&o, &"path".into(), &JsValue::from_str(path));
            let _ = js_sys::Reflect::set(&o, &"kind".into(), &JsValue::from_str(kind.name()));
            let list: js_sys::Array = codes.iter().map(|c| JsValue::from_str(c)).collect();
            let _ = js_sys::Reflect::set(&o, &"codes".into(), &list);
            JsValue::from(o)
        })
        .collect::<js_sys::Array>()
        .into()
}

/// The standard and contract this build checks.
#[wasm_bindgen(unchecked_return_type = "{ standard: string; contract: number; version: string }")]
pub fn about() -> JsValue {
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &"standard".into(), &JsValue::from_str(crate::report::STANDARD));
    let _ = js_sys::Reflect::set(&o, &"contract".into(), &JsValue::from_f64(1.0));
    let _ = js_sys::Reflect::set(&o, &"version".into(), &JsValue::from_str(env!("CARGO_PKG_VERSION")));
    o.into()
}
