#!/usr/bin/env bash
# Whole-process speed of `klartext extract`, beside the inner loop and any
# peer on the machine, in one run (doc/performance.md, issue 12).
#
#   bench/speed/end_to_end.sh [--build DIR] [--runs N] [--pages DIR] [--warc FILE.warc.gz]
#
# The dev pages (../shared/data/{trafilatura-eval-dev,scrapinghub-dev}/html,
# 639 pages, 100.7 MB) are gunzipped into one directory, and the same pages
# are written as a .warc.gz by scripts/make-warc.sh (about a minute, once;
# pass --pages/--warc to reuse them). Each command runs N times (default 5)
# and the best run counts, by user+sys CPU seconds (what one core costs,
# stable under load) and by wall clock; MB are 10^6 bytes of the pages as
# captured (the directory's size), for the .warc.gz as well. The output's
# sha256 is printed so two builds can be checked for identical output.
# Prints the load average: on a shared machine wall-clock figures are only
# comparable when it is low.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build
runs=5
pages=""
warc=""
while (($#)); do
  case $1 in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --pages) pages=$2; shift 2 ;;
    --warc) warc=$2; shift 2 ;;
    *) sed -n '2,16p' "$0" >&2; exit 2 ;;
  esac
done
bin=$build/klartext
[[ -x $bin ]] || { echo "end_to_end.sh: $bin not built (cmake --build build --target klartext_cli)" >&2; exit 2; }
data=$root/../shared/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [[ -z $pages ]]; then
  pages=$tmp/pages
  mkdir -p "$pages"
  for f in "$data"/trafilatura-eval-dev/html/*.gz "$data"/scrapinghub-dev/html/*.gz; do
    [[ -e $f ]] || { echo "end_to_end.sh: no dev pages under $data" >&2; exit 2; }
    gzip -dc "$f" > "$pages/$(basename "$f" .gz)"
  done
fi
if [[ -z $warc ]]; then
  warc=$tmp/pages.warc.gz
  "$root/scripts/make-warc.sh" "$warc" 100 "$data/scrapinghub-dev/html" "$data/trafilatura-eval-dev/html" 2>/dev/null
fi
mb=$(du -sb "$pages" | awk '{printf "%.1f", $1 / 1e6}')

echo "klartext whole process: $(git -C "$root" rev-parse --short HEAD 2>/dev/null), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pages: $pages ($(ls "$pages" | wc -l) files, $mb MB); warc: $warc ($(du -b "$warc" | awk '{printf "%.1f", $1 / 1e6}') MB on disk)"
echo "best of $runs runs; MB/s = $mb MB / seconds"
echo

# best_of JOBS INPUT: sets cpu, wall, rss, sum for the best run by CPU time
# and the best run by wall clock.
best_of() {
  cpu=999999; wall=999999; rss=0
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -o "$tmp/time" -f '%e %U %S %M' "$bin" extract -j "$1" --quiet --format jsonl "$2" > "$tmp/out.jsonl" || true
    read -r e u s m < "$tmp/time"
    c=$(echo "$u + $s" | bc)
    (($(echo "$c < $cpu" | bc))) && cpu=$c
    (($(echo "$e < $wall" | bc))) && wall=$e
    ((m > rss)) && rss=$m
  done
  sum=$(sha256sum < "$tmp/out.jsonl" | cut -c1-16)
}

printf '%-22s %8s %9s %8s %9s %8s  %s\n' "input, threads" "cpu s" "MB/s cpu" "wall s" "MB/s wall" "RSS MB" "output sha256"
for input in directory warc.gz; do
  path=$pages
  [[ $input == warc.gz ]] && path=$warc
  for jobs in 1 2; do
    best_of "$jobs" "$path"
    printf '%-22s %8.2f %9.1f %8.2f %9.1f %8.1f  %s\n' "$input, -j $jobs" "$cpu" \
      "$(echo "$mb / $cpu" | bc -l)" "$wall" "$(echo "$mb / $wall" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$sum"
    [[ $jobs == 1 ]] && wall1=$wall
  done
  printf '%-22s %8.2f x\n' "  -j 2 wall vs -j 1" "$(echo "$wall1 / $wall" | bc -l)"
done

# The machine itself, apart from klartext's threads: two -j 1 processes on
# the directory at once. Where each costs more CPU than one alone (shared
# caches and memory, a lower clock with both cores busy, a VM's neighbours),
# -j 2 cannot reach 2 x -j 1 however the work is split.
alone=999999; together=999999
for ((r = 0; r < runs; r++)); do
  /usr/bin/time -o "$tmp/t0" -f '%U %S' "$bin" extract -j 1 --quiet --format jsonl "$pages" > /dev/null || true
  read -r u s < "$tmp/t0"
  c=$(echo "$u + $s" | bc); (($(echo "$c < $alone" | bc))) && alone=$c
  /usr/bin/time -o "$tmp/t1" -f '%U %S' "$bin" extract -j 1 --quiet --format jsonl "$pages" > /dev/null &
  /usr/bin/time -o "$tmp/t2" -f '%U %S' "$bin" extract -j 1 --quiet --format jsonl "$pages" > /dev/null || true
  wait || true
  read -r u1 s1 < "$tmp/t1"; read -r u2 s2 < "$tmp/t2"
  c=$(echo "a = $u1 + $s1; b = $u2 + $s2; if (a > b) a else b" | bc); (($(echo "$c < $together" | bc))) && together=$c
done
printf '%-22s %8.2f s CPU each, %.2f s alone: %.2f x the CPU of one\n' "two -j 1 at once" "$together" "$alone" \
  "$(echo "$together / $alone" | bc -l)"

echo
if [[ -x $build/klartext-bench ]]; then
  echo "inner loop (klartext-bench, Extract on pages in memory, one thread):"
  "$build/klartext-bench" --reps "$runs" --stage extract | grep -E '^(stage|Extract)'
else
  echo "inner loop: $build/klartext-bench not built (cmake --build build --target klartext-bench)"
fi

echo
found=0
for peer in "resiliparse:import resiliparse" "trafilatura:import trafilatura" "readability-lxml:import readability"; do
  if /usr/bin/python3 -c "${peer#*:}" 2> /dev/null; then
    echo "peer present: ${peer%%:*} (not timed by this script yet)"
    found=1
  fi
done
((found)) || echo "peers: none installed on this machine (resiliparse, trafilatura, readability-lxml looked for with /usr/bin/python3)"
