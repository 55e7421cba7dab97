//! The canonical filing (issue 12): what a portal stores and the page
//! downloads. Any readable filing becomes one where every value reads as
//! itself: counts as JSON numbers, other numbers as the JSON number their
//! text spells (full-width digits mapped, separators and units dropped),
//! strings trimmed, credit codes and SC numbers upper-cased, a phone as its
//! national number, an area's written unit moved to `base_area_unit`,
//! `filing_date` and `version` filled in, only the chosen modes' blocks,
//! nothing the contract does not name.
//!
//! What does not read (a format finding) is kept exactly as written, so the
//! canonical filing gets the same report as the original: the reader made
//! the model, and the model writes the canonical form, so there is no
//! second reader to disagree with the first. Canonicalising twice changes
//! nothing (tests/canonical.rs checks both over generated filings).
//!
//! Written as JSON text, with the written values found in the text by
//! [`raw`], and no float ever printed: a `serde_json::Value` tree, and the
//! float formatting its error paths bring, added 18 KB (gzipped) to the
//! wasm module, which every phone downloads.

use crate::prelude::*;

use crate::formats::{self, Date};
use crate::input::Code;
use crate::input::Input;
use crate::model::{AreaUnit, Entry, Fields, Filing, Mode, Value};

/// Writes a field of a group (`"key":value`, after a comma unless first):
/// nothing when not given, as written when it did not read. `group` is the
/// group's JSON text as written. Returns whether it wrote.
fn field(entry: Entry<'_>, key: &str, group: Option<&str>, first: bool, out: &mut String) -> bool {
    let written = group.and_then(|g| raw::member(g, key));
    let value_start = |out: &mut String| {
        if !first {
            out.push(',');
        }
        string(key, out);
        out.push(':');
    };
    match (entry, written) {
        (Entry::Given(v), w) => {
            value_start(out);
            value(v, w, out);
        }
        (Entry::Bad(_), Some(w)) => {
            value_start(out);
            out.push_str(w);
        }
        _ => return false,
    }
    true
}

/// A value the model read, in canonical form; `raw` is its JSON text as
/// written (for what is kept as written).
fn value(v: Value<'_>, raw: Option<&str>, out: &mut String) {
    match v {
        // Credit codes and SC numbers come read upper-cased (filing-v1.md §4).
        Value::Text(s) => string(s, out),
        // The national number when it is one; otherwise as written (5.2.1
        // says it is malformed, and the canonical filing must say so too).
        Value::Phone(p) => string(&formats::phone(&p.0).unwrap_or_else(|| p.0.clone()), out),
        Value::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Value::Number(_) => number_text(raw, &[], out),
        // The number; its written unit is moved by [`canonical`].
        Value::Area(_) => {
            let units: [&str; 7] = core::array::from_fn(|i| formats::AREA_UNITS[i].0);
            number_text(raw, &units, out);
        }
        Value::Count(n) => out.push_str(&n.to_string()),
        Value::Date(d) => string(&d.to_string(), out),
        Value::Code(code) => string(code, out),
        // The listed codes, once each, in the order given; a list with an
        // unlisted value is kept as written (its finding stays).
        Value::Codes(codes) => {
            if let (Some(_), Some(raw)) = (codes.unlisted(), raw) {
                return out.push_str(raw);
            }
            out.push('[');
            let mut first = true;
            codes.each_code(&mut |code| {
                if !core::mem::take(&mut first) {
                    out.push(',');
                }
                string(code, out);
            });
            out.push(']');
        }
        Value::Group(group) => self::group(group, raw, out),
        // The items in canonical form, each kept as written when it did not
        // read. Every written item is an item of the model (a null one not
        // given), so the two line up; a null item stays null, so every later
        // item keeps its index (and its findings their paths).
        Value::Items(items) => {
            let written: Vec<&str> = raw.map(raw::items).unwrap_or_default();
            out.push('[');
            let mut i = 0;
            items.each_item(&mut |item| {
                if i > 0 {
                    out.push(',');
                }
                let w = written.get(i).copied();
                match (item, w) {
                    (Entry::Given(v), w) => value(v, w, out),
                    (Entry::Bad(_), Some(w)) => out.push_str(w),
                    _ => out.push_str("null"),
                }
                i += 1;
            });
            out.push(']');
        }
    }
}

