#!/usr/bin/env bash
# Runs every test of accord. On a fresh machine it first installs what the browser and HTML
# checks need (Debian's chromium, the Nu HTML checker and axe-core from npm); see tests/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
# Formatting and lints first: quick, and the Cargo.toml [lints] make every warning an error here.
cargo fmt --check
cargo clippy --all-targets -- -D warnings
if [ -f tests/setup.sh ]; then
  bash tests/setup.sh
fi
# The GitHub Pages workflow must pass actionlint.
bash tests/actionlint.sh
# Unit, integration and end-to-end tests in Rust.
cargo test --all-targets 2>&1
# accord serve in a real browser: live reload in the same tab, stylesheet swap, error overlay
# (audited by axe-core in light and dark mode).
node tests/browser/serve_reload.mjs
# accord serve under 30 s of load from wrk at 64 connections: no error, memory flat.
bash tests/load.sh
# The built site in headless Chromium: the Nu HTML checker, axe-core (WCAG 2.2 AA, 320 and 1280 px,
# light and dark), popovers, search, 320-pixel layout, what the first screen shows, print, screenshots.
bash tests/browser/run.sh
