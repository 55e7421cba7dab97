// The package's ES module (pkg/shanfang.js): wasm-bindgen's output
// (bindgen/shanfang.js, left exactly as it writes it) wrapped with what the
// package adds. scripts/package.py puts js/glue.js before this.
// - `init()` with no argument loads `shanfang_bg.wasm` beside this file (in
//   Node from disk: Node's fetch cannot read a file: URL), and `initSync()`
//   with none reads it from disk in Node;
// - `validate` and `attach` are the glue's (JSON.stringify's replacer, the
//   drafts, the event details), and the Standard Schema and `readDraft`;
// - every function called before the module is loaded says what to call,
//   instead of a TypeError from inside wasm-bindgen's code.
import bindgenInit, {
  initSync as bindgenInitSync,
  validate as bindgenValidate,
  attach as bindgenAttach,
  validateJson as bindgenValidateJson,
  canonical as bindgenCanonical,
  rules as bindgenRules,
  schema as bindgenSchema,
  __setGlue,
  __setReplacer,
} from './bindgen/shanfang.js';

export { Binding, about, fields } from './bindgen/shanfang.js';

let loaded = false;

function checkReady(name) {
  if (!loaded) {
    throw new Error('shanfang-validator: ' + name + '() was called before the module was loaded: call `await init()` first (or `initSync()` on a server)');
  }
}

/** In Node, the module's bytes from disk beside this file; elsewhere null. */
function nodeWasm() {
  const proc = typeof process === 'object' && process !== null ? process : null;
  if (!proc || !proc.versions || !proc.versions.node || typeof proc.getBuiltinModule !== 'function') return null;
  const url = new URL('shanfang_bg.wasm', import.meta.url);
  return url.protocol === 'file:' ? proc.getBuiltinModule('node:fs').readFileSync(url) : null;
}

export default async function init(moduleOrPath) {
  let given = moduleOrPath;
  // No argument, or an options object without a module: this package's own
  // (wasm-bindgen's default, which the entry now gives: its output is built
  // without a default of its own).
  const options = given !== null && typeof given === 'object' && Object.getPrototypeOf(given) === Object.prototype;
  if (given === undefined || (options && given.module_or_path === undefined)) {
    const bytes = nodeWasm();
    // Written out here (not built from a variable) so that bundlers see the
    // module's URL and emit the file, as they do for wasm-bindgen's default.
    given = { module_or_path: bytes || new URL('shanfang_bg.wasm', import.meta.url) };
  }
  const output = await bindgenInit(given);
  loaded = true;
  return output;
}

export function initSync(module) {
  let given = module;
  if (given === undefined) {
    const bytes = nodeWasm();
    if (!bytes) throw new Error('shanfang-validator: initSync() needs the module here: initSync({ module: bytesOfShanfangBgWasm }), or use `await init()`');
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
export const rules = whenLoaded('rules', bindgenRules);
export const schema = whenLoaded('schema', bindgenSchema);
// validate and attach (and the Standard Schema through them) check inside the glue.
export const { validate, attach, standardSchema, filingSchema, readDraft } =
  shanfangGlue(bindgenValidate, bindgenAttach, __setGlue, __setReplacer, checkReady);