/// A group's fields in contract order, each as [`field`] writes it.
fn group(group: &dyn Fields, raw: Option<&str>, out: &mut String) {
    out.push('{');
    let mut first = true;
    group.each_field(&mut |key, entry| {
        if field(entry, key, raw, first, out) {
            first = false;
        }
    });
    out.push('}');
}

/// A JSON string, escaped as JSON requires (quotes, backslashes, control
/// characters); everything else as it is, UTF-8: as reports write one
/// (crate::report::json_string, the module's one writer of JSON strings).
pub fn string(s: &str, out: &mut String) {
    crate::report::json_string(s, out);
}

/// The number as its text spells it: a JSON number as written, a numeric
/// string as the JSON number it holds (`" １２．５ "` → `12.5`, `"1,200"` →
/// `1200`), so no float is ever printed (and none rounded).
fn number_text(raw: Option<&str>, units: &[&str], out: &mut String) {
    let Some(raw) = raw else { return out.push_str("null") };
    match raw::string_value(raw) {
        None => out.push_str(raw.trim()),
        Some(text) => {
            let (digits, _) = formats::strip_unit(&text, units);
            out.push_str(&formats::number_digits(digits).unwrap_or_else(|| "null".into()));
        }
    }
}

/// The canonical form of a filing given as JSON text; rejected as
/// [`crate::read_str`] rejects. `today` is the filing date when none is given.
pub fn canonical_str(text: &str, today: Date) -> Result<String, crate::Rejected> {
    let filing = crate::read_str(text)?;
    // The text as the reader read it: its lone surrogates and huge numbers
    // made readable (crate::json), so what is kept as written reads the same.
    let text = crate::json::strip_bom(text);
    let normalised = crate::json::normalise(text);
    Ok(canonical(&filing, normalised.as_deref().unwrap_or(text), today))
}

/// The canonical form of a filing read into the model from `text`.
pub fn canonical(filing: &Filing, text: &str, today: Date) -> String {
    let mut body = String::with_capacity(text.len());
    group(filing, Some(text), &mut body);
    // What the top level adds to or takes from the group's own writing.
    let mut members: Vec<(String, String)> = raw::members(&body).into_iter().map(|(k, v)| (k, v.to_owned())).collect();
    // A mode's block is read only when the mode is chosen (filing-v1.md §4).
    members.retain(|(k, _)| Mode::ALL.iter().all(|(m, code, ..)| k != code || filing.has_mode(*m)));
    if filing.version.is_absent() {
        members.insert(0, ("version".into(), "1".into()));
    }
    if filing.filing_date.is_absent() {
        let mut date = String::new();
        string(&today.to_string(), &mut date);
        // Where the model's field order puts it, so a second pass agrees.
        let at = members.iter().position(|(k, _)| k == "version").map_or(0, |i| i + 1);
        members.insert(at, ("filing_date".into(), date));
    }
    if let Some((_, block)) = members.iter_mut().find(|(k, _)| k == crate::model::paths::brand_led::PATH) {
        *block = area_unit(filing, text, block);
    }
    object(&members)
}

/// An object's text from its members' keys and value texts, in order.
fn object(members: &[(String, String)]) -> String {
    let mut out = String::with_capacity(members.iter().map(|(k, v)| k.len() + v.len() + 4).sum::<usize>() + 2);
    out.push('{');
    for (i, (k, v)) in members.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(k, &mut out);
        out.push(':');
        out.push_str(v);
    }
    out.push('}');
    out
}

