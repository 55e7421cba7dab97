//! Form controls ⇄ filing JSON. A control belongs to the filing when its
//! `name` is a contract path (or the portal's name for one); its kind comes
//! from the model's field table, so nothing here lists fields again.

use crate::prelude::*;

use crate::keyed::KeyMap;
use crate::needle;

use shanfang_core::report::quoted;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use core::cell::OnceCell;

use shanfang_core::model::{all_fields, FieldKind};
use shanfang_wasm::ModuleLocal;

/// The kind of a contract path; an item's index is ignored
/// (`party.stewards[3].phone` is `party.stewards[].phone`).
pub fn kind_of(path: &str) -> Option<FieldKind> {
    // A list searched in order (~150 paths, a few per edit): a map of this
    // one key and value type was its own copy of the map's code.
    static KINDS: ModuleLocal<OnceCell<Vec<(&'static str, FieldKind)>>> = ModuleLocal(OnceCell::new());
    let kinds = KINDS.0.get_or_init(|| all_fields().into_iter().map(|(p, k, _)| (p, k)).collect());
    let template = strip_indexes(path);
    kinds.iter().find(|(p, _)| *p == template).map(|(_, kind)| *kind)
}

use shanfang_core::model::template_of as strip_indexes;

/// The portal's names for contract paths, both ways.
#[derive(Default)]
pub struct Names {
    to_name: KeyMap<String, String>,
    to_path: KeyMap<String, String>,
    /// The function form of `fields`, asked for list items' paths
    /// (`party.stewards[3].phone`) as the form's lists grow.
    mapper: Option<js_sys::Function>,
    /// Items of each list already asked for: indexes below this.
    items_covered: usize,
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
                if needle::contains(path, "[]") || matches!(kind, FieldKind::Section) {
                    continue;
                }
                names.ask(f, path)?;
            }
            names.mapper = Some(f.clone());
            return Ok(names);
        }
        if !fields.is_object() {
            return Err("fields must be an object mapping contract paths to names, or a function".into());
        }
        let entries = js_sys::Object::entries(fields.unchecked_ref());
        for entry in entries.iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            let (path, name) = (pair.get(0).as_string().unwrap_or_default(), pair.get(1).as_string());
            let Some(name) = name else { return Err(format!("fields[{}] must be a string", quoted(&path))) };
            if kind_of(&path).is_none() {
                return Err(format!("fields: {} is not a field of the filing contract", quoted(&path)));
            }
            names.insert(&path, name);
        }
        Ok(names)
    }

    fn ask(&mut self, f: &js_sys::Function, path: &str) -> Result<(), String> {
        let name =
            f.call1(&JsValue::NULL, &JsValue::from_str(path)).map_err(|_| format!("fields({}) threw", quoted(path)))?;
        if let Some(name) = name.as_string() {
            self.insert(path, name);
        }
        Ok(())
    }

    /// With the function form, asks it for the paths of list items up to
    /// `count` items per list (the form cannot hold more items than it has
    /// controls), so that `party.stewards[0].phone` can be the portal's
    /// `sw_0_phone`. A mapping that throws for an item leaves it unmapped.
    pub fn cover_items(&mut self, count: usize) {
        let Some(f) = self.mapper.clone() else { return };
        let count = count.min(shanfang_core::input::MAX_LIST_ITEMS);
        if count <= self.items_covered {
            return;
        }
        for (template, kind, _) in all_fields() {
            if !needle::contains(template, "[]") || matches!(kind, FieldKind::Section) {
                continue;
            }
            for index in self.items_covered..count {
                let path = needle::replace(template, "[]", &format!("[{index}]"), 1);
                let _ = self.ask(&f, &path);
            }
        }
        self.items_covered = count;
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

/// How a control holds its value; read once when the controls are found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum How {
    /// A checkbox for a boolean: checked means `true`.
    Flag,
    /// A checkbox of a group, or a radio button: its value when checked.
    Choice,
    /// A text-like input, a select or a textarea: its value when not blank.
    Text,
    /// Buttons and files hold nothing of the filing.
    Nothing,
}

/// A control of the filing, in document order, with what reading it needs.
pub struct Control {
    pub path: String,
    pub el: Element,
    kind: FieldKind,
    how: How,
}

