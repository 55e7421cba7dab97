//! The published JSON Schema (schema/filing-v1.schema.json) is generated from
//! the Rust types, never edited by hand: this test keeps the file in step.
//! Native only: the generator is not in the wasm build.
#![cfg(not(target_arch = "wasm32"))]

const REGENERATE: &str = "cargo run --bin shanfang-check -- --schema > schema/filing-v1.schema.json";

#[test]
fn the_schema_file_is_generated_from_the_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/filing-v1.schema.json");
    let file = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {path} ({e}); create it with:\n    {REGENERATE}"));
    let generated = shanfang::schema::filing_schema();
    // Compare line by line first, so that a failure names the first difference.
    if let Some((i, (want, have))) =
        generated.lines().zip(file.lines()).enumerate().find(|(_, (want, have))| want != have)
    {
        panic!(
            "schema/filing-v1.schema.json is out of date with the Rust types (first difference at line {}:\n  \
             generated: {want}\n  file:      {have})\nregenerate it with:\n    {REGENERATE}",
            i + 1
        );
    }
    assert!(
        file == generated,
        "schema/filing-v1.schema.json is out of date with the Rust types (length or line endings differ); \
         regenerate it with:\n    {REGENERATE}"
    );
}

#[test]
fn the_schema_is_json_schema_2020_12() {
    let schema: serde_json::Value = serde_json::from_str(&shanfang::schema::filing_schema()).unwrap();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(schema["properties"]["site"].is_object(), "{schema}");
}
