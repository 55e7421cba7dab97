// The classic-script build: `wasm_bindgen(...)` fetches and compiles the
// module; `wasm_bindgen.initSync({ module: bytes })` does the same from bytes
// already in the page (pkg/shanfang_wasm.js holds them as base64, for pages
// opened from file://). Then every export is a property of `wasm_bindgen`.
(function () {
  'use strict';
  var status = document.getElementById('classic-status');
  wasm_bindgen({ module_or_path: '../pkg/shanfang_bg.wasm' }).then(function () {
    var report = wasm_bindgen.validate({ site: { fire_extinguishers: 0 } }, { lang: 'zh' });
    var fire = report.findings.filter(function (f) { return f.field === 'site.fire_extinguishers'; })[0];
    status.textContent = fire ? fire.message : '未发现第6.5条的问题';
    document.getElementById('classic-report').textContent = JSON.stringify(report, null, 2);
    document.documentElement.setAttribute('data-ready', 'true');
  }, function (error) {
    status.textContent = '校验程序加载失败：' + error;
  });
})();
