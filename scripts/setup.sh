#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is already there.
# Idempotent: safe to run on every build; CI runs it on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*" >&2; }

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

#    rustfmt and clippy, for the test command's lint step.
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component-"; then
    log "adding rustup component $component"
    rustup component add "$component"
  fi
done

# 2. wasm-bindgen-cli, pinned to the wasm-bindgen version in Cargo.lock
#    (the CLI and the crate must agree exactly). No --locked: see toolchain notes.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "installing wasm-bindgen-cli $want (had: ${have:-none})"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# 3. Chromium and ChromeDriver from Debian (never a browser download),
#    faketime, which runs the CLI on another clock ("today" in UTC+8), and
#    curl, which runs the README's example against the service, and zopfli,
#    which deflates the module the single file carries (scripts/package.py).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v faketime >/dev/null \
   || ! command -v curl >/dev/null || ! command -v zopfli >/dev/null; then
  log "installing chromium, chromium-driver, faketime, curl and zopfli with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver faketime curl zopfli >/dev/null
fi

# 4. The other engines people file with (issue 10; ../shared/toolchain.md):
#    WebKitGTK (today's WebKit) with its WebDriver and a virtual display, WPE
#    WebKit 2.38 (Safari 16's engine) with cog, Firefox ESR, and a CJK font
#    for screenshots. geckodriver is not a Debian package: cargo builds it.
engines="webkit2gtk-driver xvfb xauth wpewebkit-driver cog firefox-esr fonts-wqy-microhei"
missing=$(for p in $engines; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"; done)
if [ -n "$missing" ]; then
  log "installing $(echo $missing) with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
# The clients of the README's server examples, run by e2e/server.test.js:
# a JDK (`java File.java`) and Python's requests.
if ! command -v java >/dev/null || ! python3 -c 'import requests' 2>/dev/null; then
  log "installing openjdk-17-jdk-headless and python3-requests with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless python3-requests >/dev/null
fi
# The balancer the service sits behind (e2e/nginx.test.js runs Debian's
# nginx with deploy/nginx/shanfang-check.conf in front of three instances).
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  log "installing nginx with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends nginx >/dev/null
fi
# A calendar that imports the duties' .ics (e2e/after-filing.test.js imports
# it twice with Debian's khal; khal brings python3-icalendar, the parser the
# test reads the file back with).
if ! command -v khal >/dev/null || ! /usr/bin/python3 -c 'import icalendar' 2>/dev/null; then
  log "installing khal (and python3-icalendar) with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends khal python3-icalendar >/dev/null
fi
geckodriver_version=0.37.1
if [ "$(geckodriver --version 2>/dev/null | awk 'NR==1 {print $2}')" != "$geckodriver_version" ]; then
  log "installing geckodriver $geckodriver_version (cargo install, ~3 min)"
  cargo install geckodriver --version "$geckodriver_version" --force
fi

# 5. npm packages (wasm-opt from binaryen, playwright-core, axe-core), from the lockfile.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi
