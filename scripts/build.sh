#!/usr/bin/env bash
# Builds everything the page and portals use:
#   pkg/                      the npm package: ES module (shanfang.js + shanfang_bg.wasm),
#                             classic script (classic/shanfang.js, global `wasm_bindgen`),
#                             the wasm as base64 for file:// (shanfang_wasm.js), typings, package.json
#   www/pkg/                  a copy for the served page
#   dist/shanfang-form.html   the offline single file
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

cargo build --lib --profile wasm-release --no-default-features --target wasm32-unknown-unknown
raw=target/wasm32-unknown-unknown/wasm-release/shanfang.wasm
opt=node_modules/.bin/wasm-opt

# Without reference types: rustc announces them in the module's
# target_features section, wasm-bindgen then keeps JS values in an externref
# table, and Safari-16-class WebKit traps on it ("Out of bounds table
# access"). Without the section wasm-bindgen keeps them in its JS heap
# (scripts/wasm_features.py says more).
mvp=target/wasm32-unknown-unknown/wasm-release/shanfang-no-reftypes.wasm
python3 scripts/wasm_features.py strip "$raw" "$mvp"

rm -rf pkg && mkdir -p pkg/classic pkg/node
wasm-bindgen --target web --out-dir pkg --out-name shanfang "$mvp"
wasm-bindgen --target no-modules --no-typescript --out-dir pkg/classic --out-name shanfang "$mvp"
# CommonJS for Node (`require`): loads the module synchronously from disk.
wasm-bindgen --target nodejs --no-typescript --out-dir pkg/node --out-name shanfang "$mvp"
# wasm-opt on wasm-bindgen's output, told the features the module may use
# (every engine the page supports has them), reference types not among them.
"$opt" -Oz --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-multivalue pkg/shanfang_bg.wasm -o pkg/shanfang_bg.wasm
python3 scripts/wasm_features.py check pkg/shanfang_bg.wasm
# The classic and Node builds' module is the same code (the same imports);
# one copy serves all three.
rm -f pkg/classic/shanfang_bg.wasm pkg/node/shanfang_bg.wasm
python3 scripts/package.py

rm -rf www/pkg && cp -r pkg www/pkg
python3 scripts/single_file.py www dist/shanfang-form.html
echo "built: pkg/ ($(wc -c < pkg/shanfang_bg.wasm) bytes of wasm), www/pkg/, dist/shanfang-form.html ($(wc -c < dist/shanfang-form.html) bytes)" >&2
