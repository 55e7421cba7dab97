//! Lenient reading of one input value (filing-v1.md §1 and §4).
//!
//! Every field of the filing is an [`Input`]: not given, given and
//! well-formed, or given but malformed. A malformed value becomes a finding
//! on its field, never an error for the whole filing.

use crate::prelude::*;

use alloc::borrow::Cow;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::formats::{self, Date};
use crate::json::{self, BROKEN_CHAR, TOO_LARGE};

/// The longest string a text field accepts, in characters.
pub const MAX_TEXT_CHARS: usize = 200;
/// The most items a list accepts (a roster of red stewards, a list of modes).
/// Beyond it the list is a format finding and its items are not read, which
/// keeps a hostile 100,000-item list from producing 300,000 findings.
pub const MAX_LIST_ITEMS: usize = 200;

/// One field as read from the filing.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Input<T> {
    /// Absent, `null`, or a string that is empty after trimming.
    #[default]
    Absent,
    /// Given but malformed: reported as a data-format finding on the field,
    /// and not also as missing.
    Bad(Problem),
    /// Given and well-formed.
    Given(T),
}

impl<T> Input<T> {
    pub fn given(&self) -> Option<&T> {
        match self {
            Input::Given(v) => Some(v),
            _ => None,
        }
    }

    /// True when a requirement on this field is unmet: the field is not
    /// given, or given and `ok` rejects it. A malformed value is already a
    /// format finding, so it does not also fail the requirement.
    pub fn fails(&self, ok: impl FnOnce(&T) -> bool) -> bool {
        match self {
            Input::Absent => true,
            Input::Bad(_) => false,
            Input::Given(v) => !ok(v),
        }
    }

    pub fn is_absent(&self) -> bool {
        matches!(self, Input::Absent)
    }

    pub fn problem(&self) -> Option<&Problem> {
        match self {
            Input::Bad(p) => Some(p),
            _ => None,
        }
    }

    /// A given value turned into another field's input; not given and
    /// malformed stay as they are (each reader's lists become codes or items
    /// this way).
    pub fn and_then<U>(self, f: impl FnOnce(T) -> Input<U>) -> Input<U> {
        match self {
            Input::Given(v) => f(v),
            Input::Bad(p) => Input::Bad(p),
            Input::Absent => Input::Absent,
        }
    }
}

impl Input<bool> {
    /// The requirement "this is true" is unmet.
    pub fn not_true(&self) -> bool {
        self.fails(|v| *v)
    }
}

impl Input<u64> {
    /// The requirement "at least `n`" is unmet.
    pub fn below(&self, n: u64) -> bool {
        self.fails(|v| *v >= n)
    }
}

impl<E> Input<Codes<E>> {
    /// The requirement "not empty" is unmet: absent, or no value chosen. A
    /// list with an unlisted value is a format finding already, so it does
    /// not also fail this (filing-v1.md §4).
    pub fn empty(&self) -> bool {
        self.fails(|v| !v.is_empty() || v.unlisted.is_some())
    }
}

/// A list of codes as read: the listed values, each once, and the problem
/// of the first value that is not listed. The unlisted value is a format
/// finding on the list; the listed ones beside it still count (the modes
/// they name are chosen, 8.3's `other` still wants its text).
#[derive(Clone, Debug, PartialEq)]
pub struct Codes<E> {
    pub listed: Vec<E>,
    pub unlisted: Option<Problem>,
}

impl<E> Default for Codes<E> {
    fn default() -> Self {
        Codes { listed: Vec::new(), unlisted: None }
    }
}

impl<E> core::ops::Deref for Codes<E> {
    type Target = [E];
    fn deref(&self) -> &[E] {
        &self.listed
    }
}

impl Input<String> {
    /// The requirement "given" is unmet.
    pub fn missing(&self) -> bool {
        self.is_absent()
    }
}

/// What is wrong with a malformed value. Each has a stable code (the last
/// segment of a finding's `code`) and a message in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    NotText,
    TooLong,
    NotANumber,
    NotACount,
    NotABool,
    NotADate,
    NotListed(String),
    NotAList,
    TooManyItems,
    NotAnObject,
    /// A string holding a lone surrogate (half of an emoji): see crate::json.
    BrokenText,
    CreditCodeShape,
    CreditCodeCheck,
    ScFormat,
    OutOfRange,
}

