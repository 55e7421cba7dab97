//! The JavaScript API: a thin layer over [`crate::validate_str`].
//!
//! Inputs cross as JSON text (`JSON.stringify` in the browser, one copy into
//! wasm memory); reports come back through `JSON.parse`. Both are native
//! browser code, and a malformed or hostile input becomes a JS `Error`, never
//! a trap: `serde_json`'s recursion limit stops deep nesting before the wasm
//! stack does.

use wasm_bindgen::prelude::*;

use crate::report::{Lang, Options};
use crate::{catalogue, model, validate_str};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("../ts/types.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_FILING: &str = include_str!("../ts/filing.d.ts");

/// The schema is generated natively from the Rust types (`shanfang-check
/// --schema`) and embedded as text, which keeps schemars out of the module.
const SCHEMA: &str = include_str!("../schema/filing-v1.schema.json");

fn error(msg: impl std::fmt::Display) -> JsError {
    JsError::new(&msg.to_string())
}

/// Reads the options object (`undefined`, `null` or `{ lang, promote }`).
pub(crate) fn options(v: &JsValue) -> Result<Options, JsError> {
    if v.is_undefined() || v.is_null() {
        return Ok(Options::default());
    }
    let text = js_sys::JSON::stringify(v).map_err(|_| error("options cannot be read as JSON"))?;
    let text = text.as_string().unwrap_or_default();
    let value: serde_json::Value = serde_json::from_str(&text).map_err(error)?;
    Options::from_json(&value).map_err(error)
}

/// Serializes a JS value to JSON text, with a clear error for what
/// `JSON.stringify` cannot handle (cycles, BigInt) or drops (`undefined`,
/// functions).
pub(crate) fn to_json_text(v: &JsValue) -> Result<String, JsError> {
    let text = js_sys::JSON::stringify(v)
        .map_err(|e| error(format!("the filing cannot be converted to JSON: {}", js_message(&e))))?;
    text.as_string()
        .ok_or_else(|| error("a filing must be a JSON object ({ … }), not undefined or a function"))
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

/// Validates a filing given as a JS object. Throws only when the filing is
/// not an object at all; everything else is a finding.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "Filing")] filing: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = self::options(&options)?;
    let text = to_json_text(&filing)?;
    let report = validate_str(&text, &options, crate::today()).map_err(error)?;
    parse_json(&report.to_json())
}

/// Validates a filing given as JSON text.
#[wasm_bindgen(js_name = validateJson, unchecked_return_type = "Report")]
pub fn validate_json(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = self::options(&options)?;
    let report = validate_str(text, &options, crate::today()).map_err(error)?;
    parse_json(&report.to_json())
}

/// The rule catalogue: every clause of chapters 4–9 with its level, title,
/// words, whether it is checkable (and why not), and its checks.
#[wasm_bindgen(unchecked_return_type = "RuleEntry[]")]
pub fn rules(#[wasm_bindgen(unchecked_optional_param_type = "\"zh\" | \"en\"")] lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = lang.as_deref().map_or(Ok(Lang::Zh), Lang::parse).map_err(error)?;
    parse_json(&catalogue::to_json(lang))
}

/// The JSON Schema (draft 2020-12) of a filing, generated from the Rust types.
#[wasm_bindgen(unchecked_return_type = "object")]
pub fn schema() -> Result<JsValue, JsError> {
    parse_json(SCHEMA)
}

/// Every field path of the contract with its kind and accepted codes.
#[wasm_bindgen(unchecked_return_type = "FieldInfo[]")]
pub fn fields() -> Result<JsValue, JsError> {
    let list: Vec<serde_json::Value> = model::all_fields()
        .into_iter()
        .map(|(path, kind, codes)| serde_json::json!({ "path": path, "kind": kind.name(), "codes": codes }))
        .collect();
    parse_json(&serde_json::Value::Array(list).to_string())
}

/// The standard and contract this build checks.
#[wasm_bindgen(unchecked_return_type = "{ standard: string; contract: number; version: string }")]
pub fn about() -> Result<JsValue, JsError> {
    parse_json(&format!(
        r#"{{"standard":"{}","contract":1,"version":"{}"}}"#,
        crate::report::STANDARD,
        env!("CARGO_PKG_VERSION")
    ))
}
