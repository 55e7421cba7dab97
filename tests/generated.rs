//! Generated files stay in step with the Rust types. Set UPDATE_GENERATED=1
//! to rewrite them. Native only: the generators are not in the wasm build.
#![cfg(not(target_arch = "wasm32"))]

fn check(path: &str, fresh: String) {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&full, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(committed == fresh, "{path} is out of date: run `UPDATE_GENERATED=1 cargo test --test generated`");
}

#[test]
fn typescript_declarations_match_the_model() {
    check("ts/filing.d.ts", shanfang::typescript::filing_dts());
}
