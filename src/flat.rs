//! The fast way in for `validate(filing)` in the browser (wasm only).
//!
//! Reading a filing from the JS object field by field ([`crate::js`]) costs
//! several calls across the JS↔wasm boundary per value, and that, not the
//! rules, was most of the time of a call. Here a short JS walker
//! (`js/flat.js`, bundled into the package's glue by `scripts/package.py`)
//! reads the contract's keys on the JS side, in the order of [`plan`], and
//! hands over the whole filing in one call:
//!
//! - `tags`: one byte per value ([`tag`]);
//! - `nums`: the numbers, and the length (in UTF-16 units) of each string;
//! - `text`: every string of ordinary length, one after the other;
//! - `longs`: strings longer than [`LONG`], kept as JS strings so a 10 MB
//!   value is never copied whole (see [`crate::js`]).
//!
//! The walker decides only what JS alone can tell (the type of a value); all
//! reading rules stay here, in the same [`from_raw`] as the other readers.
//! Malformed input to [`Flat`] (a caller bypassing the walker) cannot trap:
//! a missing tag reads as "not given", and a short text as an empty string.

use std::borrow::Cow;

use js_sys::{Array, JsString};
use wasm_bindgen::JsCast;

use crate::formats;
use crate::input::{from_raw, Input, Problem, Raw, Read, MAX_LIST_ITEMS};
use crate::js::LONG;

/// What a value is; one byte per value in `tags`.
pub mod tag {
    /// `undefined`, `null`, a function or a symbol.
    pub const ABSENT: u8 = 0;
    /// A string; its length is the next number.
    pub const STR: u8 = 1;
    pub const TRUE: u8 = 2;
    pub const FALSE: u8 = 3;
    /// A number; its value is the next number.
    pub const NUM: u8 = 4;
    /// An array where a scalar or a group was expected.
    pub const ARRAY: u8 = 5;
    /// Any other object (or a BigInt) where a scalar was expected.
    pub const OBJECT: u8 = 6;
    /// An object where a group was expected: its fields follow, in plan order.
    pub const GROUP: u8 = 7;
    /// An array where a list was expected: its length is the next number,
    /// its items follow.
    pub const LIST: u8 = 8;
    /// An array longer than [`crate::input::MAX_LIST_ITEMS`] (items not sent).
    pub const TOO_MANY: u8 = 9;
    /// A string longer than `LONG` UTF-16 units: the next of `longs`.
    pub const LONG: u8 = 10;
}

/// A filing as the walker sent it, read front to back.
pub struct Flat<'a> {
    tags: &'a [u8],
    nums: &'a [f64],
    text: &'a str,
    longs: &'a Array,
    at_tag: usize,
    at_num: usize,
    at_text: usize,
    at_long: u32,
}

impl<'a> Flat<'a> {
    pub fn new(tags: &'a [u8], nums: &'a [f64], text: &'a str, longs: &'a Array) -> Self {
        Flat { tags, nums, text, longs, at_tag: 0, at_num: 0, at_text: 0, at_long: 0 }
    }

    fn tag(&mut self) -> u8 {
        let t = self.tags.get(self.at_tag).copied().unwrap_or(tag::ABSENT);
        self.at_tag += 1;
        t
    }

    fn num(&mut self) -> f64 {
        let n = self.nums.get(self.at_num).copied().unwrap_or(0.0);
        self.at_num += 1;
        n
    }

