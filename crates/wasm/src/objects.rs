//! A filing as a JS object, read in Rust (the `objects` feature): what the
//! wasm tests call (tests/wasm.rs), holding the object reader to the JSON
//! text's. No module the package ships has it: the package's
//! `validate(filing)` and `canonical(filing)` are its glue's
//! (js/glue-core.js), which writes the object as JSON text in JS the same
//! way and calls `validateJson` / `__canonicalJson`, and the form binding
//! (js/dom.js) validates the JSON text of the filing it reads.

use alloc::format;
use alloc::string::String;
use core::cell::{OnceCell, RefCell};

use shanfang_core::model::Filing;
use shanfang_core::validate_filing;
use wasm_bindgen::prelude::*;

use crate::{canonical_of_text, error, is_array_or_throw, js_message, report_value, rust_text, today, ModuleLocal};

/// The JSON type of a value that is not a filing, for the rejection message.
fn js_type(v: &JsValue) -> &'static str {
    if v.is_undefined() {
        "undefined"
    } else if v.is_null() {
        "null"
    } else if v.is_string() {
        "a string"
    } else if v.as_bool().is_some() {
        "a boolean"
    } else if v.as_f64().is_some() {
        "a number"
    } else if v.is_function() {
        "a function"
    } else if v.is_object() {
        match is_array_or_throw(v) {
            Ok(true) => "an array",
            Ok(false) => "an object",
            Err(_) => "a revoked proxy",
        }
    } else {
        "not an object"
    }
}

/// `JSON.stringify`'s replacer for a filing holding ±Infinity (what
/// `JSON.parse` makes of `1e400`): ±1e308, which the reader takes as out
/// of range, as it takes `1e400` in JSON text (shanfang_core::json). Made once.
/// The package's glue passes a replacer of its own instead (js/glue.js,
/// the same function in JS): this one calls into wasm for every value,
/// which cost 75 µs a call on the valid example.
static INFINITY_REPLACER: ModuleLocal<OnceCell<js_sys::Function>> = ModuleLocal(OnceCell::new());

fn infinity_replacer() -> &'static js_sys::Function {
    INFINITY_REPLACER.0.get_or_init(|| {
        Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(|_key: JsValue, v: JsValue| match v.as_f64() {
            Some(n) if n.is_infinite() => JsValue::from_f64(shanfang_core::json::TOO_LARGE.copysign(n)),
            _ => v,
        })
        .into_js_value()
        .unchecked_into()
    })
}

/// The glue's replacer, once it has handed one over.
static GLUE_REPLACER: ModuleLocal<RefCell<Option<js_sys::Function>>> = ModuleLocal(RefCell::new(None));

/// The JSON text of a filing object: exactly what `JSON.stringify` writes
/// (own enumerable properties, `toJSON` honoured, lone surrogates escaped),
/// except that ±Infinity is written as a number out of range instead of
/// `null`. A value that is not an object, a cycle, a getter that throws or
/// a BigInt is one clear `Error`.
pub fn filing_text(v: &JsValue) -> Result<String, JsError> {
    if !v.is_object() || is_array_or_throw(v) != Ok(false) {
        return Err(error(format!("a filing must be a JSON object ({{ … }}), not {}", js_type(v))));
    }
    let glue = GLUE_REPLACER.0.try_borrow().ok().and_then(|r| r.clone());
    let text = js_sys::JSON::stringify_with_replacer(v, glue.as_ref().unwrap_or_else(|| infinity_replacer()));
    let text = text.map_err(|e| error(format!("the filing cannot be written as JSON: {}", js_message(&e))))?;
    Ok(rust_text(&text))
}

/// Takes the glue's replacer (js/glue.js), for `validate` and the binding.
#[wasm_bindgen(js_name = __setReplacer, skip_typescript)]
pub fn set_replacer(replacer: js_sys::Function) {
    if let Ok(mut r) = GLUE_REPLACER.0.try_borrow_mut() {
        *r = Some(replacer);
    }
}

/// Reads a filing object through its JSON text: the one reader.
pub fn read_object(v: &JsValue) -> Result<Filing, JsError> {
    shanfang_core::read_str(&filing_text(v)?).map_err(error)
}

/// Validates a filing given as a JS object, read as the JSON text
/// `JSON.stringify` makes of it. Throws only when the filing is not an
/// object or cannot be written as JSON; everything else is a finding.
/// Not exported: the package's `validate` is its glue's (js/glue-core.js),
/// which writes the object as JSON text in JS and calls `validateJson`, so
/// a module without the binding has no object handling of its own.
pub fn validate(filing: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let options = crate::options(&options)?;
    let filing = read_object(&filing)?;
    Ok(report_value(&validate_filing(&filing, &options, today())))
}

/// The canonical form of a filing (shanfang_core::canonical), as `shanfang-check
/// --canonical` writes it: numbers as numbers, strings trimmed, codes as the
/// contract writes them, `filing_date` filled in (today in UTC+8), only the
/// chosen modes' blocks, unknown keys dropped; what does not read is kept as
/// written, so `validate(canonical(f))` reports what `validate(f)` does.
/// Throws as `validate` does. Not exported, like `validate`: the package's
/// `canonical` is its glue's, which calls `__canonicalJson`.
pub fn canonical(filing: JsValue) -> Result<JsValue, JsError> {
    canonical_of_text(&filing_text(&filing)?)
}
