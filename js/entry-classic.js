// The classic script's addition: pkg/classic/shanfang.js is wasm-bindgen's
// no-modules output (its import names shortened, minified), then js/glue.js
// and this, together in a function of their own (scripts/package.py): the
// global `wasm_bindgen` gets the glue's `validate`, `canonical` and `attach`, the
// Standard Schema and `readDraft`.
Object.assign(wasm_bindgen, shanfangGlue(wasm_bindgen, function () {}));
