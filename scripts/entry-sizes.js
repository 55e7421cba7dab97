// What each use of the package loads before its first validate() returns,
// in bytes raw and gzipped (level 9), with the target (issue 28)
// and the ceiling a build may not exceed. The ceilings are where the
// entries stand now, so that nothing grows unnoticed; each is lowered as
// bytes come out, down to its target. Used by e2e/sizes.test.js (which
// fails above a ceiling) and bench/bench.js (which reports each entry).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

// The bench's unit (its tables say so): 1 KB = 1000 bytes.
const KB = 1000;

/** Each entry: the files it loads first (relative to the checkout), its target and ceiling in bytes gzipped. */
const ENTRIES = [
  {
    name: 'core (shanfang-validator/core)',
    files: ['pkg/core/shanfang_core_bg.wasm', 'pkg/core/shanfang_core.js', 'pkg/core/bindgen/shanfang_core.js'],
    target: 60 * KB,
    ceiling: 60 * KB,
  },
  {
    name: 'binding (shanfang-validator/binding)',
    // The core's module and wasm-bindgen's script for it, with the binding's own script (the form binding in JS).
    files: ['pkg/core/shanfang_core_bg.wasm', 'pkg/binding/shanfang_binding.js', 'pkg/core/bindgen/shanfang_core.js'],
    target: 90 * KB,
    ceiling: 90 * KB,
  },
  {
    name: 'main (shanfang-validator: API, binding, page, schema)',
    files: ['pkg/shanfang_bg.wasm', 'pkg/shanfang.js', 'pkg/bindgen/shanfang.js'],
    // Everything, as before the entries per use: the whole API (the
    // embedded schema, fields(), rules() with the words) and the form
    // binding with the page's features. Issue 28 set it no target of its
    // own; the binding's is the one it is held to.
    target: 90 * KB,
    ceiling: 95.5 * KB,
  },
  {
    name: 'single file (dist/shanfang-form.html)',
    files: ['dist/shanfang-form.html'],
    target: 130 * KB,
    ceiling: 130 * KB,
  },
];

/** The entries' sizes in the checkout at `root` (an entry whose files are not all there is left out). */
function entrySizes(root) {
  const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
  const out = [];
  for (const e of ENTRIES) {
    const paths = e.files.map((f) => path.join(root, f));
    if (!paths.every((p) => fs.existsSync(p))) continue;
    let raw = 0;
    let gzip = 0;
    for (const p of paths) {
      const b = fs.readFileSync(p);
      raw += b.length;
      gzip += gz(b);
    }
    out.push({ ...e, raw, gzip });
  }
  return out;
}

module.exports = { ENTRIES, entrySizes, KB };
