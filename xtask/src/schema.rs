//! The JSON Schemas of the filing, made from the model's description of
//! its fields ([`shanfang_core::model::Shape`]): the lenient one of the input
//! (`schema/filing-v1.schema.json`, embedded in the wasm module as text and
//! served by `shanfang-check`) and the strict ones of a canonical filing.
//! `cargo xtask generate` writes them; `cargo xtask check` fails when a
//! committed file is not what the model makes.

use serde_json::{json, Map, Value};

use shanfang_core::fields::{self, Words};
use shanfang_core::input::{MAX_LIST_ITEMS, MAX_TEXT_CHARS};
use shanfang_core::model::{CodeList, Field, Filing, GroupShape, Shape};

/// A field's or group's words by path (the field table's, or a changed
/// copy's in the tests).
pub type Titles<'a> = &'a dyn Fn(&str) -> Option<Words>;

// Digits are written plain or in groups of three after thousands separators.
/// A count as text, also with a measure word (formats::COUNT_UNITS).
const COUNT_TEXT: &str =
    r"^\s*([0-9０-９]+|[0-9０-９]{1,3}([,，][0-9０-９]{3})+)([.．][0０]+)?\s*(个|人|名|位|次|台|辆|具|户)?\s*$";
/// An area as text, also with its unit (formats::AREA_UNITS); not negative.
const AREA_TEXT: &str =
    r"^\s*([0-9０-９]+|[0-9０-９]{1,3}([,，][0-9０-９]{3})+)([.．][0-9０-９]+)?\s*(亩|平方米|平米|㎡|m²|m2|M2)?\s*$";
/// A percentage in (0, 100] as text: 100, or one or two digits with
/// decimals, not zero.
const PERCENT_TEXT: &str =
    r"^\s*(?:100(?:[.．][0０]+)?|(?![0０]{1,2}(?:[.．][0０]*)?\s*$)[0-9０-９]{1,2}(?:[.．][0-9０-９]+)?)\s*$";

/// At most [`MAX_TEXT_CHARS`] characters once trimmed (as the reader counts).
fn trimmed_text() -> String {
    format!(r"^\s*(?:\S(?:[\s\S]{{0,{}}}\S)?)?\s*$", MAX_TEXT_CHARS - 2)
}

/// A real calendar date, `YYYY-MM-DD` (leap years included), spaces around allowed.
const DATE_TEXT: &str = concat!(
    r"^\s*(?:[0-9]{4}-(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])",
    r"|[0-9]{4}-(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)",
    r"|[0-9]{4}-02-(?:0[1-9]|1[0-9]|2[0-8])",
    r"|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)\s*$"
);

/// The lenient schema's parts: each group and code list once in `$defs`,
/// in the order a walk of the filing first meets them.
struct Lenient<'a> {
    defs: Map<String, Value>,
    titles: Titles<'a>,
}