impl Problem {
    pub fn code(&self) -> &'static str {
        match self {
            Problem::NotText => "not_text",
            Problem::TooLong => "too_long",
            Problem::NotANumber => "not_a_number",
            Problem::NotACount => "not_a_count",
            Problem::NotABool => "not_a_bool",
            Problem::NotADate => "not_a_date",
            Problem::NotListed(_) => "not_listed",
            Problem::NotAList => "not_a_list",
            Problem::TooManyItems => "too_many_items",
            Problem::NotAnObject => "not_an_object",
            Problem::BrokenText => "broken_character",
            Problem::CreditCodeShape => "credit_code_format",
            Problem::CreditCodeCheck => "credit_code_check",
            Problem::ScFormat => "sc_format",
            Problem::OutOfRange => "out_of_range",
        }
    }

    pub fn message_zh(&self) -> String {
        match self {
            Problem::NotText => "应填写文字".into(),
            Problem::TooLong => format!("不得超过{MAX_TEXT_CHARS}个字符"),
            Problem::NotANumber => "应填写数字，如 12 或 12.5".into(),
            Problem::NotACount => "应填写不小于0的整数".into(),
            Problem::NotABool => "应为“是”或“否”（true/false）".into(),
            Problem::NotADate => "应为存在的日期，格式 YYYY-MM-DD".into(),
            Problem::NotListed(v) => format!("“{v}”不是可选的值"),
            Problem::NotAList => "应为列表".into(),
            Problem::TooManyItems => format!("列表不得超过{MAX_LIST_ITEMS}项"),
            Problem::NotAnObject => "应为一组字段（对象）".into(),
            Problem::BrokenText => "含有无法识别的字符（如只剩一半的表情符号），请删去后重新输入".into(),
            Problem::CreditCodeShape => "统一社会信用代码应为18位，由数字和大写字母组成（不含I、O、S、V、Z）".into(),
            Problem::CreditCodeCheck => "统一社会信用代码校验码不正确（GB 32100-2015），请核对".into(),
            Problem::ScFormat => "食品生产许可证编号应为“SC”加14位数字".into(),
            Problem::OutOfRange => "数值超出允许范围".into(),
        }
    }

    pub fn message_en(&self) -> String {
        match self {
            Problem::NotText => "must be text".into(),
            Problem::TooLong => format!("must be at most {MAX_TEXT_CHARS} characters"),
            Problem::NotANumber => "must be a number, such as 12 or 12.5".into(),
            Problem::NotACount => "must be a whole number, 0 or more".into(),
            Problem::NotABool => "must be yes or no (true/false)".into(),
            Problem::NotADate => "must be a real date written YYYY-MM-DD".into(),
            Problem::NotListed(v) => format!("\"{v}\" is not one of the allowed values"),
            Problem::NotAList => "must be a list".into(),
            Problem::TooManyItems => format!("must have at most {MAX_LIST_ITEMS} items"),
            Problem::NotAnObject => "must be a group of fields (an object)".into(),
            Problem::BrokenText => {
                "holds a broken character (such as half of an emoji); delete it and type it again".into()
            }
            Problem::CreditCodeShape => {
                "the unified social credit code must be 18 digits and capital letters (no I, O, S, V, Z)".into()
            }
            Problem::CreditCodeCheck => {
                "the unified social credit code's check character is wrong (GB 32100-2015); please check it".into()
            }
            Problem::ScFormat => "the food production licence number must be \"SC\" and 14 digits".into(),
            Problem::OutOfRange => "the value is out of the allowed range".into(),
        }
    }
}

/// Shortens a quoted value so a hostile 10 MB string does not end up in a message.
fn clip(v: &str) -> String {
    const KEEP: usize = 40;
    match v.char_indices().nth(KEEP) {
        Some((i, _)) => format!("{}…", &v[..i]),
        None => v.to_owned(),
    }
}

