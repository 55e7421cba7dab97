//! The JavaScript API: a thin layer over the one reader of a filing
//! ([`shanfang_core::read_str`], the same serde visitors as the native CLI).
//!
//! A filing crosses the boundary as JSON text: `validate(obj)` takes what
//! `JSON.stringify` writes of it (own enumerable properties only, lone
//! surrogates as `\udXXX` escapes), `validateJson(text)` the text itself. The
//! report comes back as JSON text that `JSON.parse` turns into plain
//! objects, so nothing on `Object.prototype` reaches it. Options cross as
//! JSON text too, and so do the small objects the module returns (the
//! catalogue, fields, about). Nothing an input holds can make
//! the module trap: what cannot be read is a JS `Error`.

// `alloc` only: the package's modules bring their own panic handler
// (crates/package) in place of std's.
#![no_std]

extern crate alloc;

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

#[cfg(any(feature = "rules", feature = "fields"))]
use serde::Serialize;
use shanfang_core::input::{Raw, Reader, Slot};
use wasm_bindgen::prelude::*;

use shanfang_core::report::{Lang, Options, Promote, Report};
use shanfang_core::validate_filing;

#[cfg(feature = "objects")]
mod objects;
#[cfg(feature = "objects")]
pub use objects::{canonical, filing_text, read_object, set_replacer, validate};

/// Today in China Standard Time, from the browser's clock (not its time
/// zone: an applicant abroad files under the same date as the server).
pub fn today() -> shanfang_core::formats::Date {
    // Date.now() is whole milliseconds; div_euclid floors before 1970 too.
    shanfang_core::china_date((js_sys::Date::now() as i64).div_euclid(1000))
}

// The package's typings are hand-written beside its entry modules
// (ts/*.d.ts, composed by scripts/package.py); wasm-bindgen's own are not
// published, so they carry no custom sections.

/// The schema is generated from the model's field shapes (`cargo xtask
/// generate`, xtask/src/schema.rs) and embedded as text (build.rs); only
/// with the `schema` feature (the core entry reads the package's JSON file).
#[cfg(feature = "schema")]
const SCHEMA: &str = include_str!(concat!(env!("OUT_DIR"), "/filing-v1.schema.min.json"));

#[wasm_bindgen]
extern "C" {
    /// `Array.isArray`, which throws on a revoked proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array_or_throw(v: &JsValue) -> Result<bool, JsValue>;

    /// `JSON.parse` on a JS string, which is never copied through wasm
    /// (js_sys's takes a `&str`).
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    pub fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;
}

fn error(msg: impl core::fmt::Display) -> JsError {
    JsError::new(&msg.to_string())
}

fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// One option's value as given.
#[derive(Default)]
enum OptionValue {
    #[default]
    Absent,
    Bool(bool),
    Text(String),
    /// A list: each item's text, `None` for an item that is not a string.
    List(Vec<Option<String>>),
    Other,
}

/// The options object as read: `{ lang, promote }`, other keys ignored.
#[derive(Default)]
struct OptionsInput {
    lang: OptionValue,
    promote: OptionValue,
}

// The options are read by the filing's reader too (shanfang_core::input::Reader),
// through these places, instead of a second parser or a serde_json::Value.
impl Slot for OptionValue {
    fn scalar(&mut self, raw: &Raw) {
        *self = match raw {
            Raw::Null => OptionValue::Absent,
            Raw::Bool(b) => OptionValue::Bool(*b),
            Raw::Str(s) => OptionValue::Text(s.to_string()),
            _ => OptionValue::Other,
        };
    }
    fn begin_list(&mut self) -> Option<Box<dyn Slot + '_>> {
        *self = OptionValue::List(Vec::new());
        match self {
            OptionValue::List(items) => Some(Box::new(OptionItems(items))),
            _ => None,
        }
    }
    fn too_many(&mut self) {
        *self = OptionValue::Other;
    }
}

struct OptionItems<'a>(&'a mut Vec<Option<String>>);

impl Slot for OptionItems<'_> {
    fn scalar(&mut self, raw: &Raw) {
        self.0.push(match raw {
            Raw::Str(s) => Some(s.to_string()),
            _ => None,
        });
    }
}

impl Slot for OptionsInput {
    fn scalar(&mut self, _: &Raw) {}
    fn begin_map(&mut self) -> bool {
        true
    }
    fn field(&mut self, key: &str) -> Option<&mut dyn Slot> {
        match key {
            "lang" => Some(&mut self.lang),
            "promote" => Some(&mut self.promote),
            _ => None,
        }
    }
}

/// Reads the options object (`undefined`, `null` or `{ lang, promote }`),
/// its own properties only: as JSON text, like a filing, with the filing's
/// reader. (serde-wasm-bindgen's deserializer, tried first, brought core's
/// float formatting into the module for its error messages: 6 KB gzipped
/// for two keys. Its serializer carries what the module returns.)
pub fn options(v: &JsValue) -> Result<Options, JsError> {
    if v.is_undefined() || v.is_null() {
        return Ok(Options::default());
    }
    let bad = || error("options must be an object such as { lang: \"en\" }");
    if !v.is_object() || is_array_or_throw(v).unwrap_or(true) {
        return Err(bad());
    }
    let text = String::from(js_sys::JSON::stringify(v).map_err(|_| bad())?);
    let mut input = OptionsInput::default();
    let mut parser = serde_json::Deserializer::from_str(&text);
    serde::de::DeserializeSeed::deserialize(Reader(&mut input), &mut parser).map_err(|_| bad())?;
    let lang = match input.lang {
        OptionValue::Absent => Lang::Zh,
        OptionValue::Text(l) => Lang::parse(&l).map_err(error)?,
        _ => return Err(error("lang must be \"zh\" or \"en\"")),
    };
    let promote = match input.promote {
        OptionValue::Absent | OptionValue::Bool(false) => Promote::None,
        OptionValue::Bool(true) => Promote::All,
        OptionValue::Text(s) => Promote::parse_list(&s).map_err(error)?,
        OptionValue::List(items) => {
            // Trimmed, blanks dropped: the same reading as the "6.3,7.1.3" form.
            let clauses: Option<Vec<String>> = items.into_iter().map(|i| i.map(|c| c.trim().to_owned())).collect();
            let clauses = clauses.ok_or_else(|| error("promote must list clause numbers as strings"))?;
            Promote::clauses(clauses.into_iter().filter(|c| !c.is_empty()).collect()).map_err(error)?
        }
        OptionValue::Other => return Err(error("promote must be true or a list of clause numbers")),
    };
    Ok(Options { lang, promote })
}

#[wasm_bindgen]
extern "C" {
    /// `TextEncoder`, whose `encodeInto` writes a JS string straight into
    /// wasm memory (wasm-bindgen's own copy walks a long ASCII string one
    /// `charCodeAt` at a time: 40 ms for 10 MB).
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, source: &js_sys::JsString, dest: &js_sys::Uint8Array) -> EncodeIntoResult;
    type EncodeIntoResult;
    #[wasm_bindgen(method, getter)]
    fn read(this: &EncodeIntoResult) -> f64;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeIntoResult) -> f64;
}

