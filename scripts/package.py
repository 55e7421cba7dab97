"""Completes pkg/ as a publishable npm package: package.json, README,
shanfang_wasm.js (the wasm as base64, for pages opened from file://, where
browsers refuse to fetch a .wasm or import a module) and
shanfang_wasm_deflate.js (the same, deflated first: what the filing page
carries, 39 KB smaller gzipped; www/app.js inflates it)."""

import base64
import json
import pathlib
import re
import zlib

from minify import minify_js

root = pathlib.Path(__file__).resolve().parent.parent
pkg = root / "pkg"
cargo = (root / "Cargo.toml").read_text(encoding="utf-8")
version = re.search(r'^version = "([^"]+)"', cargo, re.M).group(1)
repository = re.search(r'^repository = "([^"]+)"', cargo, re.M).group(1)

wasm = (pkg / "shanfang_bg.wasm").read_bytes()

# `validate` and `attach` take the replacer, draft store and event details
# of js/glue.js. wasm-bindgen cannot bundle local JS for its no-modules
# target, so the glue is appended here to both builds; the exported
# `validate` and `attach` are replaced by the glue's, which hand them over first.
MARK = "// ---- js/glue.js (appended by scripts/package.py)"


glue_js = minify_js((root / "js" / "glue.js").read_text(encoding="utf-8"), "js/glue.js")
esm = pkg / "shanfang.js"
classic = pkg / "classic" / "shanfang.js"
# The CommonJS build for Node: `.cjs` (the package is "type": "module"),
# reading the one optimised module beside the ES build.
node_js = pkg / "node" / "shanfang.js"
node = pkg / "node" / "shanfang.cjs"
if node_js.exists():
    text = node_js.read_text(encoding="utf-8")
    assert "const wasmPath = `${__dirname}/shanfang_bg.wasm`;" in text, "wasm-bindgen's nodejs loader changed"
    text = text.replace("const wasmPath = `${__dirname}/shanfang_bg.wasm`;",
                        "const wasmPath = require('path').join(__dirname, '..', 'shanfang_bg.wasm');")
    node.write_text(text, encoding="utf-8")
    node_js.unlink()
# In Node, `init()` and `initSync()` with no argument read the module from
# disk beside this file (Node's fetch cannot read a file: URL); anything
# else fetches it as wasm-bindgen does. Every function called before the
# module is ready says what to call (instead of a TypeError from inside).
ESM_READY = '''
function shanfangNodeWasm() {
  const proc = typeof process === 'object' && process !== null ? process : null;
  if (!proc || !proc.versions || !proc.versions.node || typeof proc.getBuiltinModule !== 'function') return null;
  const url = new URL('shanfang_bg.wasm', import.meta.url);
  return url.protocol === 'file:' ? proc.getBuiltinModule('node:fs').readFileSync(url) : null;
}
const shanfangInit = __wbg_init;
const shanfangInitSync = initSync;
__wbg_init = function init(moduleOrPath) {
  const bytes = moduleOrPath === undefined ? shanfangNodeWasm() : null;
  return shanfangInit(bytes ? { module_or_path: bytes } : moduleOrPath);
};
initSync = function initSync(module) {
  if (module === undefined) {
    const bytes = shanfangNodeWasm();
    if (!bytes) throw new Error('shanfang-validator: initSync() needs the module here: initSync({ module: bytesOfShanfangBgWasm }), or use `await init()`');
    return shanfangInitSync({ module: bytes });
  }
  return shanfangInitSync(module);
};
function shanfangReady(name, fn) {
  return function () {
    shanfangCheckReady(name);
    return fn.apply(this, arguments);
  };
}
validateJson = shanfangReady('validateJson', validateJson);
canonical = shanfangReady('canonical', canonical);
rules = shanfangReady('rules', rules);
schema = shanfangReady('schema', schema);
'''
# validate and attach (and the Standard Schema through them) check inside the glue.
ESM_CHECK = '''function shanfangCheckReady(name) {
  if (wasm === undefined) {
    throw new Error('shanfang-validator: ' + name + '() was called before the module was loaded: call `await init()` first (or `initSync()` on a server)');
  }
}
'''
for path, hookup in (
    (esm, ESM_CHECK + "const shanfangApi = shanfangGlue(validate, attach, __setGlue, __setReplacer, shanfangCheckReady);\n"
          "({ validate, attach } = shanfangApi);\n"
          "export const { standardSchema, filingSchema, readDraft } = shanfangApi;\n" + ESM_READY),
    (node, "Object.assign(exports, shanfangGlue(exports.validate, exports.attach, exports.__setGlue, exports.__setReplacer, () => {}));\n"
           "// Loaded on require: init() and initSync() are here so code written for\n"
           "// the ES build runs unchanged.\n"
           "exports.default = exports.init = async function init() { return exports; };\n"
           "exports.initSync = function initSync() { return exports; };\n"),
    (classic, "Object.assign(wasm_bindgen, shanfangGlue(wasm_bindgen.validate, wasm_bindgen.attach,\n"
              "    wasm_bindgen.__setGlue, wasm_bindgen.__setReplacer, () => {}));\n"),
):
    glue = path.read_text(encoding="utf-8")
    if MARK not in glue:
        assert "function attach(" in glue and "function validate(" in glue, path
        if path == classic:
            glue_in_scope = "(function () {\n" + glue_js + hookup + "})();\n"
        else:
            glue_in_scope = glue_js + hookup
        path.write_text(f"{glue}\n{MARK}\n{glue_in_scope}", encoding="utf-8")
