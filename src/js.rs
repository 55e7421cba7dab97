//! The browser side of reading and reporting (wasm only): a filing is read
//! straight from the JS object, a report is handed back as JS objects. No
//! JSON text crosses the boundary and no JSON parser is in the module:
//! `validateJson` uses the browser's own `JSON.parse`.
//!
//! Reading looks only at the contract's keys, at most four levels deep, so
//! cycles and deep nesting elsewhere cost nothing; a 10 MB string is measured
//! before it is copied; a list longer than the contract allows is refused by
//! its length.

use std::borrow::Cow;

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::input::{Input, Problem, Raw, MAX_LIST_ITEMS, MAX_TEXT_CHARS};
use crate::report::{Finding, Report};

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `Array.isArray`, which throws on a revoked proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array_or_throw(v: &JsValue) -> Result<bool, JsValue>;

    /// `JSON.parse` on a JS string, which is never copied through wasm
    /// (js_sys's takes a `&str`).
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    pub(crate) fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;

    /// `storage.setItem(key, text)` with a JS string as the value, so a
    /// draft goes from `JSON.stringify` to storage without visiting wasm.
    #[wasm_bindgen(js_name = Storage)]
    pub(crate) type TextStorage;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    pub(crate) fn set_item_js(this: &TextStorage, key: &str, value: &JsValue) -> Result<(), JsValue>;
}

/// Whether `v` is an array; `None` for a value that cannot be inspected (a
/// revoked proxy), which reads as not given, like a getter that throws.
pub(crate) fn is_array(v: &JsValue) -> Option<bool> {
    if !v.is_object() {
        return Some(false);
    }
    is_array_or_throw(v).ok()
}

/// A field type read from a JS value.
pub trait FromJs: Sized {
    fn from_js(v: &JsValue) -> Input<Self>;
}

macro_rules! scalar_from_js {
    ($($ty:ty),+) => {$(
        impl $crate::js::FromJs for $ty {
            fn from_js(v: &wasm_bindgen::JsValue) -> $crate::input::Input<Self> {
                $crate::input::from_raw(&$crate::js::raw(v))
            }
        }
    )+};
}
pub(crate) use scalar_from_js;

/// Strings longer than this many UTF-16 units are measured at their ends
/// before anything is copied into wasm memory.
pub(crate) const LONG: u32 = 4 * MAX_TEXT_CHARS as u32 + 64;

/// A JS value as a [`Raw`] scalar, like the JSON reader sees it. Each test
/// is a call into JS, so they come in the order values are most often met:
/// absent, text (what form controls hold), yes/no, numbers.
pub fn raw(v: &JsValue) -> Raw<'static> {
    if v.is_undefined() {
        return Raw::Null;
    }
    if v.is_string() {
        return Raw::Str(Cow::Owned(text(v.unchecked_ref())));
    }
    if let Some(b) = v.as_bool() {
        return Raw::Bool(b);
    }
    if let Some(n) = v.as_f64() {
        return Raw::Number(n);
    }
    if v.is_null() || v.is_function() || v.is_symbol() {
        // JSON.stringify leaves functions and symbols out: not given.
        return Raw::Null;
    }
    match is_array(v) {
        Some(true) => Raw::List,
        Some(false) => Raw::Object,
        None => Raw::Null,
    }
}

/// The text of a JS string. A very long one is not copied whole: its two
/// ends are, enough for the reader to see that it is too long once trimmed
/// (and to read it exactly when the ends are all white space).
pub(crate) fn text(s: &JsString) -> String {
    let len = s.length();
    if len <= LONG {
        return String::from(s);
    }
    let head = String::from(s.slice(0, LONG / 2));
    let tail = String::from(s.slice(len - LONG / 2, len));
    let blank = |t: &str| t.chars().all(char::is_whitespace);
    if blank(&head) || blank(&tail) {
        return String::from(s);
    }
    // Both ends hold text: trimmed, it is still longer than any field allows.
    head + &tail
}

/// A group of fields: a non-array object is read with `read`; `null` and
/// blank strings are not given; anything else is `NotAnObject`.
pub fn group<T>(v: &JsValue, read: impl FnOnce(&Object) -> T) -> Input<T> {
    match raw_kind(v) {
        Kind::Object => Input::Given(read(v.unchecked_ref())),
        Kind::Absent => Input::Absent,
        Kind::Other => Input::Bad(Problem::NotAnObject),
    }
}

enum Kind {
    Absent,
    Object,
    Other,
}

fn raw_kind(v: &JsValue) -> Kind {
    if v.is_undefined() {
        return Kind::Absent;
    }
    if v.is_object() {
        return match is_array(v) {
            Some(true) => Kind::Other,
            Some(false) => Kind::Object,
            None => Kind::Absent,
        };
    }
    if v.is_null() || v.is_function() || v.is_symbol() {
        return Kind::Absent;
    }
    if v.is_string() {
        let s: &JsString = v.unchecked_ref();
        // Blank, as the JSON reader sees it (a long string's ends tell).
        let blank = crate::formats::trim(&text(s)).is_empty();
        return if blank { Kind::Absent } else { Kind::Other };
    }
    Kind::Other
}

/// One field of a group. A getter that throws reads as not given.
pub fn field<T: FromJs>(obj: &Object, key: &'static str) -> Input<T> {
    match with_key(key, |k| Reflect::get(obj, k)) {
        Ok(v) => T::from_js(&v),
        Err(_) => Input::Absent,
    }
}