/// A scalar as it stands in the input, before lenient reading. Strings are
/// borrowed from the JSON text where it has no escapes.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw<'a> {
    Null,
    Bool(bool),
    Number(f64),
    Str(Cow<'a, str>),
    /// An array where a scalar was expected (its items are skipped).
    List,
    /// An object where a scalar was expected (its keys are skipped).
    Object,
}

/// A scalar type a field can hold.
pub trait Read: Sized {
    /// Reads a value that is neither `null` nor a blank string.
    fn read(raw: &Raw) -> Result<Self, Problem>;
}

/// How a field type is read. The one reader ([`Reader`]) walks the JSON
/// text with serde and hands each value to the place it belongs (a
/// [`Slot`]); what a type makes of a value is said here, without serde.
/// Reading never fails on content: a value of the wrong type or form
/// becomes `Input::Bad`; only malformed JSON is an error.
///
/// Why not a visitor per type: serde_json's parser is compiled once per
/// visitor type, and one per section and list type made the model's reader
/// 62 KB of the wasm module. Through `dyn Slot` it is compiled once.
pub trait Lenient: Sized {
    /// The field from a scalar, or from an array or object this type does
    /// not read ([`Raw::List`], [`Raw::Object`]: their contents skipped).
    fn from_raw(raw: &Raw) -> Input<Self>;
    /// An object begins: true if this type reads its fields (a group),
    /// which [`Lenient::field`] then gives.
    fn begin_map(_: &mut Input<Self>) -> bool {
        false
    }
    /// The place of field `key` in a group begun by `begin_map`; `None`
    /// for a key the group does not have.
    fn field<'s>(_: &'s mut Input<Self>, _key: &str) -> Option<&'s mut dyn Slot> {
        None
    }
    /// An array begins: the place its items go, if this type is a list.
    fn begin_list(_: &mut Input<Self>) -> Option<Box<dyn Slot + '_>> {
        None
    }
    /// More than [`MAX_LIST_ITEMS`] items were given (and skipped).
    fn too_many(input: &mut Input<Self>) {
        *input = Input::Bad(Problem::TooManyItems);
    }
}

/// The place one value of the filing goes, as the reader sees it: every
/// `Input<T>` is one, and a list's items go through one. A place that
/// takes scalars only (a code of a list, a number's text, an option)
/// says only `scalar`: an object or array given to it comes as
/// [`Raw::Object`] or [`Raw::List`].
pub trait Slot {
    fn scalar(&mut self, raw: &Raw);
    /// An object begins: true if this place reads its fields.
    fn begin_map(&mut self) -> bool {
        false
    }
    /// The place of field `key` of an object begun by `begin_map`.
    fn field(&mut self, _key: &str) -> Option<&mut dyn Slot> {
        None
    }
    /// The place for the items of an array; `None` if this is not a list.
    fn begin_list(&mut self) -> Option<Box<dyn Slot + '_>> {
        None
    }
    /// More than [`MAX_LIST_ITEMS`] items were given (and skipped).
    fn too_many(&mut self) {}
}

impl<T: Lenient> Slot for Input<T> {
    fn scalar(&mut self, raw: &Raw) {
        *self = T::from_raw(raw);
    }
    fn begin_map(&mut self) -> bool {
        T::begin_map(self)
    }
    fn field(&mut self, key: &str) -> Option<&mut dyn Slot> {
        T::field(self, key)
    }
    fn begin_list(&mut self) -> Option<Box<dyn Slot + '_>> {
        T::begin_list(self)
    }
    fn too_many(&mut self) {
        T::too_many(self)
    }
}

/// The one reader: reads any JSON value into a [`Slot`], and a group's
/// fields and a list's items into theirs, recursively. One visitor type for
/// every field, so serde_json's parser is compiled into it once; the
/// parser's depth limit (128) bounds the recursion.
pub struct Reader<'s>(pub &'s mut dyn Slot);

/// A value skipped (an unknown key, the contents of a value of the wrong
/// type): recursively, through `deserialize_any`, so the parser's depth
/// limit applies to it as to everything read; serde_json's `IgnoredAny`
/// skips without one.
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Skip)
    }
}

impl<'de> Visitor<'de> for Skip {
    type Value = Skip;
    fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Key<'de>, Skip>()?.is_some() {}
        Ok(Skip)
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Reader<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Reader<'_> {
    type Value = ();

    fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<(), E> {
        self.0.scalar(&Raw::Bool(v));
        Ok(())
    }
    fn visit_i64<E>(self, v: i64) -> Result<(), E> {
        self.0.scalar(&Raw::Number(v as f64));
        Ok(())
    }
    fn visit_u64<E>(self, v: u64) -> Result<(), E> {
        self.0.scalar(&Raw::Number(v as f64));
        Ok(())
    }
    fn visit_f64<E>(self, v: f64) -> Result<(), E> {
        self.0.scalar(&Raw::Number(v));
        Ok(())
    }
    // The value is used at once, so even an unescaped copy is borrowed.
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.0.scalar(&Raw::Str(Cow::Borrowed(v)));
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        self.0.scalar(&Raw::Null);
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        self.0.scalar(&Raw::Null);
        Ok(())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut key = map.next_key::<Key<'de>>()?;
        // A number that is not an integer comes from serde_json (its
        // `arbitrary_precision`) as a map of one key holding its text, read
        // by formats::json_number (crate::json::NUMBER_TOKEN says why).
        if key.as_ref().is_some_and(|Key(k)| k == json::NUMBER_TOKEN) {
            // Read through the one visitor: a second (a `Key` here) would
            // bring serde's messages for values of the wrong type.
            let mut text = NumberText::default();
            map.next_value_seed(Reader(&mut text))?;
            let more = map.next_entry::<Skip, Skip>()?.is_some();
            while map.next_entry::<Skip, Skip>()?.is_some() {}
            match text.0 {
                Some(t) if !more && json::is_number(&t) => self.0.scalar(&Raw::Number(formats::json_number(&t))),
                _ => self.0.scalar(&Raw::Object),
            }
            return Ok(());
        }
        if !self.0.begin_map() {
            if key.is_some() {
                map.next_value::<Skip>()?;
            }
            while map.next_entry::<Skip, Skip>()?.is_some() {}
            self.0.scalar(&Raw::Object);
            return Ok(());
        }
        // Unknown keys are skipped; a later duplicate key overwrites an
        // earlier one, as in JSON.parse.
        while let Some(Key(k)) = key {
            match self.0.field(&k) {
                Some(slot) => map.next_value_seed(Reader(slot))?,
                None => {
                    map.next_value::<Skip>()?;
                }
            }
            key = map.next_key::<Key<'de>>()?;
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some(mut items) = self.0.begin_list() else {
            while seq.next_element::<Skip>()?.is_some() {}
            self.0.scalar(&Raw::List);
            return Ok(());
        };
        for _ in 0..MAX_LIST_ITEMS {
            if seq.next_element_seed(Reader(&mut *items))?.is_none() {
                return Ok(());
            }
        }
        drop(items);
        let mut more = false;
        while seq.next_element::<Skip>()?.is_some() {
            more = true;
        }
        if more {
            self.0.too_many();
        }
        Ok(())
    }
}

/// The text of a number handed over as [`json::NUMBER_TOKEN`]'s map.
#[derive(Default)]
struct NumberText(Option<String>);

impl Slot for NumberText {
    fn scalar(&mut self, raw: &Raw) {
        self.0 = match raw {
            Raw::Str(s) => Some(s.to_string()),
            _ => None,
        };
    }
}

/// An object key, borrowed where the JSON text allows.
pub struct Key<'de>(pub Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;
    fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_owned())))
    }
}

impl<'de, T: Lenient> Deserialize<'de> for Input<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut input = Input::Absent;
        d.deserialize_any(Reader(&mut input))?;
        Ok(input)
    }
}

/// A scalar field from its raw value: `null` and blank strings are not
/// given.
pub fn from_raw<T: Read>(raw: &Raw) -> Input<T> {
    match before_reading(raw) {
        Before::Absent => Input::Absent,
        Before::Broken => Input::Bad(Problem::BrokenText),
        Before::Read => match T::read(raw) {
            Ok(t) => Input::Given(t),
            Err(p) => Input::Bad(p),
        },
    }
}

/// What [`from_raw`] does before a type reads the value.
enum Before {
    Absent,
    Broken,
    Read,
}

