// The core classic script's addition (pkg/core/classic.js): wasm-bindgen's
// no-modules output for the core module (its import names shortened, minified),
// then js/glue-core.js and this, in a function of their own
// (scripts/package.py). The global `shanfang_core` (wasm-bindgen's
// `wasm_bindgen`, renamed by its --no-modules-global) gets the glue's
// `validate` and `canonical`, the Standard Schema, and `rules(lang)`, which loads
// rules-zh.js / rules-en.js (classic scripts, so file:// works) beside
// this script when first asked.
var base = document.currentScript ? document.currentScript.src : '';
var pending = {};
Object.assign(shanfang_core, shanfangCoreGlue(shanfang_core, function () {}));
shanfang_core.rules = function (lang) {
  var l = lang === undefined ? 'zh' : lang;
  if (l !== 'zh' && l !== 'en') return Promise.reject(new Error('lang must be "zh" or "en", not ' + JSON.stringify(String(l))));
  var have = function () { return self.SHANFANG_RULES && self.SHANFANG_RULES[l]; };
  if (have()) return Promise.resolve(JSON.parse(have()));
  if (!pending[l]) {
    pending[l] = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = new URL('rules-' + l + '.js', base).href;
      s.onload = function () { have() ? resolve() : reject(new Error('rules-' + l + '.js did not define the catalogue')); };
      s.onerror = function () { pending[l] = null; reject(new Error('rules-' + l + '.js could not be loaded')); };
      document.head.appendChild(s);
    });
  }
  return pending[l].then(function () { return JSON.parse(have()); });
};