impl Lenient<'_> {
    /// The schema of what a field of this shape accepts, before `null` and
    /// a blank string (which every field accepts as "not given").
    fn given(&mut self, shape: Shape) -> Value {
        match shape {
            Shape::Text => json!({ "type": "string", "pattern": trimmed_text() }),
            Shape::CreditCode => json!({
                "description": "统一社会信用代码 (GB 32100-2015); the 18th character is a check character",
                "type": "string",
                "pattern": r"^\s*[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}\s*$"
            }),
            Shape::ScLicense => json!({ "type": "string", "pattern": r"^\s*[Ss][Cc][0-9]{14}\s*$" }),
            Shape::Phone => json!({
                "description": "mobile 1[3-9] + 9 digits, or landline 0 + 9–11 digits; spaces and hyphens allowed (checked by clause 5.2.1, not as a format)",
                "type": "string",
                "pattern": trimmed_text()
            }),
            Shape::Bool => {
                json!({ "anyOf": [{ "type": "boolean" }, { "type": "string", "pattern": r"^\s*(?:true|false)\s*$" }] })
            }
            // The contract's one plain number is a percentage
            // (`overseas.order_share_percent`, in (0, 100]).
            Shape::Number => json!({ "anyOf": [
                { "type": "number", "exclusiveMinimum": 0, "maximum": 100 },
                { "type": "string", "pattern": PERCENT_TEXT }
            ] }),
            Shape::Area => json!({ "anyOf": [
                { "type": "number", "minimum": 0, "exclusiveMaximum": shanfang_core::json::TOO_LARGE },
                { "type": "string", "pattern": AREA_TEXT }
            ] }),
            Shape::Count => json!({ "anyOf": [
                { "type": "number", "minimum": 0, "maximum": shanfang_core::input::MAX_COUNT, "multipleOf": 1 },
                { "type": "string", "pattern": COUNT_TEXT }
            ] }),
            Shape::Date => json!({ "type": "string", "pattern": DATE_TEXT }),
            Shape::Code(list) => {
                self.code_list(list);
                json!({ "$ref": format!("#/$defs/{}", list.name) })
            }
            Shape::Codes(list) => {
                let item = self.given(Shape::Code(list));
                json!({ "type": "array", "items": { "anyOf": [item, { "type": "null" }, { "const": "" }] }, "maxItems": MAX_LIST_ITEMS })
            }
            Shape::Group(group) => {
                if !self.defs.contains_key(group.name) {
                    // Its place first: the groups inside it come after it.
                    self.defs.insert(group.name.into(), Value::Null);
                    let object = self.group(group);
                    self.defs.insert(group.name.into(), object);
                }
                json!({ "$ref": format!("#/$defs/{}", group.name) })
            }
            Shape::Items(group) => {
                let item = self.given(Shape::Group(group));
                json!({ "type": "array", "items": { "anyOf": [item, { "type": "null" }] }, "maxItems": MAX_LIST_ITEMS })
            }
        }
    }

    /// A code as the contract writes it, each with its names (title in
    /// Chinese, description in English: standard keywords, so strict Ajv
    /// loads the schema), or padded with spaces, which the reader trims.
    fn code_list(&mut self, list: &CodeList) {
        if self.defs.contains_key(list.name) {
            return;
        }
        let one_of: Vec<Value> =
            list.codes.iter().map(|(code, zh, en)| json!({ "title": zh, "description": en, "const": code })).collect();
        let alternatives: Vec<String> = list.codes.iter().map(|(code, ..)| regex_escape(code)).collect();
        let schema = json!({ "anyOf": [
            { "type": "string", "oneOf": one_of },
            { "type": "string", "pattern": format!(r"^\s*(?:{})\s*$", alternatives.join("|")) }
        ] });
        self.defs.insert(list.name.into(), schema);
    }

    /// A group's object schema: every field optional, each titled as the
    /// form labels it (`title` in Chinese, `description` in English).
    fn group(&mut self, group: &GroupShape) -> Value {
        let mut object = Map::new();
        let path = group.path.trim_end_matches("[]");
        if let Some(w) = (self.titles)(path).filter(|_| !group.path.is_empty() && !group.path.ends_with("[]")) {
            object.insert("title".into(), w.zh.into());
            object.insert("description".into(), w.en.into());
        }
        object.insert("type".into(), "object".into());
        let mut properties = Map::new();
        for field in group.fields {
            let mut property = Map::new();
            let path =
                if group.path.is_empty() { field.name.to_owned() } else { format!("{}.{}", group.path, field.name) };
            let w = (self.titles)(&path)
                .unwrap_or_else(|| panic!("{path} has no words in the field table (crates/core/src/fields.rs)"));
            property.insert("title".into(), w.zh.into());
            property.insert("description".into(), w.en.into());
            let given = self.given((field.shape)());
            property
                .insert("anyOf".into(), json!([given, { "type": "null" }, { "type": "string", "pattern": r"^\s*$" }]));
            properties.insert(field.name.into(), property.into());
        }
        object.insert("properties".into(), properties.into());
        object.into()
    }
}