/// The part of [`from_raw`] that is the same for every type, compiled once:
/// inlined, each of the model's scalar and code types carried its own copy
/// of the trimming (the wasm module's largest family of duplicates, issue 28).
#[inline(never)]
fn before_reading(raw: &Raw) -> Before {
    match raw {
        Raw::Null => Before::Absent,
        Raw::Str(s) if formats::trim(s).is_empty() => Before::Absent,
        Raw::Str(s) if has_broken_char(s) => Before::Broken,
        _ => Before::Read,
    }
}

/// True when the text holds [`BROKEN_CHAR`], found by its UTF-8 bytes:
/// `contains` with a char outside ASCII runs a substring search, ~6% of
/// reading a filing in the size-optimised wasm build. Not inlined into every
/// scalar type's `from_raw`: natively that slowed reading by 4%.
#[inline(never)]
fn has_broken_char(s: &str) -> bool {
    let mut utf8 = [0; 3];
    let needle = BROKEN_CHAR.encode_utf8(&mut utf8).as_bytes();
    let bytes = s.as_bytes();
    // Most texts have no byte that starts the mark: core's memchr says so
    // fast, in the module too. Then an index loop (size-optimised, iterator
    // adapters became a call per byte).
    if !bytes.contains(&needle[0]) {
        return false;
    }
    let mut at = 0;
    while at + needle.len() <= bytes.len() {
        if bytes[at] == needle[0] && bytes[at..at + needle.len()] == *needle {
            return true;
        }
        at += 1;
    }
    false
}

/// What a list field makes of a value that is not an array: `null` and a
/// blank string are an empty list (nothing chosen, which every list rule
/// treats alike); anything else is not a list.
pub fn list_from_raw<L>(raw: &Raw, empty: fn() -> L) -> Input<L> {
    match raw {
        Raw::Null => Input::Given(empty()),
        Raw::Str(s) if formats::trim(s).is_empty() => Input::Given(empty()),
        _ => Input::Bad(Problem::NotAList),
    }
}

/// What a group makes of a value that is not an object: `null` and a
/// blank string are not given; anything else is not an object.
pub fn group_from_raw<G>(raw: &Raw) -> Input<G> {
    match raw {
        Raw::Null => Input::Absent,
        Raw::Str(s) if formats::trim(s).is_empty() => Input::Absent,
        _ => Input::Bad(Problem::NotAnObject),
    }
}

impl<E: PartialEq> Codes<E> {
    /// Adds one item of the list as read: null and blank items are ignored,
    /// duplicates are kept once, the first unlisted value is kept as the
    /// list's problem beside the listed ones.
    pub fn add(&mut self, item: Input<E>) {
        match item {
            Input::Absent => {}
            Input::Bad(p) => {
                self.unlisted.get_or_insert(p);
            }
            Input::Given(e) if !self.listed.contains(&e) => self.listed.push(e),
            Input::Given(_) => {}
        }
    }
}

/// The place of each item of a list of codes: its value is added to the list.
struct CodeItems<'a, E>(&'a mut Codes<E>);

impl<E: Code + Read + PartialEq> Slot for CodeItems<'_, E> {
    fn scalar(&mut self, raw: &Raw) {
        self.0.add(from_raw::<E>(raw));
    }
}

/// The place of each item of a list of groups: every value read becomes
/// the next item, at its input position.
pub struct GroupItems<'a, T>(pub &'a mut Vec<Input<T>>);

impl<T: Lenient> GroupItems<'_, T> {
    fn next(&mut self) -> &mut Input<T> {
        self.0.push(Input::Absent);
        self.0.last_mut().expect("just pushed")
    }
    fn current(&mut self) -> Option<&mut Input<T>> {
        self.0.last_mut()
    }
}

impl<T: Lenient> Slot for GroupItems<'_, T> {
    fn scalar(&mut self, raw: &Raw) {
        *self.next() = T::from_raw(raw);
    }
    fn begin_map(&mut self) -> bool {
        let reads_fields = T::begin_map(self.next());
        if !reads_fields {
            self.0.pop(); // the item comes as a scalar next (Raw::Object)
        }
        reads_fields
    }
    // Called only between this item's begin_map and the next item.
    fn field(&mut self, key: &str) -> Option<&mut dyn Slot> {
        self.current().and_then(|item| T::field(item, key))
    }
    // An array as an item is not a group: it comes as a scalar next (Raw::List).
}

