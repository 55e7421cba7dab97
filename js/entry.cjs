// The package's CommonJS module for Node (pkg/node/shanfang.cjs):
// wasm-bindgen's Node output (../shanfang_node.cjs, left exactly as it
// writes it: it loads ../shanfang_bg.wasm synchronously on require)
// wrapped with what the package adds. scripts/package.py puts js/glue.js
// before this, and 'use strict' before both (a directive counts only first).
const bindgen = require('../shanfang_node.cjs');

const api = shanfangGlue(bindgen, () => {});
/** Loaded on require: init() and initSync() are here so code written for the ES build runs unchanged. */
async function init() {
  return module.exports;
}
function initSync() {
  return module.exports;
}
module.exports = {
  Binding: api.Binding,
  about: bindgen.about,
  fields: bindgen.fields,
  canonical: api.canonical,
  rules: bindgen.rules,
  schema: bindgen.schema,
  validateJson: bindgen.validateJson,
  validate: api.validate,
  attach: api.attach,
  standardSchema: api.standardSchema,
  filingSchema: api.filingSchema,
  readDraft: api.readDraft,
  init,
  initSync,
  default: init,
};
