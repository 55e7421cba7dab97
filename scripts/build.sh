#!/usr/bin/env bash
# Builds everything the page and portals use:
#   pkg/                      the npm package: ES module (shanfang.js + shanfang_bg.wasm, with wasm-bindgen's own in bindgen/),
#                             classic script (classic/shanfang.js, global `wasm_bindgen`),
#                             the wasm as base64 for file:// (shanfang_wasm.js), typings, package.json
#   www/pkg/                  a copy, for the examples in www/examples/
#   www/page/                 the page's own module (no schema(), no fields()): classic script,
#                             deflated base64, .wasm (scripts/page_module.py)
#   dist/shanfang-form.html   the offline single file
#   dist/www/                 the served page: content-named assets, the module streamed,
#                             manifest, icons and service worker (scripts/served.py)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

# The core entry's module first (validating only: crates/package without its
# default features, so no form binding, no clauses' words, no embedded
# schema; with `__reading` for the binding entry's form binding, which runs
# on it), kept aside, since both builds write shanfang.wasm.
cargo build --package shanfang-package --profile wasm-release --target wasm32-unknown-unknown --no-default-features --features reading
core_raw=target/wasm32-unknown-unknown/wasm-release/shanfang-core-entry.wasm
cp target/wasm32-unknown-unknown/wasm-release/shanfang.wasm "$core_raw"
# The binding entry has no module of its own: it is the core's, with the
# form binding in JS (js/dom.js).
# The standalone page's module (www/page/, scripts/page_module.py): the
# core's with `rules()` (the clauses' words: the catalogue, the messages'
# clause boxes, the printed record), without schema() (its embedded schema)
# or fields(), which the page never calls. Its form binding is JS.
cargo build --package shanfang-package --profile wasm-release --target wasm32-unknown-unknown --no-default-features --features reading,rules
page_raw=target/wasm32-unknown-unknown/wasm-release/shanfang-page.wasm
cp target/wasm32-unknown-unknown/wasm-release/shanfang.wasm "$page_raw"
# The package's main module: crates/package builds the whole JavaScript API
# (crates/wasm) into shanfang.wasm; the rule vectors, a default feature of
# the core, stay out. The form binding is the entries' JS (js/dom.js).
cargo build --package shanfang-package --profile wasm-release --target wasm32-unknown-unknown
raw=target/wasm32-unknown-unknown/wasm-release/shanfang.wasm
opt=node_modules/.bin/wasm-opt

# Without reference types: rustc announces them in the module's
# target_features section, wasm-bindgen then keeps JS values in an externref
# table, and Safari-16-class WebKit traps on it ("Out of bounds table
# access"). Without the section wasm-bindgen keeps them in its JS heap
# (scripts/wasm_features.py says more).
mvp=target/wasm32-unknown-unknown/wasm-release/shanfang-no-reftypes.wasm
python3 scripts/wasm_features.py strip "$raw" "$mvp"

# wasm-bindgen's output is never edited by hand: hand-written entry modules
# wrap it (js/entry.*, composed by scripts/package.py, which minifies what
# browsers load of it), so its version follows Cargo.lock like any
# dependency's; scripts/short_imports.py gives its imports short names.
#   pkg/bindgen/shanfang.js   ES module (no default URL of its own: the
#                             entry passes the module's)
#   pkg/shanfang_node.cjs     CommonJS for Node (renamed from .js: the
#                             package is "type": "module"); it reads
#                             shanfang_bg.wasm beside it
#   the no-modules script     the first part of pkg/classic/shanfang.js
#                             (scripts/package.py adds the rest)
rm -rf pkg && mkdir -p pkg/bindgen pkg/classic pkg/node
gen="$(mktemp -d)"
trap 'rm -rf "$gen"' EXIT
wasm-bindgen --target web --omit-default-module-path --no-typescript --out-dir "$gen/web" --out-name shanfang "$mvp"
wasm-bindgen --target no-modules --no-typescript --out-dir "$gen/classic" --out-name shanfang "$mvp"
wasm-bindgen --target nodejs --no-typescript --out-dir "$gen/node" --out-name shanfang "$mvp"
# One module serves the three: the same code, the same imports.
cmp -s "$gen/web/shanfang_bg.wasm" "$gen/classic/shanfang_bg.wasm" && cmp -s "$gen/web/shanfang_bg.wasm" "$gen/node/shanfang_bg.wasm" \
  || { echo "wasm-bindgen wrote different modules for the web, no-modules and nodejs targets" >&2; exit 1; }
