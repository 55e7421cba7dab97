//! Lenient reading of one input value (filing-v1.md §1 and §4).
//!
//! Every field of the filing is an [`Input`]: not given, given and
//! well-formed, or given but malformed. A malformed value becomes a finding
//! on its field, never an error for the whole filing.

use std::borrow::Cow;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::formats::{self, Date};
use crate::json::{BROKEN_CHAR, TOO_LARGE};

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

impl<E> std::ops::Deref for Codes<E> {
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

/// How a field type is read from any serde deserializer (JSON text, a
/// `serde_json::Value`). Reading never fails on content: a value of the
/// wrong type or form becomes `Input::Bad`; only malformed JSON is an error.
pub trait Lenient: Sized {
    fn input<'de, D: Deserializer<'de>>(d: D) -> Result<Input<Self>, D::Error>;
}

impl<'de, T: Lenient> Deserialize<'de> for Input<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::input(d)
    }
}

/// Reads any value as a [`Raw`]. Not inlined: one copy of the parser's
/// value dispatch serves every field (inlined, it multiplied the wasm size).
#[inline(never)]
pub fn raw<'de, D: Deserializer<'de>>(d: D) -> Result<Raw<'de>, D::Error> {
    d.deserialize_any(RawVisitor)
}

/// Reads the next value of an object as field type `T`; one copy per type,
/// not one per field.
#[inline(never)]
pub fn next_field<'de, A: MapAccess<'de>, T: Lenient>(map: &mut A) -> Result<Input<T>, A::Error> {
    map.next_value::<Input<T>>()
}

/// Reads a scalar field: `null` and blank strings are not given.
pub fn scalar<'de, T: Read, D: Deserializer<'de>>(d: D) -> Result<Input<T>, D::Error> {
    Ok(from_raw(&raw(d)?))
}

/// A scalar field from its raw value, whatever it was read from (JSON text
/// natively, a JS value in the browser): `null` and blank strings are not
/// given.
pub fn from_raw<T: Read>(raw: &Raw) -> Input<T> {
    match raw {
        Raw::Null => Input::Absent,
        Raw::Str(s) if formats::trim(s).is_empty() => Input::Absent,
        Raw::Str(s) if s.contains(BROKEN_CHAR) => Input::Bad(Problem::BrokenText),
        raw => match T::read(raw) {
            Ok(t) => Input::Given(t),
            Err(p) => Input::Bad(p),
        },
    }
}

/// A list of codes from its items: null and blank items are ignored,
/// duplicates are kept once, the first unlisted value is kept as the list's
/// problem beside the listed ones.
pub fn codes_from_items<E: PartialEq>(items: Vec<Input<E>>) -> Input<Codes<E>> {
    let mut out = Codes { listed: Vec::with_capacity(items.len()), unlisted: None };
    for item in items {
        match item {
            Input::Absent => {}
            Input::Bad(p) => {
                out.unlisted.get_or_insert(p);
            }
            Input::Given(e) if !out.listed.contains(&e) => out.listed.push(e),
            Input::Given(_) => {}
        }
    }
    Input::Given(out)
}

/// Collects any value as a [`Raw`]; arrays and objects are skipped without
/// recursion (serde_json's `IgnoredAny` is iterative), so deep nesting
/// cannot exhaust the stack.
pub struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Raw<'de>, E> {
        Ok(Raw::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Raw<'de>, E> {
        Ok(Raw::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Raw<'de>, E> {
        Ok(Raw::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Raw<'de>, E> {
        Ok(Raw::Number(v))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Raw<'de>, E> {
        Ok(Raw::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw<'de>, E> {
        Ok(Raw::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Raw<'de>, E> {
        Ok(Raw::Str(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Raw<'de>, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E>(self) -> Result<Raw<'de>, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw<'de>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw<'de>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Raw::List)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Raw::Object)
    }
}

/// An object key, borrowed where the JSON text allows.
pub struct Key<'de>(pub Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match d.deserialize_str(RawVisitor)? {
            Raw::Str(s) => Ok(Key(s)),
            _ => Ok(Key(Cow::Borrowed(""))),
        }
    }
}

/// The visitor of a group-valued field: a map is read by `read_map`; `null`
/// and a blank string are not given; anything else is `NotAnObject`.
pub struct GroupVisitor<T>(pub std::marker::PhantomData<T>);