/// A code in a regular expression: its characters outside `[A-Za-z0-9_]`
/// escaped.
fn regex_escape(code: &str) -> String {
    code.chars().fold(String::new(), |mut out, c| {
        if !(c.is_ascii_alphanumeric() || c == '_') {
            out.push('\\');
        }
        out.push(c);
        out
    })
}

/// The schema of a whole filing, as pretty JSON text.
pub fn filing_schema() -> String {
    filing_schema_with(&fields::title)
}

/// [`filing_schema`] with the words of `titles`.
pub fn filing_schema_with(titles: Titles) -> String {
    let Shape::Group(filing) = Filing::shape() else { unreachable!("the filing is a group") };
    let mut lenient = Lenient { defs: Map::new(), titles };
    let body = lenient.group(filing);
    let mut root = Map::new();
    root.insert("$id".into(), "https://shanfang.invalid/schema/filing-v1.schema.json".into());
    root.insert("$schema".into(), "https://json-schema.org/draft/2020-12/schema".into());
    root.insert("title".into(), "丽水山坊（共富工坊）申报 Filing, contract v1 (DB3311/T 244—2023)".into());
    root.insert("description".into(), "A filing under DB3311/T 244—2023, contract v1. Every key is optional.".into());
    if let Value::Object(body) = body {
        root.extend(body);
    }
    root.insert("$defs".into(), lenient.defs.into());
    let mut text = serde_json::to_string_pretty(&root).expect("a schema always serializes");
    text.push('\n');
    text
}

/// The JSON Schema of a canonical filing (`crate::canonical`: what
/// `shanfang-check --canonical` writes of a filing with no data-format
/// finding): strict, for a clean, stored filing. Only the contract's keys
/// (`additionalProperties: false`), numbers as numbers, strings trimmed and
/// not blank, codes as the contract writes them (each with its title), no
/// `null`. Built from the model with the field table's words
/// (`shanfang_core::fields`): `title` in `lang`, `description` in the other language,
/// so one file carries both. Loads in Ajv's strict mode (with ajv-formats for
/// `format: date`) and renders as a form in react-jsonschema-form.
pub fn canonical_schema(lang: shanfang_core::report::Lang) -> String {
    canonical_schema_with(lang, &fields::title)
}

