//! WPE WebKit 2.38's intermittent wasm fault (issue 25), as a reproducer:
//! the work of `wasm_and_native_reports_are_identical` (tests/wasm.rs) as
//! one exported function, so that a page can compile the module afresh
//! hundreds of times (each a new `WebAssembly.Module`, whose code the engine
//! tiers up anew, which is when the fault strikes) and compare each answer
//! with the first. About one module in forty goes wrong there, against one
//! test run in a hundred: `scripts/wpe-soak.sh fresh N` builds this and
//! drives it (scripts/wpe-fault.js). Not part of the package.
#![cfg(target_arch = "wasm32")]

use serde_json::Value;
use shanfang_core::rules::vectors;
use wasm_bindgen::prelude::*;

/// Every firing vector's filing and its report, written as JSON text and
/// joined; `ERR …` when a step that cannot fail failed.
#[wasm_bindgen]
pub fn soak() -> String {
    let today = shanfang_wasm::today();
    let mut out = String::new();
    for rule in shanfang_core::rules::ALL {
        for v in rule.fires {
            let filing: Value = match vectors::patched(v.patch) {
                Ok(f) => f,
                Err(e) => return format!("ERR patched {e}"),
            };
            let report = match shanfang_core::validate_value(&filing, &Default::default(), today) {
                Ok(r) => r,
                Err(e) => return format!("ERR validate {}", e.0),
            };
            match serde_json::to_value(&report) {
                Ok(r) => out.push_str(&r.to_string()),
                Err(e) => return format!("ERR to_value {e}"),
            }
            out.push_str(&filing.to_string());
        }
    }
    out
}
