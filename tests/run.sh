#!/usr/bin/env bash
# Runs every test of accord. On a fresh machine it first installs what the browser and HTML
# checks need (Debian's chromium, the Nu HTML checker and axe-core from npm); see tests/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f tests/setup.sh ]; then
  bash tests/setup.sh
fi
cargo test --all-targets 2>&1
