//! Minifies the committed JSON Schema for embedding in the wasm module
//! (`schema()`): the pretty file is for people, the module carries ~half the
//! bytes. Only white space outside strings is dropped.

use std::path::PathBuf;

fn main() {
    let src = "../../schema/filing-v1.schema.json";
    println!("cargo:rerun-if-changed={src}");
    // Without it the module's `schema()` would answer an empty text: a
    // build that cannot embed the schema fails here, saying why.
    let text = std::fs::read_to_string(src)
        .unwrap_or_else(|e| panic!("{src} cannot be read ({e}): it is committed; `cargo xtask generate` writes it"));
    assert!(!text.trim().is_empty(), "{src} is empty: `cargo xtask generate` writes it");
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("filing-v1.schema.min.json");
    std::fs::write(dest, out).unwrap_or_else(|e| panic!("cannot write the minified schema: {e}"));
}
