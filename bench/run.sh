#!/usr/bin/env bash
# Times accord beside Hugo and mdBook on the same synthetic corpus, and accord alone on its own
# workload (statements with thousands of mentions), end to end, and prints Markdown tables.
#
#   bash bench/run.sh            # 1,000 and 10,000 pages (mdBook on 10,000 pages: one run, ~8 min)
#   bash bench/run.sh --quick    # 1,000 pages only (a few minutes)
#
# Options:
#   --quick            1,000 pages and 1,000 statements only
#   --runs N           hyperfine runs per command (default 5)
#   --work DIR         where corpora, sites and results go (default /tmp/accord-bench)
#   --no-mdbook        skip mdBook (its 10,000-page build alone takes minutes)
#   --install          install what is missing: hyperfine, hugo, GNU time (apt), mdbook (cargo)
#   --profile          also profile one accord build of each corpus with perf (linux-perf) and
#                      print the share of CPU time of each pipeline stage (bench/profile_buckets.py)
#
# Needs python3, hyperfine, /usr/bin/time (GNU time), hugo and mdbook; a missing peer is skipped
# with a note. The corpus generator is ../shared/bench/gen_corpus.py beside the repository (set
# GEN_CORPUS to use another path). Results: $WORK/results/*.json and *.mem, and the tables, also
# written to $WORK/results.md.
set -euo pipefail

# The whole script is one function, called on the last line: bash reads a script as it runs, so
# this way an edit to the file during a run cannot change that run.
main() {
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GEN_CORPUS=${GEN_CORPUS:-$REPO/../shared/bench/gen_corpus.py}
WORK=/tmp/accord-bench
RUNS=5
SIZES=(1000 10000)
MDBOOK=1
INSTALL=0
PROFILE=0
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) SIZES=(1000) ;;
        --runs) RUNS=$2; shift ;;
        --work) WORK=$2; shift ;;
        --no-mdbook) MDBOOK=0 ;;
        --install) INSTALL=1 ;;
        --profile) PROFILE=1 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
RESULTS=$WORK/results
TRASH=$WORK/trash
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