    /// The next string of `text`, `units` UTF-16 units long. Counted on the
    /// UTF-8 bytes (a lead byte is one unit, or two for a 4-byte
    /// character; continuation bytes none): decoding characters here took
    /// a fifth of a call.
    fn string(&mut self, units: f64) -> &'a str {
        let rest = self.text.get(self.at_text..).unwrap_or("");
        let bytes = rest.as_bytes();
        let units = if units >= 0.0 { units as usize } else { 0 };
        let (mut end, mut seen) = (0, 0);
        while end < bytes.len() && seen < units {
            let b = bytes[end];
            seen += match b {
                0x00..=0x7f => 1,
                0x80..=0xbf => 0,
                0xc0..=0xef => 1,
                _ => 2,
            };
            end += 1;
        }
        while end < bytes.len() && !rest.is_char_boundary(end) {
            end += 1;
        }
        self.at_text += end;
        &rest[..end]
    }

    /// A value at a scalar's place, as every reader sees it.
    fn raw_of(&mut self, t: u8) -> Raw<'a> {
        match t {
            tag::STR => {
                let units = self.num();
                Raw::Str(Cow::Borrowed(self.string(units)))
            }
            tag::TRUE => Raw::Bool(true),
            tag::FALSE => Raw::Bool(false),
            tag::NUM => Raw::Number(self.num()),
            tag::ARRAY | tag::LIST | tag::TOO_MANY => Raw::List,
            tag::OBJECT | tag::GROUP => Raw::Object,
            tag::LONG => {
                let long = self.longs.get(self.at_long);
                self.at_long += 1;
                match long.dyn_ref::<JsString>() {
                    Some(s) => Raw::Str(Cow::Owned(crate::js::text(s))),
                    None => Raw::Null,
                }
            }
            _ => Raw::Null,
        }
    }

    pub fn scalar<T: Read>(&mut self) -> Input<T> {
        let t = self.tag();
        from_raw(&self.raw_of(t))
    }

    /// A group's place: its fields when it is an object; not given when
    /// `null` or blank; otherwise not an object.
    pub fn group<T>(&mut self, read: impl FnOnce(&mut Self) -> T) -> Input<T> {
        match self.group_head() {
            Ok(()) => Input::Given(read(self)),
            Err(None) => Input::Absent,
            Err(Some(p)) => Input::Bad(p),
        }
    }

    /// What a group's place holds: `Ok` when its fields follow. Not generic,
    /// so one copy serves every group.
    #[inline(never)]
    fn group_head(&mut self) -> Result<(), Option<Problem>> {
        match self.tag() {
            tag::GROUP => Ok(()),
            t => match self.raw_of(t) {
                Raw::Null => Err(None),
                Raw::Str(s) if formats::trim(&s).is_empty() => Err(None),
                _ => Err(Some(Problem::NotAnObject)),
            },
        }
    }

    /// A list's place: its items when it is an array of allowed length;
    /// nothing chosen when `null` or blank; otherwise not a list.
    pub fn list<T: FromFlat>(&mut self) -> Input<Vec<Input<T>>> {
        match self.list_head() {
            Ok(n) => Input::Given((0..n).map(|_| T::from_flat(self)).collect()),
            Err(p) => Input::Bad(p),
        }
    }

    /// What a list's place holds: `Ok(n)` when `n` items follow (none for
    /// `null` or blank). Not generic, so one copy serves every list.
    #[inline(never)]
    fn list_head(&mut self) -> Result<usize, Problem> {
        match self.tag() {
            tag::LIST => {
                let n = self.num();
                Ok(if n >= 0.0 { (n as usize).min(MAX_LIST_ITEMS) } else { 0 })
            }
            tag::TOO_MANY => Err(Problem::TooManyItems),
            t => match self.raw_of(t) {
                Raw::Null => Ok(0),
                Raw::Str(s) if formats::trim(&s).is_empty() => Ok(0),
                _ => Err(Problem::NotAList),
            },
        }
    }
}

/// A field type read from the walker's output; `plan` writes the shape the
/// walker follows (`{key,group{…},codes[],items[{…}]}`).
pub trait FromFlat: Sized {
    fn from_flat(r: &mut Flat) -> Input<Self>;
    /// A scalar adds nothing after its key.
    fn plan(_out: &mut String) {}
}

macro_rules! scalar_from_flat {
    ($($ty:ty),+) => {$(
        impl $crate::flat::FromFlat for $ty {
            fn from_flat(r: &mut $crate::flat::Flat) -> $crate::input::Input<Self> {
                r.scalar()
            }
        }
    )+};
}
pub(crate) use scalar_from_flat;

/// The walker's plan: `LONG;MAX_LIST_ITEMS;mode codes;{shape of the filing}`.
///
/// With the mode codes (each also the key of its mode's block), the walker
/// leaves out the block of a mode the filing certainly does not choose: the
/// rules and format checks never look into one (filing-v1.md §4), so the
/// report is the same, for a third less to read in a typical filing.
pub fn plan() -> String {
    use crate::input::Code;
    let modes: Vec<&str> = crate::model::Mode::ALL.iter().map(|m| m.1).collect();
    let mut out = format!("{LONG};{MAX_LIST_ITEMS};{};", modes.join(","));
    <crate::model::Filing as FromFlat>::plan(&mut out);
    out
}

/// The filing the walker sent; `None` unless it is an object.
pub fn read(tags: &[u8], nums: &[f64], text: &str, longs: &Array) -> Option<crate::model::Filing> {
    match <crate::model::Filing as FromFlat>::from_flat(&mut Flat::new(tags, nums, text, longs)) {
        Input::Given(filing) => Some(filing),
        _ => None,
    }
}

/// The report packed as one string, for the walker to unpack into the
/// objects of filing-v1.md §2 (building them from wasm took a call per
/// property: over a millisecond for a filing with 270 findings).
///
/// `submittable,errors,warnings,findings,len,len,…;` then the strings, one
/// after the other, their lengths in UTF-16 units: the standard, then per
/// finding its field, clause (empty for none), level, code and message.
pub fn pack_report(r: &crate::report::Report) -> String {
    let mut head = String::with_capacity(16 + r.findings.len() * 20);
    let mut body = String::with_capacity(64 + r.findings.len() * 96);
    head.push(if r.submittable { '1' } else { '0' });
    for n in [r.errors, r.warnings, r.findings.len()] {
        head.push(',');
        push_number(&mut head, n);
    }
    let mut put = |s: &str| {
        head.push(',');
        push_number(&mut head, utf16_len(s));
        body.push_str(s);
    };
    put(r.standard);
    for f in &r.findings {
        put(&f.field);
        put(f.clause.unwrap_or(""));
        put(f.level.name());
        put(&f.code);
        put(&f.message);
    }
    head.push(';');
    head.push_str(&body);
    head
}

/// Appends `n` in decimal (without `core::fmt`, slow in this build).
fn push_number(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

/// Length in UTF-16 units, from the UTF-8 bytes: one per character (every
/// byte but continuation bytes), and one more for each 4-byte character.
fn utf16_len(s: &str) -> usize {
    s.bytes().map(|b| usize::from(b & 0xc0 != 0x80) + usize::from(b >= 0xf0)).sum()
}
