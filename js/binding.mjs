// The package's binding entry (pkg/binding/shanfang_binding.js,
// `shanfang-validator/binding`): a portal's own form, `attach` with drafts,
// and the core's functions, in a module without the standalone page's
// features (the printed record, the catalogue page, the reviewer's view, the
// language switch of the page), `rules()`' words or `schema()`: what a
// portal's form loads and nothing more. wasm-bindgen's output for the binding
// module (binding/bindgen/shanfang_binding.js, never edited by hand: its
// import names shortened, minified; scripts/build.sh)
// wrapped with what the package adds; scripts/package.py puts
// js/glue-core.js and js/glue.js before this.
// - `rules(lang)` returns a Promise: the clauses' words come from the core
//   entry's rules-zh.js / rules-en.js when first asked, as in the core entry.
import bindgenInit, {
  initSync as bindgenInitSync,
  attach as bindgenAttach,
  validateJson as bindgenValidateJson,
  __canonicalJson,
  about as bindgenAbout,
  __setGlue,
  __setReplacer,
} from './bindgen/shanfang_binding.js';

export { Binding } from './bindgen/shanfang_binding.js';

const { init, initSync, checkReady, whenLoaded } = shanfangLoader(
  'shanfang-validator/binding',
  'ShanfangBindingBgWasm',
  bindgenInit,
  bindgenInitSync,
  () => new URL('shanfang_binding_bg.wasm', import.meta.url),
);
export default init;
export { initSync };

export const validateJson = whenLoaded('validateJson', bindgenValidateJson);
export const about = whenLoaded('about', bindgenAbout);
// validate, canonical and attach (and the Standard Schema through them) check inside the glue.
export const { validate, canonical, attach, standardSchema, filingSchema, readDraft } = shanfangGlue(
  { validateJson: bindgenValidateJson, __canonicalJson, __setReplacer, attach: bindgenAttach, __setGlue },
  checkReady,
);

/** The rule catalogue in `lang` ("zh", the default, or "en"); a new copy each time. */
export async function rules(lang) {
  const l = lang === undefined ? 'zh' : lang;
  if (l !== 'zh' && l !== 'en') throw new Error('lang must be "zh" or "en", not ' + JSON.stringify(String(l)));
  const words = l === 'en' ? await import('../core/rules-en.js') : await import('../core/rules-zh.js');
  return JSON.parse(words.default);
}