note() { echo "[bench] $*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

if [ "$INSTALL" = 1 ]; then
    missing=()
    have hyperfine || missing+=(hyperfine)
    have hugo || missing+=(hugo)
    [ -x /usr/bin/time ] || missing+=(time)
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -qq && apt-get install -y -qq "${missing[@]}"
    fi
    have mdbook || cargo install mdbook --locked
fi
for tool in python3 hyperfine; do
    have "$tool" || { echo "$tool is needed (bench/run.sh --install installs it)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 1; }
[ -f "$GEN_CORPUS" ] || { echo "corpus generator not found at $GEN_CORPUS (set GEN_CORPUS)" >&2; exit 1; }
HUGO=0; have hugo && HUGO=1 || note "hugo not found: skipped (apt-get install hugo)"
if [ "$MDBOOK" = 1 ] && ! have mdbook; then
    note "mdbook not found: skipped (cargo install mdbook --locked)"
    MDBOOK=0
fi

note "building accord and the floor program (release)"
(cd "$REPO" && cargo build --release --quiet --bin accord --example floor)
ACCORD=$REPO/target/release/accord
FLOOR=$REPO/target/release/examples/floor

# The machine, for the report.
{
    echo "nproc=$(nproc)"
    echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory=$(free -h | awk '/^Mem:/ {print $2}')"
    echo "kernel=$(uname -r)"
    echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "accord=$("$ACCORD" --version) ($(cd "$REPO" && git rev-parse --short HEAD 2>/dev/null || echo unknown))"
    [ "$HUGO" = 1 ] && echo "hugo=$(hugo version | cut -d' ' -f1-2)"
    [ "$MDBOOK" = 1 ] && echo "mdbook=$(mdbook --version)"
    echo "hyperfine=$(hyperfine --version)"
    echo "runs=$RUNS"
} > "$RESULTS/machine.txt"

# Times COMMAND with hyperfine into results/NAME.json; PREPARE (may be empty) runs before each run.
time_it() {
    local name=$1 runs=$2 command=$3 prepare=${4:-}
    note "timing $name ($runs runs)"
    local prepared=()
    [ -n "$prepare" ] && prepared=(--prepare "$prepare")
    hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$RESULTS/$name.json" \
        "${prepared[@]}" "$command" >"$RESULTS/$name.log" 2>&1 || { note "$name failed: see $RESULTS/$name.log"; return 0; }
}

# Peak memory (maximum resident set size, kB) of one run of COMMAND into results/NAME.mem.
peak_memory() {
    local name=$1 command=$2
    /usr/bin/time -v bash -c "$command" >/dev/null 2>"$RESULTS/$name.time" || true
    awk -F': ' '/Maximum resident set size/ {print $2}' "$RESULTS/$name.time" >"$RESULTS/$name.mem"
    awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$RESULTS/$name.time" >"$RESULTS/$name.wall"
}

# With --profile: where one build's CPU time goes, by stage, into results/NAME.profile.md.
profile() {
    local name=$1 command=$2
    [ "$PROFILE" = 1 ] || return 0
    if ! perf record -q -e cpu-clock -F 99 --call-graph dwarf,32768 -o "$WORK/$name.perf" \
        -- bash -c "$command" >/dev/null 2>&1; then
        note "perf record failed: no profile of $name (apt-get install linux-perf)"
        return 0
    fi
    perf script -i "$WORK/$name.perf" 2>/dev/null | python3 "$REPO/bench/profile_buckets.py" \
        >"$RESULTS/$name.profile.md"
    rm -f "$WORK/$name.perf"
}

# An accord site holding the corpus's pages: made by `accord init` when it works, else by hand.
make_site() {
    local site=$1 content=$2
    rm -rf "$site"
    if "$ACCORD" init "$site" >/dev/null 2>&1 && [ -f "$site/site.yaml" ]; then
        # The starter's own pages would change the page count: the corpus's pages replace them.
        rm -rf "$site/content"
        sed -i 's/^title: .*/title: Bench/' "$site/site.yaml"
    else
        rm -rf "$site"
        mkdir -p "$site"
        printf 'title: Bench\n' >"$site/site.yaml"
    fi
    cp -r "$content" "$site/content"
}

for n in "${SIZES[@]}"; do
    corpus=$WORK/corpora/corpus-$n
    if [ ! -f "$corpus/.complete" ]; then
        note "generating the $n-page corpus"
        python3 "$GEN_CORPUS" -n "$n" --out "$WORK/corpora" --tools hugo,mdbook >&2
        touch "$corpus/.complete"
    fi
    site=$WORK/sites/pages-$n
    make_site "$site" "$corpus/hugo/content"

    # A build over the last build's output (what an author does, and what hyperfine's repeated
    # runs measure by default): the new site is staged beside it, swapped in, and the old one
    # removed.
    "$ACCORD" build --root "$site" >/dev/null 2>&1 || true
    time_it "accord-$n" "$RUNS" "$ACCORD build --root $site"
    # Clean builds, for both tools: each run's output folder is moved aside, not deleted, before
    # it: on ext4 without a journal (this machine), creating files just after deleting thousands
    # scans every inode freed in the last minute, which would time the deletion rather than the
    # build (BENCHMARKS.md).
    aside="mkdir -p $TRASH && mv $site/public $TRASH/accord-\$(date +%s%N) 2>/dev/null; true"
    time_it "clean-accord-$n" "$RUNS" "$ACCORD build --root $site" "$aside"
    # Peak memory of a clean build, and where its time goes.
    peak_memory "accord-$n" "$aside; $ACCORD build --root $site"
    profile "accord-$n" "$ACCORD build --root $site"
    time_it "floor-$n" "$RUNS" "$FLOOR $site/content"
    # The same floor on one thread: simply reading and rendering every file, one after another.
    time_it "floor-1thread-$n" "$RUNS" "env RAYON_NUM_THREADS=1 $FLOOR $site/content"
    # The floor with writing: the same pages written as index.html files, over the last run's.
    time_it "floor-write-$n" "$RUNS" "$FLOOR $site/content --out $WORK/floor-out-$n"
    if [ "$HUGO" = 1 ]; then
        time_it "hugo-$n" "$RUNS" "hugo --quiet --source $corpus/hugo"
        time_it "clean-hugo-$n" "$RUNS" "hugo --quiet --source $corpus/hugo" \
            "mkdir -p $TRASH && mv $corpus/hugo/public $TRASH/hugo-\$(date +%s%N) 2>/dev/null; true"
        peak_memory "hugo-$n" "mkdir -p $TRASH && mv $corpus/hugo/public $TRASH/hugo-\$(date +%s%N) 2>/dev/null; hugo --quiet --source $corpus/hugo"
    fi
    if [ "$MDBOOK" = 1 ]; then
        if [ "$n" -le 1000 ]; then
            time_it "mdbook-$n" "$RUNS" "mdbook build $corpus/mdbook"
            peak_memory "mdbook-$n" "mdbook build $corpus/mdbook"
        else
            # One run only: it takes minutes. Wall time and peak memory from the same run.
            note "timing mdbook-$n (one run, several minutes)"
            peak_memory "mdbook-$n" "mdbook build $corpus/mdbook"
        fi
    fi

    # accord's own workload: N statements with the real site's themes, instruments and glossary.
    statements=$WORK/sites/statements-$n
    if [ ! -f "$statements/.complete" ]; then
        note "generating $n statements"
        python3 "$REPO/bench/gen_statements.py" -n "$n" --out "$statements" --repo "$REPO" >&2
        touch "$statements/.complete"
    fi
    "$ACCORD" build --root "$statements" >/dev/null 2>&1 || true
    time_it "statements-$n" "$RUNS" "$ACCORD build --root $statements"
    peak_memory "statements-$n" "$ACCORD build --root $statements"
    profile "statements-$n" "$ACCORD build --root $statements"
    # The sizes of the pages that list every mention, to see where pagination is needed.
    python3 - "$statements/public" "$RESULTS/statements-$n.pages" <<'EOF'
import json, os, statistics, sys
public, out = sys.argv[1], sys.argv[2]
summary = {}
# Every HTML page under each list's folder, its numbered pages (page/2/, ...) included.
for folder in ["instruments", "themes", "glossary", "documents", "timeline"]:
    sizes = []
    for base, _, names in os.walk(os.path.join(public, folder)):
        if "index.html" in names:
            sizes.append(os.path.getsize(os.path.join(base, "index.html")))
    if sizes:
        summary[folder] = {"pages": len(sizes), "median": statistics.median(sizes), "max": max(sizes)}
with open(out, "w") as f:
    json.dump(summary, f)
EOF
done

# The real UK-Belgium site, built outside the repository so that its public/ is left alone.
time_it "real" $((RUNS * 4)) "$ACCORD build --root $REPO --output $WORK/real-public"
peak_memory "real" "$ACCORD build --root $REPO --output $WORK/real-public"

# The output folders the clean builds moved aside, deleted last so that no timed run pays for it.
rm -rf "$TRASH"
python3 "$REPO/bench/report.py" "$RESULTS" | tee "$WORK/results.md"
}

main "$@"
