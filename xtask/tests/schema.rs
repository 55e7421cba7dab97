//! The published JSON Schema (schema/filing-v1.schema.json) is made from
//! the model's field shapes and the field table's words, never edited by
//! hand: `cargo xtask check` (and tests/generated.rs) keep the file in
//! step; these tests hold what it says.

/// A field's title and description are its label in the field table, so
/// the schema says what the form says: `site.fire_extinguishers` is
/// 灭火器数量 there.
#[test]
fn titles_are_the_field_tables_labels() {
    let schema: serde_json::Value = serde_json::from_str(&xtask::schema::filing_schema()).unwrap();
    let property = &schema["$defs"]["Site"]["properties"]["fire_extinguishers"];
    assert_eq!(property["title"], "灭火器数量");
    assert_eq!(property["description"], "Number of fire extinguishers");
    // The words the Rust doc comments had drifted to are gone.
    assert_eq!(schema["$defs"]["Recruitment"]["properties"]["jobs"]["title"], "提供的工作岗位");
    assert_eq!(schema["$defs"]["MobileSupply"]["properties"]["services"]["title"], "为山区群众提供的服务");
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
