#!/usr/bin/env bash
# Builds the validator and the filing form, writes the offline single file
# (dist/shanfang-form.html), and serves the form and the validation API
# (shanfang-check serve --www dist/www, the served build: scripts/served.py)
# on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
cargo build --release --bin shanfang-check
port="${PORT:-8080}"
echo
echo "丽水山坊（共富工坊）申报表: http://127.0.0.1:${port}/"
echo "validation API:             http://127.0.0.1:${port}/v1/validate (README: Server-side re-validation)"
echo "offline single file:        $(pwd)/dist/shanfang-form.html"
echo "(Ctrl-C stops the server)"
exec target/release/shanfang-check serve --listen "127.0.0.1:${port}" --www dist/www