(pkg / "shanfang_wasm.js").write_text(
    "// The validator's WebAssembly module as base64 (generated by scripts/package.py).\n"
    "// Loaded as a classic script so a page saved to disk (file://) needs no fetch.\n"
    f'globalThis.SHANFANG_WASM = "{base64.b64encode(wasm).decode()}";\n',
    encoding="utf-8",
)
packer = zlib.compressobj(level=9, method=zlib.DEFLATED, wbits=15, memLevel=9)
deflated = packer.compress(wasm) + packer.flush()
(pkg / "shanfang_wasm_deflate.js").write_text(
    "// The validator's WebAssembly module, deflated (zlib) then base64 (generated by scripts/package.py).\n"
    "// Loaded as a classic script so a page saved to disk (file://) needs no fetch; inflate it with\n"
    "// shanfang's www/inflate.js (synchronous) or DecompressionStream('deflate').\n"
    f'globalThis.SHANFANG_WASM_DEFLATE = "{base64.b64encode(deflated).decode()}";\n'
    f"globalThis.SHANFANG_WASM_SIZE = {len(wasm)};\n",
    encoding="utf-8",
)

# The typings of the two inits as the glue above makes them: in Node both
# find the module by themselves.
dts = pkg / "shanfang.d.ts"
dts_text = dts.read_text(encoding="utf-8")
sync_decl = "export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;"
assert sync_decl in dts_text, "wasm-bindgen's initSync declaration changed"
dts_text = dts_text.replace(
    sync_decl,
    "export function initSync(module?: { module: SyncInitInput } | SyncInitInput): InitOutput;",
).replace(
    " * Instantiates the given `module`, which can either be bytes or\n * a precompiled `WebAssembly.Module`.",
    " * Instantiates the given `module`, which can either be bytes or\n * a precompiled `WebAssembly.Module`; in Node, with no argument, the\n"
    " * package's own module, read from disk (for a server: no `await`).",
)
# The DOM's and fetch's types, named through globalThis: a project without
# the `dom` lib (a Node server) compiles these typings, where they are
# `never` (what needs them, `attach` and the events, is not for a server).
# wasm-bindgen's `[Symbol.dispose]` would need the esnext.disposable lib.
DOM_FREE = """
/** A global type of the DOM or of fetch, when the project has it (the `dom` lib); `never` otherwise. */
type ShanfangGlobal<K extends string> = typeof globalThis extends { [P in K]: { prototype: infer T } } ? T : never;
/** `CustomEvent<D>` where the DOM is; just the detail elsewhere. */
type ShanfangCustomEvent<D> = (typeof globalThis extends { CustomEvent: { prototype: infer E } } ? Omit<E, "detail"> : {}) & { readonly detail: D };
type ShanfangWasmModule = typeof globalThis extends { WebAssembly: { Module: { prototype: infer M } } } ? M : never;
type ShanfangWasmMemory = typeof globalThis extends { WebAssembly: { Memory: { prototype: infer M } } } ? M : never;
type ShanfangBufferSource = ArrayBuffer | ArrayBufferView;
"""
for old_text, new_text in (
    ("summary?: HTMLElement | string;", 'summary?: ShanfangGlobal<"HTMLElement"> | string;'),
    ("status?: HTMLElement | string;", 'status?: ShanfangGlobal<"HTMLElement"> | string;'),
    ("CustomEvent<ReportEventDetail>", "ShanfangCustomEvent<ReportEventDetail>"),
    ("CustomEvent<SubmitEventDetail>", "ShanfangCustomEvent<SubmitEventDetail>"),
    ("CustomEvent<DraftEventDetail>", "ShanfangCustomEvent<DraftEventDetail>"),
    ("export function attach(form: HTMLFormElement,", 'export function attach(form: ShanfangGlobal<"HTMLFormElement">,'),
    ("export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;",
     'export type InitInput = ShanfangGlobal<"Request"> | string | ShanfangGlobal<"URL"> | ShanfangGlobal<"Response"> | ShanfangBufferSource | ShanfangWasmModule;'),
    ("readonly memory: WebAssembly.Memory;", "readonly memory: ShanfangWasmMemory;"),
    ("export type SyncInitInput = BufferSource | WebAssembly.Module;", "export type SyncInitInput = ShanfangBufferSource | ShanfangWasmModule;"),
    ("    [Symbol.dispose](): void;\n", ""),
):
    assert old_text in dts_text, f"wasm-bindgen's typings changed: {old_text}"
    dts_text = dts_text.replace(old_text, new_text)
