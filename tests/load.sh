#!/usr/bin/env bash
# Load test of the preview server, from a second process on loopback: `accord serve` on a copy of
# the site takes 30 s of requests at 64 connections (wrk) without an error or a crash and with
# flat memory, and still answers at once afterwards. About 45 s; run by hand or from tests/run.sh:
#
#     bash tests/load.sh            # DURATION=30 CONNECTIONS=64 by default
#
# The quick checks of the server under faults (idle connections, edit storms) are in
# tests/faults.rs, run by `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-30}"
CONNECTIONS="${CONNECTIONS:-64}"

if ! command -v wrk > /dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y wrk > /dev/null || { apt-get update > /dev/null && apt-get install -y wrk > /dev/null; }
  else
    echo "load.sh: needs wrk (apt-get install wrk)" >&2
    exit 1
  fi
fi

cargo build --release --quiet
work="$(mktemp -d)"
site="$work/site"
mkdir -p "$site"
cp -r site.yaml content seeds "$site/"
port=$((20000 + RANDOM % 20000))
target/release/accord serve --root "$site" --port "$port" > "$work/serve.log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

answer() { # PORT PATH -> HTTP status of one request
  exec 3<> "/dev/tcp/127.0.0.1/$1" || return 1
  printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$2" >&3
  head -n 1 <&3 | awk '{print $2}'
  exec 3>&-
}
for _ in $(seq 1 300); do
  if [ "$(answer "$port" / 2> /dev/null)" = 200 ]; then break; fi
  sleep 0.1
done
[ "$(answer "$port" /)" = 200 ] || { echo "load.sh: the server did not start" >&2; cat "$work/serve.log" >&2; exit 1; }

# Requests go round the kinds of file the site has: pages, a document, CSS, script, JSON.
fetch() { # PORT PATH -> the whole response
  exec 4<> "/dev/tcp/127.0.0.1/$1"
  printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$2" >&4
  cat <&4
  exec 4>&-
}
document="$(fetch "$port" /documents/ | grep -o 'href="/documents/[^"/]*/"' | head -n 1 | cut -d'"' -f2 || true)"
document="${document:-/documents/}"
cat > "$work/paths.lua" << EOF
local paths = {"/", "/about/", "/documents/", "${document}", "/themes/", "/glossary/",
  "/style.css", "/accord.js", "/pagefind/pagefind-entry.json", "/no-such-page/"}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
EOF

rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
# Warm-up with the same requests, so that the server's buffers for the largest files are in use
# before the first reading: what is measured after it is growth, not the first large answer.
wrk -t 2 -c "$CONNECTIONS" -d 5s -s "$work/paths.lua" "http://127.0.0.1:$port" > /dev/null
rss_start="$(rss)"
( for _ in $(seq 1 "$DURATION"); do sleep 1; rss >> "$work/rss.txt" 2> /dev/null || true; done ) &
sampler=$!
wrk -t 2 -c "$CONNECTIONS" -d "${DURATION}s" --latency -s "$work/paths.lua" "http://127.0.0.1:$port" | tee "$work/wrk.txt"
wait "$sampler" || true

failed=0
if grep -q "Socket errors" "$work/wrk.txt"; then
  echo "FAIL: socket errors under load" >&2
  failed=1
fi
# The one path that does not exist answers 404, a tenth of the requests; nothing else may fail.
requests="$(awk '/requests in/ {print $1}' "$work/wrk.txt")"
non2xx="$(awk '/Non-2xx or 3xx responses/ {print $5}' "$work/wrk.txt")"
non2xx="${non2xx:-0}"
if [ "$non2xx" -gt $((requests / 10 + CONNECTIONS)) ]; then
  echo "FAIL: $non2xx of $requests answers were errors (only the 404 page, 1 in 10, may be)" >&2
  failed=1
fi
if ! kill -0 "$pid" 2> /dev/null; then
  echo "FAIL: the server died" >&2
  failed=1
fi
start_ms="$(date +%s%N)"
status="$(answer "$port" /about/ || echo none)"
took_ms=$((($(date +%s%N) - start_ms) / 1000000))
if [ "$status" != 200 ] || [ "$took_ms" -gt 1000 ]; then
  echo "FAIL: after the load, /about/ answered $status in $took_ms ms" >&2
  failed=1
fi
# Flat memory: the resident size at the end of the run is within 25% (+ 16 MB) of its size in
# the middle of it, and within 50% (+ 32 MB) of its size after the warm-up.
count="$(wc -l < "$work/rss.txt")"
middle="$(sed -n "$((count / 2))p" "$work/rss.txt")"
end="$(tail -n 1 "$work/rss.txt")"
echo "resident memory (KB): after warm-up $rss_start, middle $middle, end $end, peak $(sort -n "$work/rss.txt" | tail -n 1)"
if [ "$end" -gt $((middle * 5 / 4 + 16384)) ] || [ "$end" -gt $((rss_start * 3 / 2 + 32768)) ]; then
  echo "FAIL: memory grew under load" >&2
  failed=1
fi
if [ "$failed" = 0 ]; then
  echo "load.sh: ok: $requests requests in ${DURATION}s at $CONNECTIONS connections, $non2xx of them 404, no error, memory flat"
fi
exit "$failed"