/// The text of a string value, trimmed; numbers and booleans are not text.
fn text<'r>(raw: &'r Raw) -> Result<&'r str, Problem> {
    match raw {
        Raw::Str(s) => Ok(formats::trim(s)),
        _ => Err(Problem::NotText),
    }
}

macro_rules! scalar_lenient {
    ($($ty:ty),+) => {$(
        impl Lenient for $ty {
            fn from_raw(raw: &Raw) -> Input<Self> {
                from_raw(raw)
            }
        }
    )+};
}
scalar_lenient!(String, bool, f64, u64, Area, Date, CreditCode, ScLicense, Phone);

/// A string field: trimmed, at most [`MAX_TEXT_CHARS`] characters.
impl Read for String {
    fn read(raw: &Raw) -> Result<Self, Problem> {
        let s = text(raw)?;
        // No more bytes than the limit: no more characters either.
        if s.len() > MAX_TEXT_CHARS && s.chars().nth(MAX_TEXT_CHARS).is_some() {
            return Err(Problem::TooLong);
        }
        Ok(s.to_owned())
    }
}

/// A boolean: `true`/`false` or the strings `"true"`/`"false"`.
impl Read for bool {
    fn read(raw: &Raw) -> Result<Self, Problem> {
        match raw {
            Raw::Bool(b) => Ok(*b),
            Raw::Str(s) => match formats::trim(s) {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(Problem::NotABool),
            },
            _ => Err(Problem::NotABool),
        }
    }
}

/// A number: a JSON number or a numeric string (full-width digits allowed).
/// A magnitude of [`TOO_LARGE`] or more (`1e400` in JSON text, `Infinity`
/// in JS, 400 digits in a string) is out of range, never a value.
impl Read for f64 {
    fn read(raw: &Raw) -> Result<Self, Problem> {
        let n = match raw {
            Raw::Number(n) => *n,
            Raw::Str(s) => formats::parse_number(s).ok_or(Problem::NotANumber)?,
            _ => return Err(Problem::NotANumber),
        };
        if n.abs() < TOO_LARGE {
            Ok(n)
        } else {
            Err(Problem::OutOfRange)
        }
    }
}

/// The largest count accepted; larger is a format finding, not an overflow.
pub const MAX_COUNT: f64 = 1e12;

/// A count: a whole number, not negative (`12`, `"12"`, `12.0`), as text
/// also with thousands separators and a measure word (`"1,200"`, `"3个"`).
impl Read for u64 {
    fn read(raw: &Raw) -> Result<Self, Problem> {
        let n = match raw {
            Raw::Str(s) => {
                let (number, _) = formats::strip_unit(s, formats::COUNT_UNITS);
                f64::read(&Raw::Str(Cow::Borrowed(number)))
            }
            _ => f64::read(raw),
        }
        .map_err(|p| if p == Problem::OutOfRange { p } else { Problem::NotACount })?;
        if n < 0.0 || !formats::is_whole(n) {
            return Err(Problem::NotACount);
        }
        if n > MAX_COUNT {
            return Err(Problem::OutOfRange);
        }
        Ok(n as u64)
    }
}

/// An area: a number, as text also with its unit (`"60亩"`, `"3,000平方米"`),
/// which then says what the number means (filing-v1.md §4).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Area {
    pub value: f64,
    /// The unit written with the number (0 `mu`, 1 `m2`, as in
    /// [`formats::AREA_UNITS`]), if any.
    pub written_unit: Option<usize>,
}

impl Read for Area {
    fn read(raw: &Raw) -> Result<Self, Problem> {
        match raw {
            Raw::Str(s) => {
                let units: [&str; 7] = core::array::from_fn(|i| formats::AREA_UNITS[i].0);
                let (number, unit) = formats::strip_unit(s, &units);
                let value = f64::read(&Raw::Str(Cow::Borrowed(number)))?;
                Ok(Area { value, written_unit: unit.map(|i| formats::AREA_UNITS[i].1) })
            }
            _ => f64::read(raw).map(|value| Area { value, written_unit: None }),
        }
    }
}

