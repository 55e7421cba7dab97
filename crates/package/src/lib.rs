//! The npm package's WebAssembly module, `shanfang.wasm`: the JavaScript
//! API ([`shanfang_wasm`]), with the features each entry asks for (the form
//! binding is the entries' JS: js/dom.js). Nothing of its own but the
//! allocator and the panic handler: the exports are the API's.
//!
//! Built without std (every crate it links allows it): the module's panic
//! handler is its own, a trap, as std's is with `panic = "abort"`, but
//! without std's formatting of the panic's message for a console a module
//! does not have (that formatting kept core's `Debug` of chars and strings
//! and their Unicode tables in every module: issue 28).
#![cfg_attr(not(any(feature = "std", test)), no_std)]

pub use shanfang_wasm;

/// The module's allocator: talc, smaller than the default dlmalloc (see
/// Cargo.toml).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// A panic traps, as std's handler does with `panic = "abort"`; nothing
/// reads its message. No input reaches one (the reader turns everything it
/// cannot read into a finding or an `Error`).
#[cfg(all(not(feature = "std"), not(test), target_family = "wasm"))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
