//! Lenient reading of one input value (filing-v1.md §1 and §4).
//!
//! Every field of the filing is an [`Input`]: not given, given and
//! well-formed, or given but malformed. A malformed value becomes a finding
//! on its field, never an error for the whole filing.

use serde_json::Value;

use crate::formats::{self, Date};

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

impl<E> Input<Vec<E>> {
    /// The requirement "not empty" is unmet (absent or an empty list).
    pub fn empty(&self) -> bool {
        self.fails(|v| !v.is_empty())
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

/// A type a field can hold, read leniently from JSON.
pub trait Read: Sized {
    /// Reads a value that is neither `null` nor a blank string.
    fn read(v: &Value) -> Result<Self, Problem>;
}

/// Reads one field from its JSON value (or its absence).
pub fn read<T: Read>(v: Option<&Value>) -> Input<T> {
    match v {
        None | Some(Value::Null) => Input::Absent,
        Some(Value::String(s)) if formats::trim(s).is_empty() => Input::Absent,
        Some(v) => match T::read(v) {
            Ok(t) => Input::Given(t),
            Err(p) => Input::Bad(p),
        },
    }
}

/// The text of a string value, trimmed; numbers and booleans are not text.
fn text(v: &Value) -> Result<&str, Problem> {
    match v {
        Value::String(s) => Ok(formats::trim(s)),
        _ => Err(Problem::NotText),
    }
}

/// A string field: trimmed, at most [`MAX_TEXT_CHARS`] characters.
impl Read for String {
    fn read(v: &Value) -> Result<Self, Problem> {
        let s = text(v)?;
        if s.chars().nth(MAX_TEXT_CHARS).is_some() {
            return Err(Problem::TooLong);
        }
        Ok(s.to_owned())
    }
}

/// A boolean: `true`/`false` or the strings `"true"`/`"false"`.
impl Read for bool {
    fn read(v: &Value) -> Result<Self, Problem> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::String(s) => match formats::trim(s) {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(Problem::NotABool),
            },
            _ => Err(Problem::NotABool),
        }
    }
}

/// A number: a JSON number or a numeric string (full-width digits allowed).
impl Read for f64 {
    fn read(v: &Value) -> Result<Self, Problem> {
        match v {
            Value::Number(n) => n.as_f64().filter(|n| n.is_finite()).ok_or(Problem::NotANumber),
            Value::String(s) => formats::parse_number(s).ok_or(Problem::NotANumber),
            _ => Err(Problem::NotANumber),
        }
    }
}

/// The largest count accepted; larger is a format finding, not an overflow.
const MAX_COUNT: f64 = 1e12;

/// A count: a whole number, not negative (`12`, `"12"`, `12.0`).
impl Read for u64 {
    fn read(v: &Value) -> Result<Self, Problem> {
        let n = f64::read(v)?;
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
    fn read(v: &Value) -> Result<Self, Problem> {
        text(v).ok().and_then(Date::parse).ok_or(Problem::NotADate)
    }
}

/// 统一社会信用代码, checked against GB 32100-2015.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreditCode(pub String);

impl Read for CreditCode {
    fn read(v: &Value) -> Result<Self, Problem> {
        formats::credit_code(text(v)?).map(CreditCode).map_err(|e| match e {
            formats::CreditCodeError::Shape => Problem::CreditCodeShape,
            formats::CreditCodeError::CheckCharacter => Problem::CreditCodeCheck,
        })
    }
}

/// 食品生产许可证编号: `SC` and 14 digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScLicense(pub String);

impl Read for ScLicense {
    fn read(v: &Value) -> Result<Self, Problem> {
        formats::sc_license(text(v)?).map(ScLicense).ok_or(Problem::ScFormat)
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
    fn read(v: &Value) -> Result<Self, Problem> {
        String::read(v).map(Phone)
    }
}

/// A list of enum codes. An unlisted value is a finding on the whole list;
/// null and blank items are ignored; duplicates are kept once.
impl<E: Code + Read + PartialEq> Read for Vec<E> {
    fn read(v: &Value) -> Result<Self, Problem> {
        let items = v.as_array().ok_or(Problem::NotAList)?;
        if items.len() > MAX_LIST_ITEMS {
            return Err(Problem::TooManyItems);
        }
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match read::<E>(Some(item)) {
                Input::Absent => {}
                Input::Bad(p) => return Err(p),
                Input::Given(e) if !out.contains(&e) => out.push(e),
                Input::Given(_) => {}
            }
        }
        Ok(out)
    }
}

/// An enumeration whose values are written as fixed codes in the contract.
pub trait Code: Sized + Copy + 'static {
    /// Every value with its code, Chinese and English names, in contract order.
    const ALL: &'static [(Self, &'static str, &'static str, &'static str)];
}

/// Reads an enum code; the lookup is exact (codes are ASCII lower case).
pub fn read_code<E: Code>(v: &Value) -> Result<E, Problem> {
    let s = match v {
        Value::String(s) => formats::trim(s),
        Value::Array(_) => return Err(Problem::NotListed("[…]".into())),
        Value::Object(_) => return Err(Problem::NotListed("{…}".into())),
        other => return Err(Problem::NotListed(other.to_string())),
    };
    E::ALL
        .iter()
        .find(|(_, code, _, _)| *code == s)
        .map(|(e, _, _, _)| *e)
        .ok_or_else(|| Problem::NotListed(clip(s)))
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
            fn read(v: &serde_json::Value) -> Result<Self, $crate::input::Problem> {
                $crate::input::read_code(v)
            }
        }

        impl $crate::model::Field for $name {
            const KIND: $crate::model::FieldKind = $crate::model::FieldKind::Code;
            fn codes() -> &'static [&'static str] { &[$($code),+] }
        }

        impl $crate::model::Field for Vec<$name> {
            const KIND: $crate::model::FieldKind = $crate::model::FieldKind::Codes;
            fn codes() -> &'static [&'static str] { &[$($code),+] }
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
