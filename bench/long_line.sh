#!/usr/bin/env bash
# `accord build` of the UK-Belgium site plus one seed that is a single 10 MB line full of
# mentions (tests/bad_input/seed_one_long_line.yaml builds a 200 KB one; once this took minutes).
#
#   bash bench/long_line.sh [ACCORD] [REPEATS]   # defaults: target/release/accord, 100000
#
# Prints the wall time, CPU time and peak memory of one build (GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."
accord=$(realpath "${1:-target/release/accord}")
repeats=${2:-100000}
work=$(mktemp -d /tmp/accord-long-line.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r site.yaml content seeds "$work/"
python3 -c "
import sys
line = 'NATO met the Prüm partners and LECA negotiators about CO₂ storage, Europol and the JEF+ mechanism '
open(sys.argv[1], 'w').write(line * int(sys.argv[2]) + 'and more.\n')" "$work/seeds/zz_long.txt" "$repeats"
size=$(du -h "$work/seeds/zz_long.txt" | cut -f1)
/usr/bin/time -f "one line of $size: %e s wall, %U s user, %S s system, %M KB peak" \
  "$accord" --quiet build --root "$work" 2>&1 | tail -1