impl Read for Date {
    fn read(raw: &Raw) -> Result<Self, Problem> {
        text(raw).ok().and_then(Date::parse).ok_or(Problem::NotADate)
    }
}

/// 统一社会信用代码, checked against GB 32100-2015.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreditCode(pub String);

impl Read for CreditCode {
    fn read(raw: &Raw) -> Result<Self, Problem> {
        formats::credit_code(text(raw)?).map(CreditCode).map_err(|e| match e {
            formats::CreditCodeError::Shape => Problem::CreditCodeShape,
            formats::CreditCodeError::CheckCharacter => Problem::CreditCodeCheck,
        })
    }
}

/// 食品生产许可证编号: `SC` and 14 digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScLicense(pub String);

impl Read for ScLicense {
    fn read(raw: &Raw) -> Result<Self, Problem> {
        formats::sc_license(text(raw)?).map(ScLicense).ok_or(Problem::ScFormat)
    }
}

/// A phone number as written. Whether it is well-formed is clause 5.2.1's
/// check (红色管家的联系电话应公开), so reading keeps any text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone(pub String);

impl Phone {
    /// A mobile or landline number after removing spaces and hyphens.
    pub fn is_well_formed(&self) -> bool {
        formats::phone(&self.0).is_some()
    }
}

impl Read for Phone {
    fn read(raw: &Raw) -> Result<Self, Problem> {
        String::read(raw).map(Phone)
    }
}

/// A list of enum codes. An unlisted value is a finding on the whole list;
/// null and blank items are ignored; duplicates are kept once.
impl<E: Code + Read + PartialEq> Lenient for Codes<E> {
    fn from_raw(raw: &Raw) -> Input<Self> {
        list_from_raw(raw, Codes::default)
    }
    fn begin_list(input: &mut Input<Self>) -> Option<Box<dyn Slot + '_>> {
        *input = Input::Given(Codes::default());
        match input {
            Input::Given(codes) => Some(Box::new(CodeItems(codes))),
            _ => None,
        }
    }
}

/// An enumeration whose values are written as fixed codes in the contract.
pub trait Code: Sized + Copy + 'static {
    /// Every value with its code, Chinese and English names, in contract order.
    const ALL: &'static [(Self, &'static str, &'static str, &'static str)];
}

/// Reads an enum code; the lookup is exact (codes are ASCII lower case).
pub fn read_code<E: Code>(raw: &Raw) -> Result<E, Problem> {
    let s = match raw {
        Raw::Str(s) => formats::trim(s),
        Raw::List => return Err(Problem::NotListed("[…]".into())),
        Raw::Object => return Err(Problem::NotListed("{…}".into())),
        Raw::Bool(b) => return Err(Problem::NotListed(b.to_string())),
        Raw::Number(n) => return Err(Problem::NotListed(formats::number_text(*n))),
        Raw::Null => return Err(Problem::NotListed("null".into())),
    };
    E::ALL.iter().find(|(_, code, _, _)| *code == s).map(|(e, _, _, _)| *e).ok_or_else(|| Problem::NotListed(clip(s)))
}

#[cfg(test)]
mod broken_char_tests {
    use super::{has_broken_char, BROKEN_CHAR};

    #[test]
    fn the_mark_is_found_anywhere_and_only_the_mark() {
        let mark = BROKEN_CHAR.to_string();
        for text in [
            mark.clone(),
            format!("云和{mark}"),
            format!("{mark}工坊"),
            format!("，（）{mark}！"),
            format!("ab{mark}{mark}"),
        ] {
            assert!(has_broken_char(&text), "{text:?}");
        }
        // Full-width punctuation and U+FDCF/U+FDD1 share its lead byte or its first two.
        for text in ["", "云和县山坊", "，（）！：", "\u{fdcf}", "\u{fdd1}", "\u{ffff}", "\u{ef}\u{b7}"] {
            assert!(!has_broken_char(text), "{text:?}");
        }
        assert_eq!(has_broken_char("x\u{fdd0}"), "x\u{fdd0}".contains(BROKEN_CHAR));
    }
}
