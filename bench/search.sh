#!/usr/bin/env bash
# Search on the 10,000-page corpus (issue 21): accord (which makes its Pagefind index as it
# renders) beside Hugo followed by the Pagefind CLI (npm package `pagefind`), in one run:
# clean-build wall time and peak memory, and the bytes a browser fetches for the first search
# of a common and of a rare word. Also the UK–Belgium site's build time.
#
#   bash bench/search.sh [--pages N] [--runs N] [--work DIR]
#
# Needs hugo, hyperfine, GNU time, node and npm, and tests/browser set up (tests/setup.sh).
set -euo pipefail
main() {
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GEN_CORPUS=${GEN_CORPUS:-$REPO/../shared/bench/gen_corpus.py}
WORK=/tmp/accord-bench
PAGES=10000
RUNS=3
while [ $# -gt 0 ]; do
    case "$1" in
        --pages) PAGES=$2; shift ;;
        --runs) RUNS=$2; shift ;;
        --work) WORK=$2; shift ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
note() { echo "[search bench] $*" >&2; }
mkdir -p "$WORK/tools" "$WORK/trash"
(cd "$REPO" && cargo build --release --quiet --bin accord)
ACCORD=$REPO/target/release/accord
if [ ! -x "$WORK/tools/node_modules/.bin/pagefind" ]; then
    note "installing the pagefind CLI from npm"
    (cd "$WORK/tools" && npm install --no-audit --no-fund --loglevel=error pagefind@1.6.0 >&2)
fi
PAGEFIND=$WORK/tools/node_modules/.bin/pagefind
corpus=$WORK/corpora/corpus-$PAGES
if [ ! -f "$corpus/.complete" ]; then
    note "generating the $PAGES-page corpus"
    python3 "$GEN_CORPUS" -n "$PAGES" --out "$WORK/corpora" --tools hugo >&2
    touch "$corpus/.complete"
fi
site=$WORK/sites/search-$PAGES
rm -rf "$site" && mkdir -p "$site"
printf 'title: Bench\n' >"$site/site.yaml"
cp -r "$corpus/hugo/content" "$site/content"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "accord $(cd "$REPO" && git rev-parse --short HEAD), $(hugo version | cut -d' ' -f1-2), pagefind $("$PAGEFIND" --version)"
aside_accord="mv $site/public $WORK/trash/a-\$(date +%s%N) 2>/dev/null; true"
aside_hugo="mv $corpus/hugo/public $WORK/trash/h-\$(date +%s%N) 2>/dev/null; true"
hyperfine -N --runs "$RUNS" --export-markdown "$WORK/search-times.md" \
    --prepare "sh -c '$aside_accord'" --command-name "accord build (Pagefind inside)" "$ACCORD build --root $site -q" \
    --prepare "sh -c '$aside_hugo'" --command-name "hugo + pagefind" "sh -c 'hugo --quiet --source $corpus/hugo && $PAGEFIND --site $corpus/hugo/public --silent'" >&2
cat "$WORK/search-times.md"
peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
sh -c "$aside_accord"
echo "accord peak memory: $(( $(peak "$ACCORD" build --root "$site" -q) / 1024 )) MB"
sh -c "$aside_hugo"
echo "hugo peak memory: $(( $(peak hugo --quiet --source "$corpus/hugo") / 1024 )) MB"
echo "pagefind peak memory: $(( $(peak "$PAGEFIND" --site "$corpus/hugo/public" --silent) / 1024 )) MB"
# A common word and a rare one of the corpus.
echo "first search, bytes fetched (accord site | Hugo + Pagefind site):"
node "$REPO/bench/search_bytes.mjs" "$site/public" cache packetcache >"$WORK/bytes-accord.jsonl" || true
node "$REPO/bench/search_bytes.mjs" "$corpus/hugo/public" cache packetcache >"$WORK/bytes-hugo.jsonl" || true
paste -d' ' "$WORK/bytes-accord.jsonl" "$WORK/bytes-hugo.jsonl"
echo "UK–Belgium site:"
hyperfine -N --warmup 3 --runs 20 "$ACCORD build --root $REPO --output $WORK/ukbe -q" 2>&1 | grep -E "Time|Range"
rm -rf "$WORK/trash"
}
main "$@"
