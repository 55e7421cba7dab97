#!/usr/bin/env bash
# Runs every test: native unit and vector tests, the CLI, the wasm API and
# DOM binding in headless Chromium, and the real page end to end
# (Playwright + axe-core). Installs what it needs on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

step() { printf '\n==> %s\n' "$*"; }

step "setup"
scripts/setup.sh

step "native tests (cargo test)"
cargo test

step "the fuzz target compiles (cargo check, fuzz/Cargo.toml)"
cargo check --quiet --manifest-path fuzz/Cargo.toml

step "wasm API and DOM binding in headless Chromium (wasm-bindgen-test)"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test wasm --test dom

step "build (wasm package, page, single file)"
scripts/build.sh

step "end-to-end in headless Chromium (node --test e2e/)"
node --test --test-concurrency=1 e2e/
