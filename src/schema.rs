//! The JSON Schema of the filing, generated from the Rust types of
//! [`crate::model`] with schemars (native only). It is written to
//! `schema/filing-v1.schema.json` by `shanfang-check --schema`, embedded in
//! the wasm module as text, and a test keeps the file in step with the types.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::formats::Date;
use crate::input::{Area, CreditCode, Input, Phone, ScLicense, MAX_LIST_ITEMS, MAX_TEXT_CHARS};
use crate::model::{Filing, Items};

/// The schema of the input a field type accepts, before lenient reading.
pub trait InputSchema {
    fn input_schema(generator: &mut SchemaGenerator) -> Schema;
}

impl<T: InputSchema> JsonSchema for Input<T> {
    fn schema_name() -> Cow<'static, str> {
        "Input".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        // `null` and a blank string mean "not given" for every field.
        let given = T::input_schema(generator);
        json_schema!({ "anyOf": [given, { "type": "null" }, { "type": "string", "pattern": r"^\s*$" }] })
    }
}

/// Every field is optional: removes `required` from a group's schema.
pub fn all_optional(schema: &mut Schema) {
    if let Some(obj) = schema.as_object_mut() {
        obj.remove("required");
    }
}

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

impl InputSchema for String {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": trimmed_text() })
    }
}

impl InputSchema for bool {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "anyOf": [{ "type": "boolean" }, { "type": "string", "pattern": r"^\s*(?:true|false)\s*$" }] })
    }
}

/// The contract's one plain number is a percentage (`overseas.order_share_percent`, in (0, 100]).
impl InputSchema for f64 {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "anyOf": [
            { "type": "number", "exclusiveMinimum": 0, "maximum": 100 },
            { "type": "string", "pattern": PERCENT_TEXT }
        ] })
    }
}

impl InputSchema for Area {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "anyOf": [
            { "type": "number", "minimum": 0, "exclusiveMaximum": crate::json::TOO_LARGE },
            { "type": "string", "pattern": AREA_TEXT }
        ] })
    }
}

impl InputSchema for u64 {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "anyOf": [
            { "type": "number", "minimum": 0, "maximum": crate::input::MAX_COUNT, "multipleOf": 1 },
            { "type": "string", "pattern": COUNT_TEXT }
        ] })
    }
}

impl InputSchema for Date {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": DATE_TEXT })
    }
}

impl InputSchema for CreditCode {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": r"^\s*[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}\s*$",
            "description": "统一社会信用代码 (GB 32100-2015); the 18th character is a check character"
        })
    }
}

impl InputSchema for ScLicense {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": r"^\s*[Ss][Cc][0-9]{14}\s*$" })
    }
}

impl InputSchema for Phone {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": trimmed_text(),
            "description": "mobile 1[3-9] + 9 digits, or landline 0 + 9–11 digits; spaces and hyphens allowed (checked by clause 5.2.1, not as a format)"
        })
    }
}

impl<E: InputSchema + crate::input::Code> InputSchema for crate::input::Codes<E> {
    fn input_schema(generator: &mut SchemaGenerator) -> Schema {
        let item = E::input_schema(generator);
        json_schema!({ "type": "array", "items": { "anyOf": [item, { "type": "null" }, { "const": "" }] }, "maxItems": MAX_LIST_ITEMS })
    }
}

impl<T: InputSchema> InputSchema for Items<T> {
    fn input_schema(generator: &mut SchemaGenerator) -> Schema {
        let item = T::input_schema(generator);
        json_schema!({ "type": "array", "items": { "anyOf": [item, { "type": "null" }] }, "maxItems": MAX_LIST_ITEMS })
    }
}

/// The schema of a whole filing, as pretty JSON text.
pub fn filing_schema() -> String {
    let mut schema =
        schemars::generate::SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<Filing>();
    if let Some(obj) = schema.as_object_mut() {
        obj.insert("$id".into(), "https://shanfang.invalid/schema/filing-v1.schema.json".into());
        obj.insert("title".into(), "丽水山坊（共富工坊）申报 Filing, contract v1 (DB3311/T 244—2023)".into());
    }
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
    text.push('\n');
    text
}

/// The JSON Schema of a canonical filing (`crate::canonical`: what
/// `shanfang-check --canonical` writes of a filing with no data-format
/// finding): strict, for a clean, stored filing. Only the contract's keys
/// (`additionalProperties: false`), numbers as numbers, strings trimmed and
/// not blank, codes as the contract writes them (each with its title), no
/// `null`. Built from the model's field table with the form's titles
/// (`crate::titles`): `title` in `lang`, `description` in the other language,
/// so one file carries both. Loads in Ajv's strict mode (with ajv-formats for
/// `format: date`) and renders as a form in react-jsonschema-form.
pub fn canonical_schema(lang: crate::report::Lang) -> String {
    use crate::model::{all_fields, paths, FieldKind};
    use serde_json::{json, Map, Value};

    let fields = all_fields();
    let titled = |path: &str, mut schema: Value| -> Value {
        let (zh, en) = crate::titles::field(path).unwrap_or_else(|| panic!("no title for {path} (src/titles.rs)"));
        let (title, other) = if lang == crate::report::Lang::Zh { (zh, en) } else { (en, zh) };
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
                let (zh, en) =
                    crate::titles::code(template, c).unwrap_or_else(|| panic!("no title for {template} = {c}"));
                json!({ "const": c, "title": if lang == crate::report::Lang::Zh { zh } else { en } })
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
            FieldKind::Count => json!({ "type": "integer", "minimum": 0, "maximum": crate::input::MAX_COUNT as u64 }),
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
        fields: &[crate::model::FieldInfo],
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
    let suffix = if lang == crate::report::Lang::Zh { "" } else { ".en" };
    obj.insert("$id".into(), format!("https://shanfang.invalid/schema/filing-v1.canonical{suffix}.schema.json").into());
    obj.insert("$schema".into(), "https://json-schema.org/draft/2020-12/schema".into());
    let (title, description) = if lang == crate::report::Lang::Zh {
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