impl Control {
    /// The text typed into a text control; `None` for other controls.
    pub fn typed_text(&self) -> Option<(FieldKind, String)> {
        if !matches!(self.how, How::Text) {
            return None;
        }
        let value = self.el.dyn_ref::<HtmlInputElement>()?.value();
        Some((self.kind, value))
    }
}

/// The forms that hold the filing: the form `attach` was given, or each
/// form inside the element it was given. (Chrome's autofill reads the whole
/// form a key was typed in again after each key, field by field: a page
/// with a form per section pays for one section a key, not 134 fields.)
pub fn forms_of(root: &Element) -> Vec<HtmlFormElement> {
    let forms =
        if root.matches("form").unwrap_or(false) { vec![root.clone()] } else { crate::render::all(root, "form") };
    forms.into_iter().map(JsCast::unchecked_into).collect()
}

/// Finds the forms' controls that belong to the filing. Done again only when
/// the forms' controls change (see `Controls::sync`), not per edit.
pub fn controls(forms: &[HtmlFormElement], names: &Names) -> Vec<Control> {
    let mut controls = Vec::new();
    for form in forms {
        let elements = form.elements();
        for i in 0..elements.length() {
            let Some(el) = elements.item(i) else { continue };
            let Some(name) = el.get_attribute("name") else { continue };
            let Some(path) = names.path_of(&name) else { continue };
            let Some(kind) = kind_of(&path) else { continue };
            let how =
                el.dyn_ref::<HtmlInputElement>().map_or(How::Text, |i| input_how(&i.type_(), kind == FieldKind::Bool));
            controls.push(Control { path, el, kind, how });
        }
    }
    controls
}

/// How an `<input>` of this type holds its value (a checkbox is a flag only
/// for a boolean field). Selects and textareas are `Text`.
fn input_how(input_type: &str, bool_field: bool) -> How {
    match input_type {
        "checkbox" if bool_field => How::Flag,
        "checkbox" | "radio" => How::Choice,
        "button" | "submit" | "reset" | "image" | "file" => How::Nothing,
        _ => How::Text,
    }
}

/// The value one control contributes, if any.
fn control_value(c: &Control) -> Option<JsValue> {
    let text = |s: String| (!s.trim().is_empty()).then(|| JsValue::from_str(&s));
    match c.how {
        How::Nothing => None,
        How::Flag => c.el.unchecked_ref::<HtmlInputElement>().checked().then_some(JsValue::TRUE),
        How::Choice => {
            let input = c.el.unchecked_ref::<HtmlInputElement>();
            input.checked().then(|| JsValue::from_str(&input.value()))
        }
        How::Text => {
            if let Some(input) = c.el.dyn_ref::<HtmlInputElement>() {
                text(input.value())
            } else if let Some(select) = c.el.dyn_ref::<HtmlSelectElement>() {
                text(select.value())
            } else {
                c.el.dyn_ref::<HtmlTextAreaElement>().and_then(|t| text(t.value()))
            }
        }
    }
}

/// Reads the whole filing from the controls, as a JS object shaped like the
/// contract. Blank controls are left out; text stays text (the validator
/// reads numbers from strings, full-width digits too).
pub fn read(controls: &[Control]) -> Object {
    let filing = Object::new();
    for c in controls {
        match (control_value(c), c.kind) {
            (Some(v), FieldKind::Codes) => push_at(&filing, &c.path, &v),
            (Some(v), _) => set_at(&filing, &c.path, &v),
            // An unchecked group says "chosen: nothing".
            (None, FieldKind::Codes) => ensure_list(&filing, &c.path),
            (None, _) => {}
        }
    }
    filing
}

/// A field's value as the controls hold it now, as text (to tell whether an
/// event changed anything).
pub fn field_text(controls: &[Control], path: &str) -> String {
    let mut out = String::new();
    for c in controls.iter().filter(|c| c.path == path) {
        match control_value(c).and_then(|v| v.as_string().or_else(|| v.as_bool().map(|b| b.to_string()))) {
            Some(v) => out.push_str(&v),
            None => out.push('\u{0}'),
        }
        out.push('\u{1}');
    }
    out
}