/// A group of fields read from a JSON object (implemented by `section!`).
pub trait ReadMap: Sized {
    fn read_map<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

impl<'de, T: ReadMap> Visitor<'de> for GroupVisitor<T> {
    type Value = Input<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Input<T>, A::Error> {
        T::read_map(map).map(Input::Given)
    }
    fn visit_unit<E>(self) -> Result<Input<T>, E> {
        Ok(Input::Absent)
    }
    fn visit_none<E>(self) -> Result<Input<T>, E> {
        Ok(Input::Absent)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Input<T>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_str<E>(self, v: &str) -> Result<Input<T>, E> {
        Ok(if formats::trim(v).is_empty() { Input::Absent } else { Input::Bad(Problem::NotAnObject) })
    }
    fn visit_bool<E>(self, _: bool) -> Result<Input<T>, E> {
        Ok(Input::Bad(Problem::NotAnObject))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Input<T>, E> {
        Ok(Input::Bad(Problem::NotAnObject))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Input<T>, E> {
        Ok(Input::Bad(Problem::NotAnObject))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Input<T>, E> {
        Ok(Input::Bad(Problem::NotAnObject))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Input<T>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Input::Bad(Problem::NotAnObject))
    }
}

/// The visitor of a list field: items are read with `Input<E>`; more than
/// [`MAX_LIST_ITEMS`] items are skipped and reported.
pub struct ListVisitor<E>(pub std::marker::PhantomData<E>);

impl<'de, E: Lenient> Visitor<'de> for ListVisitor<E> {
    type Value = Result<Vec<Input<E>>, Problem>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while items.len() < MAX_LIST_ITEMS {
            match seq.next_element::<Input<E>>()? {
                Some(item) => items.push(item),
                None => return Ok(Ok(items)),
            }
        }
        let mut more = false;
        while seq.next_element::<IgnoredAny>()?.is_some() {
            more = true;
        }
        Ok(if more { Err(Problem::TooManyItems) } else { Ok(items) })
    }
    fn visit_unit<E2>(self) -> Result<Self::Value, E2> {
        Ok(Ok(Vec::new()))
    }
    fn visit_none<E2>(self) -> Result<Self::Value, E2> {
        Ok(Ok(Vec::new()))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_str<E2>(self, v: &str) -> Result<Self::Value, E2> {
        Ok(if formats::trim(v).is_empty() { Ok(Vec::new()) } else { Err(Problem::NotAList) })
    }
    fn visit_bool<E2>(self, _: bool) -> Result<Self::Value, E2> {
        Ok(Err(Problem::NotAList))
    }
    fn visit_i64<E2>(self, _: i64) -> Result<Self::Value, E2> {
        Ok(Err(Problem::NotAList))
    }
    fn visit_u64<E2>(self, _: u64) -> Result<Self::Value, E2> {
        Ok(Err(Problem::NotAList))
    }
    fn visit_f64<E2>(self, _: f64) -> Result<Self::Value, E2> {
        Ok(Err(Problem::NotAList))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Err(Problem::NotAList))
    }
}

/// Reads a list, telling apart "not given" (`null`, blank) from an empty list.
pub fn list<'de, E: Lenient, D: Deserializer<'de>>(d: D) -> Result<Input<Vec<Input<E>>>, D::Error> {
    // `null` and blank strings arrive as Ok(empty); an empty JSON array too:
    // both mean "nothing chosen", which every list rule treats alike.
    Ok(match d.deserialize_any(ListVisitor::<E>(std::marker::PhantomData))? {
        Ok(items) => Input::Given(items),
        Err(p) => Input::Bad(p),
    })
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
            fn input<'de, D: Deserializer<'de>>(d: D) -> Result<Input<Self>, D::Error> {
                scalar(d)
            }
        }
    )+};
}
scalar_lenient!(String, bool, f64, u64, Date, CreditCode, ScLicense, Phone);

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
const MAX_COUNT: f64 = 1e12;

/// A count: a whole number, not negative (`12`, `"12"`, `12.0`).
impl Read for u64 {
    fn read(raw: &Raw) -> Result<Self, Problem> {
        let n = f64::read(raw).map_err(|p| if p == Problem::OutOfRange { p } else { Problem::NotACount })?;
        if n < 0.0 || n.fract() != 0.0 {
            return Err(Problem::NotACount);
        }
        if n > MAX_COUNT {
            return Err(Problem::OutOfRange);
        }
        Ok(n as u64)
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
impl<E: Code + Lenient + PartialEq> Lenient for Codes<E> {
    fn input<'de, D: Deserializer<'de>>(d: D) -> Result<Input<Self>, D::Error> {
        Ok(list::<E, D>(d)?.and_then(codes_from_items))
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

/// Declares an enumeration of the contract with its codes and names.
#[macro_export]
macro_rules! codes {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal, $zh:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $crate::input::Code for $name {
            const ALL: &'static [(Self, &'static str, &'static str, &'static str)] =
                &[$(($name::$variant, $code, $zh, $en)),+];
        }

        impl $crate::input::Read for $name {
            fn read(raw: &$crate::input::Raw) -> Result<Self, $crate::input::Problem> {
                $crate::input::read_code(raw)
            }
        }

        impl $crate::input::Lenient for $name {
            fn input<'de, D: serde::Deserializer<'de>>(d: D) -> Result<$crate::input::Input<Self>, D::Error> {
                $crate::input::scalar(d)
            }
        }

        impl $crate::model::Field for $name {
            const KIND: $crate::model::FieldKind = $crate::model::FieldKind::Code;
            fn codes() -> &'static [&'static str] { &[$($code),+] }
        }

        impl $crate::model::Field for $crate::input::Codes<$name> {
            const KIND: $crate::model::FieldKind = $crate::model::FieldKind::Codes;
            fn codes() -> &'static [&'static str] { &[$($code),+] }
            fn walk(&self, path: &mut String, out: &mut Vec<(String, $crate::input::Problem)>) {
                if let Some(p) = &self.unlisted {
                    out.push((path.clone(), p.clone()));
                }
            }
        }

        impl $name {
            /// The contract code of this value.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl $crate::schema::InputSchema for $name {
            fn input_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                generator.subschema_for::<Self>()
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "enum": [$($code),+],
                    "x-names-zh": { $($code: $zh),+ },
                    "x-names-en": { $($code: $en),+ },
                })
            }
        }
    };
}