# Its imports' hashed names made short, in the module and the three scripts
# alike (scripts/short_imports.py: 4.8 KB gzipped off the binding's entry).
python3 scripts/short_imports.py "$gen/web/shanfang_bg.wasm" "$gen/web/shanfang.js" "$gen/classic/shanfang.js" "$gen/node/shanfang.js"
cp "$gen/web/shanfang.js" pkg/bindgen/shanfang.js
cp "$gen/node/shanfang.js" pkg/shanfang_node.cjs
# wasm-opt on wasm-bindgen's output, told the features the module may use
# (every engine the page supports has them), reference types not among them;
# the toolchain's "producers" section (which compiler made it) is dropped.
# Every module is flattened and re-relooped before -Oz, with a function
# called once inlined only when small, then -Oz again: 0.5 KB less gzipped
# on the core's, 1.1 KB on the binding's (bench/README.md, round 20), 0.7 KB
# on the page's and 1.0 KB on the main module (round 21, with the phone
# profile beside the plain -Oz build).
# optimise IN OUT: that, then the check that OUT keeps reference types out.
optimise() {
  "$opt" --flatten --rereloop -Oz --one-caller-inline-max-function-size=20 -Oz --strip-producers \
    --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-multivalue "$1" -o "$2"
  python3 scripts/wasm_features.py check "$2"
}
optimise "$gen/web/shanfang_bg.wasm" pkg/shanfang_bg.wasm

# The core entry (pkg/core/): the same steps for its module.
core_mvp=target/wasm32-unknown-unknown/wasm-release/shanfang-core-entry-no-reftypes.wasm
python3 scripts/wasm_features.py strip "$core_raw" "$core_mvp"
mkdir -p pkg/core/bindgen
wasm-bindgen --target web --omit-default-module-path --no-typescript --out-dir "$gen/core-web" --out-name shanfang_core "$core_mvp"
wasm-bindgen --target no-modules --no-modules-global shanfang_core --no-typescript --out-dir "$gen/core-classic" --out-name shanfang_core "$core_mvp"
wasm-bindgen --target nodejs --no-typescript --out-dir "$gen/core-node" --out-name shanfang_core "$core_mvp"
cmp -s "$gen/core-web/shanfang_core_bg.wasm" "$gen/core-node/shanfang_core_bg.wasm" \
  || { echo "wasm-bindgen wrote different core modules for the web and nodejs targets" >&2; exit 1; }
python3 scripts/short_imports.py "$gen/core-web/shanfang_core_bg.wasm" "$gen/core-web/shanfang_core.js" "$gen/core-classic/shanfang_core.js" "$gen/core-node/shanfang_core.js"
cp "$gen/core-web/shanfang_core.js" pkg/core/bindgen/shanfang_core.js
cp "$gen/core-node/shanfang_core.js" pkg/core/shanfang_core_node.cjs
optimise "$gen/core-web/shanfang_core_bg.wasm" pkg/core/shanfang_core_bg.wasm

mkdir -p pkg/binding

python3 scripts/package.py "$gen/classic/shanfang.js" "$gen/core-classic/shanfang_core.js"

rm -rf www/pkg && cp -r pkg www/pkg
page_mvp=target/wasm32-unknown-unknown/wasm-release/shanfang-page-no-reftypes.wasm
python3 scripts/wasm_features.py strip "$page_raw" "$page_mvp"
wasm-bindgen --target no-modules --no-typescript --out-dir "$gen/page-classic" --out-name shanfang "$page_mvp"
python3 scripts/short_imports.py "$gen/page-classic/shanfang_bg.wasm" "$gen/page-classic/shanfang.js"
optimise "$gen/page-classic/shanfang_bg.wasm" "$gen/page-classic/shanfang_page_bg.wasm"
python3 scripts/page_module.py "$gen/page-classic/shanfang.js" "$gen/page-classic/shanfang_page_bg.wasm" www/page
python3 scripts/single_file.py www dist/shanfang-form.html
python3 scripts/served.py www dist/www
echo "built: pkg/ ($(wc -c < pkg/shanfang_bg.wasm) bytes of wasm), www/pkg/, dist/www/, dist/shanfang-form.html ($(wc -c < dist/shanfang-form.html) bytes)" >&2