dts_text = dts_text.replace("export type InitInput", DOM_FREE + "\nexport type InitInput", 1)
dts.write_text(dts_text, encoding="utf-8")

# The CommonJS typings (`.d.cts`, for require, which only Node does): the API
# without the DOM.
ts = root / "ts"
node_dts = "".join(
    (ts / name).read_text(encoding="utf-8") + "\n" for name in ("types.d.ts", "filing.d.ts", "node-api.d.ts")
)
(pkg / "node" / "shanfang.d.cts").write_text(node_dts + "export { init };\n", encoding="utf-8")
# The classic build is a script, not a module: read as CommonJS (which it
# parses as) wherever a tool looks, never as ESM.
(pkg / "classic" / "package.json").write_text('{ "type": "commonjs" }\n', encoding="utf-8")
(pkg / "classic" / "shanfang.d.ts").write_text(
    "// The classic script defines the global `wasm_bindgen` (the ES module's API, with `wasm_bindgen(...)` as `init`).\n"
    "declare global {\n  var wasm_bindgen: ((module?: unknown) => Promise<unknown>) & Record<string, unknown>;\n}\nexport {};\n",
    encoding="utf-8",
)
for name, var in (("shanfang_wasm", "SHANFANG_WASM: string"), ("shanfang_wasm_deflate", "SHANFANG_WASM_DEFLATE: string;\n  var SHANFANG_WASM_SIZE: number")):
    (pkg / f"{name}.d.ts").write_text(
        f"// Sets the global below: the module as base64, for pages opened from file://.\ndeclare global {{\n  var {var};\n}}\nexport {{}};\n",
        encoding="utf-8",
    )

