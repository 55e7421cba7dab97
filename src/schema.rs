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
        json_schema!({ "anyOf": [given, { "type": "null" }] })
    }
}

/// Every field is optional: removes `required` from a group's schema.
pub fn all_optional(schema: &mut Schema) {
    if let Some(obj) = schema.as_object_mut() {
        obj.remove("required");
    }
}

// Digits are written plain or in groups of three after thousands separators.
/// A number as a JSON number or as text, full-width digits allowed.
const NUMBER_TEXT: &str = r"^\s*-?([0-9０-９]+|[0-9０-９]{1,3}([,，][0-9０-９]{3})+)([.．][0-9０-９]+)?\s*$";
/// A count as text, also with a measure word (formats::COUNT_UNITS).
const COUNT_TEXT: &str = r"^\s*([0-9０-９]+|[0-9０-９]{1,3}([,，][0-9０-９]{3})+)([.．][0０]+)?\s*(个|人|名|位|次|台|辆|具|户)?\s*$";
/// An area as text, also with its unit (formats::AREA_UNITS).
const AREA_TEXT: &str = r"^\s*-?([0-9０-９]+|[0-9０-９]{1,3}([,，][0-9０-９]{3})+)([.．][0-9０-９]+)?\s*(亩|平方米|平米|㎡|m²|m2|M2)?\s*$";

impl InputSchema for String {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "maxLength": MAX_TEXT_CHARS })
    }
}

impl InputSchema for bool {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "anyOf": [{ "type": "boolean" }, { "enum": ["true", "false"] }] })
    }
}

impl InputSchema for f64 {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "anyOf": [{ "type": "number" }, { "type": "string", "pattern": NUMBER_TEXT }] })
    }
}

impl InputSchema for Area {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "anyOf": [{ "type": "number" }, { "type": "string", "pattern": AREA_TEXT }] })
    }
}

impl InputSchema for u64 {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "anyOf": [
            { "type": "number", "minimum": 0, "multipleOf": 1 },
            { "type": "string", "pattern": COUNT_TEXT }
        ] })
    }
}

impl InputSchema for Date {
    fn input_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "date", "pattern": r"^\s*\d{4}-\d{2}-\d{2}\s*$" })
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
        json_schema!({ "type": "string", "description": "mobile 1[3-9] + 9 digits, or landline 0 + 9–11 digits; spaces and hyphens allowed" })
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
