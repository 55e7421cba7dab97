#!/usr/bin/env bash
# cargo's runner for the wasm tests (scripts/test.sh): the test module
# without its target_features section, as scripts/build.sh builds the
# package (no externref table: see scripts/wasm_features.py), then
# wasm-bindgen-test-runner in the engine WASM_TEST_ENGINE names:
# chromium (default), firefox, webkitgtk or wpe (../shared/toolchain.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
wasm="$1"
shift
stripped="${wasm%.wasm}-no-reftypes.wasm"
python3 "$here/wasm_features.py" strip "$wasm" "$stripped"
unset CHROMEDRIVER GECKODRIVER SAFARIDRIVER
case "${WASM_TEST_ENGINE:-chromium}" in
  chromium)
    CHROMEDRIVER="$(command -v chromedriver)" exec wasm-bindgen-test-runner "$stripped" "$@" ;;
  firefox)
    GECKODRIVER="$(command -v geckodriver)" exec wasm-bindgen-test-runner "$stripped" "$@" ;;
  webkitgtk)
    # WebKitWebDriver starts MiniBrowser, which needs a display.
    SAFARIDRIVER=/usr/bin/WebKitWebDriver exec xvfb-run -a wasm-bindgen-test-runner "$stripped" "$@" ;;
  wpe)
    # The runner sends empty capabilities, so WPEWebDriver starts
    # `MiniBrowser`: this one is cog, headless. No JSC options.
    # The shim notes each cog it starts: WPEWebDriver leaves them running
    # (with their web processes) after the session, loading the machine for
    # the rest of the run; they are stopped when the tests end.
    shim="$(mktemp -d)"
    printf '#!/bin/sh\necho $$ >> "%s/pids"\nexec /usr/bin/cog --platform=headless "$@"\n' "$shim" > "$shim/MiniBrowser"
    chmod +x "$shim/MiniBrowser"
    status=0
    PATH="$shim:$PATH" SAFARIDRIVER=/usr/bin/WPEWebDriver wasm-bindgen-test-runner "$stripped" "$@" || status=$?
    for pid in $(cat "$shim/pids" 2>/dev/null); do
      pkill -TERM -P "$pid" 2>/dev/null || true
      kill -TERM "$pid" 2>/dev/null || true
    done
    rm -rf "$shim"
    exit "$status" ;;
  *)
    echo "WASM_TEST_ENGINE must be chromium, firefox, webkitgtk or wpe" >&2
    exit 2 ;;
esac
