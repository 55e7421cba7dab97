#!/usr/bin/env bash
# The wasm tests (crates/wasm/tests/wasm.rs) in one engine:
#   scripts/wasm-tests.sh chromium|firefox|webkitgtk|wpe
# scripts/test.sh runs it for each engine, and cargo's runner
# (scripts/wasm-test-runner.sh) picks the driver. Chromium runs the debug
# build (overflow checks on); the other engines the optimised build, the
# kind the package ships: WPE WebKit 2.38's BBQ compiler also faults on
# unoptimised code of the test harness (issue 10). The optimised profile is
# `wasm-test` (Cargo.toml: release without panic=abort, so the lib is built
# once).
#
# WPE WebKit 2.38 (Safari 16's engine) mis-runs our wasm about one run in a
# hundred to twenty (issue 25; README, "Browsers"): "capacity overflow",
# corrupt JSON text, or "Out of bounds memory access", in a test that passes
# on the next run of the same binary. Its wasm tests, and only they, get
# exactly one more run whatever the first failure was, after printing what
# failed; a failure in both runs fails. No other engine is ever rerun.
set -euo pipefail
cd "$(dirname "$0")/.."
engine="${1:?usage: scripts/wasm-tests.sh chromium|firefox|webkitgtk|wpe}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="$PWD/scripts/wasm-test-runner.sh"
profile=(--profile wasm-test)
[ "$engine" = chromium ] && profile=()
run() { WASM_TEST_ENGINE=$engine cargo test "${profile[@]}" --target wasm32-unknown-unknown -p shanfang-wasm --test wasm; }

if [ "$engine" != wpe ]; then
  run
  exit
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
run 2>&1 | tee "$log" && exit 0
{
  echo
  echo "WPE WebKit 2.38: the first run of its wasm tests failed. What failed:"
  grep -E '^test .* \.\.\. FAIL|panicked at|capacity overflow|RuntimeError|Parse error|^ +(Error|TypeError|RangeError|SyntaxError):' "$log" \
    | head -40 | sed 's/^ */  | /' || true
  echo "Running WPE's wasm tests once more (issue 25: a fault of WPE 2.38's BBQ compiler tier, not a verdict)."
  echo
} >&2
if run; then
  echo "WPE WebKit 2.38: the second run passed; the first run's failure is printed above." >&2
else
  echo "WPE WebKit 2.38: its wasm tests failed in both runs." >&2
  exit 1
fi
