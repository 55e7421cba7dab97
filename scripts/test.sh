#!/usr/bin/env bash
# Runs every test: native unit and vector tests, the CLI, the wasm API in
# four engines (Chromium, Firefox ESR, WebKitGTK, WPE WebKit 2.38), the form
# binding's own tests in the same four (e2e/binding-unit.test.js), and the
# real page end to end (Playwright + axe-core in Chromium;
# WebDriver journeys in the other three). Installs what it needs on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

step() { printf '\n==> %s\n' "$*"; }

step "setup"
scripts/setup.sh

step "native tests (cargo test: the core, the CLI and service, the generators)"
cargo test

step "generated files (schemas, typings) are what the model makes (cargo xtask check)"
cargo xtask check

step "the core crate depends on no browser, server or generator crate (cargo tree -p shanfang-core)"
tree=$(cargo tree --quiet -p shanfang-core -e normal,build --prefix none)
if bad=$(grep -E '^(tokio|hyper|schemars|mimalloc|wasm-bindgen|web-sys|js-sys|talc) ' <<<"$tree"); then
  echo "shanfang-core depends on: $bad" >&2; exit 1
fi

# Every crate natively; the browser crates (and the core) for wasm32 too.
# The CLI and the generators are native only.
wasm_crates=(-p shanfang-core -p shanfang-wasm)
step "lints: cargo fmt --check; cargo clippy --all-targets, every crate natively and the browser crates for wasm32 (warnings fail)"
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings
cargo clippy --quiet "${wasm_crates[@]}" --all-targets --target wasm32-unknown-unknown -- -D warnings
# The package's module as each entry builds it: everything (the main
# entry's), the page's, the core's (the binding entry's too).
# A command each, and not with the crates above: the modules are built
# without std (the package's own panic handler), and cargo unifies
# features over the packages of one command, where the core's tests bring
# std.
cargo clippy --quiet -p shanfang-package --all-targets --target wasm32-unknown-unknown -- -D warnings
cargo clippy --quiet -p shanfang-package --no-default-features --features reading,rules --all-targets --target wasm32-unknown-unknown -- -D warnings
cargo clippy --quiet -p shanfang-package --no-default-features --features reading --all-targets --target wasm32-unknown-unknown -- -D warnings

step "the fuzz target compiles (cargo check, fuzz/Cargo.toml)"
cargo check --quiet --manifest-path fuzz/Cargo.toml

# The wasm tests build the lib once per profile: dev for Chromium, wasm-test
# (optimised) for the other engines (scripts/wasm-tests.sh says why).
step "the wasm tests build the lib once per profile (no output filename collision)"
for p in dev wasm-test; do
  out=$(cargo test --profile "$p" --target wasm32-unknown-unknown -p shanfang-wasm --test wasm --no-run 2>&1) || { echo "$out"; exit 1; }
  if grep -q "output filename collision" <<<"$out"; then
    echo "$out"
    echo "profile $p builds the lib twice into one file: a test may link the wrong one (cargo#6313)" >&2
    exit 1
  fi
done
for engine in chromium firefox webkitgtk wpe; do
  step "wasm API in $engine (wasm-bindgen-test; WPE's alone get one more run, issue 25)"
  scripts/wasm-tests.sh "$engine"
done

step "build (wasm package, page, single file)"
scripts/build.sh

# Small apps that use the package as portals do (issue 13), installed from
# their own lockfile (the package itself linked from pkg/).
step "example apps: npm ci from their lockfile, then Vite, esbuild and webpack 5 build them (examples/apps)"
apps=examples/apps
if [ ! -d $apps/node_modules ] || [ $apps/package-lock.json -nt $apps/node_modules/.package-lock.json ] \
   || [ ! -e $apps/node_modules/shanfang-validator/package.json ]; then
  (cd $apps && npm ci --no-audit --no-fund --loglevel=error)
fi
(cd $apps && node build.js)

# The service's tests (e2e/server.test.js) and the benchmark run the
# optimised CLI, as a server would.
step "the release CLI and HTTP service (cargo build --release)"
cargo build --release --bin shanfang-check

step "end-to-end: Chromium (Playwright), Firefox ESR, WebKitGTK and WPE WebKit (WebDriver) (node --test e2e/)"
node --test --test-concurrency=1 e2e/
