//! Form controls ⇄ filing JSON. A control belongs to the filing when its
//! `name` is a contract path (or the portal's name for one); its kind comes
//! from the model's field table, so nothing here lists fields again.

use std::collections::HashMap;

use serde_json::{Map, Value};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use crate::model::{all_fields, FieldKind};

/// The kind of a contract path; an item's index is ignored
/// (`party.stewards[3].phone` is `party.stewards[].phone`).
pub fn kind_of(path: &str) -> Option<FieldKind> {
    thread_local! {
        static KINDS: HashMap<&'static str, FieldKind> =
            all_fields().into_iter().map(|(p, k, _)| (p, k)).collect();
    }
    let template = strip_indexes(path);
    KINDS.with(|k| k.get(template.as_str()).copied())
}

/// `party.stewards[3].phone` → `party.stewards[].phone`.
pub fn strip_indexes(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push('[');
            }
            ']' => {
                in_index = false;
                out.push(']');
            }
            c if !in_index => out.push(c),
            _ => {}
        }
    }
    out
}

/// The portal's names for contract paths, both ways.
#[derive(Default)]
pub struct Names {
    to_name: HashMap<String, String>,
    to_path: HashMap<String, String>,
}

impl Names {
    /// Reads `fields`: an object from paths to names, a function from a path
    /// to a name, or nothing (names are the contract paths).
    pub fn from_option(fields: &JsValue) -> Result<Names, String> {
        let mut names = Names::default();
        if fields.is_undefined() || fields.is_null() {
            return Ok(names);
        }
        if let Some(f) = fields.dyn_ref::<js_sys::Function>() {
            for (path, kind, _) in all_fields() {
                if path.contains("[]") || matches!(kind, FieldKind::Section) {
                    continue;
                }
                let name = f.call1(&JsValue::NULL, &JsValue::from_str(path)).map_err(|_| format!("fields({path:?}) threw"))?;
                if let Some(name) = name.as_string() {
                    names.insert(path, name);
                }
            }
            return Ok(names);
        }
        if !fields.is_object() {
            return Err("fields must be an object mapping contract paths to names, or a function".into());
        }
        let entries = js_sys::Object::entries(fields.unchecked_ref());
        for entry in entries.iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            let (path, name) = (pair.get(0).as_string().unwrap_or_default(), pair.get(1).as_string());
            let Some(name) = name else { return Err(format!("fields[{path:?}] must be a string")) };
            if kind_of(&path).is_none() {
                return Err(format!("fields: {path:?} is not a field of the filing contract"));
            }
            names.insert(&path, name);
        }
        Ok(names)
    }

    fn insert(&mut self, path: &str, name: String) {
        self.to_path.insert(name.clone(), path.to_owned());
        self.to_name.insert(path.to_owned(), name);
    }

    /// The contract path of a control's name, if it is part of the filing.
    pub fn path_of(&self, name: &str) -> Option<String> {
        if let Some(p) = self.to_path.get(name) {
            return Some(p.clone());
        }
        (!self.to_name.contains_key(name) && kind_of(name).is_some()).then(|| name.to_owned())
    }

    /// The control name of a contract path.
    pub fn name_of<'a>(&'a self, path: &'a str) -> &'a str {
        self.to_name.get(path).map_or(path, String::as_str)
    }
}

/// A control of the filing, in document order.
pub struct Control {
    pub path: String,
    pub el: Element,
}

/// Reads the filing from the form. Blank controls are left out; text stays
/// text (the validator reads numbers from strings, full-width digits too).
pub fn read(form: &HtmlFormElement, names: &Names) -> (Value, Vec<Control>) {
    let mut filing = Value::Object(Map::new());
    let mut controls = Vec::new();
    let elements = form.elements();
    for i in 0..elements.length() {
        let Some(el) = elements.item(i) else { continue };
        let Some(name) = el.get_attribute("name") else { continue };
        let Some(path) = names.path_of(&name) else { continue };
        let Some(kind) = kind_of(&path) else { continue };
        if let Some(value) = control_value(&el, kind) {
            match kind {
                FieldKind::Codes => push_at(&mut filing, &path, value),
                _ => set_at(&mut filing, &path, value),
            }
        } else if kind == FieldKind::Codes {
            // An unchecked group still says "chosen: nothing" rather than
            // leaving a stale list behind.
            ensure_list(&mut filing, &path);
        }
        controls.push(Control { path, el });
    }
    (filing, controls)
}

