#!/usr/bin/env bash
# Installs what the browser checks need on a fresh Debian machine that has the Rust toolchain,
# Node 20 and Java 17: Debian's chromium, and the npm packages of tests/browser (playwright-core,
# axe-core, vnu-jar: the Nu HTML checker). Idempotent, and quick when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x "$CHROMIUM" ]; then
  echo "setup: installing chromium (Debian package)"
  apt_install chromium
fi
if ! command -v java >/dev/null 2>&1; then
  echo "setup: installing a Java runtime for the Nu HTML checker"
  apt_install default-jre-headless
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup: Node 20 and npm are needed for the browser checks; install them first" >&2
  exit 1
fi

# npm ci only when node_modules is missing or older than the lock file.
browser=tests/browser
stamp="$browser/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$browser/package-lock.json" -nt "$stamp" ] \
  || [ ! -f "$browser/node_modules/vnu-jar/build/dist/vnu.jar" ] \
  || [ ! -f "$browser/node_modules/axe-core/axe.min.js" ] \
  || [ ! -f "$browser/node_modules/playwright-core/package.json" ]; then
  echo "setup: npm ci in $browser"
  (cd "$browser" && npm ci --no-audit --no-fund --loglevel=error)
fi