/// A JS string as Rust text (lone surrogates become U+FFFD, as in every
/// copy into wasm). Short strings take wasm-bindgen's copy; long ones
/// `encodeInto`, into a buffer that grows only for what is not ASCII.
fn rust_text(s: &js_sys::JsString) -> String {
    const LONG: u32 = 64 * 1024;
    let units = s.length();
    if units < LONG {
        return String::from(s);
    }
    let encoder = TextEncoder::new();
    let mut bytes: Vec<u8> = Vec::new();
    let mut rest = s.clone();
    let mut left = units as usize;
    while left > 0 {
        // ASCII fits in one byte a unit; what is not gets room on the next round.
        bytes.reserve(left + 4);
        let spare = bytes.capacity() - bytes.len();
        // SAFETY: the view covers the vector's spare capacity, which
        // encodeInto fills from the start; `written` bytes are then set.
        let view = unsafe { js_sys::Uint8Array::view_mut_raw(bytes.as_mut_ptr().add(bytes.len()), spare) };
        let done = encoder.encode_into(&rest, &view);
        let (read, written) = (done.read() as usize, done.written() as usize);
        unsafe { bytes.set_len(bytes.len() + written) };
        left -= read;
        if left > 0 {
            rest = rest.slice(read as u32, rest.length());
            bytes.reserve(left * 3);
        }
    }
    // encodeInto writes UTF-8 and never splits a character.
    String::from_utf8(bytes).unwrap_or_default()
}

/// A JS string as Rust text. Copying into wasm turns a lone surrogate into
/// U+FFFD; JSON text may hold one raw inside a string (a JS string can), so
/// when the copy shows U+FFFD the text is copied again as `JSON.stringify`
/// writes it as a string, where each lone surrogate is a `\udXXX` escape
/// (ES2019) and nothing else is lost, and unescaped with each lone
/// surrogate as the mark the reader reports (shanfang_core::json).
fn json_text(text: &js_sys::JsString) -> String {
    let copy = rust_text(text);
    if !copy.contains('\u{FFFD}') {
        return copy;
    }
    let Ok(literal) = js_sys::JSON::stringify(text) else { return copy };
    let literal = rust_text(&literal);
    match literal.strip_prefix('"').and_then(|l| l.strip_suffix('"')) {
        Some(body) => shanfang_core::json::unescape(body),
        None => copy,
    }
}

/// A report as plain JS objects, through its JSON text.
pub fn report_value(report: &Report) -> JsValue {
    let text = report.to_json();
    js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL)
}

/// Validates a filing given as JSON text, read exactly as `shanfang-check`
/// reads it (a byte-order mark ignored; duplicate keys, the last wins).
#[wasm_bindgen(js_name = validateJson, unchecked_return_type = "Report")]
pub fn validate_json(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = self::options(&options)?;
    let Some(text) = text.dyn_ref::<js_sys::JsString>() else {
        return Err(error("validateJson takes JSON text (a string)"));
    };
    let filing = shanfang_core::read_str(&json_text(text)).map_err(error)?;
    Ok(report_value(&validate_filing(&filing, &options, today())))
}

/// The canonical form of a filing given as JSON text (what the glue's
/// `canonical(filing)` writes of the object).
#[wasm_bindgen(js_name = __canonicalJson, skip_typescript)]
pub fn canonical_json(text: JsValue) -> Result<JsValue, JsError> {
    let Some(text) = text.dyn_ref::<js_sys::JsString>() else {
        return Err(error("canonical takes a filing's JSON text (a string)"));
    };
    canonical_of_text(&json_text(text))
}

fn canonical_of_text(text: &str) -> Result<JsValue, JsError> {
    let json = shanfang_core::canonical::canonical_str(text, today()).map_err(error)?;
    js_sys::JSON::parse(&json).map_err(|e| error(js_message(&e)))
}

/// A value of the module's one thread, for a static. A module built without
/// the `atomics` target feature (every one this package ships) runs on one
/// thread, so a static of it is never shared: what `thread_local!` said,
/// without std (this crate and the form binding's).
pub struct ModuleLocal<T>(pub T);

// SAFETY: without `atomics` the module has one thread (see above).
#[cfg(not(target_feature = "atomics"))]
unsafe impl<T> Sync for ModuleLocal<T> {}

