#!/usr/bin/env bash
# WPE WebKit 2.38's intermittent wasm fault (issue 25), measured outside the
# normal test run. Not part of scripts/test.sh: it takes minutes.
#
#   scripts/wpe-soak.sh tests N [FILTER]   the wasm tests (crates/wasm/tests/wasm.rs, or
#                                          only those FILTER names) in WPE,
#                                          N times: failures counted by symptom
#   scripts/wpe-soak.sh fresh N            the reproducer: crates/wasm/examples/wpe_fault.rs
#                                          compiled afresh N times in one
#                                          page (scripts/wpe-fault.js)
#   scripts/wpe-soak.sh product N          the product's own paths in WPE:
#                                          validateJson on the worst-case
#                                          filing and a typing session
#                                          through attach, N fresh pages each
#                                          (scripts/wpe-product.js)
#
# JSC options reach the web process through the environment, e.g.
#   JSC_useBBQJIT=false scripts/wpe-soak.sh tests 40
# WPE_TEST picks the test target (default wasm).
# WASM_OPT_PASSES runs wasm-opt with those passes on the module first (tests, fresh),
# e.g. WASM_OPT_PASSES=--llvm-memory-copy-fill-lowering (no memory.copy/fill).
# WASM_PROFILE picks the cargo profile of the build (default wasm-test, as
# scripts/test.sh runs WPE; wasm-release is the package's); RUSTFLAGS apply
# as usual.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
runs="${2:-}"
usage() { sed -n '5,16p' "$0" >&2; exit 2; }
# Another build of the same code: WASM_OPT_PASSES run on a module by
# wasm-opt (names and wasm-bindgen's custom sections kept), told the
# features the package's build allows.
passes() {
  # shellcheck disable=SC2086
  node_modules/.bin/wasm-opt -g --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-multivalue $WASM_OPT_PASSES "$1" -o "$2"
}
[[ "$runs" =~ ^[0-9]+$ ]] || usage

case "$mode" in
  tests)
    filter="${3:-}"
    profile="${WASM_PROFILE:-wasm-test}"
    wasm=$(cargo test --profile "$profile" --target wasm32-unknown-unknown -p shanfang-wasm --test "${WPE_TEST:-wasm}" --no-run --message-format=json 2>/dev/null \
      | python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["kind"] == ["test"]: print(m["executable"])')
    [ -n "$wasm" ] || { echo "the wasm test build failed" >&2; exit 1; }
    if [ -n "${WASM_OPT_PASSES:-}" ]; then
      passes "$wasm" "${wasm%.wasm}-passes.wasm"
      wasm="${wasm%.wasm}-passes.wasm"
    fi
    echo "soaking $wasm in WPE, $runs runs${filter:+, only $filter}; JSC options: $(env | grep '^JSC_' | tr '\n' ' ')"
    declare -A symptoms=()
    failed=0
    logs="$(mktemp -d)"
    for i in $(seq 1 "$runs"); do
      log="$logs/run-$i.log"
      if WASM_TEST_ENGINE=wpe timeout 300 scripts/wasm-test-runner.sh "$wasm" ${filter:+"$filter"} >"$log" 2>&1; then
        rm -f "$log"
        printf '.'
      else
        failed=$((failed + 1))
        s=$(grep -o -m1 -E 'capacity overflow|Parse error[^"]*|Out of bounds [a-z]+ access|unreachable|panicked at [^:]*|timed out|RuntimeError[^"]*' "$log" || echo "other (see $log)")
        symptoms["$s"]=$(( ${symptoms["$s"]:-0} + 1 ))
        printf 'F'
      fi
    done
    echo
    echo "$failed of $runs runs failed"
    for s in "${!symptoms[@]}"; do echo "  ${symptoms[$s]}× $s"; done
    [ "$failed" -eq 0 ] && rm -rf "$logs" || echo "logs of the failed runs: $logs"
    ;;
  fresh)
    profile="${WASM_PROFILE:-wasm-test}"
    cargo build --quiet -p shanfang-wasm --example wpe_fault --profile "$profile" --target wasm32-unknown-unknown
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
    python3 scripts/wasm_features.py strip "target/wasm32-unknown-unknown/$profile/examples/wpe_fault.wasm" "$out/mvp.wasm"
    wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name wpe_fault "$out/mvp.wasm"
    [ -z "${WASM_OPT_PASSES:-}" ] || passes "$out/wpe_fault_bg.wasm" "$out/wpe_fault_bg.wasm"
    node scripts/wpe-fault.js "$out" "$runs"
    ;;
  product)
    node scripts/wpe-product.js "$runs"
    ;;
  *)
    usage ;;
esac
