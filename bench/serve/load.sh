#!/usr/bin/env bash
# bench/serve/load.sh: a bounded load test of `klartext serve` on loopback.
#
#   bash bench/serve/load.sh [BUILD_DIR] [REQUESTS_PER_ENDPOINT]
#
# Ingests the dev pages (../shared/data, both sets, plus the seed capture)
# into a temporary corpus, starts the server on a free port, and runs wrk
# (Debian) with 8 connections on 2 threads against five endpoints, each
# for as long as REQUESTS_PER_ENDPOINT (default 10000) requests take at the
# rate a one-second probe measured (at most 120 s).
# Prints requests/s and the p50/p99 latency per endpoint. Nothing is
# asserted: speed is measured here, not tested.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
requests=${2:-10000}
data=../shared/data
command -v wrk >/dev/null || { echo "wrk is not installed (scripts/install-deps.sh installs it)" >&2; exit 2; }
[ -d "$data/trafilatura-eval-dev/html" ] || { echo "no $data: the dev pages are needed" >&2; exit 2; }

tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
"$build/klartext" ingest -q "$tmp/c.db" "$data/trafilatura-eval-dev/html" "$data/scrapinghub-dev/html" "$data/seed"
"$build/klartext" serve "$tmp/c.db" --port 0 2>"$tmp/serve.log" &
server=$!
for _ in $(seq 50); do grep -q "http://" "$tmp/serve.log" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.]*:[0-9]*' "$tmp/serve.log")
article=$(curl -s "$url/api/search?q=Kreml&limit=1" | sed -n 's/.*"results":\[{"id":\([0-9]*\).*/\1/p')
person=$(curl -s "$url/api/search?statements=1&speaker=Peskow&limit=1" | sed -n 's/.*"people":\[\([0-9]*\).*/\1/p')

# wrk runs for a time, not a count: a one-second probe per endpoint
# measures its rate, and the run lasts long enough for REQUESTS requests.
printf '%-52s %10s %9s %9s %9s\n' endpoint requests req/s p50_ms p99_ms
for path in "/api/search?q=Sanktionen" "/api/search?statements=1&speaker=Peskow" \
            "/api/articles/$article" "/api/people/$person" "/"; do
  probe=$(wrk -t2 -c8 -d1s "$url$path" 2>&1 | awk '/Requests\/sec/ {print int($2)}')
  seconds=$(( requests / (probe > 0 ? probe : 1) + 1 ))
  [ "$seconds" -gt 120 ] && seconds=120
  out=$(wrk -t2 -c8 -d"${seconds}s" --latency "$url$path" 2>&1)
  total=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  to_ms() { case "$1" in *us) echo "${1%us}" | awk '{printf "%.3f", $1/1000}';; *ms) echo "${1%ms}";; *s) echo "${1%s}" | awk '{printf "%.1f", $1*1000}';; *) echo "$1";; esac; }
  printf '%-52s %10s %9s %9s %9s\n' "$path" "$total" "$rps" "$(to_ms "$p50")" "$(to_ms "$p99")"
done
echo "load: $(uptime | sed 's/.*load average/load average/')  cores: $(nproc)"
