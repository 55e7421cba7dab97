// The package's core entry (pkg/core/shanfang_core.js, `shanfang-validator/core`):
// validating only, no form binding, for a portal's own form or a server.
// wasm-bindgen's output for the core module (core/bindgen/shanfang_core.js,
// never edited by hand: its import names shortened, minified) wrapped with
// what the package adds;
// scripts/package.py puts js/glue-core.js before this.
// - `init()` with no argument loads `shanfang_core_bg.wasm` beside this
//   file (in Node from disk), `initSync()` with none reads it from disk in Node;
// - `rules(lang)` returns a Promise: the clauses' words are not in the
//   module (they are half the catalogue's bytes and validating needs none
//   of them), they come from rules-zh.js / rules-en.js when first asked;
// - every function called before the module is loaded says what to call.
import bindgenInit, {
  initSync as bindgenInitSync,
  validateJson as bindgenValidateJson,
  __canonicalJson,
  about as bindgenAbout,
} from './bindgen/shanfang_core.js';

const { init, initSync, checkReady, whenLoaded } = shanfangLoader(
  'shanfang-validator/core',
  'ShanfangCoreBgWasm',
  bindgenInit,
  bindgenInitSync,
  () => new URL('shanfang_core_bg.wasm', import.meta.url),
);
export default init;
export { initSync };

export const validateJson = whenLoaded('validateJson', bindgenValidateJson);
export const about = whenLoaded('about', bindgenAbout);
// validate and canonical (and the Standard Schema through them) check inside the glue.
export const { validate, canonical, standardSchema, filingSchema } = shanfangCoreGlue(
  { validateJson: bindgenValidateJson, __canonicalJson },
  checkReady,
);

/** The rule catalogue in `lang` ("zh", the default, or "en"); a new copy each time. */
export async function rules(lang) {
  const l = lang === undefined ? 'zh' : lang;
  if (l !== 'zh' && l !== 'en') throw new Error('lang must be "zh" or "en", not ' + JSON.stringify(String(l)));
  const words = l === 'en' ? await import('./rules-en.js') : await import('./rules-zh.js');
  return JSON.parse(words.default);
}
