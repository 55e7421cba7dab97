// The package's binding entry (pkg/binding/shanfang_binding.js,
// `shanfang-validator/binding`): a portal's own form, `attach` with drafts,
// and the core's functions. The module is the core entry's
// (core/shanfang_core_bg.wasm, through wasm-bindgen's output for it,
// core/bindgen/shanfang_core.js, never edited by hand): validating only.
// The form binding is JS (js/dom.js, with js/fields.js): what a portal's
// form loads and nothing more. scripts/package.py puts js/glue-core.js,
// js/fields.js, js/dom.js and js/glue.js before this.
// - `rules(lang)` returns a Promise: the clauses' words come from the core
//   entry's rules-zh.js / rules-en.js when first asked, as in the core
//   entry; the form's messages take the words of their clause from there
//   too, when a message first shows (in its <details>, closed until opened).
import bindgenInit, {
  initSync as bindgenInitSync,
  validateJson as bindgenValidateJson,
  __canonicalJson,
  __reading,
  __numberText,
  about as bindgenAbout,
} from '../core/bindgen/shanfang_core.js';

const { init, initSync, checkReady, whenLoaded } = shanfangLoader(
  'shanfang-validator/binding',
  'ShanfangCoreBgWasm',
  bindgenInit,
  bindgenInitSync,
  () => new URL('../core/shanfang_core_bg.wasm', import.meta.url),
);
export default init;
export { initSync };

// The catalogue, from the core entry's words: `rules()`, and the clause
// boxes of the form's messages.
const catalogue = (lang) => (lang === 'en' ? import('../core/rules-en.js') : import('../core/rules-zh.js')).then((m) => JSON.parse(m.default));

export const validateJson = whenLoaded('validateJson', bindgenValidateJson);
export const about = whenLoaded('about', bindgenAbout);
// validate, canonical and attach (and the Standard Schema through them) check inside the glue.
export const { validate, canonical, attach, Binding, standardSchema, filingSchema, readDraft } = shanfangGlue(
  { validateJson: bindgenValidateJson, __canonicalJson, __reading, __numberText },
  checkReady,
  catalogue,
);

/** The rule catalogue in `lang` ("zh", the default, or "en"); a new copy each time. */
export async function rules(lang) {
  const l = lang === undefined ? 'zh' : lang;
  if (l !== 'zh' && l !== 'en') throw new Error('lang must be "zh" or "en", not ' + JSON.stringify(String(l)));
  return catalogue(l);
}
