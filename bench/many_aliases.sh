#!/usr/bin/env bash
# `accord check` and `accord build` on the UK-Belgium site plus one instrument with N aliases
# that no document writes (issue 17: check was quadratic in the number of aliases).
#
#   bash bench/many_aliases.sh [ACCORD] [N...]   # defaults: target/release/accord, 25000 200000
#
# Prints, for each N, the wall time and peak memory of one check and one build (GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."
accord=$(realpath "${1:-target/release/accord}")
shift || true
counts=("${@:-25000 200000}")
work=$(mktemp -d /tmp/accord-aliases.XXXXXX)
trap 'rm -rf "$work"' EXIT
words=(alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november
       oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu)
for n in ${counts[@]}; do
  site="$work/site-$n"
  mkdir -p "$site"
  cp -r site.yaml content seeds "$site/"
  {
    printf -- '---\nname: Accord Many\nkind: agreement\naliases:\n'
    for ((i = 0; i < n; i++)); do
      # Four words in base 26: 456,976 distinct aliases, none written in the documents.
      printf '  - "Accord %s %s %s %s"\n' "${words[i / 17576 % 26]}" "${words[i / 676 % 26]}" \
        "${words[i / 26 % 26]}" "${words[i % 26]}"
    done
    printf -- '---\nAn instrument with many names.\n'
  } > "$site/content/instruments/zz-many.md"
  for command in check build; do
    /usr/bin/time -f "$n aliases, accord $command: %e s wall, %U s user, %M KB peak" \
      "$accord" --quiet "$command" --root "$site" > /dev/null 2> "$work/err" || true
    tail -1 "$work/err"
  done
done
