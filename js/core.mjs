// The package's core entry (pkg/core/shanfang_core.js, `shanfang-validator/core`):
// validating only, no form binding, for a portal's own form or a server.
// wasm-bindgen's output for the core module (core/bindgen/shanfang_core.js,
// left exactly as it writes it) wrapped with what the package adds;
// scripts/package.py puts js/glue-core.js before this.
// - `init()` with no argument loads `shanfang_core_bg.wasm` beside this
//   file (in Node from disk), `initSync()` with none reads it from disk in Node;
// - `rules(lang)` returns a Promise: the clauses' words are not in the
//   module (they are half the catalogue's bytes and validating needs none
//   of them), they come from rules-zh.js / rules-en.js when first asked;
// - every function called before the module is loaded says what to call.
import bindgenInit, {
  initSync as bindgenInitSync,
  validate as bindgenValidate,
  validateJson as bindgenValidateJson,
  canonical as bindgenCanonical,
  about as bindgenAbout,
  __setReplacer,
} from './bindgen/shanfang_core.js';

let loaded = false;

function checkReady(name) {
  if (!loaded) {
    throw new Error('shanfang-validator/core: ' + name + '() was called before the module was loaded: call `await init()` first (or `initSync()` on a server)');
  }
}

/** In Node, the module's bytes from disk beside this file; elsewhere null. */
function nodeWasm() {
  const proc = typeof process === 'object' && process !== null ? process : null;
  if (!proc || !proc.versions || !proc.versions.node || typeof proc.getBuiltinModule !== 'function') return null;
  const url = new URL('shanfang_core_bg.wasm', import.meta.url);
  return url.protocol === 'file:' ? proc.getBuiltinModule('node:fs').readFileSync(url) : null;
}

export default async function init(moduleOrPath) {
  let given = moduleOrPath;
  const options = given !== null && typeof given === 'object' && Object.getPrototypeOf(given) === Object.prototype;
  if (given === undefined || (options && given.module_or_path === undefined)) {
    const bytes = nodeWasm();
    // Written out here so that bundlers see the module's URL and emit the file.
    given = { module_or_path: bytes || new URL('shanfang_core_bg.wasm', import.meta.url) };
  }
  const output = await bindgenInit(given);
  loaded = true;
  return output;
}

export function initSync(module) {
  let given = module;
  if (given === undefined) {
    const bytes = nodeWasm();
    if (!bytes) throw new Error('shanfang-validator/core: initSync() needs the module here: initSync({ module: bytesOfShanfangCoreBgWasm }), or use `await init()`');
    given = { module: bytes };
  }
  const output = bindgenInitSync(given);
  loaded = true;
  return output;
}

function whenLoaded(name, fn) {
  return function () {
    checkReady(name);
    return fn.apply(this, arguments);
  };
}

export const validateJson = whenLoaded('validateJson', bindgenValidateJson);
export const canonical = whenLoaded('canonical', bindgenCanonical);
export const about = whenLoaded('about', bindgenAbout);
export const { validate, standardSchema, filingSchema } = shanfangCoreGlue(bindgenValidate, __setReplacer, checkReady);

/** The rule catalogue in `lang` ("zh", the default, or "en"); a new copy each time. */
export async function rules(lang) {
  const l = lang === undefined ? 'zh' : lang;
  if (l !== 'zh' && l !== 'en') throw new Error('lang must be "zh" or "en", not ' + JSON.stringify(String(l)));
  const words = l === 'en' ? await import('./rules-en.js') : await import('./rules-zh.js');
  return JSON.parse(words.default);
}
