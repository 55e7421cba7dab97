// The package's ES module (pkg/shanfang.js): wasm-bindgen's output
// (bindgen/shanfang.js, never edited by hand: its import names shortened,
// minified; scripts/build.sh) wrapped with what the
// package adds. scripts/package.py puts js/glue.js before this.
// - `init()` with no argument loads `shanfang_bg.wasm` beside this file (in
//   Node from disk: Node's fetch cannot read a file: URL), and `initSync()`
//   with none reads it from disk in Node;
// - `validate` and `attach` are the glue's: the form binding is JS
//   (js/dom.js, with the standalone page's features, js/dom-page.js) over
//   the module's `validateJson`; the drafts, the event details, the
//   Standard Schema and `readDraft` too;
// - every function called before the module is loaded says what to call,
//   instead of a TypeError from inside wasm-bindgen's code.
import bindgenInit, {
  initSync as bindgenInitSync,
  validateJson as bindgenValidateJson,
  __canonicalJson,
  __reading,
  __numberText,
  rules as bindgenRules,
  schema as bindgenSchema,
} from './bindgen/shanfang.js';

export { about, fields } from './bindgen/shanfang.js';

const { init, initSync, checkReady, whenLoaded } = shanfangLoader(
  'shanfang-validator',
  'ShanfangBgWasm',
  bindgenInit,
  bindgenInitSync,
  () => new URL('shanfang_bg.wasm', import.meta.url),
);
export default init;
export { initSync };

export const validateJson = whenLoaded('validateJson', bindgenValidateJson);
export const rules = whenLoaded('rules', bindgenRules);
export const schema = whenLoaded('schema', bindgenSchema);
// validate, canonical and attach (and the Standard Schema through them) check inside the glue.
export const { validate, canonical, attach, Binding, standardSchema, filingSchema, readDraft } = shanfangGlue(
  { validateJson: bindgenValidateJson, __canonicalJson, __reading, __numberText, rules: bindgenRules },
  checkReady,
);