/// The filing with one field (all its controls) re-read after an edit: a
/// new object, with copies of the objects on the field's path and every
/// other part shared. Nothing an earlier filing holds is changed, so a
/// filing once handed out (an event's, a draft waiting to be written) stays
/// as it was without being copied whole on every edit.
pub fn update(filing: &Object, controls: &[Control], path: &str) -> Object {
    let root = Object::assign(&Object::new(), filing);
    let mine = controls.iter().filter(|c| c.path == path);
    let Some(kind) = kind_of(path) else { return root };
    let Some((holder, key)) = parent_in(&root, path, true) else { return root };
    if kind == FieldKind::Codes {
        let list = Array::new();
        for c in mine {
            if let Some(v) = control_value(c) {
                list.push(&v);
            }
        }
        let _ = Reflect::set(&holder, &key, &list);
        return root;
    }
    let value = mine.filter_map(control_value).next_back().unwrap_or(JsValue::UNDEFINED);
    if !value.is_undefined() {
        let _ = Reflect::set(&holder, &key, &value);
    } else if Array::is_array(&holder) {
        let _ = Reflect::set(&holder, &key, &JsValue::NULL);
    } else {
        let _ = Reflect::delete_property(holder.unchecked_ref::<Object>(), &key);
    }
    root
}

/// Writes a saved filing back into the controls (restoring a draft).
pub fn write(controls: &[Control], filing: &JsValue) {
    for c in controls {
        let value = get_at(filing, &c.path);
        match c.how {
            How::Nothing => {}
            How::Flag | How::Choice => {
                let input = c.el.unchecked_ref::<HtmlInputElement>();
                let on = if let Some(b) = value.as_bool() {
                    b
                } else if let Some(s) = value.as_string() {
                    (c.how == How::Flag && s == "true") || (c.how == How::Choice && s == input.value())
                } else if Array::is_array(&value) {
                    let own = JsValue::from_str(&input.value());
                    value.unchecked_ref::<Array>().includes(&own, 0)
                } else {
                    false
                };
                input.set_checked(on);
            }
            How::Text => {
                let text = value
                    .as_string()
                    .or_else(|| value.as_f64().map(shanfang_core::formats::number_text))
                    .unwrap_or_default();
                // An unchanged value is left alone: setting it again would
                // move the caret of a field being typed in.
                if let Some(input) = c.el.dyn_ref::<HtmlInputElement>() {
                    if input.value() != text {
                        input.set_value(&text);
                    }
                } else if let Some(select) = c.el.dyn_ref::<HtmlSelectElement>() {
                    if select.value() != text {
                        select.set_value(&text);
                    }
                } else if let Some(t) = c.el.dyn_ref::<HtmlTextAreaElement>() {
                    if t.value() != text {
                        t.set_value(&text);
                    }
                }
            }
        }
    }
}

/// Whether the person changed this control since the page loaded: its
/// value differs from the one the HTML gave it. Tells what was typed before
/// the binding started (on a weak connection the form shows seconds before
/// the module has arrived), which a restored draft must not overwrite.
/// Takes any control element, a field of the filing or not (the rows of a
/// list the binding has yet to read).
pub fn changed_since_load(el: &Element) -> bool {
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        return match input_how(&input.type_(), false) {
            How::Flag | How::Choice => input.checked() != input.default_checked(),
            How::Nothing => false,
            How::Text => input.value() != input.default_value(),
        };
    }
    if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
        // Without a `selected` attribute, the first option is the default.
        let default_selected = |i: u32| {
            select
                .item(i)
                .and_then(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
                .is_some_and(|o| o.default_selected())
        };
        let default = (0..select.length()).find(|&i| default_selected(i)).unwrap_or(0);
        return select.selected_index() != default as i32;
    }
    if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        return t.default_value().is_ok_and(|d| d != t.value());
    }
    false
}

/// A path's segments: `party.stewards[3].phone` → party, stewards[3], phone.
fn segments(path: &str) -> impl Iterator<Item = (&str, Option<u32>)> {
    path.split('.').map(|seg| match seg.split_once('[') {
        Some((key, rest)) => (key, rest.trim_end_matches(']').parse().ok()),
        None => (seg, None),
    })
}

fn get(obj: &JsValue, key: &JsValue) -> JsValue {
    Reflect::get(obj, key).unwrap_or(JsValue::UNDEFINED)
}