/// Small values as JS objects: `null` for `None`, maps as plain objects.
#[cfg(any(feature = "rules", feature = "fields"))]
fn to_js(value: &impl Serialize) -> JsValue {
    // Through JSON text, like reports: serde-wasm-bindgen needs std, and
    // without std a module has no panic-message formatting (issue 28).
    match serde_json::to_string(value) {
        Ok(text) => json_parse(&JsValue::from_str(&text)).unwrap_or(JsValue::NULL),
        Err(_) => JsValue::NULL,
    }
}

/// The rule catalogue: every clause of chapters 4–9 with its level, title,
/// words, whether it is checkable (and why not), and its checks.
#[cfg(feature = "rules")]
#[wasm_bindgen(unchecked_return_type = "RuleEntry[]")]
pub fn rules(#[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = lang.as_deref().map_or(Ok(Lang::Zh), Lang::parse).map_err(error)?;
    Ok(to_js(&shanfang_core::catalogue::entries(lang)))
}

/// The JSON Schema (draft 2020-12) of a filing, generated from the Rust types.
#[cfg(feature = "schema")]
#[wasm_bindgen(unchecked_return_type = "object")]
pub fn schema() -> Result<JsValue, JsError> {
    js_sys::JSON::parse(SCHEMA).map_err(|e| error(js_message(&e)))
}

#[cfg(feature = "fields")]
#[derive(Serialize)]
struct FieldEntry {
    path: &'static str,
    kind: &'static str,
    codes: &'static [&'static str],
}

/// Every field path of the contract with its kind and accepted codes.
#[cfg(feature = "fields")]
#[wasm_bindgen(unchecked_return_type = "FieldInfo[]")]
pub fn fields() -> JsValue {
    let entries: Vec<FieldEntry> = shanfang_core::model::all_fields()
        .into_iter()
        .map(|(path, kind, codes)| FieldEntry { path, kind: kind.name(), codes })
        .collect();
    to_js(&entries)
}

/// How a value typed into a number, count or phone field was read ("按
/// 1200 计"), for the form binding (js/dom.js) to show under the field;
/// `undefined` when there is nothing to add (filing-v1.md §4). `kind` is
/// the field's kind as the field table names it ("count", "number", …).
/// Only in a module for that binding (the `reading` feature).
#[cfg(feature = "reading")]
#[wasm_bindgen(js_name = __reading, skip_typescript)]
pub fn reading(path: &str, kind: &str, text: &str, lang: &str) -> Option<String> {
    use shanfang_core::model::FieldKind;
    let kind = match kind {
        "count" => FieldKind::Count,
        "number" => FieldKind::Number,
        _ => FieldKind::Text,
    };
    let lang = if lang == "en" { Lang::En } else { Lang::Zh };
    shanfang_core::model::reading(path, kind, text, lang)
}

/// A number as the validator writes it (`1200`, `2.5`), for the form
/// binding (js/dom.js) to put a filing's number into a text box as the
/// canonical form and the messages write it. Only with `reading`.
#[cfg(feature = "reading")]
#[wasm_bindgen(js_name = __numberText, skip_typescript)]
pub fn number_text(n: f64) -> String {
    shanfang_core::formats::number_text(n)
}

/// The standard and contract this build checks. Written as JSON text (no
/// serializer in the module for three constants; the strings hold nothing
/// JSON would escape).
#[wasm_bindgen(unchecked_return_type = "{ standard: string; contract: number; version: string }")]
pub fn about() -> JsValue {
    const ABOUT: &str = concat!(
        "{\"standard\":\"",
        "DB3311/T 244—2023",
        "\",\"contract\":1,\"version\":\"",
        env!("CARGO_PKG_VERSION"),
        "\"}"
    );
    // The standard named here is the report's.
    const _: () = assert!(same(STANDARD_IN_ABOUT.as_bytes(), shanfang_core::report::STANDARD.as_bytes()));
    json_parse(&JsValue::from_str(ABOUT)).unwrap_or(JsValue::NULL)
}

const STANDARD_IN_ABOUT: &str = "DB3311/T 244—2023";

/// Byte equality in a const context.
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
