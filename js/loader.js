// Loading the module, for each ES entry (core, binding, main: scripts/package.py
// puts this before each; the classic and CommonJS entries do without):
// `init()` with no argument loads the entry's own `.wasm` beside it (in Node
// from disk: Node's fetch cannot read a file: URL), `initSync()` with none
// reads it from disk in Node, and every function called before says what to
// call instead of a TypeError from inside wasm-bindgen's code. `ownWasm` returns
// the module's URL, written out in the entry (`new URL('…', import.meta.url)`)
// so that bundlers see it and emit the file.
function shanfangLoader(entry, wasmName, bindgenInit, bindgenInitSync, ownWasm) {
  'use strict';
  let loaded = false;
  function checkReady(name) {
    if (!loaded) {
      throw new Error(entry + ': ' + name + '() was called before the module was loaded: call `await init()` first (or `initSync()` on a server)');
    }
  }
  function nodeWasm() {
    const proc = typeof process === 'object' && process !== null ? process : null;
    if (!proc || !proc.versions || !proc.versions.node || typeof proc.getBuiltinModule !== 'function') return null;
    const url = ownWasm();
    return url.protocol === 'file:' ? proc.getBuiltinModule('node:fs').readFileSync(url) : null;
  }
  async function init(moduleOrPath) {
    let given = moduleOrPath;
    // No argument, or an options object without a module: the entry's own.
    const options = given !== null && typeof given === 'object' && Object.getPrototypeOf(given) === Object.prototype;
    if (given === undefined || (options && given.module_or_path === undefined)) {
      given = { module_or_path: nodeWasm() || ownWasm() };
    }
    const output = await bindgenInit(given);
    loaded = true;
    return output;
  }
  function initSync(module) {
    let given = module;
    if (given === undefined) {
      const bytes = nodeWasm();
      if (!bytes) throw new Error(entry + ': initSync() needs the module here: initSync({ module: bytesOf' + wasmName + ' }), or use `await init()`');
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
  return { init, initSync, checkReady, whenLoaded };
}