/// The brand-led block with the area's written unit as its chosen one; or,
/// when the written and chosen units disagree or the chosen one does not
/// read, with the area as written, so it is compared (or not) as before.
fn area_unit(filing: &Filing, text: &str, block: &str) -> String {
    let b = filing.brand_led.or_empty();
    let Some(written) = b.base_area.given().and_then(|a| a.written_unit) else { return block.to_owned() };
    let mut members: Vec<(String, String)> = raw::members(block).into_iter().map(|(k, v)| (k, v.to_owned())).collect();
    match &b.base_area_unit {
        Input::Absent => {
            let mut unit = String::new();
            string(AreaUnit::ALL[written].1, &mut unit);
            members.push(("base_area_unit".into(), unit));
        }
        Input::Given(_) if !b.area_units_disagree() => {}
        _ => {
            let area = raw::member(text, "brand_led").and_then(|g| raw::member(g, "base_area"));
            if let (Some(area), Some(m)) = (area, members.iter_mut().find(|(k, _)| k == "base_area")) {
                m.1 = area.trim().to_owned();
            }
        }
    }
    object(&members)
}

/// Finding values in JSON text without building a tree. The text is valid
/// JSON (the reader read it), so the scanner only has to find where each
/// value starts and ends.
pub mod raw {
    use crate::prelude::*;

    /// The end of the value starting at `i` (after white space).
    fn skip_value(b: &[u8], mut i: usize) -> usize {
        i = skip_ws(b, i);
        match b.get(i) {
            Some(b'"') => skip_string(b, i),
            Some(b'{' | b'[') => {
                let mut depth = 0usize;
                while i < b.len() {
                    match b[i] {
                        b'"' => {
                            i = skip_string(b, i);
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                return i + 1;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i
            }
            _ => {
                while i < b.len() && !matches!(b[i], b',' | b'}' | b']') && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                i
            }
        }
    }

    fn skip_string(b: &[u8], mut i: usize) -> usize {
        i += 1;
        while i < b.len() {
            match b[i] {
                b'\\' => i += 2,
                b'"' => return i + 1,
                _ => i += 1,
            }
        }
        i
    }

    fn skip_ws(b: &[u8], mut i: usize) -> usize {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    }

    /// The members of an object's text, keys unescaped, in order (a
    /// repeated key more than once); empty for anything but an object.
    pub fn members(text: &str) -> Vec<(String, &str)> {
        let b = text.as_bytes();
        let mut i = skip_ws(b, 0);
        let mut out = Vec::new();
        if b.get(i) != Some(&b'{') {
            return out;
        }
        i += 1;
        loop {
            i = skip_ws(b, i);
            if b.get(i) != Some(&b'"') {
                return out;
            }
            let key_end = skip_string(b, i);
            let key = crate::json::unescape(&text[i + 1..key_end.saturating_sub(1)]);
            i = skip_ws(b, key_end) + 1; // the colon
            let start = skip_ws(b, i);
            let end = skip_value(b, start);
            out.push((key, &text[start..end]));
            i = skip_ws(b, end);
            if b.get(i) != Some(&b',') {
                return out;
            }
            i += 1;
        }
    }

    /// The value of `key` in an object's text; the last one when repeated
    /// (as the reader, and `JSON.parse`, take it).
    pub fn member<'t>(text: &'t str, key: &str) -> Option<&'t str> {
        members(text).into_iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The items of an array's text; empty for anything but an array.
    pub fn items(text: &str) -> Vec<&str> {
        let b = text.as_bytes();
        let mut i = skip_ws(b, 0);
        let mut out = Vec::new();
        if b.get(i) != Some(&b'[') {
            return out;
        }
        i = skip_ws(b, i + 1);
        if b.get(i) == Some(&b']') {
            return out;
        }
        loop {
            let start = skip_ws(b, i);
            let end = skip_value(b, start);
            out.push(&text[start..end]);
            i = skip_ws(b, end);
            if b.get(i) != Some(&b',') {
                return out;
            }
            i += 1;
        }
    }

    /// A JSON string's value; `None` when the text is not a string.
    pub fn string_value(text: &str) -> Option<String> {
        let t = text.trim();
        let inner = t.strip_prefix('"')?.strip_suffix('"')?;
        Some(crate::json::unescape(inner))
    }
}
