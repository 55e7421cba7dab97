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

rm -rf pkg && mkdir -p pkg/classic
wasm-bindgen --target web --out-dir pkg --out-name shanfang "$raw"
wasm-bindgen --target no-modules --no-typescript --out-dir pkg/classic --out-name shanfang "$raw"
# wasm-opt on wasm-bindgen's output (not on a stripped module: see toolchain notes).
"$opt" -Oz pkg/shanfang_bg.wasm -o pkg/shanfang_bg.wasm
# The classic build's module is the same code; one copy serves both.
rm -f pkg/classic/shanfang_bg.wasm
python3 scripts/package.py

rm -rf www/pkg && cp -r pkg www/pkg
python3 scripts/single_file.py www dist/shanfang-form.html
echo "built: pkg/ ($(wc -c < pkg/shanfang_bg.wasm) bytes of wasm), www/pkg/, dist/shanfang-form.html ($(wc -c < dist/shanfang-form.html) bytes)" >&2
