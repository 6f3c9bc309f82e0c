#!/usr/bin/env bash
# Whole-process speed of `klartext extract`, beside the inner loop and any
# peer on the machine, in one run (doc/performance.md, issue 12).
#
#   bench/speed/end_to_end.sh [--build DIR] [--runs N] [--pages DIR] [--warc FILE.warc.gz]
#
# The dev pages (../shared/data/{trafilatura-eval-dev,scrapinghub-dev}/html,
# 639 pages, 100.7 MB) are gunzipped into one directory, and the same pages
# are written as a .warc.gz by scripts/make-warc.sh (about a minute, once;
# pass --pages/--warc to reuse them). Each command runs N times (default 5),
# -j 1 and -j 2 taking turns, and the best run counts, by user+sys CPU
# seconds (what one core costs, stable under load) and by wall clock, both
# to the microsecond (bench/speed/rusage.py); MB are 10^6 bytes of the pages as
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
    *) sed -n '2,/^set -euo/{/^set -euo/!p}' "$0" >&2; exit 2 ;;
  esac
done
bin=$build/klartext
rusage=$root/bench/speed/rusage.py
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

# measure OUT JOBS INPUT: one run; OUT gets "wall_s cpu_s maxrss_kb"
# (bench/speed/rusage.py, microseconds; /usr/bin/time's hundredths are 2 %
# of a run) and $tmp/out-JOBS.jsonl the output.
measure() {
  "$rusage" "$1" "$tmp/out-$2.jsonl" "$bin" extract -j "$2" --quiet --format jsonl "$3" || true
}

# best_of INPUT: runs -j 1 and -j 2 in turn, N times each, so a change in the
# machine's load reaches both alike and their ratio stays fair; sets
# cpu[J], wall[J] (the best of each), rss[J] (the highest) and sum[J] (the
# output's sha256) for J = 1, 2.
best_of() {
  cpu=([1]=999999 [2]=999999); wall=([1]=999999 [2]=999999); rss=([1]=0 [2]=0); sum=()
  # One untimed run first, so the page cache holds the input before the
  # first -j 1 run and not only before the -j 2 runs that follow it.
  "$bin" extract -j 2 --quiet --format jsonl "$1" > /dev/null || true
  for ((r = 0; r < runs; r++)); do
    for j in 1 2; do
      measure "$tmp/time" "$j" "$1"
      read -r e c m < "$tmp/time"
      (($(echo "$c < ${cpu[j]}" | bc))) && cpu[j]=$c
      (($(echo "$e < ${wall[j]}" | bc))) && wall[j]=$e
      ((m > rss[j])) && rss[j]=$m
    done
  done
  for j in 1 2; do sum[j]=$(sha256sum < "$tmp/out-$j.jsonl" | cut -c1-16); done
}

printf '%-22s %8s %9s %8s %9s %8s  %s\n' "input, threads" "cpu s" "MB/s cpu" "wall s" "MB/s wall" "RSS MB" "output sha256"
for input in directory warc.gz; do
  path=$pages
  [[ $input == warc.gz ]] && path=$warc
  best_of "$path"
  for j in 1 2; do
    printf '%-22s %8.3f %9.1f %8.3f %9.1f %8.1f  %s\n' "$input, -j $j" "${cpu[j]}" \
      "$(echo "$mb / ${cpu[j]}" | bc -l)" "${wall[j]}" "$(echo "$mb / ${wall[j]}" | bc -l)" \
      "$(echo "${rss[j]} / 1024" | bc -l)" "${sum[j]}"
  done
  printf '%-22s %8.2f x\n' "  -j 2 wall vs -j 1" "$(echo "${wall[1]} / ${wall[2]}" | bc -l)"
done

# The machine itself, apart from klartext's threads: two -j 1 processes on
# the directory at once. Where each costs more CPU than one alone (shared
# caches and memory, a lower clock with both cores busy, a VM's neighbours),
# -j 2 cannot reach 2 x -j 1 however the work is split.
alone=999999; together=999999
for ((r = 0; r < runs; r++)); do
  "$rusage" "$tmp/t0" /dev/null "$bin" extract -j 1 --quiet --format jsonl "$pages" || true
  read -r _ c _ < "$tmp/t0"
  (($(echo "$c < $alone" | bc))) && alone=$c
  "$rusage" "$tmp/t1" /dev/null "$bin" extract -j 1 --quiet --format jsonl "$pages" &
  "$rusage" "$tmp/t2" /dev/null "$bin" extract -j 1 --quiet --format jsonl "$pages" || true
  wait || true
  read -r _ c1 _ < "$tmp/t1"; read -r _ c2 _ < "$tmp/t2"
  c=$(echo "a = $c1; b = $c2; if (a > b) a else b" | bc); (($(echo "$c < $together" | bc))) && together=$c
done
printf '%-22s %8.3f s CPU each, %.3f s alone: %.2f x the CPU of one\n' "two -j 1 at once" "$together" "$alone" \
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