/// [`canonical_schema`] with the words of `titles`.
pub fn canonical_schema_with(lang: shanfang_core::report::Lang, titles: Titles) -> String {
    use shanfang_core::model::{all_fields, code_names, paths, FieldKind};

    let fields = all_fields();
    let titled = |path: &str, mut schema: Value| -> Value {
        let Words { zh, en } = titles(path)
            .unwrap_or_else(|| panic!("{path} has no words in the field table (crates/core/src/fields.rs)"));
        let (title, other) = if lang == shanfang_core::report::Lang::Zh { (zh, en) } else { (en, zh) };
        let obj = schema.as_object_mut().expect("an object schema");
        obj.insert("title".into(), title.into());
        obj.insert("description".into(), other.into());
        schema
    };
    let code_list = |path: &str, codes: &[&str]| -> Value {
        let template = path.trim_end_matches("[]");
        let one_of: Vec<Value> = codes
            .iter()
            .map(|c| {
                let (_, zh, en) = code_names(template)
                    .iter()
                    .find(|(code, ..)| code == c)
                    .unwrap_or_else(|| panic!("no name for {template} = {c}"));
                json!({ "const": c, "title": if lang == shanfang_core::report::Lang::Zh { zh } else { en } })
            })
            .collect();
        json!({ "type": "string", "oneOf": one_of })
    };
    // Not blank, no space at either end (canonical strings are trimmed).
    const TRIMMED: &str = r"^\S(?:[\s\S]*\S)?$";
    let leaf = |path: &str, kind: FieldKind, codes: &[&str]| -> Value {
        let schema = match kind {
            FieldKind::Bool => json!({ "type": "boolean" }),
            FieldKind::Count if path == paths::version => json!({ "const": 1 }),
            FieldKind::Count => {
                json!({ "type": "integer", "minimum": 0, "maximum": shanfang_core::input::MAX_COUNT as u64 })
            }
            FieldKind::Number if path == paths::overseas::order_share_percent => {
                json!({ "type": "number", "exclusiveMinimum": 0, "maximum": 100 })
            }
            FieldKind::Number => json!({ "type": "number", "minimum": 0 }),
            FieldKind::Date => json!({ "type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$" }),
            FieldKind::Code => code_list(path, codes),
            FieldKind::Codes => json!({
                "type": "array", "items": code_list(path, codes), "uniqueItems": true, "maxItems": MAX_LIST_ITEMS
            }),
            FieldKind::Text if path == paths::operator::credit_code => {
                json!({ "type": "string", "pattern": "^[0-9A-HJ-NPQRTUWXY]{18}$" })
            }
            FieldKind::Text if path == paths::workshop::sc_license => {
                json!({ "type": "string", "pattern": "^SC[0-9]{14}$" })
            }
            FieldKind::Text => {
                json!({ "type": "string", "minLength": 1, "maxLength": MAX_TEXT_CHARS, "pattern": TRIMMED })
            }
            FieldKind::Section | FieldKind::Items => unreachable!("groups are built by `group`"),
        };
        titled(path, schema)
    };
    // The object schema of the group at `prefix` ("" is the filing; items
    // of a list end in "[]").
    fn group(
        prefix: &str,
        fields: &[shanfang_core::model::FieldInfo],
        leaf: &dyn Fn(&str, FieldKind, &[&str]) -> Value,
        titled: &dyn Fn(&str, Value) -> Value,
    ) -> Value {
        let mut properties = Map::new();
        for (path, kind, codes) in fields {
            let (parent, name) = match path.rfind('.') {
                Some(i) => (&path[..i], &path[i + 1..]),
                None => ("", *path),
            };
            if parent != prefix {
                continue;
            }
            let schema = match kind {
                FieldKind::Section => titled(path, group(path, fields, leaf, titled)),
                FieldKind::Items => {
                    let item = group(&format!("{path}[]"), fields, leaf, titled);
                    titled(path, json!({ "type": "array", "items": item, "maxItems": MAX_LIST_ITEMS }))
                }
                _ => leaf(path, *kind, codes),
            };
            properties.insert(name.to_owned(), schema);
        }
        json!({ "type": "object", "additionalProperties": false, "properties": properties })
    }
    let mut root = group("", &fields, &leaf, &titled);
    let obj = root.as_object_mut().expect("an object");
    let suffix = if lang == shanfang_core::report::Lang::Zh { "" } else { ".en" };
    obj.insert("$id".into(), format!("https://shanfang.invalid/schema/filing-v1.canonical{suffix}.schema.json").into());
    obj.insert("$schema".into(), "https://json-schema.org/draft/2020-12/schema".into());
    let (title, description) = if lang == shanfang_core::report::Lang::Zh {
        (
            "丽水山坊（共富工坊）申报（规范形式）",
            "A canonical filing under DB3311/T 244—2023, contract v1: what `shanfang-check --canonical` writes of a filing with no data-format finding.",
        )
    } else {
        (
            "Filing under DB3311/T 244—2023, canonical form",
            "规范形式的申报（DB3311/T 244—2023，合同第1版）：shanfang-check --canonical 对没有数据格式问题的申报的输出。",
        )
    };
    obj.insert("title".into(), title.into());
    obj.insert("description".into(), description.into());
    let mut text = serde_json::to_string_pretty(&root).expect("a schema always serializes");
    text.push('\n');
    text
}
