// The core entry for Node's require (pkg/core/shanfang_core.cjs):
// wasm-bindgen's Node output for the core module (shanfang_core_node.cjs,
// never edited by hand, its import names shortened: it loads
// shanfang_core_bg.wasm on require)
// wrapped with what the package adds. scripts/package.py puts
// js/glue-core.js before this, and 'use strict' before both.
const bindgen = require('./shanfang_core_node.cjs');

const api = shanfangCoreGlue(bindgen, () => {});
/** Loaded on require: init() and initSync() are here so code written for the ES build runs unchanged. */
async function init() {
  return module.exports;
}
function initSync() {
  return module.exports;
}
/** The rule catalogue in `lang`, as the ES entry gives it (a Promise). */
async function rules(lang) {
  const l = lang === undefined ? 'zh' : lang;
  if (l !== 'zh' && l !== 'en') throw new Error('lang must be "zh" or "en", not ' + JSON.stringify(String(l)));
  return JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, 'rules.' + l + '.json'), 'utf8'));
}
module.exports = {
  about: bindgen.about,
  canonical: api.canonical,
  validateJson: bindgen.validateJson,
  validate: api.validate,
  standardSchema: api.standardSchema,
  filingSchema: api.filingSchema,
  rules,
  init,
  initSync,
  default: init,
};
