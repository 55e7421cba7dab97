#!/usr/bin/env bash
# Builds the validator and the filing form, writes the offline single file
# (dist/shanfang-form.html), and serves the form on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
port="${PORT:-8080}"
echo
echo "丽水山坊（共富工坊）申报表: http://127.0.0.1:${port}/"
echo "offline single file:        $(pwd)/dist/shanfang-form.html"
echo "(Ctrl-C stops the server)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
