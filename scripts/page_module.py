"""Writes the standalone page's own module into www/page/: the form binding
with the page's features, built without what only the package's API gives
(`schema()` and its embedded schema, `fields()`), which the page never
calls: 6.4 KB less gzipped for the single file, 7.5 KB for the served
page's module (issue 28). The same three files as the package's page entries, each made
the same way (scripts/bundles.py): the classic script, the module deflated
as base64 (what www/index.html and the single file carry), and the module
itself (what the served build streams).

usage: page_module.py BINDGEN_NO_MODULES_JS WASM OUT_DIR"""

import pathlib
import shutil
import sys

import bundles

bindgen, wasm, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
if out.exists():
    shutil.rmtree(out)
out.mkdir(parents=True)
(out / "shanfang.js").write_text(bundles.classic_script(bindgen, bundles.glue_js()), encoding="utf-8")
(out / "shanfang_wasm_deflate.js").write_text(bundles.deflated_script(wasm.read_bytes()), encoding="utf-8")
shutil.copyfile(wasm, out / "shanfang_bg.wasm")
