// Starts the validator on the filing form (classic script, see index.html).
(function () {
  'use strict';
  var binary = atob(self.SHANFANG_WASM);
  var bytes = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  wasm_bindgen.initSync({ module: bytes });
  self.shanfang = wasm_bindgen.attach(document.getElementById('filing'), {
    draft: 'shanfang-draft-v1',
    standalone: true,
  });
})();
