//! The published JSON Schema (schema/filing-v1.schema.json) is made from
//! the model's field shapes, never edited by hand: `cargo xtask check` (and
//! tests/generated.rs) keep the file in step; these tests hold what it says.

/// A field's description is its doc line in the model, so the two cannot
/// drift: the schema's words for `site.fire_extinguishers` are the model's.
#[test]
fn descriptions_are_the_model_doc_lines() {
    let schema: serde_json::Value = serde_json::from_str(&xtask::schema::filing_schema()).unwrap();
    assert_eq!(schema["$defs"]["Site"]["properties"]["fire_extinguishers"]["description"], "灭火器数量 (6.5)");
    assert_eq!(schema["description"], "A filing under DB3311/T 244—2023, contract v1. Every key is optional.");
    // Each group and code list once in `$defs`, referenced where used.
    assert_eq!(schema["$defs"]["Steward"]["properties"]["role"]["anyOf"][0]["$ref"], "#/$defs/StewardRole");
    assert!(schema["$defs"]["Workshop"].is_object() && schema["$defs"]["County"].is_object());
}

#[test]
fn the_schema_is_json_schema_2020_12() {
    let schema: serde_json::Value = serde_json::from_str(&xtask::schema::filing_schema()).unwrap();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(schema["properties"]["site"].is_object(), "{schema}");
}