/// The JSON value one control contributes, if any.
fn control_value(el: &Element, kind: FieldKind) -> Option<Value> {
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        return match input.type_().as_str() {
            "checkbox" if kind == FieldKind::Bool => input.checked().then_some(Value::Bool(true)),
            "checkbox" | "radio" => input.checked().then(|| Value::String(input.value())),
            "button" | "submit" | "reset" | "image" | "file" => None,
            _ => non_blank(input.value()),
        };
    }
    if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
        return non_blank(select.value());
    }
    el.dyn_ref::<HtmlTextAreaElement>().and_then(|t| non_blank(t.value()))
}

fn non_blank(s: String) -> Option<Value> {
    (!s.trim().is_empty()).then_some(Value::String(s))
}

/// Writes a saved filing back into the controls (restoring a draft).
pub fn write(controls: &[Control], filing: &Value) {
    for c in controls {
        let value = get_at(filing, &c.path);
        if let Some(input) = c.el.dyn_ref::<HtmlInputElement>() {
            match input.type_().as_str() {
                "checkbox" | "radio" => {
                    let on = match value {
                        Some(Value::Bool(b)) => *b,
                        Some(Value::String(s)) if s == "true" && kind_of(&c.path) == Some(FieldKind::Bool) => true,
                        Some(Value::String(s)) => *s == input.value(),
                        Some(Value::Array(items)) => items.iter().any(|i| i.as_str() == Some(&input.value())),
                        _ => false,
                    };
                    input.set_checked(on);
                }
                _ => input.set_value(&text_of(value)),
            }
        } else if let Some(select) = c.el.dyn_ref::<HtmlSelectElement>() {
            select.set_value(&text_of(value));
        } else if let Some(t) = c.el.dyn_ref::<HtmlTextAreaElement>() {
            t.set_value(&text_of(value));
        }
    }
}

fn text_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// A path's segments: `party.stewards[3].phone` → party, stewards[3], phone.
fn segments(path: &str) -> impl Iterator<Item = (&str, Option<usize>)> {
    path.split('.').map(|seg| match seg.split_once('[') {
        Some((key, rest)) => (key, rest.trim_end_matches(']').parse().ok()),
        None => (seg, None),
    })
}

/// The slot at `path`, created on the way.
fn slot<'a>(root: &'a mut Value, path: &str) -> &'a mut Value {
    let mut cur = root;
    for (key, index) in segments(path) {
        if !cur.is_object() {
            *cur = Value::Object(Map::new());
        }
        cur = cur.as_object_mut().expect("made an object above").entry(key).or_insert(Value::Null);
        if let Some(i) = index {
            if !cur.is_array() {
                *cur = Value::Array(Vec::new());
            }
            let items = cur.as_array_mut().expect("made an array above");
            if items.len() <= i {
                items.resize(i + 1, Value::Null);
            }
            cur = &mut items[i];
        }
    }
    cur
}

fn set_at(root: &mut Value, path: &str, value: Value) {
    *slot(root, path) = value;
}

fn push_at(root: &mut Value, path: &str, value: Value) {
    let s = slot(root, path);
    match s {
        Value::Array(items) => items.push(value),
        _ => *s = Value::Array(vec![value]),
    }
}

fn ensure_list(root: &mut Value, path: &str) {
    let s = slot(root, path);
    if !s.is_array() {
        *s = Value::Array(Vec::new());
    }
}

/// The value at `path`, if any.
pub fn get_at<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = root;
    for (key, index) in segments(path) {
        cur = cur.get(key)?;
        if let Some(i) = index {
            cur = cur.get(i)?;
        }
    }
    Some(cur)
}
