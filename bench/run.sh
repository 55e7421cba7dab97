#!/usr/bin/env bash
# The benchmark of issue 5 (not part of the test run): builds everything,
# then measures validate() and ajv in Chromium, input → DOM on the form,
# cold start, sizes and the native CLI, in one run.
# Prints a table and writes bench/results/latest.json.
# Needs an otherwise idle machine for meaningful figures; about 2–3 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[bench] %s\n' "$*" >&2; }

# The wasm package, www/pkg/ and dist/shanfang-form.html (also runs scripts/setup.sh).
scripts/build.sh

# bench/'s own dev dependencies (ajv, ajv-formats), from its lockfile.
if [ ! -d bench/node_modules ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  log "installing bench/'s npm packages from bench/package-lock.json"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi

# The native CLI, optimised, and its stage breakdown (crates/core/examples/native_stages.rs).
cargo build --release --bin shanfang-check --example native_stages --example load

node bench/bench.js "$@"
