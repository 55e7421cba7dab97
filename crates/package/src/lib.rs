//! The npm package's WebAssembly module, `shanfang.wasm`: the JavaScript
//! API ([`shanfang_wasm`]) and the form binding ([`shanfang_dom`]) linked
//! into one module. Nothing of its own but the allocator: the exports are
//! the two crates'.

#[cfg(feature = "dom")]
pub use shanfang_dom;
pub use shanfang_wasm;

/// The module's allocator: talc, smaller than the default dlmalloc (see
/// Cargo.toml).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
