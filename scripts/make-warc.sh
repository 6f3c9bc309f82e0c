#!/usr/bin/env bash
# Builds a WARC file of at least TARGET_MB megabytes from the dev pages, for
# throughput and memory measurements of `klartext extract` (doc/cli.md).
#
#   scripts/make-warc.sh OUT.warc[.gz] TARGET_MB [PAGE_DIR...]
#
# PAGE_DIRs default to ../shared/data/{scrapinghub-dev,trafilatura-eval-dev}/html
# (pages stored as .gz). One pass over the pages is generated, then copied
# until the archive holds TARGET_MB of uncompressed WARC (a WARC file may be
# a concatenation of WARC files; copies repeat record IDs and URIs, which
# no reader minds). Per page: a request record, then a response record
# (HTTP/1.1 200, text/html); every 50th page adds an image/png response
# that klartext skips. OUT ending in .gz gets one gzip member per record,
# as crawlers write them. The output is generated: never commit it.
set -euo pipefail

if (($# < 2)); then
  sed -n '2,14p' "$0" >&2
  exit 2
fi
out=$1
target=$(($2 * 1000000))
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
dirs=("$@")
if ((${#dirs[@]} == 0)); then
  dirs=("$root/../shared/data/scrapinghub-dev/html" "$root/../shared/data/trafilatura-eval-dev/html")
fi
mapfile -t pages < <(find "${dirs[@]}" -type f | sort)
((${#pages[@]} > 0)) || { echo "make-warc.sh: no pages in ${dirs[*]}" >&2; exit 1; }

compress=cat
[[ $out == *.gz ]] && compress="gzip -1 -c"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

records=0
pass_bytes=0
# record TYPE URI CONTENT_TYPE BLOCK_FILE: appends one record (one gzip
# member for .gz) to $tmp/pass.
record() {
  records=$((records + 1))
  local len
  len=$(stat -c %s "$4")
  {
    printf 'WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n' "$1" "$records"
    printf 'WARC-Date: 2025-04-04T13:01:00Z\r\nWARC-Target-URI: %s\r\n' "$2"
    printf 'Content-Type: %s\r\nContent-Length: %d\r\n\r\n' "$3" "$len"
    cat "$4"
    printf '\r\n\r\n'
  } > "$tmp/record"
  pass_bytes=$((pass_bytes + $(stat -c %s "$tmp/record")))
  $compress "$tmp/record" >> "$tmp/pass"
}

i=0
for page in "${pages[@]}"; do
  i=$((i + 1))
  name=$(basename "$page")
  uri="https://dev.example/${name%%.*}"
  printf 'GET /%s HTTP/1.1\r\nHost: dev.example\r\n\r\n' "${name%%.*}" > "$tmp/request"
  record request "$uri" "application/http; msgtype=request" "$tmp/request"
  if [[ $page == *.gz ]]; then zcat "$page" > "$tmp/body"; else cat "$page" > "$tmp/body"; fi
  printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n' \
    "$(stat -c %s "$tmp/body")" > "$tmp/http"
  cat "$tmp/http" "$tmp/body" > "$tmp/block"
  record response "$uri" "application/http; msgtype=response" "$tmp/block"
  if ((i % 50 == 0)); then
    printf 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n' > "$tmp/block"
    record response "$uri.png" "application/http; msgtype=response" "$tmp/block"
  fi
  ((pass_bytes < target)) || break
done

copies=$(( (target + pass_bytes - 1) / pass_bytes ))
((copies >= 1)) || copies=1
: > "$out"
for ((c = 0; c < copies; c++)); do cat "$tmp/pass" >> "$out"; done
echo "make-warc.sh: $out: $((records * copies)) records, $((pass_bytes * copies / 1000000)) MB uncompressed," \
  "$(($(stat -c %s "$out") / 1000000)) MB on disk ($copies copies of $records records)" >&2
