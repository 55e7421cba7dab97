#!/usr/bin/env bash
# The benchmark of this build beside an earlier commit's, in one run:
#   bash bench/compare.sh <commit>            (BENCH_ONLY=… as for bench/run.sh)
# Checks <commit> out into a git worktree with its own target/, outside this
# checkout (inside it, cargo would also apply this checkout's
# .cargo/config.toml to the baseline; BENCH_BASELINE_DIR moves it), builds it
# with its own scripts/build.sh and release CLI, then
# runs bench/run.sh with BENCH_BASELINE pointing at it: every part is
# measured for both builds, in alternating order, and a side-by-side table
# with ratios closes the report. This VM's speed drifts twofold between
# runs, so only figures from one run are compared.
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:?usage: bash bench/compare.sh <commit>}"
dir="${BENCH_BASELINE_DIR:-${TMPDIR:-/tmp}/shanfang-bench-baseline}"
log() { printf '[compare] %s\n' "$*" >&2; }

want=$(git rev-parse --verify "$rev^{commit}")
if [ -d "$dir" ] && [ "$(git -C "$dir" rev-parse HEAD 2>/dev/null)" = "$want" ]; then
  log "baseline $want already checked out in $dir"
else
  git worktree remove --force "$dir" 2>/dev/null || rm -rf "$dir"
  git worktree prune
  git worktree add --detach "$dir" "$want" >&2
fi
# Its node_modules (wasm-opt) are a copy of this checkout's when the
# lockfiles agree. Not a symlink: the baseline's setup.sh may run `npm ci`
# there, which empties the directory the link points to (this checkout's).
if [ ! -e "$dir/node_modules" ] && cmp -s package-lock.json "$dir/package-lock.json"; then
  cp -a node_modules "$dir/node_modules"
fi
log "building the baseline (its scripts/build.sh and release CLI)"
(cd "$dir" && bash scripts/build.sh >&2 && cargo build --release --bin shanfang-check --example native_stages >&2)
BENCH_BASELINE="$dir" bash bench/run.sh