(pkg / "shanfang_wasm_url.d.ts").write_text(
    "// `import url from 'shanfang-validator/wasm'` in a bundler that imports files as their URL\n"
    "// (esbuild's `file` loader): pass it to init({ module_or_path: url }).\n"
    "declare const url: string;\nexport default url;\n",
    encoding="utf-8",
)

package = {
    "name": "shanfang-validator",
    "version": version,
    "description": "Validates filings under DB3311/T 244—2023 \"丽水山坊\"（共富工坊）管理规范 in the browser (WebAssembly), with a DOM binding for forms",
    "license": "MIT OR Apache-2.0",
    "type": "module",
    "main": "shanfang.js",
    "module": "shanfang.js",
    "types": "shanfang.d.ts",
    "exports": {
        ".": {
            "import": {"types": "./shanfang.d.ts", "default": "./shanfang.js"},
            "require": {"types": "./node/shanfang.d.cts", "default": "./node/shanfang.cjs"},
        },
        "./package.json": "./package.json",
        "./classic": {"types": "./classic/shanfang.d.ts", "default": "./classic/shanfang.js"},
        # The module's URL, for a bundler that imports files as URLs (esbuild's `file` loader, Vite's `?url`).
        "./wasm": {"types": "./shanfang_wasm_url.d.ts", "default": "./shanfang_bg.wasm"},
        "./wasm-base64": {"types": "./shanfang_wasm.d.ts", "default": "./shanfang_wasm.js"},
        "./wasm-deflate-base64": {"types": "./shanfang_wasm_deflate.d.ts", "default": "./shanfang_wasm_deflate.js"},
        "./schema": "./filing-v1.schema.json",
        # Strict: a clean, stored filing (canonical form); titles in Chinese / in English.
        "./schema/canonical": "./filing-v1.canonical.schema.json",
        "./schema/canonical/en": "./filing-v1.canonical.en.schema.json",
    },
    "files": [
        "shanfang.js", "shanfang.d.ts", "shanfang_bg.wasm", "shanfang_bg.wasm.d.ts",
        "shanfang_wasm_url.d.ts", "shanfang_wasm.js", "shanfang_wasm.d.ts", "shanfang_wasm_deflate.js", "shanfang_wasm_deflate.d.ts",
        "classic/shanfang.js", "classic/shanfang.d.ts", "classic/package.json",
        "node/shanfang.cjs", "node/shanfang.d.cts",
        "filing-v1.schema.json", "filing-v1.canonical.schema.json", "filing-v1.canonical.en.schema.json", "README.md", "CHANGELOG.md", "LICENSE-MIT", "LICENSE-APACHE",
    ],
    "repository": {"type": "git", "url": f"git+{repository}.git"},
    "homepage": f"{repository}#readme",
    "bugs": {"url": f"{repository}/issues"},
    "engines": {"node": ">=20.16"},
    # The base64 modules and the classic build work by setting globals: an
    # import of them must not be dropped as unused (esbuild, Vite did).
    "sideEffects": ["./shanfang_wasm.js", "./shanfang_wasm_deflate.js", "./classic/shanfang.js"],
    "keywords": ["DB3311/T 244", "丽水山坊", "共富工坊", "validation", "wasm"],
}
(pkg / "package.json").write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
for name in ("filing-v1.schema.json", "filing-v1.canonical.schema.json", "filing-v1.canonical.en.schema.json"):
    (pkg / name).write_bytes((root / "schema" / name).read_bytes())
# The package's own README (for people who install it, not the repository's),
# its changelog and both licences.
for source, name in (("docs/package-README.md", "README.md"), ("CHANGELOG.md", "CHANGELOG.md"),
                     ("LICENSE-MIT", "LICENSE-MIT"), ("LICENSE-APACHE", "LICENSE-APACHE")):
    (pkg / name).write_bytes((root / source).read_bytes())