/// Runs `f` with the JS string of a contract key, made once per key (not
/// decoded, nor even cloned, per call).
fn with_key<R>(key: &'static str, f: impl FnOnce(&JsValue) -> R) -> R {
    thread_local! {
        static KEYS: std::cell::RefCell<std::collections::HashMap<&'static str, JsValue>> = Default::default();
    }
    // A getter in the filing may call back into the module while the cache is
    // in use: then the key is made afresh rather than panicking.
    KEYS.with(|keys| match keys.try_borrow_mut() {
        Ok(mut keys) => f(keys.entry(key).or_insert_with(|| JsValue::from_str(key))),
        Err(_) => f(&JsValue::from_str(key)),
    })
}

/// A list: items read with `T`; refused by its length when too long.
pub fn list<T: FromJs>(v: &JsValue) -> Input<Vec<Input<T>>> {
    if is_array(v) == Some(true) {
        let items: &Array = v.unchecked_ref();
        if items.length() as usize > MAX_LIST_ITEMS {
            return Input::Bad(Problem::TooManyItems);
        }
        return Input::Given(items.iter().map(|item| T::from_js(&item)).collect());
    }
    match raw_kind(v) {
        // null and a blank string: nothing chosen, as the JSON reader reads them.
        Kind::Absent => Input::Given(Vec::new()),
        _ => Input::Bad(Problem::NotAList),
    }
}

fn set(obj: &Object, key: &'static str, value: &JsValue) {
    with_key(key, |k| {
        let _ = Reflect::set(obj, k, value);
    });
}

/// A finding as a JS object.
fn finding(f: &Finding) -> JsValue {
    let o = Object::new();
    set(&o, "field", &JsValue::from_str(&f.field));
    set(&o, "clause", &f.clause.map_or(JsValue::NULL, JsValue::from_str));
    set(&o, "level", &JsValue::from_str(wasm_bindgen::intern(f.level.name())));
    set(&o, "code", &JsValue::from_str(&f.code));
    set(&o, "message", &JsValue::from_str(&f.message));
    o.into()
}

/// A report as a JS object (the shape of filing-v1.md §2).
pub fn report(r: &Report) -> JsValue {
    report_with(r, finding)
}

/// [`report`], reusing the frozen finding objects of the previous report
/// (`previous`, its objects in `objects`, which this replaces): the binding
/// reports after every keystroke, and most findings stay the same. Findings
/// keep their order from one report to the next, so each is looked for
/// just after the last one found (a few places on; past that, a new object
/// costs less than a longer search).
pub fn report_reusing(r: &Report, previous: Option<&Report>, objects: &mut Vec<JsValue>) -> JsValue {
    let old: &[Finding] = previous.map_or(&[], |p| &p.findings);
    let old_objects = std::mem::take(objects);
    let mut next = Vec::with_capacity(r.findings.len());
    let mut from = 0;
    let js = report_with(r, |f| {
        const WINDOW: usize = 8;
        let limit = old.len().min(old_objects.len()).min(from + WINDOW);
        let found = (from..limit).find(|&i| old[i] == *f);
        let obj = match found {
            Some(i) => {
                from = i + 1;
                old_objects[i].clone()
            }
            None => JsValue::from(Object::freeze(finding(f).unchecked_ref::<Object>())),
        };
        next.push(obj.clone());
        obj
    });
    *objects = next;
    js
}

fn report_with(r: &Report, mut finding: impl FnMut(&Finding) -> JsValue) -> JsValue {
    let o = Object::new();
    set(&o, "standard", &JsValue::from_str(r.standard));
    set(&o, "submittable", &JsValue::from_bool(r.submittable));
    set(&o, "errors", &JsValue::from_f64(r.errors as f64));
    set(&o, "warnings", &JsValue::from_f64(r.warnings as f64));
    let findings: Array = r.findings.iter().map(&mut finding).collect();
    set(&o, "findings", &findings);
    o.into()
}

/// The rule catalogue as JS objects.
pub fn catalogue(lang: crate::report::Lang) -> JsValue {
    let opt = |v: Option<&str>| v.map_or(JsValue::NULL, JsValue::from_str);
    crate::catalogue::entries(lang)
        .iter()
        .map(|e| {
            let o = Object::new();
            set(&o, "clause", &JsValue::from_str(e.clause));
            set(&o, "level", &opt(e.level));
            set(&o, "title", &JsValue::from_str(e.title));
            set(&o, "text", &JsValue::from_str(e.text));
            set(&o, "text_zh", &JsValue::from_str(e.text_zh));
            set(&o, "checkable", &JsValue::from_bool(e.checkable));
            set(&o, "reason", &opt(e.reason));
            set(&o, "mode", &opt(e.mode));
            let checks: Array = e
                .checks
                .iter()
                .map(|c| {
                    let co = Object::new();
                    set(&co, "code", &JsValue::from_str(c.code));
                    set(&co, "field", &JsValue::from_str(c.field));
                    set(&co, "level", &JsValue::from_str(c.level));
                    set(&co, "message", &JsValue::from_str(c.message));
                    JsValue::from(co)
                })
                .collect();
            set(&o, "checks", &checks);
            JsValue::from(o)
        })
        .collect::<Array>()
        .into()
}