fn is_plain_object(v: &JsValue) -> bool {
    v.is_object() && !Array::is_array(v)
}

/// The object or array that holds the last segment of `path`, created on the
/// way, with the last key (a name, or an index into an array).
fn parent(root: &Object, path: &str) -> Option<(JsValue, JsValue)> {
    parent_in(root, path, false)
}

/// [`parent`]; with `copy`, each object and array on the way is replaced by
/// a shallow copy of itself first (see [`update`]).
fn parent_in(root: &Object, path: &str, copy: bool) -> Option<(JsValue, JsValue)> {
    // The container at `cur[key]`: the one there (copied, with `copy`), or a
    // new one.
    let step = |cur: &JsValue, key: &JsValue, list: bool| -> Option<JsValue> {
        let found = get(cur, key);
        let fits = if list { Array::is_array(&found) } else { is_plain_object(&found) };
        let next: JsValue = match (fits, list) {
            (true, _) if !copy => return Some(found),
            (true, true) => Array::from(&found).into(),
            (true, false) => Object::assign(&Object::new(), found.unchecked_ref()).into(),
            (false, true) => Array::new().into(),
            (false, false) => Object::new().into(),
        };
        Reflect::set(cur, key, &next).ok()?;
        Some(next)
    };
    let mut cur: JsValue = root.clone().into();
    let mut segs = segments(path).peekable();
    while let Some((key, index)) = segs.next() {
        let last = segs.peek().is_none();
        let key = JsValue::from_str(key);
        if let Some(i) = index {
            let list = step(&cur, &key, true)?;
            let i = JsValue::from_f64(f64::from(i));
            if last {
                return Some((list, i));
            }
            cur = step(&list, &i, false)?;
        } else {
            if last {
                return Some((cur, key));
            }
            cur = step(&cur, &key, false)?;
        }
    }
    None
}

pub fn set_at(root: &Object, path: &str, value: &JsValue) {
    if let Some((holder, key)) = parent(root, path) {
        let _ = Reflect::set(&holder, &key, value);
    }
}

fn push_at(root: &Object, path: &str, value: &JsValue) {
    if let Some((holder, key)) = parent(root, path) {
        let list = get(&holder, &key);
        if Array::is_array(&list) {
            list.unchecked_ref::<Array>().push(value);
        } else {
            let _ = Reflect::set(&holder, &key, &Array::of1(value));
        }
    }
}

fn ensure_list(root: &Object, path: &str) {
    if let Some((holder, key)) = parent(root, path) {
        if !Array::is_array(&get(&holder, &key)) {
            let _ = Reflect::set(&holder, &key, &Array::new());
        }
    }
}

/// The value at `path`, `undefined` if there is none.
pub fn get_at(root: &JsValue, path: &str) -> JsValue {
    let mut cur = root.clone();
    for (key, index) in segments(path) {
        if !cur.is_object() {
            return JsValue::UNDEFINED;
        }
        cur = get(&cur, &JsValue::from_str(key));
        if let Some(i) = index {
            if !Array::is_array(&cur) {
                return JsValue::UNDEFINED;
            }
            cur = get(&cur, &JsValue::from_f64(f64::from(i)));
        }
    }
    cur
}

/// Whether anything in a filing (or a part of one) holds a value.
#[cfg_attr(not(feature = "page"), allow(dead_code))] // used by the standalone page alone
pub fn holds_anything(v: &JsValue) -> bool {
    if Array::is_array(v) {
        return v.unchecked_ref::<Array>().iter().any(|x| holds_anything(&x));
    }
    if v.is_object() {
        return js_sys::Object::values(v.unchecked_ref()).iter().any(|x| holds_anything(&x));
    }
    // `false` is what an unticked box reads as: nothing entered.
    is_given(v) && v.as_bool() != Some(false)
}

/// Whether a saved value holds something (for restoring "touched").
pub fn is_given(v: &JsValue) -> bool {
    if let Some(s) = v.as_string() {
        return !s.trim().is_empty();
    }
    if Array::is_array(v) {
        return v.unchecked_ref::<Array>().length() > 0;
    }
    !(v.is_undefined() || v.is_null())
}
