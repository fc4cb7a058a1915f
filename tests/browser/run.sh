#!/usr/bin/env bash
# The browser checks of accord's default theme, on a freshly built site served under a subpath
# (as GitHub Pages serves a project site):
#   1. the build is deterministic (the whole output, search index included, byte for byte);
#   2. the Nu HTML checker (vnu-jar) finds no error in any page;
#   3. axe-core finds no WCAG 2.2 A/AA violation on every kind of page, light and dark;
#   2 and 3 also run over the pages in other languages: the site's own fr/, nl/ ... parts, or,
#   while the site has none, over a copy of it built with `language: fr`;
#   4. popovers, search, the no-JavaScript fallback and offline behaviour work (interact.mjs);
#   5. 320 px wide without sideways scrolling, and the print stylesheet (layout.mjs);
#   6. screenshots at 375 and 1280 px into docs/screenshots/ (SCREENSHOT_DIR overrides).
# Prints `N passed, N failed` last and exits non-zero on any failure, or when Chromium, Java or
# Node is missing (run tests/setup.sh first).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
missing=()
command -v node >/dev/null 2>&1 || missing+=("node (Node 20)")
command -v java >/dev/null 2>&1 || missing+=("java (Java 17, for the Nu HTML checker)")
[ -x "$CHROMIUM" ] || missing+=("chromium at $CHROMIUM (apt-get install chromium)")
if [ ${#missing[@]} -gt 0 ]; then
  for m in "${missing[@]}"; do echo "browser checks: missing $m" >&2; done
  echo "run: bash tests/setup.sh" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
if [ ! -f "$here/node_modules/playwright-core/package.json" ] || [ ! -f "$here/node_modules/axe-core/axe.min.js" ] \
  || [ ! -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) || { echo "0 passed, 1 failed"; exit 1; }
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SITE_PREFIX="/accord-test/"
export SITE_DIR="$work/site"
export TALLY_FILE="$work/tally"
: >"$TALLY_FILE"
export SCREENSHOT_DIR="${SCREENSHOT_DIR:-$repo/docs/screenshots}"

record() { echo "$1 $2" >>"$TALLY_FILE"; }

echo "== build (base URL $SITE_PREFIX)"
if ! cargo run -q -- build --output "$SITE_DIR" --base-url "$SITE_PREFIX"; then
  echo "the site did not build"
  echo "0 passed, 1 failed"
  exit 1
fi
if cargo run -q -- build --output "$work/again" --base-url "$SITE_PREFIX" >/dev/null \
  && diff -r -q "$SITE_DIR" "$work/again"; then
  echo "ok   build: two builds are the same byte for byte, search index included"
  record 1 0
else
  echo "FAIL build: two builds differ (above)"
  record 0 1
fi

# The pages in other languages: the site's own language parts, else the site built in French.
languages=()
for part in "$SITE_DIR"/*/; do
  name="$(basename "$part")"
  if [[ "$name" =~ ^[a-z]{2,3}(-[a-z0-9]{2,8})*$ ]] && [ -f "$part/index.html" ]; then
    languages+=("$name")
  fi
done
checked=("$SITE_DIR")
if [ ${#languages[@]} -gt 0 ]; then
  echo "== other languages of the site: ${languages[*]}"
else
  echo "== build in French (language: fr): the site has no other language"
  lang_root="$work/site-source-fr"
  mkdir -p "$lang_root"
  for item in site.yaml content seeds static templates i18n; do
    [ -e "$item" ] && cp -r "$item" "$lang_root/"
  done
  sed -i 's/^language:.*/language: fr/' "$lang_root/site.yaml"
  if cargo run -q -- build --root "$lang_root" --output "$work/site-fr" --base-url "$SITE_PREFIX" \
    && grep -q '<html lang="fr"' "$work/site-fr/index.html"; then
    echo "ok   build: the site in French"
    record 1 0
    export SITE_LANG_DIR="$work/site-fr" SITE_LANG=fr
    checked+=("$SITE_LANG_DIR")
  else
    echo "FAIL build: the site in French"
    record 0 1
  fi
fi

echo "== Nu HTML checker"
vnu_out="$work/vnu.txt"
java -jar "$here/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --skip-non-html "${checked[@]}" >"$vnu_out" 2>&1
vnu_status=$?
pages=$(find "${checked[@]}" -name '*.html' | wc -l)
errors=$(grep -c 'error:' "$vnu_out" || true)
if [ "$vnu_status" -eq 0 ] && [ "$errors" -eq 0 ]; then
  echo "ok   vnu: no error in $pages pages"
  record 1 0
else
  sed "s|$work/||" "$vnu_out" | head -60
  echo "FAIL vnu: $errors errors in $pages pages (exit $vnu_status)"
  record 0 1
fi

for script in axe.mjs interact.mjs layout.mjs screenshots.mjs; do
  echo "== $script"
  before=$(wc -l <"$TALLY_FILE")
  (cd "$here" && node "$script")
  status=$?
  after=$(wc -l <"$TALLY_FILE")
  if [ "$after" -eq "$before" ] || { [ "$status" -ne 0 ] && ! tail -n1 "$TALLY_FILE" | grep -qv ' 0$'; }; then
    echo "FAIL $script stopped before reporting (exit $status)"
    record 0 1
  fi
done

passed=$(awk '{ s += $1 } END { print s + 0 }' "$TALLY_FILE")
failed=$(awk '{ s += $2 } END { print s + 0 }' "$TALLY_FILE")
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
