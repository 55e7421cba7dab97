#!/usr/bin/env bash
# Runs the cargo-fuzz target validate_json for SECONDS (default 600) and
# prints how many inputs it executed. Exit status: 0 no crash, 1 a crash
# (the input is saved under fuzz/artifacts/validate_json/), 2 setup failure.
#
#   scripts/fuzz.sh [SECONDS]
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
# The corpus (fuzz/corpus/validate_json, git-ignored) is seeded with
# examples/*.json and grows from run to run.
set -uo pipefail
cd "$(dirname "$0")/.."

secs=${1:-600}
case $secs in
  ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;;
esac

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz.sh: the nightly toolchain is needed: rustup toolchain install nightly" >&2; exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: cargo-fuzz is needed: cargo install cargo-fuzz" >&2; exit 2
fi

corpus=fuzz/corpus/validate_json
mkdir -p "$corpus" fuzz/artifacts/validate_json
for f in examples/*.json; do
  [ -e "$f" ] && cp -n "$f" "$corpus/$(basename "$f")"
done

log=$(mktemp "${TMPDIR:-/tmp}/shanfang-fuzz.XXXXXX")
trap 'rm -f "$log"' EXIT

echo "fuzz.sh: running validate_json for ${secs}s" >&2
cargo +nightly fuzz run validate_json "$corpus" -- \
  -max_total_time="$secs" -dict=fuzz/validate_json.dict -max_len=16384 \
  -print_final_stats=1 >"$log" 2>&1
status=$?

execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
if [ -z "$execs" ]; then
  # No final stats (a crash stops the run): take the last progress line.
  execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
fi
rate=$(grep -o 'exec/s: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
corpus_size=$(find "$corpus" -type f | wc -l)

echo "executions: ${execs:-unknown}"
echo "exec/s:     ${rate:-unknown}"
echo "corpus:     $corpus_size inputs in $corpus"

if [ $status -ne 0 ]; then
  echo "fuzz.sh: the fuzzer stopped with status $status; the end of its output:" >&2
  tail -60 "$log" >&2
  if grep -qE 'Test unit written to|SUMMARY: libFuzzer' "$log"; then
    grep -E 'Test unit written to' "$log" >&2
    exit 1
  fi
  exit 2
fi
echo "no crash"
